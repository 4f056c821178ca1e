package io.github.parindex.sipas;

import static io.github.parindex.sipas.AnswerKind.BLANK;
import static io.github.parindex.sipas.AnswerKind.NO_OPINION;

import io.github.parindex.model.Provenance;
import io.github.parindex.model.ProvenanceStatus;
import io.github.parindex.model.UnitLevel;
import io.github.parindex.model.YearRange;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A six-respondent survey small enough to compute by hand (ILLUSTRATIVE questionnaire). Answer columns:
 * [S1, S2, O1, S3, J1, X1, OV] — S1, S2 content items of element E1 whose overall item is O1; S3 the only item of
 * element E2; J1 a 3-option judgement; X1 a 3-option expectation (bit mask); OV the overall item.
 */
final class SmallSurvey {
  private SmallSurvey() {}

  static final Questionnaire Q = Questionnaire.builder()
      .id("test-small").version("1").title("Small test questionnaire").legalBasis("ILLUSTRATIVE")
      .years(YearRange.of(2024, 2024))
      .provenance(Provenance.of(ProvenanceStatus.ILLUSTRATIVE, "test data"))
      .addAspect(Aspect.of("DV", "Dịch vụ hành chính công",
          new Element("E1", "Tiếp cận", List.of(Item.satisfaction("S1", "Chỗ ngồi chờ"),
              Item.satisfaction("S2", "Trang thiết bị")), Optional.of(Item.satisfaction("O1", "Tiếp cận nói chung"))),
          Element.of("E2", "Thủ tục", Item.satisfaction("S3", "Niêm yết công khai"))))
      .addAspect(Aspect.of("ND", "Nhận định, mong đợi",
          Element.of("N", "Nhận định",
              Item.judgement("J1", "Công chức gây phiền hà", List.of("Không", "Một số", "Nhiều")),
              Item.expectation("X1", "Mong đợi", List.of("Thái độ", "Năng lực", "Giải quyết PAKN")))))
      .overallItem(Item.satisfaction("OV", "Hài lòng nói chung"))
      .build();

  static final SurveyFrame FRAME = SurveyFrame.builder()
      .unit("P", "Province P", UnitLevel.PROVINCE)
      .unit("C1", "Commune 1", UnitLevel.COMMUNE, "P")
      .unit("C2", "Commune 2", UnitLevel.COMMUNE, "P")
      .unit("Q", "Province Q", UnitLevel.PROVINCE)
      .serviceField("F1", "Đất đai")
      .group("G1", "Công dân")
      .group("G2", "Tổ chức")
      .build();

  static final int N = Respondent.NONE;

  /** r1..r6; weights 2, 1, 1, 0.5, 1, 1.5 when used weighted. */
  static final List<Respondent> ROWS = List.of(
      row("C1", "F1", "G1", "2", 5, 4, 4, 3, 1, 0b011, 5),
      row("C1", null, "G2", "1", 4, 2, 5, NO_OPINION, 2, 0b001, 4),
      row("C2", "F1", "G1", "1", 3, BLANK, 2, 5, 1, BLANK, 3),
      row("C2", null, null, "0.5", NO_OPINION, 5, 4, 4, BLANK, 0b100, 4),
      row("Q", "F1", "G2", "1", 1, 4, 3, 2, 3, NO_OPINION, 2),
      row("Q", null, "G1", "1.5", 5, 5, 5, 5, NO_OPINION, 0b111, 5));

  static Respondent row(String unit, String field, String group, String weight, int... answers) {
    return Respondent.of(FRAME.unitIndex(unit), field == null ? N : FRAME.fieldIndex(field),
        group == null ? N : FRAME.groupIndex(group), answers).withWeight(new BigDecimal(weight));
  }

  static SurveyResults run(SipasMethod m) {
    return run(m, ROWS);
  }

  static SurveyResults run(SipasMethod m, List<Respondent> rows) {
    SurveyAccumulator acc = new SurveyAccumulator(Q, FRAME, m);
    rows.forEach(acc::add);
    return acc.result();
  }
}
