package io.github.parindex.lineage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.parindex.model.LegalReference;
import io.github.parindex.model.ParIndexException;
import io.github.parindex.model.Provenance;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Lineages whose paths multiply: answered from one resolution per date, each event resolved once (the speed is
 * measured by {@code LineageBenchmark} in par-index-benchmarks; these tests pin the answers, worked out by hand).
 */
class LineageScaleTest {
  static final LegalReference BASIS = LegalReference.of("ILLUSTRATIVE");
  static final LocalDate START = LocalDate.of(2000, 1, 1);

  /**
   * Stage k (k = 0..29): unit m{k} splits into a{k} and b{k} on day 2k, and a{k}, b{k} merge into m{k+1} on day
   * 2k+1. Following every path, m0 reaches m30 along 2^30 paths; the answer is the one unit m30.
   */
  static UnitLineage splitThenMerge(int stages) {
    UnitLineage.Builder b = UnitLineage.builder().unit("m0", "M0");
    for (int k = 0; k < stages; k++) {
      b.unit("a" + k, "A" + k).unit("b" + k, "B" + k).unit("m" + (k + 1), "M" + (k + 1));
      b.event(LineageEvent.split(START.plusDays(2L * k), "m" + k, List.of("a" + k, "b" + k), BASIS,
          Provenance.confirmed()));
      b.event(LineageEvent.merge(START.plusDays(2L * k + 1), List.of("a" + k, "b" + k), "m" + (k + 1), BASIS,
          Provenance.confirmed()));
    }
    return b.build();
  }

  @Test
  void thirtySplitThenMergeStagesResolveToTheLastUnit() {
    UnitLineage l = splitThenMerge(30);
    LocalDate end = START.plusDays(60);
    assertThat(l.successorsAt("m0", end)).containsExactly("m30");
    assertThat(l.successorsAt("a17", end)).containsExactly("m30");
    // half-way through stage 12 (day 24 = its split): m12 has become a12 and b12
    assertThat(l.successorsAt("m0", START.plusDays(24))).containsExactly("a12", "b12");
    // every one of the 1 + 3 × 30 = 91 units leads to m30
    assertThat(l.predecessorsOf("m30", end)).hasSize(91).startsWith("m0", "a0", "b0", "m1");
    assertThat(l.predecessorsOf("m0", end)).isEmpty();
  }

  /** 10,000 communes c0..c9999 merged three into one (n0 = c0 + c1 + c2, ...; c9999 alone stays). */
  static UnitLineage communes() {
    UnitLineage.Builder b = UnitLineage.builder();
    for (int c = 0; c < 10_000; c++) {
      b.unit("c" + c, "Xã " + c);
    }
    for (int n = 0; n < 3333; n++) {
      b.unit("n" + n, "Xã mới " + n);
      b.event(LineageEvent.merge(LocalDate.of(2025, 7, 1), List.of("c" + 3 * n, "c" + (3 * n + 1),
          "c" + (3 * n + 2)), "n" + n, BASIS, Provenance.confirmed()));
    }
    return b.build();
  }

  @Test
  void everyNewCommuneNamesItsThreePredecessors() {
    UnitLineage l = communes();
    LocalDate after = LocalDate.of(2025, 7, 1);
    for (int n = 0; n < 3333; n++) {
      // the three old communes, and the new commune itself (predecessorsOf includes the unit), in the order added
      assertThat(l.predecessorsOf("n" + n, after)).containsExactly("c" + 3 * n, "c" + (3 * n + 1),
          "c" + (3 * n + 2), "n" + n);
    }
    assertThat(l.predecessorsOf("c9999", after)).containsExactly("c9999");
    assertThat(l.successorsAt("c4", after)).containsExactly("n1");
    assertThat(l.successorsAt("c4", after.minusDays(1))).containsExactly("c4");
    assertThat(l.predecessorsOf("c4", after.minusDays(1))).containsExactly("c4");
  }

  @Test
  void aUnitMergedAndRenamedOnTheSameDayIsRejected() {
    LocalDate day = LocalDate.of(2025, 7, 1);
    UnitLineage.Builder b = UnitLineage.builder().unit("x", "X").unit("y", "Y").unit("z", "Z").unit("w", "W")
        .event(LineageEvent.merge(day, List.of("x", "y"), "z", BASIS, Provenance.confirmed()))
        .event(LineageEvent.rename(day, "x", "w", BASIS, Provenance.confirmed()));
    assertThatThrownBy(b::build).isInstanceOf(ParIndexException.class)
        .hasMessageContaining("unit x is a predecessor in two events effective 2025-07-01");
  }

  @Test
  void resultsAgreeWithFollowingEveryPathOnASmallLineage() {
    // a splits into b, c (2010); b renamed d (2015); c and d merge into e (2020): every path ends at e
    UnitLineage l = UnitLineage.builder().unit("a", "A").unit("b", "B").unit("c", "C").unit("d", "D")
        .unit("e", "E")
        .event(LineageEvent.split(LocalDate.of(2010, 1, 1), "a", List.of("b", "c"), BASIS, Provenance.confirmed()))
        .event(LineageEvent.rename(LocalDate.of(2015, 1, 1), "b", "d", BASIS, Provenance.confirmed()))
        .event(LineageEvent.merge(LocalDate.of(2020, 1, 1), List.of("c", "d"), "e", BASIS, Provenance.confirmed()))
        .build();
    assertThat(l.successorsAt("a", LocalDate.of(2016, 1, 1))).containsExactlyInAnyOrder("d", "c");
    assertThat(l.successorsAt("a", LocalDate.of(2020, 1, 1))).containsExactly("e");
    Set<String> all = new LinkedHashSet<>(l.predecessorsOf("e", LocalDate.of(2020, 1, 1)));
    assertThat(new ArrayList<>(all)).containsExactly("a", "b", "c", "d", "e");
  }
}
