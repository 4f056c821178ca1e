package io.github.parindex.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.parindex.engine.Engine;
import io.github.parindex.method.Methods;
import io.github.parindex.model.AdministrativeUnit;
import io.github.parindex.model.Answer;
import io.github.parindex.model.Assessment;
import io.github.parindex.model.GradeBand;
import io.github.parindex.model.GradeScale;
import io.github.parindex.model.LeafInput;
import io.github.parindex.model.LegalReference;
import io.github.parindex.model.Node;
import io.github.parindex.model.PointSource;
import io.github.parindex.model.Provenance;
import io.github.parindex.model.ProvenanceStatus;
import io.github.parindex.model.RoundingPolicy;
import io.github.parindex.model.RoundingStage;
import io.github.parindex.model.RuleSet;
import io.github.parindex.model.UnitLevel;
import io.github.parindex.model.YearRange;
import io.github.parindex.testing.Fixtures;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/**
 * Gains on the fixture. Base: 1.1 60% → 0 of 2; 1.2 no → 0 of 1; 1.3 Khá → 2 of 3; 2.1 1.5 of 2; 2.2 (survey) 75% →
 * 1.5 of 2. Total 5 of 10 = 50%, grade C.
 */
class GainsTest {
  final Gains gains = Gains.of(Fixtures.ruleSet(), Fixtures.assessment());

  @Test
  void availablePointsPerLeafLargestFirstWithoutSurveys() {
    // 1.1: 2 − 0 = 2; 1.2: 1 − 0 = 1; 1.3: 3 − 2 = 1; 2.1: 2 − 1.5 = 0.5; 2.2 is a survey leaf: left out.
    assertThat(gains.available()).extracting(Gains.LeafGain::code).containsExactly("1.1", "1.2", "1.3", "2.1");
    assertThat(gains.available()).extracting(g -> g.available().stripTrailingZeros().toPlainString())
        .containsExactly("2", "1", "1", "0.5");
    assertThat(gains.totalAvailable()).isEqualByComparingTo("4.5");
    assertThat(gains.top(2)).extracting(Gains.LeafGain::code).containsExactly("1.1", "1.2");
    // 1.1 offers 80% (→ 1) and 100% (→ 2)
    assertThat(gains.available().get(0).options()).extracting(Gains.Option::text).containsExactly("80%", "100%");
    assertThat(gains.available().get(0).currentAnswer()).isEqualTo("60%");
    // with surveys: 2.2 adds 2 − 1.5 = 0.5
    Gains all = Gains.of(Fixtures.ruleSet(), Fixtures.assessment(), true);
    assertThat(all.available()).extracting(Gains.LeafGain::code).containsExactly("1.1", "1.2", "1.3", "2.1", "2.2");
    assertThat(all.totalAvailable()).isEqualByComparingTo("5");
  }

  @Test
  void nextGradeBNeedsOneLeaf() {
    // B from 70%: 7 points of 10 are needed, +2. Only 1.1 can give 2 alone (60% → 100%): 5 + 2 = 7 → 70% → B.
    Gains.Path p = gains.pathToNextGrade().orElseThrow();
    assertThat(p.targetGrade()).contains("B");
    assertThat(p.steps()).extracting(Gains.Step::describe).containsExactly("1.1 from 60% to 100%: +2 points");
    assertThat(p.result().index()).isEqualByComparingTo("70");
    assertThat(p.result().grade().map(GradeBand::label)).contains("B");
  }

  @Test
  void gradeANeedsThreeLeaves() {
    // A from 90%: +4 needed. Largest gains 2, 1, 1, 0.5: two leaves give at most 3 < 4, three give 4.
    // The only three-leaf set reaching 4 is 1.1 (+2), 1.2 (+1), 1.3 (+1): 9 of 10 = 90% → A.
    Gains.Path p = gains.pathToGrade("A").orElseThrow();
    assertThat(p.steps()).extracting(Gains.Step::describe).containsExactly(
        "1.1 from 60% to 100%: +2 points", "1.2 from no to yes: +1 points", "1.3 from \"Khá\" to \"Tốt\": +1 points");
    assertThat(p.totalGain()).isEqualByComparingTo("4");
    assertThat(p.result().index()).isEqualByComparingTo("90");
    assertThat(p.scenario().changes()).hasSize(3);
    assertThat(p.exhaustive()).isTrue();
    assertThat(p.render()).contains("to reach grade A (90%): 3 leaves, +4 points").contains("= 90%, grade A");
  }

  @Test
  void tiesInLeafCountGoToTheLeastImprovement() {
    // 75% needs 7.5, +2.5. One leaf gives at most 2: two leaves are needed. Pairs with 1.1 at 100% (+2):
    // + 1.2 yes (+1) = 3; + 1.3 Tốt (+1) = 3; + 2.1 to 2 points (+0.5) = 2.5 ← least. 1.1 at 80% (+1) + any other
    // gives at most 2 < 2.5. Result 7.5 of 10 = 75%.
    Gains.Path p = gains.pathToIndex("75").orElseThrow();
    assertThat(p.steps()).extracting(Gains.Step::describe)
        .containsExactly("1.1 from 60% to 100%: +2 points", "2.1 from 1.5 points to 2 points: +0.5 points");
    assertThat(p.totalGain()).isEqualByComparingTo("2.5");
    assertThat(p.result().index()).isEqualByComparingTo("75");
  }

