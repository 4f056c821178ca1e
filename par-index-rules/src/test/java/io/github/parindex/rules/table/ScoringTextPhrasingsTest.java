package io.github.parindex.rules.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.parindex.method.Answer;
import io.github.parindex.method.CountBands;
import io.github.parindex.method.CountTimesPoints;
import io.github.parindex.method.Level;
import io.github.parindex.method.Methods;
import io.github.parindex.method.PointRanges;
import io.github.parindex.method.ScoringMethod;
import io.github.parindex.model.NodeRole;
import io.github.parindex.model.Problem;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The phrasings real decisions print, each with the points worked out by hand from the text (not from the code).
 */
class ScoringTextPhrasingsTest {

  private static final TextReadings T = new TextReadings("Tên tiêu chí", true);

  @Nested
  class NotesAndConditions {
    @Test
    void aDataSourceInBracketsIsAWarningThatQuotesIt() {
      ScoringTextReading r = T.read("Có: 1 điểm; Không: 0 điểm (Nguồn: báo cáo của Sở Nội vụ)", "1", NodeRole.SCORED);
      assertThat(r.method()).contains(Methods.yesNo("1", "0"));
      assertThat(r.warnings()).extracting(Problem::message)
          .containsExactly("kept as a note, not read as points: \"(Nguồn: báo cáo của Sở Nội vụ)\"");
      assertThat(r.notes()).containsExactly("(Nguồn: báo cáo của Sở Nội vụ)");
    }

    @Test
    void aHeadingAndTheRepeatedNameAreNotes() {
      ScoringTextReading r = T.read("Tên tiêu chí\na) Nhóm đơn vị cấp tỉnh:\n- Có: 1 điểm\n- Không: 0 điểm", "1",
          NodeRole.SCORED);
      assertThat(r.method()).contains(Methods.yesNo("1", "0"));
      assertThat(r.notes()).containsExactly("Tên tiêu chí", "Nhóm đơn vị cấp tỉnh");
      assertThat(r.warnings()).hasSize(2);
    }

    @Test
    void theDenominatorNoteOfAFormulaIsKept() {
      ScoringTextReading r = T.read("Điểm = tỷ lệ % x điểm tối đa (Mẫu số chỉ tính các hồ sơ đã đến hạn)", "2",
          NodeRole.SCORED);
      assertThat(r.method()).contains(Methods.proportional());
      assertThat(r.notes()).containsExactly("(Mẫu số chỉ tính các hồ sơ đã đến hạn)");
    }

    @Test
    void aConditionAfterAFormulaIsAnErrorNotDropped() {
      assertThat(T.errors("Điểm = tỷ lệ % x điểm tối đa; nếu không có báo cáo thì không tính điểm", "2",
          NodeRole.SCORED)).contains("could not read \"nếu không có báo cáo thì không tính điểm\"")
          .contains("condition");
    }

    @Test
    void aConditionIsAWarningWhenTheRowDeclaresItsMethod() {
      ScoringTextReading r = ScoringTextParser.read("Có: 1 điểm; Không: 0 điểm; chỉ tính khi có báo cáo",
          BigDecimal.ONE, NodeRole.SCORED, "", true);
      assertThat(r.method()).contains(Methods.yesNo("1", "0"));
      assertThat(r.warnings()).extracting(Problem::message).singleElement().asString()
          .contains("chỉ tính khi có báo cáo");
    }

    @Test
    void aPenaltyElsewhereIsAnError() {
      assertThat(T.errors("Có: 1 điểm; Không: 0 điểm, đồng thời bị trừ điểm tại tiêu chí 2.1", "1",
          NodeRole.SCORED)).contains("đồng thời bị trừ điểm tại tiêu chí 2.1");
    }

    @Test
    void loweringTheGradeCannotBeExpressed() {
      assertThat(T.errors("Có cán bộ vi phạm kỷ luật thì hạ một bậc xếp loại", "1", NodeRole.PENALTY))
          .contains("cannot express");
    }

