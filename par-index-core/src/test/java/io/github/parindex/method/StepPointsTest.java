package io.github.parindex.method;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.parindex.method.StepPoints.Direction;
import io.github.parindex.method.StepPoints.Measure;
import io.github.parindex.method.StepPoints.PartStep;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * A base score plus points per step, with a ceiling: the expected points are worked out by hand from the texts of
 * Nghị định 307/2025/NĐ-CP (comments give the arithmetic).
 */
class StepPointsTest {

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  /** Đ5.3.b: từ 70% trở xuống 1 điểm; trên 70% cứ thêm 5% được tính thêm 0,5 điểm, tối đa 3 điểm. */
  private static StepPoints industryShare(PartStep part) {
    return new StepPoints(Measure.PERCENT, d("70"), d("1"), d("1"), Direction.UP, d("5"), d("0.5"), d("3"), part);
  }

  private static BigDecimal points(ScoringMethod m, Answer a, String max) {
    assertThat(m.answerProblems(a, d(max))).as(a.describe()).isEmpty();
    BigDecimal p = m.apply(a, d(max)).points();
    assertThat(m.points(a, d(max))).isEqualByComparingTo(p);
    return p;
  }

  @Test
  void upwardStepsFromAThresholdToTheCeiling() {
    StepPoints m = industryShare(PartStep.NOT_SAID);
    assertThat(points(m, Answer.percent("60"), "3")).isEqualByComparingTo("1");    // below 70%: the base side, 1
    assertThat(points(m, Answer.percent("70"), "3")).isEqualByComparingTo("1");    // at 70%: 1
    assertThat(points(m, Answer.percent("75"), "3")).isEqualByComparingTo("1.5");  // 1 step: 1 + 0,5
    assertThat(points(m, Answer.percent("90"), "3")).isEqualByComparingTo("3");    // 4 steps: 1 + 2 = 3
    assertThat(points(m, Answer.percent("95"), "3")).isEqualByComparingTo("3");    // 5 steps: 3,5, capped at 3
    assertThat(points(m, Answer.rate(3, 4), "3")).isEqualByComparingTo("1.5");     // 3/4 = 75%: 1 step
  }

  @Test
  void aPartOfAStepIsRefusedWhenTheTextDoesNotSayHowItCounts() {
    StepPoints m = industryShare(PartStep.NOT_SAID);
    // 72% is 2% into the first step of 5%: 1 or 1,2? The text does not say.
    assertThat(m.answerProblems(Answer.percent("72"), d("3"))).singleElement().asString()
        .contains("part-way through a step").contains("does not say");
    // 93% is 4 whole steps (1 + 2 = 3, the ceiling) and 3% more: 3 whichever way a part counts.
    assertThat(points(m, Answer.percent("93"), "3")).isEqualByComparingTo("3");
  }

  @Test
  void aPartOfAStepCountsProRataOrNotAtAll() {
    // 72%: 2% of a 5% step → 0,5 × 2 / 5 = 0,2 pro rata → 1,2; whole steps only → 1
    assertThat(points(industryShare(PartStep.PRO_RATA), Answer.percent("72"), "3")).isEqualByComparingTo("1.2");
    assertThat(points(industryShare(PartStep.WHOLE_STEPS), Answer.percent("72"), "3")).isEqualByComparingTo("1");
    // 87,5%: 3 whole steps (2,5) and 2,5% → 0,25 → 2,75 pro rata; 2,5 whole steps only
    assertThat(points(industryShare(PartStep.PRO_RATA), Answer.percent("87.5"), "3"))
        .isEqualByComparingTo("2.75");
    assertThat(points(industryShare(PartStep.WHOLE_STEPS), Answer.percent("87.5"), "3"))
        .isEqualByComparingTo("2.5");
  }

