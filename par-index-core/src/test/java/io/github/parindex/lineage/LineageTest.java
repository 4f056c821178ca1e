package io.github.parindex.lineage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.parindex.engine.Engine;
import io.github.parindex.engine.Scorecard;
import io.github.parindex.model.Assessment;
import io.github.parindex.model.LegalReference;
import io.github.parindex.model.ParIndexException;
import io.github.parindex.model.Provenance;
import io.github.parindex.model.RuleSet;
import io.github.parindex.scenario.Change;
import io.github.parindex.scenario.Scenario;
import io.github.parindex.testing.Fixtures;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineageTest {
  static final LocalDate JULY_2025 = LocalDate.of(2025, 7, 1);
  static final LegalReference NQ = LegalReference.of("202/2025/QH15", LocalDate.of(2025, 6, 12));

  static UnitLineage lineage() {
    return UnitLineage.builder()
        .unit("tuyen-quang", "Tuyên Quang").unit("ha-giang", "Hà Giang").unit("son-la", "Sơn La")
        .event(LineageEvent.merge(JULY_2025, List.of("tuyen-quang", "ha-giang"), "tuyen-quang", NQ,
            Provenance.confirmed()))
        .build();
  }

  @Test
  void splitsRenamesAndAbolitionsChainByDate() {
    UnitLineage l = UnitLineage.builder()
        .unit("a", "A").unit("b", "B").unit("c", "C").unit("d", "D").unit("e", "E")
        .event(LineageEvent.split(LocalDate.of(2010, 1, 1), "a", List.of("b", "c"), NQ, Provenance.confirmed()))
        .event(LineageEvent.rename(LocalDate.of(2015, 1, 1), "b", "d", NQ, Provenance.confirmed()))
        .event(LineageEvent.abolish(LocalDate.of(2020, 1, 1), List.of("c"), NQ, Provenance.confirmed()))
        .build();
    assertThat(l.successorsAt("a", LocalDate.of(2009, 12, 31))).containsExactly("a");
    assertThat(l.successorsAt("a", LocalDate.of(2012, 1, 1))).containsExactly("b", "c");
    assertThat(l.successorsAt("a", LocalDate.of(2016, 1, 1))).containsExactlyInAnyOrder("d", "c");
    assertThat(l.successorsAt("a", LocalDate.of(2021, 1, 1))).containsExactly("d");
    assertThat(l.successorsAt("c", LocalDate.of(2021, 1, 1))).isEmpty();
    assertThat(l.predecessorsOf("d", LocalDate.of(2021, 1, 1))).containsExactly("a", "b", "d");
    assertThat(l.describe("b", LocalDate.of(2021, 1, 1))).startsWith("B renamed D from 2015-01-01");
    assertThatThrownBy(() -> l.successorsAt("zz", JULY_2025)).hasMessageContaining("unknown unit code \"zz\"");
  }

  @Test
  void eventsMustNameKnownUnitsAndHaveTheRightShape() {
    assertThatThrownBy(() -> UnitLineage.builder().unit("a", "A")
        .event(LineageEvent.merge(JULY_2025, List.of("a", "x"), "y", NQ, Provenance.confirmed())).build())
        .isInstanceOf(ParIndexException.class).hasMessageContaining("unknown unit x")
        .hasMessageContaining("unknown unit y");
    assertThatThrownBy(() -> LineageEvent.merge(JULY_2025, List.of("a"), "a", NQ, Provenance.confirmed()))
        .hasMessageContaining("a merge needs 2 or more predecessors");
  }

  /**
   * Hà Giang and Tuyên Quang in 2024 (fixture rule set, maximum 10) against the merged Tuyên Quang in 2025 under a
   * revised rule set (version 2: 2.1's maximum 2 → 3, so component 2 is out of 5 and the total out of 11).
   *
   * <pre>
   * Tuyên Quang 2024: 60% → 0, no → 0, Khá → 2, 1.5, 75% → 1.5: 5 / 10 = 50%; c1 2/6 = 33.33%, c2 3/4 = 75%
   * Hà Giang 2024:    80% → 1, yes → 1, Khá → 2, 1.5, 75% → 1.5: 7 / 10 = 70%; c1 4/6 = 66.67%, c2 75%
   * Tuyên Quang 2025: 100% → 2, yes → 1, Tốt → 3, 2.5, 80% → 1.6: 10.1 / 11 = 91.8181...% → 91.82% (A);
   *                   c1 6/6 = 100%, c2 4.1/5 = 82%
   * </pre>
   */
  @Test
  void aMergedUnitIsComparedWithEachPredecessorByIndexWhenMaximaChanged() {
    RuleSet rs2024 = Fixtures.ruleSet();
    RuleSet rs2025 = RuleSet.builder().from(Scenario.named("v2").with(Change.maximum("2.1", "3"))
        .apply(rs2024, Fixtures.assessment()).ruleSet()).version("2").build();
    Scorecard tq2024 = Engine.score(rs2024, Fixtures.assessment("tuyen-quang", "Tuyên Quang", "60", false, "Khá",
        "1.5", "75"));
    Scorecard hg2024 = Engine.score(rs2024, Fixtures.assessment("ha-giang", "Hà Giang", "80", true, "Khá", "1.5",
        "75"));
    Assessment a2025 = Assessment.builder().from(Fixtures.assessment("tuyen-quang", "Tuyên Quang", "100", true, "Tốt",
        "2.5", "80")).year(2025).build();
    Scorecard tq2025 = Engine.score(rs2025, a2025);
    Scorecard sonLa = Engine.score(rs2024, Fixtures.assessment("son-la", "Sơn La", "60", false, "Khá", "1.5", "75"));

    YearComparison c = YearComparison.of(lineage(), "tuyen-quang", JULY_2025, List.of(tq2025, sonLa, hg2024, tq2024));

    assertThat(c.history()).containsExactly(tq2024, hg2024, tq2025);
    assertThat(c.pairs()).hasSize(2);
    YearComparison.Pair own = c.pairs().get(0);
    YearComparison.Pair merged = c.pairs().get(1);
    assertThat(own.earlier()).isEqualTo(tq2024);
    assertThat(own.indexChange()).isEqualByComparingTo("41.82");   // 91.82 − 50
    assertThat(merged.earlier()).isEqualTo(hg2024);
    assertThat(merged.acrossUnits()).isTrue();
    assertThat(merged.indexChange()).isEqualByComparingTo("21.82"); // 91.82 − 70
    assertThat(merged.lineage()).isEqualTo("Hà Giang merged into Tuyên Quang from 2025-07-01 (202/2025/QH15 (12/06/2025))");
    assertThat(own.ruleSetChanged()).isTrue();
    assertThat(own.basis()).isEqualTo(YearComparison.Basis.INDEX);
    YearComparison.ComponentChange c1 = own.components().get(0);
    YearComparison.ComponentChange c2 = own.components().get(1);
    assertThat(c1.sameMaximum()).isTrue();
    assertThat(c1.pointsChange().orElseThrow()).isEqualByComparingTo("4");       // 6 − 2
    assertThat(c1.indexChange().orElseThrow()).isEqualByComparingTo("66.67");    // 100 − 33.33
    assertThat(c2.sameMaximum()).isFalse();
    assertThat(c2.pointsChange()).isEmpty();                                     // 4 vs 5: not comparable
    assertThat(c2.indexChange().orElseThrow()).isEqualByComparingTo("7");        // 82 − 75
    assertThat(c.render()).contains("rule sets differ: test-analysts v1 → test-analysts v2")
        .contains("compared by index only (maxima differ)").contains("lineage: Hà Giang merged into Tuyên Quang");
  }

  @Test
  void sameRuleSetComparesByPoints() {
    RuleSet rs = Fixtures.ruleSet();
    Scorecard y2024 = Engine.score(rs, Fixtures.assessment("son-la", "Sơn La", "60", false, "Khá", "1.5", "75"));
    Scorecard y2025 = Engine.score(rs, Assessment.builder().from(
        Fixtures.assessment("son-la", "Sơn La", "80", false, "Khá", "1.5", "75")).year(2025).build());
    YearComparison.Pair p = YearComparison.of(lineage(), "son-la", JULY_2025, List.of(y2025, y2024)).pairs().get(0);
    assertThat(p.ruleSetChanged()).isFalse();
    assertThat(p.basis()).isEqualTo(YearComparison.Basis.POINTS);
    assertThat(p.indexChange()).isEqualByComparingTo("10");   // 6/10 − 5/10
    assertThat(p.components().get(0).pointsChange().orElseThrow()).isEqualByComparingTo("1");
    // without a lineage, for a unit that never changed: the same pair
    YearComparison plain = YearComparison.of("son-la", List.of(y2024, y2025));
    assertThat(plain.pairs()).hasSize(1);
    assertThat(plain.pairs().get(0).indexChange()).isEqualByComparingTo("10");
  }
}