    @Test
    void theNotApplicableSentenceLetsTheCriterionBeNotApplicable() {
      ScoringTextReading r = T.read("Có: 1 điểm; Không: 0 điểm. Trường hợp đơn vị không có đơn vị sự nghiệp trực"
          + " thuộc thì giảm trừ điểm tối đa tương ứng", "1", NodeRole.SCORED);
      assertThat(r.method()).contains(Methods.yesNo("1", "0"));
      assertThat(r.mayBeNotApplicable()).isTrue();
      assertThat(r.problems()).isEmpty();
    }
  }

  @Nested
  class CouncilRanges {
    @Test
    void rangesPerCase() {
      ScoringMethod m = T.method("Tốt: từ 4 đến 5 điểm; Khá: 2-3 điểm; Kém: 0 điểm", "5", NodeRole.SCORED);
      assertThat(m).isEqualTo(new PointRanges(List.of(PointRanges.Range.of("Tốt", "4", "5"),
          PointRanges.Range.of("Khá", "2", "3"), PointRanges.Range.of("Kém", "0", "0"))));
      assertThat(TextReadings.score(m, Answer.points("4.5"), "5")).isEqualByComparingTo("4.5");
      assertThat(m.apply(Answer.points("4.5"), new BigDecimal("5")).matched()).isEqualTo("Tốt");
      assertThat(m.answerProblems(Answer.points("3.5"), new BigDecimal("5"))).singleElement().asString()
          .contains("in no case's range");
    }

    @Test
    void pointsFromArrow() {
      ScoringMethod m = T.method("Hoàn thành xuất sắc: điểm từ 45 => 50; Hoàn thành: điểm từ 30 => 44", "50",
          NodeRole.SCORED);
      assertThat(m).isEqualTo(new PointRanges(List.of(PointRanges.Range.of("Hoàn thành xuất sắc", "45", "50"),
          PointRanges.Range.of("Hoàn thành", "30", "44"))));
    }

    @Test
    void aCeilingInsideOneCaseIsZeroToIt() {
      // Not a fixed 3: the council gives 0 to 3.
      ScoringMethod m = T.method("Giải pháp cải tiến: đạt tối đa 3 điểm", "3", NodeRole.SCORED);
      assertThat(m).isEqualTo(new PointRanges(List.of(PointRanges.Range.of("Giải pháp cải tiến", "0", "3"))));
      assertThat(TextReadings.score(m, Answer.points("2.5"), "3")).isEqualByComparingTo("2.5");
    }

    @Test
    void aDeductionRangeOnAPenaltyRowTakesNothingForNoEvent() {
      ScoringMethod m = T.method("Vi phạm: trừ từ 1-3 điểm", "3", NodeRole.PENALTY);
      assertThat(m).isEqualTo(new PointRanges(List.of(PointRanges.Range.of("Vi phạm", "1", "3"),
          PointRanges.Range.of("Không vi phạm", "0", "0"))));
      assertThat(TextReadings.score(m, Answer.points("0"), "3")).isEqualByComparingTo("0");
      assertThat(TextReadings.score(m, Answer.points("2"), "3")).isEqualByComparingTo("2");
    }
  }

  @Nested
  class Deductions {
    @Test
    void perCaseOnAPenaltyRowCountsUpFromZero() {
      // max 10: 0 cases → 0 taken off, 1 → 5, 2 → 10, 3 → 10 (the row's maximum).
      ScoringMethod m = T.method("trừ 5 điểm/trường hợp", "10", NodeRole.PENALTY);
      assertThat(m).isEqualTo(new CountTimesPoints(new BigDecimal("5"), Optional.empty()));
      assertThat(TextReadings.score(m, Answer.count(0), "10")).isEqualByComparingTo("0");
      assertThat(TextReadings.score(m, Answer.count(1), "10")).isEqualByComparingTo("5");
      assertThat(TextReadings.score(m, Answer.count(2), "10")).isEqualByComparingTo("10");
      assertThat(TextReadings.score(m, Answer.count(3), "10")).isEqualByComparingTo("10");
    }

