package io.github.parindex.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.parindex.engine.Ranking;
import io.github.parindex.engine.RankingTest;
import io.github.parindex.engine.Scorecard;
import io.github.parindex.engine.TieBreak;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ties a ranking broke, and ranks per component, in the Markdown reports; figures as in RankingTest. */
class RankingReportsTest {

  @Test
  void brokenTiesAndRanksPerComponentAreReported() {
    // P 50 + 35, Q 52 + 33: both 85.00; by appraisal points Q (52.00) is ahead of P (50.00)
    List<Scorecard> cards = List.of(RankingTest.card("P", "50", "35"), RankingTest.card("Q", "52", "33"));
    Ranking r = Ranking.of(cards, Ranking.Scope.ALL, TieBreak.sharing(TieBreak.Key.nodePoints("I")));
    assertThat(Reports.markdown(r)).contains("## Ties broken\n\nRule: points of I; still equal: shared rank.\n\n"
        + "- all: Q, P both have index 85.00; points of I 52.00 (Q) ahead of 50.00 (P): Q rank 1, P rank 2\n");
    // I: Q 52 / 60 = 86.67%, P 50 / 60 = 83.33%; II: P 35 / 40 = 87.50%, Q 33 / 40 = 82.50%
    assertThat(Reports.markdownByComponent(r))
        .contains("## I\n\n| Group | Rank | Unit | Index |\n|---|---:|---|---:|\n| all | 1 | Đơn vị Q | 86.67% |\n"
            + "| all | 2 | Đơn vị P | 83.33% |\n")
        .contains("| all | 1 | Đơn vị P | 87.50% |");
    assertThat(Reports.markdown(Ranking.of(cards, Ranking.Scope.ALL, TieBreak.SHARED))).doesNotContain("Ties broken");
  }
}
