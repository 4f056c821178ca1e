package io.github.parindex.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.parindex.model.AdministrativeUnit;
import io.github.parindex.method.Answer;
import io.github.parindex.model.Assessment;
import io.github.parindex.model.GradeBand;
import io.github.parindex.model.GradeScale;
import io.github.parindex.model.LeafInput;
import io.github.parindex.model.LegalReference;
import io.github.parindex.model.PointSource;
import io.github.parindex.model.Provenance;
import io.github.parindex.model.ProvenanceStatus;
import io.github.parindex.model.RoundingPolicy;
import io.github.parindex.model.RuleSet;
import io.github.parindex.model.UnitLevel;
import io.github.parindex.model.YearRange;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Hải Dương-style grades with floors on every component, and the 84-point scale of a unit whose survey block does
 * not apply (frameworks-2025.md 3); numbers worked by hand.
 */
class GradeFloorsTest {

  /**
   * Hải Dương 2024 (vietnam.vn mirror): group 1 = index ≥ 90% and no component below 80%; group 2 = 80% to under
   * 90% and no component below 70%. Group 3 here takes the rest (illustrative).
   */
  static final GradeScale HAI_DUONG = GradeScale.of(
      GradeBand.of("Nhóm 1", "90", "từ 90% trở lên, không lĩnh vực nào dưới 80%")
          .withFloor(GradeBand.Floor.everyComponent(new BigDecimal("80"))).withAliases("1"),
      GradeBand.of("Nhóm 2", "80", "từ 80% đến dưới 90%, không lĩnh vực nào dưới 70%")
          .withFloor(GradeBand.Floor.everyComponent(new BigDecimal("70"))).withAliases("2"),
      GradeBand.of("Nhóm 3", "0", "còn lại"));

  /** Components A /40, B /30, C /30 = 100. */
  static RuleSet threeComponents(GradeScale grades) {
    return RuleSet.builder().id("hd").title("hd").issuer("test").legalBasis(LegalReference.of("test"))
        .addAppliesTo(UnitLevel.DEPARTMENT).years(YearRange.of(2024, 2024)).maxTotal(new BigDecimal("100"))
        .rounding(RoundingPolicy.halfUp(2)).grades(grades)
        .provenance(Provenance.of(ProvenanceStatus.ILLUSTRATIVE, "test"))
        .addNodes(RankingTest.component("A", "40", PointSource.APPRAISAL),
            RankingTest.component("B", "30", PointSource.APPRAISAL),
            RankingTest.component("C", "30", PointSource.APPRAISAL))
        .build();
  }

  static Scorecard score(RuleSet rs, String unit, String a, String b, String c) {
    return Engine.score(rs, Assessment.builder().unit(AdministrativeUnit.of(unit, unit, UnitLevel.DEPARTMENT))
        .ruleSetId(rs.id()).year(2024).addInputs(LeafInput.self("A.1", Answer.points(a)),
            LeafInput.self("B.1", Answer.points(b)), LeafInput.self("C.1", Answer.points(c))).build());
  }

  @Test
  void aComponentUnderTheFloorKeepsAUnitOutOfTheBandAndIsNamed() {
    RuleSet rs = threeComponents(HAI_DUONG);
    // U1: 39 + 29 + 23.5 = 91.50%; C = 23.5 / 30 = 78.33% < 80: not group 1; every component ≥ 70: group 2
    Scorecard u1 = score(rs, "U1", "39", "29", "23.5");
    assertThat(u1.index()).isEqualByComparingTo("91.50");
    assertThat(u1.grade().map(GradeBand::label)).contains("Nhóm 2");
    assertThat(u1.arithmetic()).contains("grade: index 91.50 reaches Nhóm 1 (from 90%), but component C is at"
        + " 78.33%, under the floor of every component at 80% or more");
    // U2: 38 + 27 + 26 = 91.00%; A 95%, B 90%, C 86.67%: group 1
    Scorecard u2 = score(rs, "U2", "38", "27", "26");
    assertThat(u2.grade().map(GradeBand::label)).contains("Nhóm 1");
    assertThat(u2.arithmetic()).noneMatch(l -> l.startsWith("grade:"));
    // U3: 36 + 20 + 27 = 83.00%; B = 20 / 30 = 66.67% < 70: not group 2; group 3
    Scorecard u3 = score(rs, "U3", "36", "20", "27");
    assertThat(u3.grade().map(GradeBand::label)).contains("Nhóm 3");
    assertThat(u3.arithmetic()).contains("grade: index 83.00 reaches Nhóm 2 (from 80%), but component B is at 66.67%,"
        + " under the floor of every component at 70% or more");
    // ranked per component: C: U3 27/30 = 90%, U2 86.67%, U1 78.33%
    Ranking r = Ranking.of(java.util.List.of(u1, u2, u3), Ranking.Scope.ALL, TieBreak.SHARED);
    assertThat(r.byComponent("C")).extracting(e -> e.scorecard().unit().code()).containsExactly("U3", "U2", "U1");
    assertThat(r.byComponent("A")).extracting(e -> e.scorecard().unit().code()).containsExactly("U1", "U2", "U3");
  }

