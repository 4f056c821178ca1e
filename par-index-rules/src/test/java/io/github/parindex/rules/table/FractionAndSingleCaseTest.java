package io.github.parindex.rules.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.parindex.method.Answer;
import io.github.parindex.method.Methods;
import io.github.parindex.method.ScoringMethod;
import io.github.parindex.model.NodeRole;
import io.github.parindex.model.Problem;
import java.math.BigDecimal;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * A proportional formula printed as a fraction over lines (Hải Phòng 212/2025/QĐ-UBND) and single cases (Nghị
 * định 307/2025/NĐ-CP, Quy định 11-QĐ/TU), each with the points worked out by hand from the text.
 */
class FractionAndSingleCaseTest {

  private static final TextReadings T = new TextReadings("", false);

  @Nested
  class PrintedFraction {
    private static final String QUALITY = "Chất lượng công việc được giao\n=\nSố lượng công việc hoàn thành đạt yêu"
        + " cầu\nx 100% x 10\nSố lượng công việc được giao";

    @Test
    void aFractionOverLinesIsTheRateTimesTheMaximum() {
      ScoringMethod m = T.method(QUALITY, "10", NodeRole.SCORED);
      assertThat(m).isEqualTo(Methods.proportional());
      // 9 of 10 tasks done to standard: 9/10 x 100% x 10 = 9; 3 of 4: 7,5; none of 5: 0
      assertThat(TextReadings.score(m, new Answer.Rate(new BigDecimal("9"), new BigDecimal("10")), "10")).isEqualByComparingTo("9");
      assertThat(TextReadings.score(m, new Answer.Rate(new BigDecimal("3"), new BigDecimal("4")), "10"))
          .isEqualByComparingTo("7.5");
      assertThat(TextReadings.score(m, new Answer.Rate(BigDecimal.ZERO, new BigDecimal("5")), "10")).isEqualByComparingTo("0");
    }

    @Test
    void theFactorMayFollowTheDenominatorWithItsUnitAndADecimalComma() {
      ScoringMethod m = T.method("Tiến độ công việc được giao\r\n=\r\nSố lượng công việc hoàn thành đạt tiến độ trở"
          + " lên\r\nSố lượng công việc được giao\r\nx 100% x 2,5 điểm", "2.5", NodeRole.SCORED);
      assertThat(m).isEqualTo(Methods.proportional());
      // 1 of 4 on time: 1/4 x 2,5 = 0,625
      assertThat(TextReadings.score(m, new Answer.Rate(BigDecimal.ONE, new BigDecimal("4")), "2.5"))
          .isEqualByComparingTo("0.625");
    }

    @Test
    void aFactorOtherThanTheMaximumIsAnErrorNamingBoth() {
      assertThat(T.errors(QUALITY.replace("x 100% x 10", "x 100% x 30"), "25", NodeRole.SCORED))
          .contains("multiplies the rate by 30 points").contains("the row's maximum is 25");
    }

    @Test
    void aFractionWithAConditionAfterItIsNotReadAsTheFraction() {
      assertThat(T.errors(QUALITY + "\nNếu không có báo cáo thì không tính điểm", "10", NodeRole.SCORED))
          .contains("condition");
    }

    @Test
    void aConditionInsideALineOfTheFractionIsReportedNotSwallowed() {
      // the numerator's words say that without a report no points are given: a condition the reader cannot apply,
      // so the fraction is not read as a plain rate (as the same formula on one line is not)
      String within = QUALITY.replace("đạt yêu cầu\n", "đạt yêu cầu, nếu không có báo cáo thì không tính điểm\n");
      assertThat(T.errors(within, "10", NodeRole.SCORED)).contains("it is a condition that could change the points");
      String bracketed = QUALITY.replace("đạt yêu cầu\n", "đạt yêu cầu (chỉ tính khi có hồ sơ kiểm chứng)\n");
      assertThat(T.errors(bracketed, "10", NodeRole.SCORED)).contains("condition");
      // the not-applicable sentence on the left side is not a name of what is computed
      assertThat(T.read(QUALITY.replace("Chất lượng công việc được giao\n=", "Không đánh giá tiêu chí này\n="), "10",
          NodeRole.SCORED).method()).isEmpty();
    }

    @Test
    void aFractionWithoutTheHundredPercentFactorIsNotThisShape() {
      assertThat(T.read("Điểm\n=\nSố hồ sơ đúng hạn\nx 10\nTổng số hồ sơ", "10", NodeRole.SCORED).method()).isEmpty();
    }
  }

  @Nested
  class SingleCase {
    @Test
    void onAScoredRowOneCaseAwardingTheMaximumIsYesOrNo() {
      ScoringMethod m = T.method("d) Xã an toàn khu được tính 2 điểm.", "2", NodeRole.SCORED);
      assertThat(m).isEqualTo(Methods.yesNo("2", "0"));
      assertThat(TextReadings.score(m, Answer.yes(), "2")).isEqualByComparingTo("2");
      assertThat(TextReadings.score(m, Answer.no(), "2")).isEqualByComparingTo("0");
      assertThat(T.method("b) Có đường biên giới quốc gia trên đất liền được tính 03 điểm;", "3", NodeRole.SCORED))
          .isEqualTo(Methods.yesNo("3", "0"));
    }

    @Test
    void onAScoredRowOneCaseBelowTheMaximumOrWithoutTheAwardWordsStaysAnError() {
      assertThat(T.errors("Xã an toàn khu được tính 1 điểm", "2", NodeRole.SCORED)).contains("only one case");
      assertThat(T.errors("Xã an toàn khu: 2 điểm", "2", NodeRole.SCORED)).contains("only one case");
      assertThat(T.errors("Có: 1 điểm", "1", NodeRole.SCORED)).contains("only one case");
    }

    @Test
    void aBonusCaseMayStateItsConditionWithTốiThiểuOrASlashBetweenAlternatives() {
      ScoringMethod m = T.method("Đăng ký bảo hộ quyền sở hữu trí tuệ cho tối thiểu 01 chỉ dẫn địa lý: 1 điểm", "1",
          NodeRole.BONUS);
      assertThat(m).isEqualTo(Methods.yesNo("1", "0"));
      assertThat(T.method("Địa phương/UBND cấp xã đề xuất nhiệm vụ được UBND tỉnh phê duyệt: 0,5 điểm", "1",
          NodeRole.BONUS)).isEqualTo(Methods.yesNo("0.5", "0"));
    }

    @Test
    void aBonusCaseWithACountOrAPerItemSlashStaysAnError() {
      assertThat(T.read("Có 2 sáng kiến được công nhận: 1 điểm", "1", NodeRole.BONUS).method()).isEmpty();
      assertThat(T.read("Sáng kiến/năm: 1 điểm", "1", NodeRole.BONUS).method()).isEmpty();
      // a capital after the slash does not make a unit of time an alternative: "per year" still counts items
      assertThat(T.read("Sáng kiến/Năm: 1 điểm", "3", NodeRole.BONUS).method()).isEmpty();
      assertThat(T.read("Báo cáo/Quý: 0,5 điểm", "2", NodeRole.BONUS).method()).isEmpty();
    }
  }
}
