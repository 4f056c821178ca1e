package io.github.parindex.method;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.parindex.method.Band;
import io.github.parindex.method.Level;
import org.junit.jupiter.api.Test;

/** Each built-in method renders its own canonical Vietnamese scoring text and English gloss, written out by hand. */
class ScoringTextTest {

  @Test
  void percentBandsPrintEachBandAsTheDecisionsDoWithDecimalCommas() {
    ScoringMethod m = Methods.percentBands(Band.exactly("100", "1"), Band.between("80", "100", "0.50"),
        Band.below("80", "0"));
    assertThat(m.scoringText()).contains("100%: 1 điểm; từ 80% đến dưới 100%: 0,50 điểm; dưới 80%: 0 điểm");
    assertThat(m.englishGloss()).isEqualTo("100%: 1 point; from 80% to under 100%: 0.5 points; under 80%: 0 points");
  }

  @Test
  void bandsOpenOrClosedAtEitherEndHaveTheirOwnWords() {
    assertThat(Band.atLeast("90", "1").scoringText()).isEqualTo("từ 90% trở lên");
    assertThat(Band.of("90", false, "100", true, "1").scoringText()).isEqualTo("trên 90%");
    assertThat(Band.of("0", true, "50", true, "0").scoringText()).isEqualTo("từ 50% trở xuống");
    assertThat(Band.of("50", false, "80", true, "0.5").scoringText()).isEqualTo("trên 50% đến 80%");
    assertThat(Band.of("12.5", true, "50", false, "0.5").scoringText()).isEqualTo("từ 12,5% đến dưới 50%");
  }

  @Test
  void yesNoDeadlineAndLevels() {
    assertThat(Methods.yesNo("1", "0").scoringText()).contains("Có: 1 điểm; Không: 0 điểm");
    assertThat(Methods.yesNo("1", "0").englishGloss()).isEqualTo("Yes: 1 point; No: 0 points");
    assertThat(Methods.deadline("1", "0.5", "0").scoringText())
        .contains("Đúng hạn: 1 điểm; Chậm: 0,5 điểm; Không thực hiện: 0 điểm");
    assertThat(Methods.deadline("1", "0.5", "0").englishGloss())
        .isEqualTo("On time: 1 point; Late: 0.5 points; Not done: 0 points");
    ScoringMethod levels = Methods.levels(Level.of("Thực hiện tốt", "2.5"), Level.of("Không thực hiện", "0"));
    assertThat(levels.scoringText()).contains("Thực hiện tốt: 2,5 điểm; Không thực hiện: 0 điểm");
    assertThat(levels.englishGloss()).isEqualTo("\"Thực hiện tốt\": 2.5 points; \"Không thực hiện\": 0 points");
  }

  @Test
  void countsAndDeductions() {
    assertThat(Methods.countTimesPoints("0.25").scoringText()).contains("Mỗi lần được 0,25 điểm");
    assertThat(Methods.countTimesPoints("0.25", "1").scoringText()).contains("Mỗi lần được 0,25 điểm, tối đa 1 điểm");
    assertThat(Methods.countTimesPoints("0.25", "1").englishGloss()).isEqualTo("Each time: 0.25 points, at most 1 point");
    assertThat(Methods.deductionPerEvent("0.5", "0").scoringText()).contains("Mỗi lần trừ 0,5 điểm, tối thiểu 0 điểm");
    assertThat(Methods.deductionPerEvent("0.5", "0").englishGloss())
        .isEqualTo("Each time: minus 0.5 points, at least 0 points");
  }

  @Test
  void formulasAndDirectPoints() {
    assertThat(Methods.proportional().scoringText()).contains("Điểm = tỷ lệ % x điểm tối đa");
    assertThat(Methods.surveyShare().scoringText()).contains("Chỉ số SIPAS / 100 x điểm tối đa");
    assertThat(Methods.surveyShare().englishGloss()).isEqualTo("SIPAS index / 100 x maximum points");
    assertThat(Methods.directPoints().scoringText()).isEmpty();
    assertThat(Methods.directPoints().englishGloss()).isEqualTo("points given directly, 0 to the maximum");
  }
}
