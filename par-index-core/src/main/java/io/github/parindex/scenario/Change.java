package io.github.parindex.scenario;

import io.github.parindex.internal.Numbers;
import io.github.parindex.method.Answer;
import io.github.parindex.method.ScoringMethod;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One override in a {@link Scenario}: either a change to the assessment (an answer, appraised points, a criterion
 * marked not applicable) or a change to the rule set (a band boundary, a maximum, a whole method, a grade threshold).
 * Changes never touch the originals: a scenario applies them to copies.
 *
 * <pre>{@code
 * Change.answer("3.2.1", Answer.percent("80"));              // the unit reaches 80%
 * Change.appraisedPoints("1.1", "2.5", "what if the council accepts the evidence");
 * Change.notApplicable("5.4", "no public service units");
 * Change.bandBoundary("3.2.1", "80", "75");                  // "from 80%" becomes "from 75%"
 * Change.maximum("2.1.1", "3");                              // parents and the maximum total follow
 * Change.method("6.1", Methods.proportional());
 * Change.gradeThreshold("A", "85");                          // group A from 85% instead of 90%
 * }</pre>
 *
 * @since 0.1.0
 */
public sealed interface Change {

  /** {@return the change in words, e.g. {@code "3.2.1: answer 80%"}} */
  String describe();

  /** {@return whether the change is to the assessment (rather than to the rule set)} */
  boolean changesAssessment();

  /**
   * The unit's answer on a leaf becomes {@code answer}: for an appraisal or outcome leaf it replaces the self-assessed
   * answer and drops any appraisal (so the new answer counts); for a survey leaf it replaces the measured result. A
   * leaf marked not applicable becomes applicable.
   *
   * @param code the leaf's code
   * @param answer the new answer
   * @since 0.1.0
   */
  record SetAnswer(String code, Answer answer) implements Change {
    /**
     * Checks the components.
     *
     * @param code the leaf's code
     * @param answer the new answer
     */
    public SetAnswer {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(answer, "answer");
    }

    @Override
    public String describe() {
      return code + ": answer " + answer.describe();
    }

    @Override
    public boolean changesAssessment() {
      return true;
    }
  }

  /**
   * The appraisal council sets a leaf's points directly, keeping the unit's self-assessed answer.
   *
   * @param code the leaf's code
   * @param points the appraised points, within the leaf's maximum
   * @param reason the reason, as an appraisal needs one
   * @since 0.1.0
   */
  record SetAppraisedPoints(String code, BigDecimal points, String reason) implements Change {
    /**
     * Checks the components.
     *
     * @param code the leaf's code
     * @param points the appraised points, within the leaf's maximum
     * @param reason the reason, as an appraisal needs one
     * @throws io.github.parindex.model.ParIndexException if a number is past the library's numeric limits
     */
    public SetAppraisedPoints {
      Objects.requireNonNull(code, "code");
      points = Numbers.check(points, "appraised points");
      Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String describe() {
      return code + ": appraised points " + points.toPlainString() + " (" + reason + ")";
    }

    @Override
    public boolean changesAssessment() {
      return true;
    }
  }

  /**
   * A leaf or a whole criterion does not apply to the unit, which removes its maximum from the unit's.
   *
   * @param code the node's code
   * @param reason why it does not apply
   * @since 0.1.0
   */
  record MarkNotApplicable(String code, String reason) implements Change {
    /**
     * Checks the components.
     *
     * @param code the node's code
     * @param reason why it does not apply
     */
    public MarkNotApplicable {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String describe() {
      return code + ": not applicable (" + reason + ")";
    }

    @Override
    public boolean changesAssessment() {
      return true;
    }
  }

  /**
   * A boundary of a leaf's percentage bands moves: every band end at {@code from} percent is moved to {@code to}
   * percent, keeping whether each end is inclusive. The leaf's method must be
   * {@link io.github.parindex.method.PercentBands}; the new bands are checked like any rule set.
   *
   * @param code the leaf's code
   * @param from the boundary now, in percent, e.g. 80
   * @param to the boundary in the scenario, in percent, e.g. 75
   * @since 0.1.0
   */
  record MoveBandBoundary(String code, BigDecimal from, BigDecimal to) implements Change {
    /**
     * Checks the components.
     *
     * @param code the leaf's code
     * @param from the boundary now, in percent, e.g. 80
     * @param to the boundary in the scenario, in percent, e.g. 75
     * @throws io.github.parindex.model.ParIndexException if a number is past the library's numeric limits
     */
    public MoveBandBoundary {
      Objects.requireNonNull(code, "code");
      from = Numbers.check(from, "band boundary");
      to = Numbers.check(to, "band boundary");
    }

    @Override
    public String describe() {
      return code + ": band boundary " + from.toPlainString() + "% moved to " + to.toPlainString() + "%";
    }

    @Override
    public boolean changesAssessment() {
      return false;
    }
  }

