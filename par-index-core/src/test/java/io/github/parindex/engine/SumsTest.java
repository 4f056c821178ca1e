package io.github.parindex.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.parindex.model.NodeRole;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The parents' sums: exact, at the largest scale of what is added, penalties subtracted; and the totals' text. */
class SumsTest {

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  @Test
  void sumsKeepTheLargestScaleAndSubtractPenalties() {
    Sums sums = new Sums(4);
    sums.put(0, NodeRole.SCORED, d("1"), d("0.5"), d("1.00"), d("0.50"), d("-0.50"), true);
    sums.put(1, NodeRole.SCORED, d("2.5"), d("2E+1"), null, null, null, true);
    sums.put(2, NodeRole.PENALTY, d("1"), d("0.125"), d("0.25"), null, null, false);
    sums.put(3, NodeRole.BONUS, d("3"), d("1"), null, null, null, false);
    Sums.Total t = sums.over(new int[] {0, 1, 2, 3}, true);
    // 1 + 2.5 (scored children only): scale 1
    assertThat(t.scoredMaximum).isEqualTo(d("3.5"));
    // 0.5 + 20 - 0.125 + 1 = 21.375, at the largest scale (3)
    assertThat(t.exact).isEqualTo(d("21.375"));
    // 1.00 - 0.25 = 0.75 (scale 2); only children that have the figure
    assertThat(t.self).isEqualTo(d("0.75"));
    assertThat(t.appraised).isEqualTo(d("0.50"));
    assertThat(t.difference).isEqualTo(d("-0.50"));
    assertThat(t.anyApplicable).isTrue();
  }

  @Test
  void unsignedSumsAddPenaltiesAndAbsentFiguresStayAbsent() {
    Sums sums = new Sums(2);
    sums.put(0, NodeRole.PENALTY, d("1"), d("0.25"), null, null, null, false);
    sums.put(1, NodeRole.PENALTY, d("2"), d("0.5"), null, null, null, false);
    Sums.Total t = sums.over(new int[] {0, 1}, false);
    assertThat(t.exact).isEqualTo(d("0.75"));
    assertThat(t.scoredMaximum).isEqualTo(BigDecimal.ZERO); // no scored child: zero at scale 0
    assertThat(t.self).isNull();
    assertThat(t.anyApplicable).isFalse();
  }

  @Test
  void longQuotientsAndValuesBeyondALongAddUpExactly() {
    Sums sums = new Sums(3);
    BigDecimal third = d("0.3333333333333333333333333333333333"); // 34 digits: not a long
    sums.put(0, NodeRole.SCORED, d("1"), third, d("999999999999999999"), null, null, true);
    sums.put(1, NodeRole.SCORED, d("1"), third, d("999999999999999999"), null, null, true);
    sums.put(2, NodeRole.SCORED, d("1"), d("1.5"), d("0.000000000000000001"), null, null, true);
    Sums.Total t = sums.over(new int[] {0, 1, 2}, true);
    assertThat(t.exact).isEqualTo(d("2.1666666666666666666666666666666666"));
    // 2 × (10^18 - 1) + 10^-18: beyond a long at scale 18, still exact
    assertThat(t.self).isEqualTo(d("1999999999999999998.000000000000000001"));
  }

  @Test
  void plainTextDropsTrailingZerosOnly() {
    assertThat(Totals.plain(d("1.50"))).isEqualTo("1.5");
    assertThat(Totals.plain(d("10.00"))).isEqualTo("10");
    assertThat(Totals.plain(d("100"))).isEqualTo("100");
    assertThat(Totals.plain(d("2E+1"))).isEqualTo("20");
    assertThat(Totals.plain(d("-0.50"))).isEqualTo("-0.5");
    assertThat(Totals.plain(d("0.000"))).isEqualTo("0");
    assertThat(Totals.plain(d("0.105"))).isEqualTo("0.105");
  }
}
