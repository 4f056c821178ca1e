package io.github.parindex.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.parindex.engine.Engine;
import io.github.parindex.engine.Scorecard;
import io.github.parindex.model.RuleSet;
import io.github.parindex.rules.RuleSetJson;
import io.github.parindex.rules.report.ScorecardReport;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Random rule sets and assessments made with the builders: scoring never crashes, the rule set reads back equal
 * from its JSON, and the scorecard reads back equal from its report (proportional leaves included).
 */
class RandomCaseProperties {

  @Property(tries = 400)
  void builtCasesScoreAndRoundTrip(@ForAll long seed) {
    GeneratedCases.Case c = GeneratedCases.generate(new Random(seed));
    Scorecard card = Engine.score(c.ruleSet(), c.assessment());
    RuleSet back = RuleSetJson.standard().parse(RuleSetJson.standard().write(c.ruleSet()), "random.json");
    assertThat(back).isEqualTo(c.ruleSet());
    assertThat(ScorecardReport.fromJson(ScorecardReport.of(card).toJson()).scorecard()).isEqualTo(card);
    assertThat(card.totalPoints().compareTo(card.maximum())).isLessThanOrEqualTo(0);
  }
}
