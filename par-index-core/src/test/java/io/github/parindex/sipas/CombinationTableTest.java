package io.github.parindex.sipas;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.parindex.model.UnitLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The accumulator counts per (unit, field, group) combination and folds the combination blocks into the unit, field
 * and group tables when its combination table is full. A frame of 300 units has 300 × 2 × 2 = 1,200 possible
 * combinations (field and group may be absent), far more than the 64 blocks this test allows, so 700–900 random
 * rows fold the table several times; fed in slices of 50 rows (at most 50 combinations each, never full) to separate
 * accumulators that are then merged, the same rows must give the very same figures and counts.
 */
class CombinationTableTest {
  static final SurveyFrame BIG;

  static {
    SurveyFrame.Builder b = SurveyFrame.builder();
    for (int u = 0; u < 300; u++) {
      b.unit("U" + u, "Unit " + u, UnitLevel.COMMUNE);
    }
    BIG = b.serviceField("F", "Đất đai").group("G", "Công dân").build();
  }

  @Property(tries = 20)
  void foldingAFullTableGivesTheSameFiguresAsMergingSmallOnes(@ForAll long seed, @ForAll boolean weighted,
      @ForAll @IntRange(min = 700, max = 900) int n) {
    SipasMethod m = weighted
        ? SipasMethod.meanOfElements().withWeighting(SipasMethod.Weighting.RESPONDENT_WEIGHTS)
        : SipasMethod.meanOfElements();
    Random rnd = new Random(seed);
    List<int[]> rows = new ArrayList<>();
    List<Long> weights = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int[] a = new int[7];
      for (int k = 0; k < 7; k++) {
        a[k] = rnd.nextInt(7) - 1;
      }
      a[4] = rnd.nextInt(5) - 1;
      a[5] = rnd.nextInt(9) - 1;
      rows.add(new int[] {rnd.nextInt(300), rnd.nextInt(2) - 1, rnd.nextInt(2) - 1});
      rows.set(i, concat(rows.get(i), a));
      weights.add(1L + rnd.nextInt(3000));
    }
    SurveyAccumulator one = new SurveyAccumulator(SmallSurvey.Q, BIG, m, 64);
    SurveyAccumulator merged = new SurveyAccumulator(SmallSurvey.Q, BIG, m, 0);
    SurveyAccumulator slice = null;
    for (int i = 0; i < n; i++) {
      int[] r = rows.get(i);
      int[] a = java.util.Arrays.copyOfRange(r, 3, r.length);
      one.add(r[0], r[1], r[2], weights.get(i), a);
      if (i % 50 == 0) {
        if (slice != null) {
          merged.merge(slice);
        }
        slice = new SurveyAccumulator(SmallSurvey.Q, BIG, m, 0);
      }
      slice.add(r[0], r[1], r[2], weights.get(i), a);
    }
    merged.merge(slice);
    assertThat(one.size()).isEqualTo(n);
    assertThat(merged.size()).isEqualTo(n);
    assertThat(figures(one.result())).isEqualTo(figures(merged.result()));
  }

  /**
   * The same rows sorted by combination: each block then takes many rows, so a full table of 8 blocks is folded
   * and started again (the path data sorted by unit takes), while shuffled rows are mostly counted directly (the
   * property above); both must give the figures of one accumulator with room for every combination.
   */
  @Property(tries = 20)
  void sortedRowsFoldAndRestartAFullTableWithTheSameFigures(@ForAll long seed, @ForAll boolean weighted,
      @ForAll @IntRange(min = 300, max = 600) int n) {
    SipasMethod m = weighted
        ? SipasMethod.meanOfElements().withWeighting(SipasMethod.Weighting.RESPONDENT_WEIGHTS)
        : SipasMethod.meanOfElements();
    Random rnd = new Random(seed);
    List<int[]> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      // 10 units: at most 40 combinations, so 7 to 15 rows each on average, more than REUSE (4) rows per block
      int[] r = {rnd.nextInt(10), rnd.nextInt(2) - 1, rnd.nextInt(2) - 1, 1 + rnd.nextInt(3000), 0, 0, 0, 0, 0,
          0, 0};
      for (int k = 4; k < 11; k++) {
        r[k] = rnd.nextInt(7) - 1;
      }
      r[8] = rnd.nextInt(5) - 1;
      r[9] = rnd.nextInt(9) - 1;
      rows.add(r);
    }
    rows.sort(java.util.Comparator.<int[]>comparingInt(r -> r[0]).thenComparingInt(r -> r[1])
        .thenComparingInt(r -> r[2]));
    SurveyAccumulator small = new SurveyAccumulator(SmallSurvey.Q, BIG, m, 8);
    SurveyAccumulator roomy = new SurveyAccumulator(SmallSurvey.Q, BIG, m, 0);
    for (int[] r : rows) {
      int[] a = java.util.Arrays.copyOfRange(r, 4, r.length);
      small.add(r[0], r[1], r[2], r[3], a);
      roomy.add(r[0], r[1], r[2], r[3], a);
    }
    assertThat(small.size()).isEqualTo(n);
    assertThat(figures(small.result())).isEqualTo(figures(roomy.result()));
  }

  private static int[] concat(int[] x, int[] y) {
    int[] z = java.util.Arrays.copyOf(x, x.length + y.length);
    System.arraycopy(y, 0, z, x.length, y.length);
    return z;
  }

  private static List<String> figures(SurveyResults r) {
    List<PopulationReport> reports = new ArrayList<>(List.of(r.all(), r.serviceField("F"), r.group("G")));
    for (int u = 0; u < 300; u++) {
      reports.add(r.unit("U" + u));
    }
    List<String> out = new ArrayList<>();
    for (PopulationReport p : reports) {
      List<Figure> fs = new ArrayList<>();
      fs.add(p.overall());
      fs.addAll(p.aspects());
      fs.addAll(p.elements());
      fs.addAll(p.items());
      fs.addAll(p.judgement("J1"));
      fs.addAll(p.expectation("X1"));
      for (Figure f : fs) {
        out.add(f.exactPercent() + "/" + f.respondents());
      }
    }
    return out;
  }
}
