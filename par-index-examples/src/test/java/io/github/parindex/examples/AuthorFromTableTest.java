package io.github.parindex.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.parindex.engine.Scorecard;
import io.github.parindex.method.Methods;
import io.github.parindex.model.GradeBand;
import io.github.parindex.model.RuleSet;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AuthorFromTableTest {

  @Test
  void theTableReadsIntoTheIntendedMethods() {
    RuleSet rs = AuthorFromTable.ruleSet();
    assertThat(rs.leaves()).extracting(n -> n.code())
        .containsExactly("1.1", "1.2.1", "1.2.2", "1.2.3", "2.1", "2.2", "3.1", "3.2");
    assertThat(rs.node("1.1").orElseThrow().method()).contains(Methods.yesNo("1", "0"));
    assertThat(rs.node("2.1").orElseThrow().method()).contains(Methods.proportional());
    assertThat(rs.node("3.1").orElseThrow().method()).contains(Methods.deadline("1", "0.5", "0"));
    assertThat(rs.node("3.2").orElseThrow().method()).contains(Methods.countTimesPoints("0.25", "2"));
  }

  @Test
  void theTableRoundTrips() {
    java.util.List<io.github.parindex.model.Node> nodes = AuthorFromTable.nodes();
    String csv = io.github.parindex.rules.table.RuleSetTable.write(nodes);
    assertThat(io.github.parindex.rules.table.RuleSetTable.readNodes(new java.io.StringReader(csv), "written.csv"))
        .isEqualTo(nodes);
  }

  @Test
  void scoresTheHandComputedTotal() {
    Scorecard card = AuthorFromTable.score();
    // By hand:
    //   1.1   yes (54 decisions announcing 1,124 procedures)                        -> 1
    //   1.2.1 18/18 = 100%, 1.2.2 11/11 = 100%, 1.2.3 173/173 = 100%: band 100%   -> 1 + 1 + 1 = 3
    //   2.1   2 × 7234 / 7436 = 14468 / 7436 = 3617 / 1859 = 1.94566971...          -> 1.9456697...
    //   2.2   85% is in "từ 80% trở lên"                                           -> 1
    //   3.1   on time                                                               -> 1
    //   3.2   11 × 0.25 = 2.75, above the cap 2                                     -> 2
    //   total = 1 + 3 + 1.9456697... + 1 + 1 + 2 = 9.9456697...; 2 decimals half up  -> 9.95
    //   index = 9.95 / 10 × 100 = 99.50%  -> grade A (from 90%)
    assertThat(card.node("2.1").orElseThrow().exactPoints())
        .isEqualByComparingTo(new java.math.BigDecimal("3617").divide(new java.math.BigDecimal("1859"),
            java.math.MathContext.DECIMAL128));
    assertThat(card.node("3.2").orElseThrow().points()).isEqualByComparingTo("2");
    assertThat(card.node("1").orElseThrow().points()).isEqualByComparingTo("4");
    assertThat(card.totalPoints()).isEqualByComparingTo("9.95");
    assertThat(card.effectiveMaximum()).isEqualByComparingTo("10");
    assertThat(card.index()).isEqualByComparingTo("99.50");
    assertThat(card.grade()).map(GradeBand::label).contains("A");
  }

  /**
   * The review of the sample table, its probes worked by hand from the texts: 1.2.1 gives 1 at 100%, 0.5 from 80% to
   * under 100%, 0 under 80%; 2.2 gives 1 from 80%, 0.5 from 50% to under 80%, 0 under 50%; 3.2 gives 0.25 per
   * course up to 2, reached at 8 courses; 3.1 gives 1 on time, 0.5 late, 0 not done.
   */
  @Test
  void theReviewShowsEachReadingWithItsProbes() {
    String md = AuthorFromTable.review();
    assertThat(md).startsWith("# Scoring-text review: illustrative-cchc-table.csv\n\n8 leaf rows, 0 warnings.")
        .doesNotContain("**Warning:**")
        .contains("- **Read as:** 100%: 1 điểm; từ 80% đến dưới 100%: 0,5 điểm; dưới 80%: 0 điểm\n")
        .contains("- **Worked probes:** 0% → 0 điểm; 79,99% → 0 điểm; 80% → 0,5 điểm; 99,99% → 0,5 điểm; 100% → 1"
            + " điểm\n")
        .contains("49,99% → 0 điểm; 50% → 0,5 điểm; 79,99% → 0,5 điểm; 80% → 1 điểm")
        .contains("- **Worked probes:** 0 lần (count 0) → 0 điểm; 1 lần (count 1) → 0,25 điểm; 8 lần (count 8) → 2"
            + " điểm; 9 lần (count 9) → 2 điểm\n")
        .contains("đúng hạn (on time) → 1 điểm; chậm (late) → 0,5 điểm; không thực hiện (not done) → 0 điểm")
        .contains("- **Method:** proportional\n");
    assertThat(md.split("\n## ", -1).length - 1).isEqualTo(8);
  }

  @Test
  void mainPrintsTheResultAndExplanations() {
    PrintStream old = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
      AuthorFromTable.main(new String[0]);
    } finally {
      System.setOut(old);
    }
    String out = buf.toString(StandardCharsets.UTF_8);
    assertThat(out).contains("9.95 / 10 points, index 99.50%, grade A")
        .contains("scoring text: Mỗi lớp bồi dưỡng được 0,25 điểm, tối đa 2 điểm")
        .contains("ILLUSTRATIVE")
        .contains("# Scoring-text review: illustrative-cchc-table.csv");
  }
}
