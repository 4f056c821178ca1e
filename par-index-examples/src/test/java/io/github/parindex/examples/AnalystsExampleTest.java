package io.github.parindex.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.parindex.lineage.YearComparison;
import io.github.parindex.model.GradeBand;
import io.github.parindex.scenario.Gains;
import org.junit.jupiter.api.Test;

/** The analysts' example, with its figures worked out by hand from the sample's answers. */
class AnalystsExampleTest {
  final AnalystsExample.Report r = AnalystsExample.report();

  @Test
  void scorecardOfTheIllustrative2018() {
    // 2017 exact total 83.1396666… (SampleDataTest). 2018 changes: 1.3 late 0.75 → on time 1.5 (+0.75);
    // 5.2 3 × 40/45 = 2.6666… → 3 × 42/45 = 2.8 (+0.1333…); 7.3 60 × 0.05 = 3 → 68 × 0.05 = 3.4 (+0.4);
    // 8.1 84.73% × 10 = 8.473 → 86.10% × 10 = 8.61 (+0.137); 3.4 (98.2%) and 7.2 (99.38%) stay in their bands.
    // 83.1396666… + 0.75 + 0.1333… + 0.4 + 0.137 = 84.56 → 84.56%, B.
    assertThat(r.card().totalPoints()).isEqualByComparingTo("84.56");
    assertThat(r.card().grade().map(GradeBand::label)).contains("B");
    assertThat(r.card().node("1").orElseThrow().points()).isEqualByComparingTo("7.75");   // 7 + 0.75
  }

  @Test
  void cheapestPathToGroupA() {
    // A needs 90: +5.44. Largest gains: 3.4 +2 (98.2% → 100%), 1.2, 5.6, 7.4 +1.5 each: three give 5 < 5.44, so
    // four leaves. 3.4 + 1.2 + 5.6 + 7.4 = 6.5; 3.4 + 1.2 + 5.6 + 8.2 (direct points, up to +1.25) = 5 + 0.44 = 5.44,
    // the least. 8.2: 4.25 → 4.69.
    Gains.Path p = r.pathToA();
    assertThat(p.steps()).extracting(Gains.Step::describe).containsExactly(
        "3.4 from 98.2% to 100%: +2 points", "1.2 from 92% to 100%: +1.5 points",
        "5.6 from 93% to 100%: +1.5 points", "8.2 from 4.25 points to 4.69 points: +0.44 points");
    assertThat(p.result().index()).isEqualByComparingTo("90");
  }

  @Test
  void comparisonWithThePreviousYearAndTheReport() {
    YearComparison.Pair pair = r.comparison().pairs().get(0);
    // 84.56 − 83.14 = 1.42; same rule set, same maxima: points are comparable
    assertThat(pair.indexChange()).isEqualByComparingTo("1.42");
    assertThat(pair.basis()).isEqualTo(YearComparison.Basis.POINTS);
    assertThat(pair.components().get(0).pointsChange().orElseThrow()).isEqualByComparingTo("0.75");
    assertThat(r.text()).contains("ILLUSTRATIVE").contains("Cheapest path to group A")
        .contains("Tiền Giang 2017 → Tiền Giang 2018: index 83.14% → 84.56% (+1.42), grade B → B")
        .contains("Tiền Giang merged into Đồng Tháp from 2025-07-01");
    String html = r.html();
    assertThat(html).contains("<svg").contains("Cheapest path to grade A (90%)").contains("Comparison across years")
        .doesNotContain("<script").doesNotContain("https:");
  }
}
