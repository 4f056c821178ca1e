package io.github.parindex.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.parindex.engine.Engine;
import io.github.parindex.method.Answer;
import io.github.parindex.method.Methods;
import io.github.parindex.model.AdministrativeUnit;
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
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Duration;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
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
    Gains all = Gains.withSurveys(Fixtures.ruleSet(), Fixtures.assessment());
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
    Gains.Path all = Gains.withSurveys(Fixtures.ruleSet(), Fixtures.assessment()).pathToIndex("100").orElseThrow();
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

  @Test
  void pointsKeptToNineOrTenDecimalsReachAWholePercentTargetAtOnce() {
    // Whole-percent indices rounded half up: 90 is published from 89.5%, i.e. 30 × 89.5 / 100 = 26.85 points
    // (one unit less, 26.8499999999 / 30 = 89.4999999997% → 89). Stepping down one unit of 10^-10 from 27 would take
    // 0.15 / 10^-10 = 1.5 × 10^9 steps: the bound below only guards against such a hang.
    Gains ten = Gains.of(single(RoundingPolicy.of(10, RoundingMode.HALF_UP, 0, RoundingMode.HALF_UP,
        RoundingStage.PUBLISHED_FIGURE)), singleAssessment("26"));
    Gains.Path p = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> ten.pathToIndex("90").orElseThrow());
    assertThat(p.steps()).extracting(Gains.Step::describe)
        .containsExactly("1.1 from 26 points to 26.85 points: +0.85 points");
    assertThat(p.result().totalPoints()).isEqualByComparingTo("26.85");
    assertThat(p.result().index()).isEqualByComparingTo("90");
    // Truncated whole-percent indices need the full 27: 26.9999999999 / 30 = 89.99999999997% → 89.
    Gains truncated = Gains.of(single(RoundingPolicy.of(10, RoundingMode.HALF_UP, 0, RoundingMode.DOWN,
        RoundingStage.PUBLISHED_FIGURE)), singleAssessment("26"));
    assertThat(assertTimeoutPreemptively(Duration.ofSeconds(20), () -> truncated.pathToIndex("90").orElseThrow())
        .steps()).extracting(Gains.Step::describe).containsExactly("1.1 from 26 points to 27 points: +1 points");
    // 9 decimals, indices to 2 decimals half up: 90.00 is published from 89.995%, i.e. 30 × 0.89995 = 26.9985
    // (26.998499999 / 30 = 89.99499999667% → 89.99).
    Gains nine = Gains.of(single(RoundingPolicy.of(9, RoundingMode.HALF_UP, 2, RoundingMode.HALF_UP,
        RoundingStage.LEAF)), singleAssessment("26"));
    assertThat(assertTimeoutPreemptively(Duration.ofSeconds(20), () -> nine.pathToIndex("90").orElseThrow())
        .steps()).extracting(Gains.Step::describe)
        .containsExactly("1.1 from 26 points to 26.9985 points: +0.9985 points");
  }

  @Property(tries = 200)
  @Label("on one direct-points leaf the path asks for the smallest total whose published index reaches the target")
  void theNeededTotalIsTheSmallestThatReachesTheTarget(@ForAll @IntRange(max = 10) int pointsScale,
      @ForAll @IntRange(max = 10) int indexScale, @ForAll("modes") RoundingMode pointsMode,
      @ForAll("modes") RoundingMode indexMode, @ForAll @IntRange(max = 10000) int target,
      @ForAll @IntRange(max = 30) int now) {
    RuleSet rs = single(RoundingPolicy.of(pointsScale, pointsMode, indexScale, indexMode,
        RoundingStage.PUBLISHED_FIGURE));
    BigDecimal targetIndex = BigDecimal.valueOf(target, 2);
    Gains.Path p = assertTimeoutPreemptively(Duration.ofSeconds(20),
        () -> Gains.of(rs, singleAssessment(Integer.toString(now))).pathToIndex(targetIndex).orElseThrow());
    // 30 of 30 is 100%, so every target up to 100 is reachable, and the path is exact (one leaf, one amount).
    assertThat(p.exhaustive()).isTrue();
    assertThat(p.result().index()).isGreaterThanOrEqualTo(targetIndex);
    if (!p.steps().isEmpty()) {
      BigDecimal reached = ((Answer.Points) p.steps().get(0).answer()).value();
      BigDecimal oneLess = reached.subtract(BigDecimal.ONE.movePointLeft(pointsScale));
      if (oneLess.compareTo(BigDecimal.valueOf(now)) >= 0) {
        Assessment less = singleAssessment(oneLess.toPlainString());
        assertThat(Engine.score(rs, less).index()).isLessThan(targetIndex);
      }
    }
  }

  @Provide
  Arbitrary<RoundingMode> modes() {
    return Arbitraries.of(RoundingMode.class).filter(m -> m != RoundingMode.UNNECESSARY);
  }

  @Test
  void aTinyBudgetEndsTheSearchAndTheResultSaysSo() {
    // 26 of 30 to 90% needs +0.85 (see above), but one search step is not enough to try even one leaf: the search
    // stops without a path of its own, so the path is the leaf with the most to give at its best (30 points,
    // 30 / 30 = 100%), verified by re-scoring and marked as not exhaustive.
    Gains tiny = Gains.of(single(RoundingPolicy.halfUp(2)), singleAssessment("26")).withSearchBudget(1);
    assertThat(tiny.searchBudget()).isEqualTo(1);
    Gains.Path p = tiny.pathToIndex("90").orElseThrow();
    assertThat(p.exhaustive()).isFalse();
    assertThat(p.steps()).extracting(Gains.Step::describe)
        .containsExactly("1.1 from 26 points to 30 points: +4 points");
    assertThat(p.result().index()).isEqualByComparingTo("100");
    assertThat(p.render()).contains("(not proven smallest: a path with a smaller total may exist)");
    // On the fixture, 75% (+2.5, two leaves at least) with one step: the two leaves with most to give at their best,
    // 1.1 at 100% (+2) and 1.2 yes (+1): 8 of 10 = 80%. With the default budget it is 1.1 and 2.1 (+2.5).
    Gains.Path fixture = gains.withSearchBudget(1).pathToIndex("75").orElseThrow();
    assertThat(fixture.exhaustive()).isFalse();
    assertThat(fixture.steps()).extracting(Gains.Step::describe)
        .containsExactly("1.1 from 60% to 100%: +2 points", "1.2 from no to yes: +1 points");
    assertThat(fixture.result().index()).isEqualByComparingTo("80");
    assertThat(gains.searchBudget()).isEqualTo(Gains.SEARCH_BUDGET);
    assertThat(gains.pathToIndex("75").orElseThrow().exhaustive()).isTrue();
    // Unreachable stays empty under any budget: 5 + 4.5 = 9.5 of 10 = 95% < 100%, known by re-scoring.
    assertThat(gains.withSearchBudget(1).pathToIndex("100")).isEmpty();
    assertThatThrownBy(() -> gains.withSearchBudget(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("search budget must be positive, was 0");
  }

  @Test
  void countsBeyondALongAreReadExactly() {
    // 2^64 + 3 = 18446744073709551619 events, 1 point off each, floor 0, maximum 30: now 0. Fewer events score
    // 30 − n for n = 29 … 0; a long would read the count as 3 and offer only 2, 1 and 0 events.
    String huge = "18446744073709551619";
    RuleSet deduction = single(RoundingPolicy.halfUp(2)).withNode(Node.builder().code("1.1").name("Vi phạm")
        .maxPoints(new BigDecimal("30")).source(PointSource.OUTCOME_DATA)
        .method(Methods.deductionPerEvent("1", "0")).build());
    Gains events = Gains.of(deduction, countAssessment(huge));
    assertThat(events.available().get(0).options()).hasSize(30);
    assertThat(events.available().get(0).options().get(0).text()).isEqualTo("29 events");
    // 50% of 30 = 15 points: 30 − 15 = 15 events.
    assertThat(events.pathToIndex("50").orElseThrow().steps()).extracting(Gains.Step::describe)
        .containsExactly("1.1 from count " + huge + " to 15 events: +15 points");
    // 10^-19 points per item: 18446744073709551619 × 10^-19 = 1.8446744073709551619 points now; one more item
    // gives 1.8446744073709551620 (a long would count on from 3 and offer nothing).
    RuleSet perItem = single(RoundingPolicy.halfUp(2)).withNode(Node.builder().code("1.1").name("Văn bản")
        .maxPoints(new BigDecimal("30")).source(PointSource.OUTCOME_DATA)
        .method(Methods.countTimesPoints("0.0000000000000000001")).build());
    Gains.Option next = Gains.of(perItem, countAssessment(huge)).available().get(0).options().get(0);
    assertThat(next.answer()).isEqualTo(new Answer.Count(new BigInteger("18446744073709551620")));
    assertThat(next.points()).isEqualByComparingTo("1.8446744073709551620");
  }

  static Assessment countAssessment(String count) {
    return Assessment.builder().unit(AdministrativeUnit.of("U", "Đơn vị", UnitLevel.DEPARTMENT)).ruleSetId("single")
        .year(2024).addInputs(LeafInput.self("1.1", new Answer.Count(new BigInteger(count)))).build();
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
