package io.github.parindex.rules.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.parindex.method.Answer;
import io.github.parindex.method.ScoringMethod;
import io.github.parindex.method.StepPoints;
import io.github.parindex.method.StepPoints.Direction;
import io.github.parindex.method.StepPoints.Measure;
import io.github.parindex.method.StepPoints.PartStep;
import io.github.parindex.model.NodeRole;
import io.github.parindex.model.Problem;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Rules of steps as Nghị định 307/2025/NĐ-CP prints them ("… trở xuống được tính 10 điểm; trên … thì cứ thêm …
 * được tính thêm 0,5 điểm, nhưng tối đa không quá 25 điểm"), with the points worked out by hand from the text, and
 * the errors that name what a text that does not fit gets wrong.
 */
class StepRulesTest {

  private static final TextReadings T = new TextReadings("", false);

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  @Test
  void populationWithThousandsGroupedByDots() {
    ScoringMethod m = T.method("a) Tỉnh từ 2.000.000 người trở xuống được tính 10 điểm; trên 2.000.000 người thì cứ"
        + " thêm 60.000 người được tính thêm 0,5 điểm, nhưng tối đa không quá 25 điểm;", "25", NodeRole.SCORED);
    assertThat(m).isEqualTo(new StepPoints(Measure.COUNT, d("2000000"), d("10"), d("10"), Direction.UP, d("60000"),
        d("0.5"), d("25"), PartStep.NOT_SAID));
    assertThat(TextReadings.score(m, Answer.count(1_500_000), "25")).isEqualByComparingTo("10");  // below: 10
    assertThat(TextReadings.score(m, Answer.count(2_120_000), "25")).isEqualByComparingTo("11");  // 2 steps: 10 + 1
    assertThat(TextReadings.score(m, Answer.count(3_800_000), "25")).isEqualByComparingTo("25");  // 30 steps: 10 + 15
    assertThat(TextReadings.score(m, Answer.count(9_000_000), "25")).isEqualByComparingTo("25");  // capped
    assertThat(m.answerProblems(Answer.count(2_030_000), d("25"))).isNotEmpty();     // half a step: not said
  }

  @Test
  void downwardStepsAndADecimalCommaPercentage() {
    ScoringMethod m = T.method("đ) Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều từ 4% trở lên được tính 3 điểm; dưới 4%"
        + " thì cứ giảm 0,5% được tính thêm 0,5 điểm, nhưng tối đa không quá 5 điểm.", "5", NodeRole.SCORED);
    assertThat(TextReadings.score(m, Answer.percent("9"), "5")).isEqualByComparingTo("3");     // 4% or more: 3
    assertThat(TextReadings.score(m, Answer.percent("3"), "5")).isEqualByComparingTo("4");     // 2 steps of 0,5% down: 3 + 1
    assertThat(TextReadings.score(m, Answer.percent("1.5"), "5")).isEqualByComparingTo("5");   // 5 steps: 5,5 → 5
  }

  @Test
  void aBonusThatStartsAtItsThresholdScoresNothingBelowIt() {
    ScoringMethod m = T.method("1. Đơn vị hành chính có quy mô dân số đạt 300% tiêu chuẩn theo quy định tại Nghị"
        + " quyết trở lên thì được cộng 5 điểm; trên 300% thì cứ thêm 50% được tính thêm 0,5 điểm, nhưng tối đa"
        + " không quá 10 điểm.", "10", NodeRole.BONUS);
    assertThat(TextReadings.score(m, Answer.percent("299"), "10")).isEqualByComparingTo("0");
    assertThat(TextReadings.score(m, Answer.percent("400"), "10")).isEqualByComparingTo("6");  // 2 steps: 5 + 1
  }

  @Test
  void theSentenceOnPartsOfAStepIsRead() {
    ScoringMethod m = T.method("Từ 30 km2 trở xuống: 10 điểm; trên 30 km2 thì cứ thêm 5 km2 được tính thêm 0,5 điểm,"
        + " tối đa 25 điểm; " + StepPoints.PRO_RATA_TEXT, "25", NodeRole.SCORED);
    assertThat(TextReadings.score(m, Answer.count(32), "25")).isEqualByComparingTo("10.2");   // 2 of 5 km2: 0,5 × 2/5 = 0,2
  }

  @Test
  void aGapAnOverlapAndAMissingCeilingAreNamed() {
    assertThat(T.errors("Từ 70% trở lên được tính 3 điểm; trên 70% thì cứ thêm 5% được tính thêm 0,5 điểm, tối đa 5"
        + " điểm", "5", NodeRole.SCORED)).contains("gap").contains("below 70");
    assertThat(T.errors("Từ 70% trở xuống được tính 3 điểm; dưới 70%: 1 điểm; trên 70% thì cứ thêm 5% được tính thêm"
        + " 0,5 điểm, tối đa 5 điểm", "5", NodeRole.SCORED)).contains("overlap");
    assertThat(T.errors("Từ 70% trở xuống được tính 3 điểm; trên 70% thì cứ thêm 5% được tính thêm 0,5 điểm", "5",
        NodeRole.SCORED)).contains("no ceiling");
    assertThat(T.errors("Từ 70% trở xuống được tính 3 điểm; trên 60% thì cứ thêm 5% được tính thêm 0,5 điểm, tối đa"
        + " 5 điểm", "5", NodeRole.SCORED)).contains("starts at 60").contains("at 70");
    assertThat(T.errors("Từ 70% trở xuống được tính 3 điểm; trên 70% thì cứ thêm 5% được tính thêm 0,5 điểm, tối đa"
        + " 4 điểm", "5", NodeRole.SCORED)).contains("capped at 4").contains("maximum is 5");
  }

  @Test
  void aSingleDotGroupWithoutADecimalCommaIsAmbiguous() {
    assertThat(T.errors("Từ 8.000 km2 trở xuống được tính 10 điểm; trên 8.000 km2 thì cứ thêm 200 km2 được tính"
        + " thêm 1 điểm, tối đa 25 điểm", "25", NodeRole.SCORED)).contains("\"8.000\" could be 8000");
  }

  @Test
  void everyKindOfStepRuleReadsBackFromItsCanonicalText() {
    StepPoints down = new StepPoints(Measure.PERCENT, d("4.5"), d("3"), d("2"), Direction.DOWN, d("1"), d("1"),
        d("5"), PartStep.WHOLE_STEPS);
    String text = ScoringTextParser.canonicalText(down, d("5")).orElseThrow();
    assertThat(text).isEqualTo("Từ 4,5% trở xuống: 3 điểm; trên 4,5%: 2 điểm; dưới 4,5% thì cứ giảm 1% được tính"
        + " thêm 1 điểm, tối đa 5 điểm; " + StepPoints.WHOLE_STEPS_TEXT);
    assertThat(ScoringTextParser.parse(text, d("5"))).isEqualTo(down);
  }
}
