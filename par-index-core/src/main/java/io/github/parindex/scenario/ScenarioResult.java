package io.github.parindex.scenario;

import io.github.parindex.engine.Ranking;
import io.github.parindex.engine.Scorecard;
import java.util.Collection;
import java.util.Objects;

/**
 * What a {@link Scenario} did: the changed inputs, both scorecards and their node-by-node difference.
 *
 * <pre>{@code
 * ScenarioResult r = scenario.run(ruleSet, assessment);
 * r.after().index();                                       // the index in the scenario
 * r.diff().render();                                        // what changed, node by node
 * r.diffAmong(peers, Ranking.Scope.ALL, Ranking.TieRule.SHARED).rankAfter();   // the rank among other units
 * }</pre>
 *
 * @param scenario the scenario that was run
 * @param applied the rule set and assessment after the changes
 * @param before the scorecard of the originals
 * @param after the scorecard with the changes
 * @param diff the difference from {@code before} to {@code after}
 * @since 0.1.0
 */
public record ScenarioResult(
    Scenario scenario, Scenario.Applied applied, Scorecard before, Scorecard after, ScorecardDiff diff) {

  /**
   * Checks the components.
   *
   * @param scenario the scenario that was run
   * @param applied the rule set and assessment after the changes
   * @param before the scorecard of the originals
   * @param after the scorecard with the changes
   * @param diff the difference from {@code before} to {@code after}
   */
  public ScenarioResult {
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(applied, "applied");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    Objects.requireNonNull(diff, "diff");
  }

  /**
   * {@return the difference including the unit's rank before and after among {@code peers} (the unit's own cards
   * excluded)}
   *
   * @param peers the other units' scorecards, of the same rule set and year
   * @param scope which units the unit is ranked among
   * @param tieRule how ties are ranked
   */
  public ScorecardDiff diffAmong(Collection<Scorecard> peers, Ranking.Scope scope, Ranking.TieRule tieRule) {
    return ScorecardDiff.of(before, after, peers, scope, tieRule);
  }
}
