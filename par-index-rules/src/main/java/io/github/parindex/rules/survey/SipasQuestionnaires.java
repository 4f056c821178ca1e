package io.github.parindex.rules.survey;

import io.github.parindex.model.Provenance;
import io.github.parindex.model.ProvenanceStatus;
import io.github.parindex.model.YearRange;
import io.github.parindex.sipas.Aspect;
import io.github.parindex.sipas.Element;
import io.github.parindex.sipas.Item;
import io.github.parindex.sipas.Questionnaire;
import io.github.parindex.sipas.SipasMethod;
import java.util.List;
import java.util.Optional;

/**
 * The SIPAS questionnaire designs of the Ministry of Home Affairs (Bộ Nội vụ) as data, with what is confirmed and
 * what is not. The full official texts could not be read beyond their first screen, so item wording and options are
 * marked item by item: {@code INFERRED} where recalled or inferred from reported indicators, {@code INCOMPLETE} or
 * {@code ILLUSTRATIVE} where the official content is not public.
 *
 * <pre>{@code
 * Questionnaire q = SipasQuestionnaires.qd2640();          // 2017–2020: 5 elements, 22 criteria
 * SipasMethod m = SipasQuestionnaires.defaultMethod(q);     // mean of the 5 element indices (recalled)
 * SipasQuestionnaires.forYear(2024);                        // Optional[QĐ 1001 design]
 * }</pre>
 */
public final class SipasQuestionnaires {
  private SipasQuestionnaires() {}

  /** Id of the 2017–2020 design. */
  public static final String QD_2640 = "vn-bnv-2640-2017";
  /** Id of the 2023–2026 design. */
  public static final String QD_1001 = "vn-bnv-1001-2023";

  private static final String RECALLED = "wording RECALLED, not verified against QĐ 2640/QĐ-BNV (sipas.md §1.1)";

  private static final List<String> YES_NO = List.of("Có", "Không");

  private static Item sat(String code, String text) {
    return Item.satisfaction(code, text).recalled(RECALLED);
  }

  private static Provenance reported(String note) {
    return Provenance.of(ProvenanceStatus.INFERRED, note);
  }

