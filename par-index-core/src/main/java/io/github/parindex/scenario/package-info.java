/**
 * What-if analysis: {@link io.github.parindex.scenario.Scenario scenarios} of overrides applied to copies of a rule
 * set and an assessment, {@link io.github.parindex.scenario.ScorecardDiff node-by-node differences} between two
 * scorecards, and {@link io.github.parindex.scenario.Gains the points a unit can still gain} with the smallest set of
 * improvements that reaches the next grade or a target index.
 *
 * <pre>{@code
 * ScenarioResult r = Scenario.named("e-mail for all").answer("6.1.2", Answer.percent("100")).run(ruleSet, assessment);
 * Gains.of(ruleSet, assessment).pathToNextGrade().ifPresent(p -> System.out.print(p.render()));
 * }</pre>
 *
 * <p>Every type is immutable and thread-safe; nothing here changes the rule sets or assessments it is given.
 */
package io.github.parindex.scenario;
