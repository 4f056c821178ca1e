package io.github.parindex.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.parindex.engine.Engine;
import io.github.parindex.engine.NodeScore;
import io.github.parindex.engine.Scorecard;
import io.github.parindex.model.GradeBand;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The bundled sample, checked against numbers worked out by hand from {@link SampleData}. */
class SampleDataTest {

  final Scorecard card = Engine.score(SampleData.ruleSet(), SampleData.tienGiang2017());

  NodeScore node(String code) {
    return card.node(code).orElseThrow();
  }

  @Test
  void componentsMatchTheHandCalculation() {
    // 1: 1 + 1.5 (92% in 80–<100) + 0.75 (late) + 1.25 (5 × 0.25) + 1 + 1.5 = 7
    assertThat(node("1").points()).isEqualByComparingTo("7");
    // 2: 4 + 3 + 3 = 10
    assertThat(node("2").points()).isEqualByComparingTo("10");
    // 3: 3 + 2 (7 × 0.5 = 3.5, capped at 2) + 3 (202/202 × 3) + 2 (96.5% in 90–<100) + 2 (2.5 − 1 × 0.5) = 12
    assertThat(node("3").points()).isEqualByComparingTo("12");
    assertThat(node("3.2").explanation().orElseThrow().arithmetic()).contains("3.5 is above the cap 2 → 2");
    // 4: 3 + 4 + 3 (self-assessed 4, appraised 3) = 10; self 11, appraised 10, difference −1
    assertThat(node("4").points()).isEqualByComparingTo("10");
    assertThat(node("4").selfAssessedPoints()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("11"));
    assertThat(node("4").appraisedPoints()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("10"));
    assertThat(node("4.3").difference()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("-1"));
    // 5: 2 + 40/45 × 3 (= 2.6666…) + 4 + 1.75 + 2 + 1.5 (93% in 90–<100) = 13.91666… → 13.92
    assertThat(node("5").points()).isEqualByComparingTo("13.92");
    assertThat(node("5.2").points()).isEqualByComparingTo("2.67");
    // 6: 2 + 2 + 1.5 = 5.5; 7: 2 + 3 (7,234/7,436 = 97.28%) + 3 (60 × 0.05) + 1.5 + 2.5 = 12
    assertThat(node("6").points()).isEqualByComparingTo("5.5");
    assertThat(node("7").points()).isEqualByComparingTo("12");
    // 8: 84.73 / 100 × 10 = 8.473 → 8.47; + 4.25 = 12.723 → 12.72
    assertThat(node("8.1").points()).isEqualByComparingTo("8.47");
    assertThat(node("8").points()).isEqualByComparingTo("12.72");
  }

  @Test
  void totalIndexAndGrade() {
    // 7 + 10 + 12 + 10 + 13.91666… + 5.5 + 12 + 12.723 = 83.1396666… → 83.14, index 83.14% → B (80 to under 90)
    assertThat(card.totalPoints()).isEqualByComparingTo("83.14");
    assertThat(card.index()).isEqualByComparingTo("83.14");
    assertThat(card.grade().map(GradeBand::label)).contains("B");
    assertThat(card.effectiveMaximum()).isEqualByComparingTo("100");
  }

  @Test
  void theMainProgramPrintsTheScorecardAndExplanations() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ScoreSample.print(SampleData.ruleSet(), card, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String text = bytes.toString(StandardCharsets.UTF_8);
    assertThat(text).contains("PAR Index scorecard — Tiền Giang, 2017", "Total: 83.14 / 100",
        "Index: 83.14%   Grade: B", "4.3: direct-points",
        "basis: appraised points 3 (reason: \"Chưa ban hành quy định phân cấp trong lĩnh vực đất đai\")",
        "7.2: percent-bands");
  }
}
