package io.github.parindex.engine;

import io.github.parindex.model.Assessment;
import io.github.parindex.model.ParIndexException;
import io.github.parindex.model.Problem;
import io.github.parindex.model.RoundingPolicy;
import io.github.parindex.model.RuleSet;
import java.util.List;

/**
 * Scores an assessment against a rule set: a pure, thread-safe function {@code (RuleSet, Assessment) -> Scorecard}.
 *
 * <p>The assessment is checked first; if anything is wrong the engine throws one {@link ParIndexException} listing
 * every problem with the unit and criterion code. Then, per leaf, the final points are the appraised value if the
 * council gave one, else the measured (survey or outcome) result, else the self-assessed answer. Leaves marked not
 * applicable are removed from the effective maximum. Parents add up their children; bonus nodes add and penalty
 * nodes subtract outside the maximum. Points are rounded as the rule set's {@link RoundingPolicy} says, and the
 * index is {@code total / effective maximum × 100}, capped at 100% unless the rule set lets bonus points lift it.
 *
 * <pre>{@code
 * Scorecard card = Engine.score(ruleSet, assessment);
 * List<Problem> problems = Engine.check(ruleSet, assessment);   // the same checks, without scoring
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Engine {
  private Engine() {}

  /**
   * Every problem with an assessment, without scoring it; empty when it can be scored.
   *
   * @param ruleSet the rule set
   * @param assessment the assessment
   * @return every problem, each with the unit and criterion code; empty when the assessment can be scored
   */
  public static List<Problem> check(RuleSet ruleSet, Assessment assessment) {
    RuleSetPlan plan = RuleSetPlan.of(ruleSet);
    return AssessmentChecks.problems(plan, assessment, new ScoreInputs(plan, assessment));
  }

  /**
   * Scores one unit.
   *
   * @param ruleSet the rule set
   * @param assessment the unit's assessment
   * @return the explained scorecard
   * @throws ParIndexException listing every problem if the assessment does not fit the rule set
   */
  public static Scorecard score(RuleSet ruleSet, Assessment assessment) {
    RuleSetPlan plan = RuleSetPlan.of(ruleSet);
    ScoreInputs inputs = new ScoreInputs(plan, assessment);
    List<Problem> problems = AssessmentChecks.problems(plan, assessment, inputs);
    if (!problems.isEmpty()) {
      throw new ParIndexException(
          "assessment of unit " + assessment.unit().code() + " for rule set " + ruleSet.id() + " is invalid",
          problems);
    }
    return new ScoringRun(plan, assessment, inputs).scorecard();
  }
}