    @Test
    void capOnAPenaltyRow() {
      ScoringMethod m = T.method("Mỗi văn bản chậm trừ 0,25 điểm, tối đa trừ 1 điểm", "2", NodeRole.PENALTY);
      assertThat(m).isEqualTo(new CountTimesPoints(new BigDecimal("0.25"), Optional.of(BigDecimal.ONE)));
      assertThat(TextReadings.score(m, Answer.count(3), "2")).isEqualByComparingTo("0.75");
      assertThat(TextReadings.score(m, Answer.count(5), "2")).isEqualByComparingTo("1");
    }

    @Test
    void oneFlatCaseOnAPenaltyRow() {
      ScoringMethod m = T.method("Để xảy ra sai phạm: trừ 2 điểm", "2", NodeRole.PENALTY);
      assertThat(m).isEqualTo(Methods.yesNo("2", "0"));
    }

    @Test
    void fullMarksThenAPerOccurrenceDeductionWithWordsBetween() {
      // 2 − 0.5 per missing report, not below 0: 0 → 2, 1 → 1.5, 4 → 0, 5 → 0.
      ScoringMethod m = T.method("Đủ số kỳ: 2 điểm; thiếu, mỗi kỳ trừ 0,5 điểm", "2", NodeRole.SCORED);
      assertThat(m).isEqualTo(Methods.deductionPerEvent("0.5", "0"));
      assertThat(TextReadings.score(m, Answer.count(1), "2")).isEqualByComparingTo("1.5");
      assertThat(TextReadings.score(m, Answer.count(5), "2")).isEqualByComparingTo("0");
    }

    @Test
    void twoRatesInOneTextAreNamed() {
      assertThat(T.errors("Mỗi văn bản chậm trừ 0,5 điểm; mỗi văn bản không ban hành trừ 1 điểm", "2",
          NodeRole.PENALTY)).contains("two rates");
    }

    @Test
    void aGracePeriodIsNamed() {
      assertThat(T.errors("Chậm quá 5 ngày, mỗi ngày trừ 0,1 điểm", "1", NodeRole.PENALTY))
          .contains("grace period").contains("quá 5 ngày");
    }
  }

  @Nested
  class PerItem {
    @Test
    void colonAndCap() {
      // 0.5 × count, at most 2: 0 → 0, 1 → 0.5, 4 → 2, 5 → 2.
      ScoringMethod m = T.method("Mỗi sáng kiến được công nhận: 0,5 điểm, tối đa 2 điểm", "2", NodeRole.BONUS);
      assertThat(m).isEqualTo(Methods.countTimesPoints("0.5", "2"));
      assertThat(TextReadings.score(m, Answer.count(0), "2")).isEqualByComparingTo("0");
      assertThat(TextReadings.score(m, Answer.count(1), "2")).isEqualByComparingTo("0.5");
      assertThat(TextReadings.score(m, Answer.count(4), "2")).isEqualByComparingTo("2");
      assertThat(TextReadings.score(m, Answer.count(5), "2")).isEqualByComparingTo("2");
    }

    @Test
    void theTypoMoiIsReadWithAWarning() {
      ScoringTextReading r = T.read("Mới sáng kiến được công nhận: 0,5 điểm, tối đa 2 điểm", "2", NodeRole.BONUS);
      assertThat(r.method()).contains(Methods.countTimesPoints("0.5", "2"));
      assertThat(r.warnings()).extracting(Problem::message).containsExactly("typo: \"Mới\" read as \"Mỗi\"");
    }