  @Test
  void aFloorOnANamedComponentAndAliases() {
    GradeScale scale = GradeScale.of(GradeBand.of("A", "90", "từ 90%")
        .withFloor(GradeBand.Floor.component("B", new BigDecimal("85"))).withAliases("Nhóm A", "Xuất sắc"),
        GradeBand.of("B", "0", "còn lại"));
    // U2: B = 27 / 30 = 90% ≥ 85: A; U1: B = 29 / 30 = 96.67% but index 91.50 ≥ 90: A (C's 78.33% is not floored)
    assertThat(score(threeComponents(scale), "U1", "39", "29", "23.5").grade().map(GradeBand::label)).contains("A");
    // 40 + 25 + 30 = 95%, B = 25 / 30 = 83.33% < 85: B
    assertThat(score(threeComponents(scale), "U4", "40", "25", "30").grade().map(GradeBand::label)).contains("B");
    assertThat(scale.named("nhóm  a")).map(GradeBand::label).contains("A");
    assertThat(scale.named("XUẤT SẮC")).map(GradeBand::label).contains("A");
    assertThat(scale.named("Nhóm B")).isEmpty();
    assertThatThrownBy(() -> GradeScale.of(GradeBand.of("A", "90", "x").withAliases("B"), GradeBand.of("B", "0", "y")))
        .hasMessageContaining("is also a name of another grade");
  }

  /**
   * Thanh Hóa (provincial-sets.md 1.5, frameworks-2025.md 3): a unit whose 16 survey points could not be collected
   * is scored on 84 points: Ban Dân tộc 68.32 / 84 × 100 = 81.333… = 81.33%.
   */
  @Test
  void aSurveylessUnitIsScoredOn84Points() {
    RuleSet rs = RuleSet.builder().id("th").title("th").issuer("test").legalBasis(LegalReference.of("test"))
        .addAppliesTo(UnitLevel.DEPARTMENT).years(YearRange.of(2023, 2024)).maxTotal(new BigDecimal("100"))
        .rounding(RoundingPolicy.halfUp(2)).provenance(Provenance.of(ProvenanceStatus.ILLUSTRATIVE, "test"))
        .addNodes(RankingTest.component("TD", "84", PointSource.APPRAISAL),
            RankingTest.component("KS", "16", PointSource.LEADERS_SURVEY))
        .build();
    Scorecard bdt = Engine.score(rs, Assessment.builder()
        .unit(AdministrativeUnit.of("BDT", "Ban Dân tộc", UnitLevel.DEPARTMENT)).ruleSetId("th").year(2023)
        .addInputs(LeafInput.self("TD.1", Answer.points("68.32")))
        .addInputs(LeafInput.builder().code("KS.1").notApplicable(true)
            .notApplicableReason("mẫu khảo sát quá nhỏ").build()).build());
    assertThat(bdt.effectiveMaximum()).isEqualByComparingTo("84");
    assertThat(bdt.totalPoints()).isEqualByComparingTo("68.32");
    assertThat(bdt.index()).isEqualByComparingTo("81.33");
  }
}