  private static final Questionnaire QD2640 = Questionnaire.builder()
      .id(QD_2640)
      .version("1")
      .title("Đo lường sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước"
          + " giai đoạn 2017 – 2020")
      .legalBasis("QĐ 2640/QĐ-BNV ngày 10/10/2017")
      .years(YearRange.of(2017, 2020))
      .provenance(Provenance.of(ProvenanceStatus.INCOMPLETE,
          "5 elements and 22 criteria CONFIRMED (S8, S9); element names CONFIRMED (S8-S10); criteria wording"
              + " RECALLED; that the criteria were asked on the 5-level satisfaction scale is INFERRED (sipas.md"
              + " §1.1: unknown); judgement and expectation questions reduced to the indicators reported",
          "sipas.md §1.1, sources S7-S10"))
      .addAspect(new Aspect("DV", "Cung ứng dịch vụ hành chính công", List.of(
          Element.of("1", "Tiếp cận dịch vụ hành chính công của cơ quan hành chính nhà nước",
              sat("1.1", "Nơi ngồi chờ có đủ chỗ ngồi"),
              sat("1.2", "Trang thiết bị phục vụ tại nơi tiếp nhận và trả kết quả đầy đủ"),
              sat("1.3", "Trang thiết bị phục vụ tại nơi tiếp nhận và trả kết quả hiện đại"),
              sat("1.4", "Trang thiết bị phục vụ tại nơi tiếp nhận và trả kết quả dễ sử dụng")),
          Element.of("2", "Thủ tục hành chính",
              sat("2.1", "Thủ tục hành chính được niêm yết công khai đầy đủ"),
              sat("2.2", "Thủ tục hành chính được niêm yết công khai chính xác"),
              sat("2.3", "Thành phần hồ sơ phải nộp là đúng quy định"),
              sat("2.4", "Phí/lệ phí phải nộp là đúng quy định"),
              sat("2.5", "Thời hạn giải quyết là đúng quy định")),
          Element.of("3", "Công chức trực tiếp giải quyết công việc",
              sat("3.1", "Công chức có thái độ giao tiếp lịch sự"),
              sat("3.2", "Công chức chú ý lắng nghe ý kiến"),
              sat("3.3", "Công chức trả lời, giải thích đầy đủ các ý kiến"),
              sat("3.4", "Công chức hướng dẫn kê khai hồ sơ tận tình, chu đáo"),
              sat("3.5", "Công chức hướng dẫn kê khai hồ sơ dễ hiểu"),
              sat("3.6", "Công chức tuân thủ đúng quy định trong giải quyết công việc")),
          Element.of("4", "Kết quả cung ứng dịch vụ hành chính công",
              sat("4.1", "Kết quả đúng quy định"),
              sat("4.2", "Kết quả có thông tin đầy đủ"),
              sat("4.3", "Kết quả có thông tin chính xác")),
          Element.of("5", "Tiếp nhận, giải quyết góp ý, phản ánh, kiến nghị",
              sat("5.1", "Cơ quan có bố trí hình thức tiếp nhận góp ý, phản ánh, kiến nghị"),
              sat("5.2", "Người dân, tổ chức dễ dàng thực hiện góp ý, phản ánh, kiến nghị"),
              sat("5.3", "Cơ quan tiếp nhận, xử lý tích cực các góp ý, phản ánh, kiến nghị"),
              sat("5.4", "Cơ quan thông báo kết quả xử lý kịp thời"))),
          Optional.empty()))
      .addAspect(Aspect.of("NĐ-MĐ", "Nhận định và mong đợi",
          Element.of("NĐ", "Nhận định",
              judgement("NĐ1", "Phải đi lại nhiều lần để giải quyết công việc"),
              judgement("NĐ2", "Công chức gây phiền hà, sách nhiễu"),
              judgement("NĐ3", "Phải đưa tiền ngoài quy định"),
              judgement("NĐ4", "Nhận kết quả trễ hẹn")),
          Element.of("MĐ", "Mong đợi",
              Item.expectation("MĐ1", "Nội dung cần cải thiện để nâng cao chất lượng phục vụ", List.of(
                      "Tiếp cận dịch vụ", "Thủ tục hành chính", "Công chức giải quyết công việc",
                      "Kết quả cung ứng dịch vụ", "Tiếp nhận, giải quyết góp ý, phản ánh, kiến nghị"))
                  .withProvenance(reported("expectation content per element CONFIRMED (S7); the form of one"
                      + " multi-select over the 5 elements is INFERRED")))))
      .build();

  private static Item judgement(String code, String text) {
    return Item.judgement(code, text, YES_NO).withProvenance(reported(
        "indicator CONFIRMED as a reported share (R5, SIPAS 2020); question wording and the Có/Không options are"
            + " INFERRED from how the share is reported"));
  }

  private static final Provenance ILLUSTRATIVE_OPTIONS = Provenance.of(ProvenanceStatus.ILLUSTRATIVE,
      "criterion CONFIRMED (S3-S5); options not public, these are ILLUSTRATIVE");

  private static Item overall(String code, String text, Provenance p) {
    return Item.satisfaction(code, text).withProvenance(p);
  }

  private static final Provenance OVERALL_INFERRED = Provenance.of(ProvenanceStatus.INFERRED,
      "an overall ('nói chung') satisfaction item is CONFIRMED for access 2024 (R23); assumed for every element");

  private static Element policyElement(String code, String name) {
    Item only = overall(code + ".0", "Hài lòng về " + name.toLowerCase(java.util.Locale.ROOT),
        Provenance.of(ProvenanceStatus.ILLUSTRATIVE, "element CONFIRMED (R12, 2022); item wording ILLUSTRATIVE;"
            + " per-policy-group items (9 groups in 2023, R20) not modelled"));
    return new Element(code, name, List.of(), Optional.of(only));
  }

