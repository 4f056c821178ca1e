package io.github.parindex.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.parindex.engine.Engine;
import io.github.parindex.engine.Scorecard;
import io.github.parindex.method.Answer;
import io.github.parindex.model.AdministrativeUnit;
import io.github.parindex.model.Assessment;
import io.github.parindex.model.GradeBand;
import io.github.parindex.model.LeafInput;
import io.github.parindex.model.RuleSet;
import io.github.parindex.model.UnitLevel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The example of docs/guide/rule-sets-and-tables.md ("The JSON format"), kept as a test resource, read and scored;
 * DocsSnippetsTest (par-index-examples) checks the page shows the same text.
 */
class ExampleRuleSetTest {

  static String text() throws IOException {
    try (InputStream in = ExampleRuleSetTest.class.getResourceAsStream("example-rule-set.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void theDocumentedExampleReadsIsCanonicalAndScores() throws IOException {
    String text = text();
    RuleSet rs = RuleSetJson.standard().parse(text, "example-rule-set.json");
    assertThat(RuleSetJson.standard().write(rs)).isEqualTo(text);

    Assessment a = Assessment.builder()
        .unit(AdministrativeUnit.of("STP", "Sở Tư pháp", UnitLevel.DEPARTMENT))
        .ruleSetId(rs.id()).year(2025)
        .addInputs(LeafInput.self("1.1", Answer.deadline(Answer.Timeliness.LATE)))
        .addInputs(LeafInput.self("1.2", Answer.rate(45, 50)))
        .addInputs(LeafInput.self("1.3", Answer.count(1)))
        .addInputs(LeafInput.self("1.4", Answer.yes()))
        .addInputs(LeafInput.measured("2", Answer.percent("85.5")))
        .build();
    Scorecard card = Engine.score(rs, a);
    // 1.1 late 0.5; 1.2 45/50 = 90% in [80, 100) → 1; 1.3 bonus 1 × 0.5 = 0.5; 1.4 yes → 1;
    // 2: 85.5 / 100 × 6 = 5.13; total 0.5 + 1 + 0.5 + 1 + 5.13 = 8.13 of 10 → 81.30% → Tốt
    assertThat(card.node("1").orElseThrow().points()).isEqualByComparingTo("3.00");
    assertThat(card.totalPoints()).isEqualByComparingTo("8.13");
    assertThat(card.index()).isEqualByComparingTo("81.30");
    assertThat(card.grade().map(GradeBand::label)).contains("Tốt");
  }
}