    @Test
    void theTypoDemIsReadWithAWarning() {
      ScoringTextReading r = T.read("Có: 1 đểm; Không: 0 điểm", "1", NodeRole.SCORED);
      assertThat(r.method()).contains(Methods.yesNo("1", "0"));
      assertThat(r.warnings()).extracting(Problem::message).containsExactly("typo: \"đểm\" read as \"điểm\"");
    }
  }

  @Nested
  class SharesAndWholeCriterion {
    @Test
    void sharesOfTheMaximum() {
      // 75% of 2 = 1.5.
      assertThat(T.method("Ban hành đúng hạn: 2 điểm; Ban hành chậm: đạt 75% số điểm; Không ban hành: 0 điểm", "2",
          NodeRole.SCORED)).isEqualTo(Methods.deadline("2", "1.5", "0"));
      // 1 − 50% of 1 = 0.5.
      assertThat(T.method("Đúng hạn: 1 điểm; Chậm: trừ 50% điểm; Không thực hiện: 0 điểm", "1", NodeRole.SCORED))
          .isEqualTo(Methods.deadline("1", "0.5", "0"));
    }

    @Test
    void zeroForTheWholeCriterion() {
      ScoringMethod m = T.method("Thực hiện đầy đủ: 1 điểm; Thực hiện chưa đầy đủ: 0,5 điểm; Không thực hiện: 0 điểm"
          + " toàn tiêu chí", "1", NodeRole.SCORED);
      assertThat(m).isEqualTo(Methods.levels(Level.of("Thực hiện đầy đủ", "1"),
          Level.of("Thực hiện chưa đầy đủ", "0.5"), Level.of("Không thực hiện", "0")));
    }

    @Test
    void theHighestLevelReachedCounts() {
      ScoringTextReading r = T.read("Chỉ tính mức cao nhất đạt được:\n- Cấp tỉnh: 1 điểm\n- Cấp huyện: 0,5 điểm", "1",
          NodeRole.BONUS);
      assertThat(r.method()).contains(Methods.levels(Level.of("Cấp tỉnh", "1"), Level.of("Cấp huyện", "0.5")));
      assertThat(r.problems()).isEmpty();
    }

    @Test
    void aHundredPercentInsideQualitativeWordingIsALevel() {
      assertThat(T.method("Hoàn thành 100% kế hoạch: 1 điểm; Không hoàn thành: 0 điểm", "1", NodeRole.SCORED))
          .isEqualTo(Methods.levels(Level.of("Hoàn thành 100% kế hoạch", "1"), Level.of("Không hoàn thành", "0")));
    }
  }

  @Nested
  class CountsDatesRounding {
    @Test
    void countBandsWithBareNumbers() {
      // 49 → 0, 50 → 3, 99 → 3, 100 → 5.
      ScoringMethod m = T.method("Đạt từ 100 trở lên: 5 điểm; Đạt từ 50 - dưới 100: 3 điểm; Dưới 50: 0 điểm", "5",
          NodeRole.SCORED);
      assertThat(m).isInstanceOf(CountBands.class);
      assertThat(TextReadings.score(m, Answer.count(49), "5")).isEqualByComparingTo("0");
      assertThat(TextReadings.score(m, Answer.count(50), "5")).isEqualByComparingTo("3");
      assertThat(TextReadings.score(m, Answer.count(99), "5")).isEqualByComparingTo("3");
      assertThat(TextReadings.score(m, Answer.count(100), "5")).isEqualByComparingTo("5");
    }

    @Test
    void countBandsWithLeadingZeros() {
      // 0 → 0, 1 and 2 → 0.5, 3 and more → 1.
      ScoringMethod m = T.method("Từ 03 sáng kiến trở lên: 1 điểm; Từ 01 đến 02 sáng kiến: 0,5 điểm; 0 sáng kiến:"
          + " 0 điểm", "1", NodeRole.SCORED);
      assertThat(TextReadings.score(m, Answer.count(0), "1")).isEqualByComparingTo("0");
      assertThat(TextReadings.score(m, Answer.count(2), "1")).isEqualByComparingTo("0.5");
      assertThat(TextReadings.score(m, Answer.count(3), "1")).isEqualByComparingTo("1");
    }