  @Test
  void theNextBandIsEnoughWhenItIs() {
    // 60% needs +1: 1.1 at 80% (+1), 1.2 yes (+1) and 1.3 Tốt (+1) all give exactly 1; the first in order
    // (largest available first) is 1.1.
    Gains.Path p = gains.pathToIndex("60").orElseThrow();
    assertThat(p.steps()).extracting(Gains.Step::describe).containsExactly("1.1 from 60% to 80%: +1 points");
    // 62% needs +1.2: 80% (+1) is not enough, so 100% (+2).
    assertThat(gains.pathToIndex("62").orElseThrow().steps()).extracting(Gains.Step::describe)
        .containsExactly("1.1 from 60% to 100%: +2 points");
  }

  @Test
  void alreadyReachedAndUnreachable() {
    assertThat(gains.pathToIndex("40").orElseThrow().steps()).isEmpty();
    // without the survey the most is 5 + 4.5 = 9.5 → 95%: 100% cannot be reached
    assertThat(gains.pathToIndex("100")).isEmpty();
    // with it, 10 of 10: all five leaves, 2.2 from 75% to 100%
    Gains.Path all = Gains.of(Fixtures.ruleSet(), Fixtures.assessment(), true).pathToIndex("100").orElseThrow();
    assertThat(all.steps()).hasSize(5);
    assertThat(all.steps()).extracting(Gains.Step::describe).contains("2.2 from 75% to 100%: +0.5 points");
    assertThat(all.result().index()).isEqualByComparingTo("100");
    assertThatThrownBy(() -> gains.pathToGrade("Xuất sắc")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no grade \"Xuất sắc\"").hasMessageContaining("A, B, C");
  }

  @Test
  void targetUsesTheRuleSetsRounding() {
    // One direct-points leaf of 30, now 26 (86.67%). Indices published as whole percent, half up: 90 is reached at
    // 89.5%, i.e. 30 × 89.5 / 100 = 26.85 points (26.84 / 30 = 89.47% → 89). So +0.85, not +1.
    Gains whole = Gains.of(single(RoundingPolicy.of(2, RoundingMode.HALF_UP, 0, RoundingMode.HALF_UP,
        RoundingStage.PUBLISHED_FIGURE)), singleAssessment("26"));
    Gains.Path p = whole.pathToIndex("90").orElseThrow();
    assertThat(p.steps()).extracting(Gains.Step::describe).containsExactly("1.1 from 26 points to 26.85 points: +0.85 points");
    assertThat(p.result().index()).isEqualByComparingTo("90");
    // Truncated indices need the full 27 (26.99 / 30 = 89.966...% → 89.96).
    Gains truncated = Gains.of(single(RoundingPolicy.of(2, RoundingMode.HALF_UP, 2, RoundingMode.DOWN,
        RoundingStage.LEAF)), singleAssessment("26"));
    assertThat(truncated.pathToIndex("90").orElseThrow().steps()).extracting(Gains.Step::describe)
        .containsExactly("1.1 from 26 points to 27 points: +1 points");
  }

  @Test
  void proportionalLeavesAskForTheRateNeeded() {
    // A proportional leaf of 30 at 80% = 24 points (80%). 85% needs 25.5 points: 25.5 / 30 = 85%.
    RuleSet rs = single(RoundingPolicy.halfUp(2)).withNode(
        Node.builder().code("1.1").name("Tỷ lệ").maxPoints(new BigDecimal("30")).source(PointSource.APPRAISAL)
            .method(Methods.proportional()).build());
    Assessment a = Assessment.builder().unit(AdministrativeUnit.of("U", "Đơn vị", UnitLevel.DEPARTMENT))
        .ruleSetId(rs.id()).year(2024).addInputs(LeafInput.self("1.1", Answer.rate(8, 10))).build();
    Gains.Path p = Gains.of(rs, a).pathToIndex("85").orElseThrow();
    assertThat(p.steps()).extracting(Gains.Step::describe).containsExactly("1.1 from 8/10 (80%) to 85%: +1.5 points");
    assertThat(Engine.score(rs, p.scenario().apply(rs, a).assessment()).index()).isEqualByComparingTo("85");
    // 30 × 2/7 = 8.5714…: available 21.4285…, shown to 2 decimals with "≈"
    Assessment sevenths = Assessment.builder().from(a).inputs(java.util.List.of(LeafInput.self("1.1",
        Answer.rate(2, 7)))).build();
    assertThat(Gains.of(rs, sevenths).available().get(0).describe())
        .isEqualTo("1.1 Tỷ lệ: ≈21.43 points available (now ≈8.57 of 30, answer 2/7 (28.57%))");
  }

  static RuleSet single(RoundingPolicy rounding) {
    return RuleSet.builder().id("single").title("Một tiêu chí").issuer("test").legalBasis(LegalReference.of("0/T"))
        .addAppliesTo(UnitLevel.DEPARTMENT).years(YearRange.from(2020)).maxTotal(new BigDecimal("30"))
        .rounding(rounding).grades(GradeScale.of(GradeBand.of("A", new BigDecimal("90"))))
        .provenance(Provenance.of(ProvenanceStatus.ILLUSTRATIVE, "test"))
        .addNodes(Node.builder().code("1").name("Lĩnh vực").maxPoints(new BigDecimal("30"))
            .addChildren(Node.builder().code("1.1").name("Điểm").maxPoints(new BigDecimal("30"))
                .source(PointSource.APPRAISAL).method(Methods.directPoints()).build()).build())
        .build();
  }

  static Assessment singleAssessment(String points) {
    return Assessment.builder().unit(AdministrativeUnit.of("U", "Đơn vị", UnitLevel.DEPARTMENT)).ruleSetId("single")
        .year(2024).addInputs(LeafInput.self("1.1", Answer.points(points))).build();
  }
}
