package io.github.parindex.benchmarks;

import io.github.parindex.engine.Engine;
import io.github.parindex.engine.Scorecard;
import io.github.parindex.examples.SyntheticProvince;
import io.github.parindex.model.Assessment;
import io.github.parindex.model.RuleSet;
import io.github.parindex.model.UnitLevel;
import java.util.List;

/**
 * The SYNTHETIC data of the engine benchmarks ({@link SyntheticProvince}: bands, levels, yes/no, deadlines, counts,
 * rates, direct points, deductions, two survey leaves, a penalty leaf, appraisals, leaves and a criterion not
 * applicable), with the hand-written {@link HandLoop} over the same rule set, checked against the engine.
 */
final class EngineData {
  static final long RULE_SEED = 1;
  static final long ANSWER_SEED = 7;

  final RuleSet ruleSet;
  final List<Assessment> assessments;
  final HandLoop loop;

  EngineData(String id, UnitLevel level, int leaves, int units, String prefix, List<String> blocks) {
    ruleSet = SyntheticProvince.ruleSet(id, level, leaves, RULE_SEED);
    assessments = SyntheticProvince.assessments(ruleSet, level, prefix, units, blocks, ANSWER_SEED);
    loop = new HandLoop(ruleSet);
  }

  /** A 100-leaf province set with 16 assessments (scored in turn, so no single answer sheet is favoured). */
  static EngineData province100() {
    return new EngineData("synthetic-province", UnitLevel.PROVINCE, 100, 16, "P", List.of("Tỉnh"));
  }

  /** Throws unless the engine accepts every assessment and the hand-written loop gives the engine's figures. */
  EngineData verified() {
    for (Assessment a : assessments) {
      if (!Engine.check(ruleSet, a).isEmpty()) {
        throw new IllegalStateException("synthetic assessment has problems: " + Engine.check(ruleSet, a));
      }
      Scorecard card = Engine.score(ruleSet, a);
      if (!loop.sameAs(card, loop.score(a))) {
        throw new IllegalStateException("the hand-written loop and the engine differ on " + a.unit().code() + ": "
            + card + " vs " + loop.score(a).total() + " " + loop.score(a).index());
      }
    }
    return this;
  }
}