    @Test
    void countBandsWithAGapNameTheGap() {
      assertThat(T.errors("Từ 10 trở lên: 2 điểm; Từ 1 đến 5: 1 điểm; 0: 0 điểm", "2", NodeRole.SCORED))
          .contains("gap between 1 to 5 and 10 or more");
    }

    @Test
    void datesInsideLabelsAreLevels() {
      assertThat(T.method("Trước ngày 15/12: 3 điểm; Từ ngày 15/12 đến 31/12: 2 điểm; Sau ngày 31/12: 0 điểm", "3",
          NodeRole.SCORED)).isEqualTo(Methods.levels(Level.of("Trước ngày 15/12", "3"),
          Level.of("Từ ngày 15/12 đến 31/12", "2"), Level.of("Sau ngày 31/12", "0")));
    }

    @Test
    void roundingClauses() {
      ScoringTextReading r = T.read("Điểm = tỷ lệ % x điểm tối đa, làm tròn 02 chữ số thập phân", "2",
          NodeRole.SCORED);
      assertThat(r.method()).contains(Methods.proportional());
      assertThat(r.roundingStep()).contains(new BigDecimal("0.01"));
      ScoringTextReading q = T.read("Mỗi sáng kiến: 0,5 điểm, tối đa 2 điểm (làm tròn đến 0,25 điểm)", "2",
          NodeRole.BONUS);
      assertThat(q.method()).contains(Methods.countTimesPoints("0.5", "2"));
      assertThat(q.roundingStep()).contains(new BigDecimal("0.25"));
    }

    @Test
    void percentBandsWithAGapNameTheGap() {
      assertThat(T.errors("Từ 80% trở lên: 1 điểm; Dưới 70%: 0 điểm", "1", NodeRole.SCORED)).contains("gap");
    }
  }

  @Nested
  class NoFallback {
    @Test
    void aPerItemRuleFollowedByAnotherCaseIsNotLevels() {
      assertThat(T.errors("Mỗi quý có báo cáo: 0,5 điểm; Cả năm có báo cáo: 2 điểm", "2", NodeRole.SCORED))
          .contains("could not read \"Cả năm có báo cáo: 2 điểm\"");
    }

    @Test
    void aCeilingCaseBesideFixedCasesIsARange() {
      ScoringMethod m = T.method("Có giải pháp: đạt tối đa 2 điểm; Không có: 0 điểm", "2", NodeRole.SCORED);
      assertThat(m).isEqualTo(new PointRanges(List.of(PointRanges.Range.of("Có giải pháp", "0", "2"),
          PointRanges.Range.of("Không có", "0", "0"))));
    }
  }

  @Nested
  class ErrorsNameTheRealProblem {
    @Test
    void aBandPastAHundredPercentIsNamedAsSuch() {
      // Nghị định 307/2025/NĐ-CP, Điều 9.2.a: 300% of the area standard is a share of a standard, not a rate
      assertThat(T.errors("a) Tỉnh, xã có diện tích tự nhiên đạt từ 300% trở lên so với tiêu chuẩn thì được cộng 10"
          + " điểm.", "10", NodeRole.BONUS)).contains("names 300%, past 100%").doesNotContain("gap");
      assertThat(T.errors("Từ 100% đến 150%: 2 điểm; Dưới 100%: 0 điểm", "2", NodeRole.SCORED))
          .contains("names 150%, past 100%");
    }

    @Test
    void aPercentageBeforeADeductionIsNamedAsAPossibleThreshold() {
      assertThat(T.errors("Chậm hoàn thành các văn bản Chậm 20% so với thời gian quy định: trừ 1 điểm cho mỗi văn bản.",
          "5", NodeRole.PENALTY)).contains("\"20%\" may be a threshold on which events count");
    }
  }
}