  private static final Questionnaire QD1001 = Questionnaire.builder()
      .id(QD_1001)
      .version("1")
      .title("Phương pháp Đo lường sự hài lòng của người dân đối với sự phục vụ của cơ quan hành chính nhà nước"
          + " giai đoạn 2023 - 2026")
      .legalBasis("QĐ 1001/QĐ-BNV ngày 11/12/2023")
      .years(YearRange.of(2023, 2026))
      .provenance(Provenance.of(ProvenanceStatus.INCOMPLETE,
          "aspects and the 8 judgement criteria CONFIRMED (S3-S5); 2 satisfaction contents CONFIRMED (S4);"
              + " access contents and overall item CONFIRMED for 2024 (R23); number of TTHC contents (4) CONFIRMED,"
              + " their wording not public; contents of the other elements, most options and most expectation"
              + " options not public (sipas.md §1.4)",
          "sipas.md §1.4, sources S2-S6, R12, R18, R22, R23"))
      .addAspect(Aspect.of("NĐ", "Nhận định, đánh giá của người dân đối với sự phục vụ của cơ quan hành chính"
              + " nhà nước",
          Element.of("NĐ", "Nhận định, đánh giá",
              Item.judgement("NĐ1", "Mức độ quan tâm theo dõi của người dân đối với các chính sách công",
                      List.of("Rất quan tâm", "Ít quan tâm", "Không quan tâm"))
                  .withProvenance(reported("options as reported for 2022 (R15)")),
              Item.judgement("NĐ2", "Kênh thông tin mà người dân sử dụng để theo dõi các chính sách công",
                      List.of("Truyền hình, phát thanh", "Báo chí, mạng internet", "Loa truyền thanh cơ sở, họp"
                          + " dân", "Khác"))
                  .withProvenance(ILLUSTRATIVE_OPTIONS),
              Item.judgement("NĐ3", "Mức độ phù hợp của các hình thức tiếp cận thông tin về chính sách công",
                      List.of("Phù hợp", "Chưa phù hợp")).withProvenance(ILLUSTRATIVE_OPTIONS),
              Item.judgement("NĐ4", "Mức độ người dân sẵn sàng tham gia góp ý kiến cho cơ quan nhà nước về chính"
                      + " sách công", List.of("Sẵn sàng", "Chưa sẵn sàng")).withProvenance(ILLUSTRATIVE_OPTIONS),
              Item.judgement("NĐ5", "Cảm nhận về tình trạng công chức gây phiền hà, sách nhiễu trong quá trình"
                      + " giải quyết thủ tục hành chính",
                      List.of("Không có công chức nào gây phiền hà", "Có một số công chức gây phiền hà",
                          "Có nhiều công chức gây phiền hà"))
                  .withProvenance(reported("3 options as reported for 2024 (R23: 90.06 / 8.98 / 0.96%);"
                      + " wording INFERRED")),
              Item.judgement("NĐ6", "Cảm nhận về tình trạng phải đưa tiền ngoài quy định cho công chức trong quá"
                      + " trình giải quyết thủ tục hành chính", List.of("Không phải đưa", "Có phải đưa"))
                  .withProvenance(ILLUSTRATIVE_OPTIONS),
              Item.judgement("NĐ7", "Mức độ phù hợp của các hình thức nộp hồ sơ, nhận kết quả",
                      List.of("Phù hợp", "Chưa phù hợp")).withProvenance(ILLUSTRATIVE_OPTIONS),
              Item.judgement("NĐ8", "Sự trải nghiệm của người dân về chính sách công, dịch vụ hành chính công,"
                      + " dịch vụ công cơ bản, thiết yếu", List.of("Đã trải nghiệm", "Chưa trải nghiệm"))
                  .withProvenance(ILLUSTRATIVE_OPTIONS))))
      .addAspect(Aspect.of("CS", "Sự hài lòng đối với việc xây dựng, tổ chức thực hiện chính sách công",
          policyElement("CS1", "Trách nhiệm giải trình, cung cấp thông tin về chính sách"),
          policyElement("CS2", "Sự tham gia của người dân"),
          policyElement("CS3", "Chất lượng chính sách"),
          policyElement("CS4", "Kết quả, tác động của chính sách")))
      .addAspect(Aspect.of("DV", "Sự hài lòng đối với việc cung ứng dịch vụ hành chính công",
          new Element("DV1", "Tiếp cận dịch vụ", List.of(
              Item.satisfaction("DV1.1", "Trung tâm PVHCC / Bộ phận tiếp nhận và trả kết quả có biển hiệu, chỉ"
                  + " dẫn rõ ràng, dễ tìm, dễ thấy"),
              Item.satisfaction("DV1.2", "Bộ phận Một cửa có đủ chỗ ngồi chờ, bàn giải quyết công việc, bàn"
                  + " viết"),
              Item.satisfaction("DV1.3", "Trang thiết bị đầy đủ, chất lượng tốt")).stream()
              .map(i -> i.withProvenance(reported("content CONFIRMED for 2024 (R23); wording from a news"
                  + " summary"))).toList(),
              Optional.of(overall("DV1.0", "Hài lòng về tiếp cận dịch vụ nói chung",
                  reported("overall access item CONFIRMED for 2024 (R23)")))),
          new Element("DV2", "Thủ tục hành chính", List.of(
              tthc("DV2.1", 1), tthc("DV2.2", 2), tthc("DV2.3", 3), tthc("DV2.4", 4)),
              Optional.of(overall("DV2.0", "Hài lòng về thủ tục hành chính nói chung", OVERALL_INFERRED))),
          overallOnly("DV3", "Công chức trực tiếp giải quyết công việc"),
          overallOnly("DV4", "Kết quả cung ứng dịch vụ hành chính công"),
          overallOnly("DV5", "Tiếp nhận, giải quyết góp ý, phản ánh, kiến nghị")))
      .addAspect(Aspect.of("MĐ", "Nhu cầu, mong đợi của người dân",
          Element.of("MĐ", "Mong đợi",
              Item.expectation("MĐ1", "Nội dung người dân mong muốn cơ quan hành chính cải thiện", List.of(
                      "Thái độ phục vụ của công chức", "Giải quyết góp ý, phản ánh, kiến nghị",
                      "Năng lực giải quyết công việc của công chức"))
                  .withProvenance(Provenance.of(ProvenanceStatus.INCOMPLETE, "the 3 options reported for 2023"
                      + " (R18: 85.12 / 85.11 / 85.03%); 10 need/expectation indicators exist (R22), the rest are"
                      + " not public")))))
      .build();

