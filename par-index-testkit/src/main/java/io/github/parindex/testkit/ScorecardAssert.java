package io.github.parindex.testkit;

import io.github.parindex.engine.Explanation;
import io.github.parindex.engine.NodeScore;
import io.github.parindex.engine.Scorecard;
import io.github.parindex.internal.Numbers;
import io.github.parindex.model.GradeBand;
import io.github.parindex.model.ParIndexException;
import io.github.parindex.model.Problem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.assertj.core.api.AbstractAssert;

/**
 * Domain assertions on a {@link Scorecard}; start with {@link ParIndexAssertions#assertThat(Scorecard)}.
 *
 * <p>Every decimal is compared exactly by value. A failure names the unit, the node and both values, and for a leaf
 * adds its explanation (rule, inputs, arithmetic). An expected decimal passes the library's numeric gate (at most 64
 * characters, 20 digits before and 20 after the decimal point; {@code docs/guide/limits.md}): one that is not a
 * decimal or is past a limit is a {@link ParIndexException} naming the assertion and the limit.
 *
 * <pre>{@code
 * assertThat(card).hasPoints("TAC.1", "8.23").hasNodeIndex("TD", "88.13").hasEffectiveMaximum("100");
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ScorecardAssert extends AbstractAssert<ScorecardAssert, Scorecard> {

  ScorecardAssert(Scorecard actual) {
    super(actual, ScorecardAssert.class);
  }

  /**
   * The total points as published.
   *
   * @param expected the points as a decimal text, compared by value ({@code "85.8"} equals 85.80)
   * @return this, for chaining
   * @throws ParIndexException if {@code expected} is not a decimal or is past the numeric gate's limits
   */
  public ScorecardAssert hasTotal(String expected) {
    return decimal("total points", expected, actual.totalPoints(), null);
  }

  /**
   * The index in percent (total / effective maximum × 100, as published).
   *
   * @param expected the index as a decimal text, compared by value
   * @return this, for chaining
   * @throws ParIndexException if {@code expected} is not a decimal or is past the numeric gate's limits
   */
  public ScorecardAssert hasIndex(String expected) {
    return decimal("index", expected, actual.index(), null);
  }

  /**
   * The rule set's maximum total.
   *
   * @param expected the maximum as a decimal text, compared by value
   * @return this, for chaining
   * @throws ParIndexException if {@code expected} is not a decimal or is past the numeric gate's limits
   */
  public ScorecardAssert hasMaximum(String expected) {
    return decimal("maximum", expected, actual.maximum(), null);
  }

  /**
   * The unit's effective maximum (the maximum less what does not apply).
   *
   * @param expected the effective maximum as a decimal text, compared by value
   * @return this, for chaining
   * @throws ParIndexException if {@code expected} is not a decimal or is past the numeric gate's limits
   */
  public ScorecardAssert hasEffectiveMaximum(String expected) {
    return decimal("effective maximum", expected, actual.effectiveMaximum(), null);
  }

  /**
   * The grade label.
   *
   * @param expected the label exactly as the rule set's grade scale publishes it
   * @return this, for chaining
   */
  public ScorecardAssert hasGrade(String expected) {
    isNotNull();
    Optional<String> grade = actual.grade().map(GradeBand::label);
    if (!grade.map(expected::equals).orElse(false)) {
      failWithMessage("%s: expected grade %s but was %s (index %s)", who(), expected, grade.orElse("none"),
          actual.index().toPlainString());
    }
    return this;
  }

  /**
   * No grade: the index is below every band, or the rule set has none.
   *
   * @return this, for chaining
   */
  public ScorecardAssert hasNoGrade() {
    isNotNull();
    actual.grade().ifPresent(g -> failWithMessage("%s: expected no grade but was %s (index %s)", who(), g.label(),
        actual.index().toPlainString()));
    return this;
  }

  /**
   * The points of a node, as published.
   *
   * @param code the node's code
   * @param expected the points as a decimal text, compared by value
   * @return this, for chaining
   * @throws ParIndexException if {@code expected} is not a decimal or is past the numeric gate's limits
   */
  public ScorecardAssert hasPoints(String code, String expected) {
    NodeScore n = node(code);
    return decimal("node " + code + " points", expected, n.points(), n);
  }

  /**
   * The index of a node (its points / its effective maximum × 100); fails for a node without one (bonus, penalty
   * or not applicable).
   *
   * @param code the node's code
   * @param expected the index in percent as a decimal text, compared by value
   * @return this, for chaining
   * @throws ParIndexException if {@code expected} is not a decimal or is past the numeric gate's limits
   */
  public ScorecardAssert hasNodeIndex(String code, String expected) {
    NodeScore n = node(code);
    if (n.index().isEmpty()) {
      failWithMessage("%s: expected node %s index %s but the node has no index (bonus, penalty or not applicable)",
          who(), code, expected);
    }
    return decimal("node " + code + " index", expected, n.index().get(), n);
  }

  /**
   * The effective maximum of a node.
   *
   * @param code the node's code
   * @param expected the effective maximum as a decimal text, compared by value
   * @return this, for chaining
   * @throws ParIndexException if {@code expected} is not a decimal or is past the numeric gate's limits
   */
  public ScorecardAssert hasEffectiveMaximum(String code, String expected) {
    NodeScore n = node(code);
    return decimal("node " + code + " effective maximum", expected, n.effectiveMaximum(), n);
  }

  /**
   * The self-assessed points of a node; fails for a node without them.
   *
   * @param code the node's code
   * @param expected the points as a decimal text, compared by value
   * @return this, for chaining
   * @throws ParIndexException if {@code expected} is not a decimal or is past the numeric gate's limits
   */
  public ScorecardAssert hasSelfAssessedPoints(String code, String expected) {
    NodeScore n = node(code);
    if (n.selfAssessedPoints().isEmpty()) {
      failWithMessage("%s: expected node %s self-assessed points %s but the node has none", who(), code, expected);
    }
    return decimal("node " + code + " self-assessed points", expected, n.selfAssessedPoints().get(), n);
  }

  /**
   * The appraised points of a node (after the council's review); fails for a node without them.
   *
   * @param code the node's code
   * @param expected the points as a decimal text, compared by value
   * @return this, for chaining
   * @throws ParIndexException if {@code expected} is not a decimal or is past the numeric gate's limits
   */
  public ScorecardAssert hasAppraisedPoints(String code, String expected) {
    NodeScore n = node(code);
    if (n.appraisedPoints().isEmpty()) {
      failWithMessage("%s: expected node %s appraised points %s but the node has none", who(), code, expected);
    }
    return decimal("node " + code + " appraised points", expected, n.appraisedPoints().get(), n);
  }

  /**
   * The node does not apply to the unit (it is removed from the effective maximum).
   *
   * @param code the node's code
   * @return this, for chaining
   */
  public ScorecardAssert isNotApplicable(String code) {
    NodeScore n = node(code);
    if (n.applicable()) {
      failWithMessage("%s: expected node %s not to apply, but it applies (effective maximum %s)", who(), code,
          n.effectiveMaximum().toPlainString());
    }
    return this;
  }

  /**
   * The scorecard was scored with this rule set.
   *
   * @param id the rule set's id
   * @return this, for chaining
   */
  public ScorecardAssert usesRuleSet(String id) {
    isNotNull();
    if (!actual.ruleSetId().equals(id)) {
      failWithMessage("%s: expected rule set %s but was %s", who(), id, actual.ruleSetId());
    }
    return this;
  }

  /**
   * Every leaf whose appraised points differ from its self-assessed points carries the council's reason; the
   * failure lists every such leaf with both values.
   *
   * @return this, for chaining
   */
  public ScorecardAssert hasNoAppraisalChangeWithoutReason() {
    isNotNull();
    List<String> bad = new ArrayList<>();
    for (NodeScore leaf : actual.leaves()) {
      if (leaf.difference().map(d -> d.signum() != 0).orElse(false)
          && leaf.explanation().flatMap(Explanation::appraisalReason).filter(r -> !r.isBlank()).isEmpty()) {
        bad.add(leaf.code() + " (" + leaf.selfAssessedPoints().map(BigDecimal::toPlainString).orElse("?") + " → "
            + leaf.appraisedPoints().map(BigDecimal::toPlainString).orElse("?") + ")");
      }
    }
    if (!bad.isEmpty()) {
      failWithMessage("%s: the appraisal changed points without a reason at %s", who(), String.join(", ", bad));
    }
    return this;
  }

  /**
   * Every leaf passes a check; the failures are listed together.
   *
   * @param description what the check asserts, for the failure message
   * @param check the check, true for a leaf that passes
   * @return this, for chaining
   */
  public ScorecardAssert allLeavesSatisfy(String description, Predicate<NodeScore> check) {
    isNotNull();
    List<String> bad = actual.leaves().stream().filter(check.negate()).map(NodeScore::code).toList();
    if (!bad.isEmpty()) {
      failWithMessage("%s: leaves %s do not satisfy: %s", who(), bad, description);
    }
    return this;
  }

  private NodeScore node(String code) {
    isNotNull();
    Optional<NodeScore> n = actual.node(code);
    if (n.isEmpty()) {
      failWithMessage("%s: no node %s (nodes: %s)", who(), code, actual.nodesByCode().keySet());
    }
    return n.get();
  }

  /**
   * Compares exactly by value. The expected text passes the library's numeric gate ({@code docs/guide/limits.md}):
   * a text that is not a decimal, or is past a limit, is a {@link ParIndexException} naming the assertion, the
   * node's code, the text and the limit, not a number read without bounds.
   */
  private ScorecardAssert decimal(String what, String expected, BigDecimal actualValue, NodeScore node) {
    isNotNull();
    Objects.requireNonNull(expected, "expected");
    String problem = Numbers.problemOf(expected, "expected " + what);
    if (problem != null) {
      String message = "ScorecardAssert on " + who() + ": " + problem;
      throw new ParIndexException("an expected value is not a decimal within the library's limits",
          List.of(node == null ? Problem.general(message) : Problem.at(node.code(), message)));
    }
    BigDecimal e = Numbers.parse(expected, "expected " + what);
    if (e.compareTo(actualValue) != 0) {
      String why = node == null ? String.join("; ", actual.arithmetic())
          : node.explanation().map(Explanation::render).orElse("sum of its children");
      failWithMessage("%s: expected %s %s but was %s%n%s", who(), what, expected, actualValue.toPlainString(), why);
    }
    return this;
  }

  private String who() {
    return "unit " + actual.unit().code() + " (" + actual.unit().name() + "), rule set " + actual.ruleSetId()
        + " v" + actual.ruleSetVersion();
  }
}
