package io.github.parindex.testkit;

import io.github.parindex.audit.Reconciliation;
import io.github.parindex.engine.Scorecard;

/**
 * Entry point of the domain assertions, in the AssertJ style: {@code assertThat(scorecard).hasIndex("85.78")}.
 *
 * <p>Decimals are given as text and compared exactly, by value ({@code "54.2"} equals {@code 54.20}); there are no
 * error margins.
 *
 * <pre>{@code
 * import static io.github.parindex.testkit.ParIndexAssertions.assertThat;
 *
 * assertThat(Engine.score(ruleSet, assessment))
 *     .hasPoints("TD", "54.20")
 *     .hasTotal("85.78")
 *     .hasIndex("85.78")
 *     .hasGrade("B")
 *     .hasNoAppraisalChangeWithoutReason();
 * assertThat(Reconciliation.of(table, scorecards)).isClean();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ParIndexAssertions {
  private ParIndexAssertions() {}

  /**
   * Assertions on a scorecard.
   *
   * @param actual the scorecard under test
   * @return the assertions, for chaining
   */
  public static ScorecardAssert assertThat(Scorecard actual) {
    return new ScorecardAssert(actual);
  }

  /**
   * Assertions on a reconciliation of a published table.
   *
   * @param actual the reconciliation under test
   * @return the assertions, for chaining
   */
  public static ReconciliationAssert assertThat(Reconciliation actual) {
    return new ReconciliationAssert(actual);
  }
}