  private static Item tthc(String code, int n) {
    return Item.satisfaction(code, "Thủ tục hành chính — nội dung " + n + " (wording not public)")
        .withProvenance(Provenance.of(ProvenanceStatus.INCOMPLETE, "4 TTHC contents CONFIRMED for 2024 (R23);"
            + " their wording is not public"));
  }

  private static Element overallOnly(String code, String name) {
    return new Element(code, name, List.of(), Optional.of(overall(code + ".0", "Hài lòng về "
        + name.toLowerCase(java.util.Locale.ROOT) + " nói chung", Provenance.of(ProvenanceStatus.INCOMPLETE,
        "element CONFIRMED; its content items are not public, only an overall item is modelled (INFERRED)"))));
  }

  /** The 2017–2020 design (QĐ 2640/QĐ-BNV): 5 elements, 22 criteria, judgement and expectation indicators. */
  public static Questionnaire qd2640() {
    return QD2640;
  }

  /**
   * The 2023–2026 design (QĐ 1001/QĐ-BNV): judgement criteria, satisfaction with public policy and with
   * administrative services (per element: content items where known, and an overall item), needs and expectations.
   */
  public static Questionnaire qd1001() {
    return QD1001;
  }

  /** Both designs, oldest first. */
  public static List<Questionnaire> all() {
    return List.of(QD2640, QD1001);
  }

  /** The design that applies to survey year {@code year}, if one is known (none for 2021 and 2022). */
  public static Optional<Questionnaire> forYear(int year) {
    return all().stream().filter(q -> q.years().contains(year)).findFirst();
  }

  /**
   * The declared default method for a design. 2017–2020: {@link SipasMethod#meanOfElements()} (recalled rule).
   * 2023–2026: element = its overall item, aspect = mean of its elements, SIPAS = mean of the two satisfaction
   * aspects; INFERRED, and known not to reproduce the published national figures exactly (sipas.md §2.3).
   */
  public static SipasMethod defaultMethod(Questionnaire q) {
    if (q.id().equals(QD_1001)) {
      return SipasMethod.meanOfElements()
          .withElement(SipasMethod.Aggregation.OVERALL_ITEM)
          .withOverall(SipasMethod.Aggregation.MEAN_OF_ASPECTS)
          .withProvenance(Provenance.of(ProvenanceStatus.INFERRED, "not official: the 2023–2026 formula is not"
              + " public; a plain mean of the policy and service aspects does not reproduce the published national"
              + " figures (sipas.md §2.3)"));
    }
    return SipasMethod.meanOfElements();
  }
}