  /**
   * A leaf's maximum changes; its parents' maxima and the rule set's maximum total change by the same amount (for a
   * {@link io.github.parindex.model.NodeRole#SCORED} leaf), so the tree stays consistent. Changing a parent's maximum
   * is refused with a clear error: change its leaves instead.
   *
   * @param code the leaf's code
   * @param maximum the new maximum points
   * @since 0.1.0
   */
  record SetMaximum(String code, BigDecimal maximum) implements Change {
    /**
     * Checks the components.
     *
     * @param code the leaf's code
     * @param maximum the new maximum points
     * @throws io.github.parindex.model.ParIndexException if a number is past the library's numeric limits
     */
    public SetMaximum {
      Objects.requireNonNull(code, "code");
      maximum = Numbers.check(maximum, "maximum");
    }

    @Override
    public String describe() {
      return code + ": maximum " + maximum.toPlainString();
    }

    @Override
    public boolean changesAssessment() {
      return false;
    }
  }

  /**
   * A leaf is scored by another method.
   *
   * @param code the leaf's code
   * @param method the new method
   * @since 0.1.0
   */
  record SetMethod(String code, ScoringMethod method) implements Change {
    /**
     * Checks the components.
     *
     * @param code the leaf's code
     * @param method the new method
     */
    public SetMethod {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(method, "method");
    }

    @Override
    public String describe() {
      return code + ": method " + method.kind() + " (" + method.describe() + ")";
    }

    @Override
    public boolean changesAssessment() {
      return false;
    }
  }

  /**
   * A grade's lowest index changes, in the rule set's grade scale and in every block's scale that has the label.
   *
   * @param label the grade's label, e.g. {@code "A"}
   * @param minimumIndex the new lowest index in percent that earns it
   * @since 0.1.0
   */
  record SetGradeThreshold(String label, BigDecimal minimumIndex) implements Change {
    /**
     * Checks the components.
     *
     * @param label the grade's label, e.g. {@code "A"}
     * @param minimumIndex the new lowest index in percent that earns it
     * @throws io.github.parindex.model.ParIndexException if a number is past the library's numeric limits
     */
    public SetGradeThreshold {
      Objects.requireNonNull(label, "label");
      minimumIndex = Numbers.check(minimumIndex, "grade threshold");
    }

    @Override
    public String describe() {
      return "grade " + label + " from " + minimumIndex.toPlainString() + "%";
    }

    @Override
    public boolean changesAssessment() {
      return false;
    }
  }

  /**
   * Gives a leaf another self-assessed answer.
   *
   * @param code the leaf's code
   * @param answer the answer
   * @return the change
   */
  static Change answer(String code, Answer answer) {
    return new SetAnswer(code, answer);
  }

  /**
   * Sets a leaf's appraised points.
   *
   * @param code the leaf's code
   * @param points the points, as decimal text
   * @param reason the council's reason
   * @return the change
   * @throws io.github.parindex.model.ParIndexException if a number is not a decimal or is past the library's numeric limits
   */
  static Change appraisedPoints(String code, String points, String reason) {
    return new SetAppraisedPoints(code, Numbers.parse(points, "appraised points"), reason);
  }

  /**
   * Marks a leaf or subtree not applicable to the unit.
   *
   * @param code the code of a leaf, criterion or component
   * @param reason why it would not apply
   * @return the change
   */
  static Change notApplicable(String code, String reason) {
    return new MarkNotApplicable(code, reason);
  }

  /**
   * Moves one boundary of a leaf's percent bands.
   *
   * @param code the leaf's code; its method must have percent bands
   * @param fromPercent the boundary as it is, in percent, e.g. {@code "80"}
   * @param toPercent the boundary it moves to, in percent
   * @return the change
   * @throws io.github.parindex.model.ParIndexException if a number is not a decimal or is past the library's numeric limits
   */
  static Change bandBoundary(String code, String fromPercent, String toPercent) {
    return new MoveBandBoundary(
        code, Numbers.parse(fromPercent, "band boundary"), Numbers.parse(toPercent, "band boundary"));
  }

  /**
   * Gives a node another maximum.
   *
   * @param code the node's code
   * @param maximum the new maximum points, as decimal text
   * @return the change
   * @throws io.github.parindex.model.ParIndexException if a number is not a decimal or is past the library's numeric limits
   */
  static Change maximum(String code, String maximum) {
    return new SetMaximum(code, Numbers.parse(maximum, "maximum"));
  }

  /**
   * Gives a leaf another scoring method.
   *
   * @param code the leaf's code
   * @param method the new method
   * @return the change
   */
  static Change method(String code, ScoringMethod method) {
    return new SetMethod(code, method);
  }

  /**
   * Moves a grade's lowest index.
   *
   * @param label the grade's label, e.g. {@code "B"}
   * @param minimumIndex the new lowest index, in percent, as decimal text
   * @return the change
   * @throws io.github.parindex.model.ParIndexException if a number is not a decimal or is past the library's numeric limits
   */
  static Change gradeThreshold(String label, String minimumIndex) {
    return new SetGradeThreshold(label, Numbers.parse(minimumIndex, "grade threshold"));
  }
}