  @Test
  void downwardStepsBelowAThreshold() {
    // Đ6.3.d: từ 4,5% trở lên 3 điểm; dưới 4,5% cứ giảm 1% được tính thêm 1 điểm, tối đa 5 điểm.
    StepPoints m = new StepPoints(Measure.PERCENT, d("4.5"), d("3"), d("3"), Direction.DOWN, d("1"), d("1"), d("5"),
        PartStep.NOT_SAID);
    assertThat(points(m, Answer.percent("6"), "5")).isEqualByComparingTo("3");     // above 4,5%: 3
    assertThat(points(m, Answer.percent("3.5"), "5")).isEqualByComparingTo("4");   // 1 step down: 3 + 1
    assertThat(points(m, Answer.percent("2.5"), "5")).isEqualByComparingTo("5");   // 2 steps: 5
    assertThat(points(m, Answer.percent("0"), "5")).isEqualByComparingTo("5");     // 4 whole steps: 7 → 5
  }

  @Test
  void countsAndABonusWhoseThresholdIsNotReached() {
    // Đ6.1.a: xã từ 16.000 người trở xuống 10 điểm; cứ thêm 1.000 người thêm 0,5 điểm, tối đa 25 điểm.
    StepPoints people = new StepPoints(Measure.COUNT, d("16000"), d("10"), d("10"), Direction.UP, d("1000"),
        d("0.5"), d("25"), PartStep.NOT_SAID);
    assertThat(points(people, Answer.count(20000), "25")).isEqualByComparingTo("12");   // 4 steps: 10 + 2
    assertThat(points(people, Answer.count(46000), "25")).isEqualByComparingTo("25");   // 30 steps: 10 + 15
    assertThat(people.answerProblems(Answer.count(16500), d("25"))).isNotEmpty();      // half a step
    // Đ9.1 (bonus): từ 300% trở lên cộng 5 điểm; trên 300% cứ thêm 50% thêm 0,5 điểm, tối đa 10; below 300%: 0.
    StepPoints bonus = new StepPoints(Measure.PERCENT, d("300"), d("5"), d("0"), Direction.UP, d("50"), d("0.5"),
        d("10"), PartStep.NOT_SAID);
    assertThat(points(bonus, Answer.percent("250"), "10")).isEqualByComparingTo("0");   // not reached
    assertThat(points(bonus, Answer.percent("300"), "10")).isEqualByComparingTo("5");
    assertThat(points(bonus, Answer.percent("350"), "10")).isEqualByComparingTo("5.5"); // 1 step
    assertThat(points(bonus, Answer.percent("1000"), "10")).isEqualByComparingTo("10"); // 14 steps: 12 → 10
  }

  @Test
  void definitionsThatCannotScore() {
    StepPoints area = new StepPoints(Measure.COUNT, d("5.5"), d("10"), d("10"), Direction.UP, d("1"), d("0.5"),
        d("25"), PartStep.NOT_SAID);
    assertThat(area.definitionProblems(d("25"))).singleElement().asString().contains("not a whole number");
    assertThat(new StepPoints(Measure.COUNT, d("5.5"), d("10"), d("10"), Direction.UP, d("1"), d("0.5"), d("25"),
        PartStep.PRO_RATA).definitionProblems(d("25"))).isEmpty();
    assertThat(industryShare(PartStep.NOT_SAID).definitionProblems(d("2"))).singleElement().asString()
        .contains("ceiling gives 3");
    assertThat(new StepPoints(Measure.PERCENT, d("70"), d("3"), d("3"), Direction.UP, d("0"), d("0.5"), d("3"),
        PartStep.NOT_SAID).definitionProblems(d("3"))).hasSize(2);   // a step of 0, and no room above 3
  }

  @Test
  void theJsonKindWritesAndReadsEverySetting() {
    StepPoints m = industryShare(PartStep.PRO_RATA);
    MethodKind<?> kind = ScoringMethods.standard().find("step-points").orElseThrow();
    assertThat(kind.settings(m)).containsEntry("measure", "percent").containsEntry("direction", "up")
        .containsEntry("partStep", "pro-rata").containsEntry("threshold", d("70"));
    assertThat(m.scoringText()).contains("Từ 70% trở xuống: 1 điểm; trên 70% thì cứ thêm 5% được tính thêm 0,5 điểm,"
        + " tối đa 3 điểm; " + StepPoints.PRO_RATA_TEXT);
  }
}
