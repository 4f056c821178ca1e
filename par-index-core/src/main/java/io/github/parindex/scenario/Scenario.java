package io.github.parindex.scenario;

import io.github.parindex.engine.Engine;
import io.github.parindex.engine.Scorecard;
import io.github.parindex.method.Answer;
import io.github.parindex.model.Assessment;
import io.github.parindex.model.ParIndexException;
import io.github.parindex.model.RuleSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A named what-if: a list of {@link Change overrides} applied to a (rule set, assessment) pair without touching the
 * originals. One mechanism covers both kinds of override: changes to the assessment (answers, appraised points, not
 * applicable) and changes to the rule set (band boundaries, maxima, methods, grade thresholds).
 *
 * <p>Rule-set changes are applied first, in the order given, then assessment changes, in the order given (so an
 * assessment change is checked against the changed rule set). A scenario that cannot be applied (an unknown code, a
 * band boundary that does not exist, a maximum that makes the tree inconsistent, ...) fails with one
 * {@link ParIndexException} listing every problem. An empty scenario gives back the originals.
 *
 * <pre>{@code
 * Scenario s = Scenario.named("e-mail for everyone")
 *     .answer("6.1.2", Answer.percent("100"))
 *     .with(Change.gradeThreshold("A", "85"));
 * ScenarioResult r = s.run(ruleSet, assessment);
 * System.out.println(r.diff().render());
 * }</pre>
 *
 * @param name a short name for reports
 * @param changes the overrides, in order
 * @since 0.1.0
 */
public record Scenario(String name, List<Change> changes) {

  /**
   * Checks the components and copies the collections.
   *
   * @param name a short name for reports
   * @param changes the overrides, in order
   */
  public Scenario {
    Objects.requireNonNull(name, "name");
    changes = List.copyOf(changes);
  }

  /**
   * {@return a scenario with no changes yet}
   *
   * @param name the scenario's name, for reports
   */
  public static Scenario named(String name) {
    return new Scenario(name, List.of());
  }

  /**
   * {@return a copy with more changes appended}
   *
   * @param more the changes, applied in order after the ones already there
   */
  public Scenario with(Change... more) {
    List<Change> all = new ArrayList<>(changes);
    all.addAll(List.of(more));
    return new Scenario(name, all);
  }

  /**
   * {@return a copy with more changes appended}
   *
   * @param more the changes, applied in order after the ones already there
   */
  public Scenario with(List<? extends Change> more) {
    List<Change> all = new ArrayList<>(changes);
    all.addAll(more);
    return new Scenario(name, all);
  }

  /**
   * Shorthand for {@code with(Change.answer(code, answer))}.
   *
   * @param code the leaf's code
   * @param answer the answer the leaf would have
   * @return a scenario with one more change
   */
  public Scenario answer(String code, Answer answer) {
    return with(Change.answer(code, answer));
  }

  /**
   * Shorthand for {@code with(Change.appraisedPoints(code, points, reason))}.
   *
   * @param code the leaf's code
   * @param points the appraised points, as decimal text
   * @param reason the council's reason
   * @return a scenario with one more change
   */
  public Scenario appraisedPoints(String code, String points, String reason) {
    return with(Change.appraisedPoints(code, points, reason));
  }

  /**
   * Shorthand for {@code with(Change.notApplicable(code, reason))}.
   *
   * @param code the code of a leaf or subtree
   * @param reason why it would not apply
   * @return a scenario with one more change
   */
  public Scenario notApplicable(String code, String reason) {
    return with(Change.notApplicable(code, reason));
  }

  /** {@return whether the scenario has no changes} */
  public boolean isEmpty() {
    return changes.isEmpty();
  }

  /**
   * The rule set and assessment with the changes applied; the originals are unchanged.
   *
   * @param ruleSet the rule set to change
   * @param assessment the assessment to change
   * @return the changed pair
   * @throws ParIndexException listing every change that cannot be applied
   */
  public Applied apply(RuleSet ruleSet, Assessment assessment) {
    return Overrides.apply(this, ruleSet, assessment);
  }

  /**
   * Scores the originals and the changed pair, and compares the two scorecards node by node.
   *
   * @param ruleSet the rule set
   * @param assessment the unit's assessment
   * @return both scorecards and their difference
   * @throws ParIndexException if the scenario cannot be applied or either pair cannot be scored
   */
  public ScenarioResult run(RuleSet ruleSet, Assessment assessment) {
    Scorecard before = Engine.score(ruleSet, assessment);
    Applied applied = apply(ruleSet, assessment);
    Scorecard after = Engine.score(applied.ruleSet(), applied.assessment());
    return new ScenarioResult(this, applied, before, after, ScorecardDiff.of(before, after));
  }

  /** {@return the changes in words, one per line} */
  public String describe() {
    StringBuilder s = new StringBuilder("scenario \"").append(name).append('"');
    if (changes.isEmpty()) {
      s.append(": no changes");
    }
    for (Change c : changes) {
      s.append(System.lineSeparator()).append("  - ").append(c.describe());
    }
    return s.toString();
  }

  @Override
  public String toString() {
    return describe();
  }

  /**
   * A rule set and an assessment after a scenario's changes.
   *
   * @param ruleSet the changed rule set (the original when no rule-set change was made)
   * @param assessment the changed assessment (the original when no assessment change was made)
   * @since 0.1.0
   */
  public record Applied(RuleSet ruleSet, Assessment assessment) {
    /**
     * Checks the components.
     *
     * @param ruleSet the changed rule set (the original when no rule-set change was made)
     * @param assessment the changed assessment (the original when no assessment change was made)
     */
    public Applied {
      Objects.requireNonNull(ruleSet, "ruleSet");
      Objects.requireNonNull(assessment, "assessment");
    }
  }
}
