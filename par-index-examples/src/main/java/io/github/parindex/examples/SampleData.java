package io.github.parindex.examples;

import static io.github.parindex.method.Band.atLeast;
import static io.github.parindex.method.Band.below;
import static io.github.parindex.method.Band.between;
import static io.github.parindex.method.Band.exactly;

import io.github.parindex.method.Answer;
import io.github.parindex.method.Level;
import io.github.parindex.method.Methods;
import io.github.parindex.method.ScoringMethod;
import io.github.parindex.model.AdministrativeUnit;
import io.github.parindex.model.Appraisal;
import io.github.parindex.model.Assessment;
import io.github.parindex.model.Evidence;
import io.github.parindex.model.GradeBand;
import io.github.parindex.model.GradeScale;
import io.github.parindex.model.LeafInput;
import io.github.parindex.model.LegalReference;
import io.github.parindex.model.Node;
import io.github.parindex.model.PointSource;
import io.github.parindex.model.Provenance;
import io.github.parindex.model.ProvenanceStatus;
import io.github.parindex.model.RoundingPolicy;
import io.github.parindex.model.RuleSet;
import io.github.parindex.model.UnitLevel;
import io.github.parindex.model.YearRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The bundled sample: an <b>illustrative</b> provincial rule set shaped like the national 2948/QĐ-BNV framework
 * (2017–2019), and Tiền Giang's 2017 self-assessment built on the figures reported in the project's source articles
 * ({@code docs/reference/seed-facts.md}).
 *
 * <p>What is official and what is not: the eight components, their Vietnamese names and their maxima (10, 10, 14.5,
 * 11, 16, 7, 16, 15.5) are those of 2948/QĐ-BNV as summarised on the Ministry's training portal
 * ({@code docs/reference/par-index-national.md} §2.2). Everything below the components (criteria, their maxima and
 * scoring rules) is made up to demonstrate the library and is marked {@link ProvenanceStatus#ILLUSTRATIVE}: the
 * official leaf-level table of 2948 could not be obtained. Answers that come from the articles cite them as evidence;
 * the other answers are illustrative too, and the resulting index is not Tiền Giang's official PAR Index.
 *
 * <pre>{@code
 * Scorecard card = Engine.score(SampleData.ruleSet(), SampleData.tienGiang2017());
 * }</pre>
 */
public final class SampleData {
  private SampleData() {}

  public static final String RULE_SET_ID = "sample-2948-province-illustrative";

  private static final LegalReference DECISION = LegalReference.of("2948/QĐ-BNV", LocalDate.of(2017, 12, 28))
      .withUrl("https://bonoivu.cls.vn/BoNoiVuTemplate/ChiTietKhoaHoc/22610");
  private static final Provenance COMPONENT = Provenance.of(ProvenanceStatus.CONFIRMED,
      "component name and maximum of 2948/QĐ-BNV (docs/reference/par-index-national.md §2.2)",
      "https://bonoivu.cls.vn/BoNoiVuTemplate/ChiTietKhoaHoc/22610");
  private static final Provenance MADE_UP = Provenance.of(ProvenanceStatus.ILLUSTRATIVE,
      "criterion, maximum and scoring rule made up for the sample; not the official 2948 table");

  /** The illustrative rule set. */
  public static RuleSet ruleSet() {
    return RuleSet.builder()
        .id(RULE_SET_ID)
        .title("Bộ chỉ số CCHC cấp tỉnh minh họa (theo cấu trúc 2948/QĐ-BNV)")
        .issuer("par-index (illustrative, after Bộ Nội vụ)")
        .legalBasis(DECISION)
        .addAppliesTo(UnitLevel.PROVINCE)
        .years(YearRange.of(2017, 2019))
        .maxTotal(new BigDecimal("100"))
        .rounding(RoundingPolicy.halfUp(2))
        .grades(GradeScale.of(
            GradeBand.of("A", "90", "từ 90% trở lên"),
            GradeBand.of("B", "80", "từ 80% đến dưới 90%"),
            GradeBand.of("C", "70", "từ 70% đến dưới 80%")))
        .provenance(Provenance.of(ProvenanceStatus.ILLUSTRATIVE,
            "components and maxima from 2948/QĐ-BNV; criteria below them are illustrative"))
        .addNodes(direction())
        .addNodes(legalDocuments())
        .addNodes(procedures())
        .addNodes(organisation())
        .addNodes(workforce())
        .addNodes(publicFinance())
        .addNodes(modernisation())
        .addNodes(impact())
        .build();
  }

  /** Component 1: direction and steering of PAR. */
  private static Node direction() {
    return component("1", "Công tác chỉ đạo, điều hành cải cách hành chính",
        "Direction and steering of PAR", "10",
        leaf("1.1", "Ban hành kế hoạch CCHC năm", "1", Methods.deadline("1", "0.5", "0"),
            "Ban hành đúng thời hạn: 1 điểm; chậm: 0,5 điểm; không ban hành: 0 điểm"),
        leaf("1.2", "Mức độ hoàn thành kế hoạch CCHC", "3",
            Methods.percentBands(exactly("100", "3"), between("80", "100", "1.5"), below("80", "0")),
            "100%: 3 điểm; từ 80% đến dưới 100%: 1,5 điểm; dưới 80%: 0 điểm"),
        leaf("1.3", "Báo cáo CCHC định kỳ", "1.5", Methods.deadline("1.5", "0.75", "0"),
            "Đúng hạn: 1,5 điểm; chậm: 0,75 điểm; không báo cáo: 0 điểm"),
        leaf("1.4", "Kiểm tra công tác CCHC", "1.5", Methods.countTimesPoints("0.25"),
            "Mỗi cơ quan được kiểm tra: 0,25 điểm, tối đa 1,5 điểm"),
        leaf("1.5", "Tuyên truyền CCHC", "1.5", Methods.levels(Level.of("Thực hiện tốt", "1.5"),
            Level.of("Có thực hiện đầy đủ", "1"), Level.of("Thực hiện chưa đầy đủ", "0.5"),
            Level.of("Không thực hiện", "0")),
            "Thực hiện tốt: 1,5 điểm; đầy đủ: 1 điểm; chưa đầy đủ: 0,5 điểm; không thực hiện: 0 điểm"),
        leaf("1.6", "Sáng kiến, giải pháp mới trong CCHC", "1.5", Methods.yesNo("1.5", "0"),
            "Có: 1,5 điểm; Không: 0 điểm"));
  }

  /** Component 2: legal normative documents. */
  private static Node legalDocuments() {
    return component("2", "Xây dựng và tổ chức thực hiện văn bản quy phạm pháp luật tại tỉnh",
        "Making and implementing legal normative documents", "10",
        leaf("2.1", "Ban hành văn bản QPPL theo kế hoạch", "4", Methods.levels(Level.of("Thực hiện tốt", "4"),
            Level.of("Có thực hiện đầy đủ", "3"), Level.of("Thực hiện chưa đầy đủ", "1.5"),
            Level.of("Không thực hiện", "0")),
            "Thực hiện tốt: 4 điểm; đầy đủ: 3 điểm; chưa đầy đủ: 1,5 điểm; không thực hiện: 0 điểm"),
        leaf("2.2", "Rà soát, hệ thống hóa văn bản QPPL", "3", Methods.yesNo("3", "0"), "Có: 3 điểm; Không: 0 điểm"),
        leaf("2.3", "Tỷ lệ văn bản được kiểm tra, xử lý sau kiểm tra", "3",
            Methods.percentBands(exactly("100", "3"), between("80", "100", "1.5"), below("80", "0")),
            "100%: 3 điểm; từ 80% đến dưới 100%: 1,5 điểm; dưới 80%: 0 điểm"));
  }

  /** Component 3: administrative-procedure reform. */
  private static Node procedures() {
    return component("3", "Cải cách thủ tục hành chính", "Administrative-procedure reform", "14.5",
        leaf("3.1", "Tỷ lệ TTHC được công bố kịp thời", "3",
            Methods.percentBands(exactly("100", "3"), between("80", "100", "1.5"), below("80", "0")),
            "100%: 3 điểm; từ 80% đến dưới 100%: 1,5 điểm; dưới 80%: 0 điểm"),
        leaf("3.2", "Phương án đơn giản hóa TTHC được phê duyệt", "2", Methods.countTimesPoints("0.5"),
            "Mỗi quyết định phê duyệt phương án đơn giản hóa: 0,5 điểm, tối đa 2 điểm"),
        leaf("3.3", "Tỷ lệ cơ quan, đơn vị có Bộ phận Tiếp nhận và Trả kết quả", "3", Methods.proportional(),
            "Điểm = tỷ lệ % × 3"),
        leaf("3.4", "Tỷ lệ hồ sơ giải quyết đúng hạn", "4",
            Methods.percentBands(exactly("100", "4"), between("90", "100", "2"), below("90", "0")),
            "100%: 4 điểm; từ 90% đến dưới 100%: 2 điểm; dưới 90%: 0 điểm"),
        leaf("3.5", "Phản ánh, kiến nghị về TTHC bị quá hạn xử lý", "2.5", Methods.deductionPerEvent("0.5", "0"),
            "Mỗi phản ánh quá hạn trừ 0,5 điểm, tối đa 2,5 điểm"));
  }

  /** Component 4: organisational reform. */
  private static Node organisation() {
    return component("4", "Cải cách tổ chức bộ máy hành chính", "Organisational reform", "11",
        leaf("4.1", "Quy định chức năng, nhiệm vụ của các cơ quan chuyên môn", "3", Methods.yesNo("3", "0"),
            "Có: 3 điểm; Không: 0 điểm"),
        leaf("4.2", "Thực hiện biên chế được giao", "4", Methods.levels(Level.of("Đúng quy định", "4"),
            Level.of("Vượt biên chế", "0")), "Đúng quy định: 4 điểm; vượt biên chế: 0 điểm"),
        leaf("4.3", "Thực hiện phân cấp quản lý", "4", Methods.directPoints(), "Hội đồng chấm trực tiếp, tối đa 4 điểm"));
  }

  /** Component 5: the civil-servant workforce. */
  private static Node workforce() {
    return component("5", "Xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức",
        "Civil-servant workforce quality", "16",
        leaf("5.1", "Xác định cơ cấu ngạch công chức", "2", Methods.yesNo("2", "0"), "Có: 2 điểm; Không: 0 điểm"),
        leaf("5.2", "Tỷ lệ thí sinh đạt kỳ thi nâng ngạch", "3", Methods.proportional(), "Điểm = tỷ lệ % × 3"),
        leaf("5.3", "Thực hiện kế hoạch đào tạo, bồi dưỡng", "4",
            Methods.percentBands(exactly("100", "4"), between("80", "100", "2"), below("80", "0")),
            "100%: 4 điểm; từ 80% đến dưới 100%: 2 điểm; dưới 80%: 0 điểm"),
        leaf("5.4", "Đánh giá, phân loại công chức", "2", Methods.directPoints(), "Chấm trực tiếp, tối đa 2 điểm"),
        leaf("5.5", "Công chức bị kỷ luật", "2", Methods.deductionPerEvent("1", "0"),
            "Mỗi trường hợp bị kỷ luật trừ 1 điểm"),
        leaf("5.6", "Tỷ lệ công chức cấp xã đạt chuẩn", "3",
            Methods.percentBands(exactly("100", "3"), between("90", "100", "1.5"), below("90", "0")),
            "100%: 3 điểm; từ 90% đến dưới 100%: 1,5 điểm; dưới 90%: 0 điểm"));
  }

  /** Component 6: public-finance reform. */
  private static Node publicFinance() {
    return component("6", "Cải cách tài chính công", "Public-finance reform", "7",
        leaf("6.1", "Giao quyền tự chủ tài chính cho cơ quan, đơn vị", "3", Methods.levels(
            Level.of("Thực hiện tốt", "3"), Level.of("Có thực hiện đầy đủ", "2"),
            Level.of("Thực hiện chưa đầy đủ", "1"), Level.of("Không thực hiện", "0")),
            "Thực hiện tốt: 3 điểm; đầy đủ: 2 điểm; chưa đầy đủ: 1 điểm; không thực hiện: 0 điểm"),
        leaf("6.2", "Ban hành chương trình thực hành tiết kiệm", "2", Methods.yesNo("2", "0"),
            "Có: 2 điểm; Không: 0 điểm"),
        leaf("6.3", "Quản lý, sử dụng tài sản công", "2", Methods.directPoints(), "Chấm trực tiếp, tối đa 2 điểm"));
  }

  /** Component 7: administrative modernisation. */
  private static Node modernisation() {
    return component("7", "Hiện đại hóa hành chính", "Administrative modernisation", "16",
        leaf("7.1", "Ban hành kế hoạch ứng dụng CNTT", "2", Methods.deadline("2", "1", "0"),
            "Ban hành đúng thời hạn: 2 điểm; chậm: 1 điểm; không ban hành: 0 điểm"),
        leaf("7.2", "Tỷ lệ công chức được cấp và sử dụng thư điện tử công vụ", "4",
            Methods.percentBands(exactly("100", "4"), between("80", "100", "3"), between("50", "80", "1.5"),
                below("50", "0")),
            "100%: 4 điểm; từ 80% đến dưới 100%: 3 điểm; từ 50% đến dưới 80%: 1,5 điểm; dưới 50%: 0 điểm"),
        leaf("7.3", "Dịch vụ công trực tuyến mức độ 3, 4", "4", Methods.countTimesPoints("0.05"),
            "Mỗi dịch vụ: 0,05 điểm, tối đa 4 điểm"),
        leaf("7.4", "Tỷ lệ cơ quan áp dụng ISO 9001", "3",
            Methods.percentBands(atLeast("100", "3"), between("80", "100", "1.5"), below("80", "0")),
            "100%: 3 điểm; từ 80% đến dưới 100%: 1,5 điểm; dưới 80%: 0 điểm"),
        leaf("7.5", "Sử dụng phần mềm quản lý văn bản", "3", Methods.directPoints(), "Chấm trực tiếp, tối đa 3 điểm"));
  }

  /** Component 8: impact on people and the economy (SIPAS among it). */
  private static Node impact() {
    return component("8", "Tác động của CCHC đến người dân, tổ chức và phát triển kinh tế - xã hội của tỉnh",
        "Impact of PAR on people, organisations and socio-economic development", "15.5",
        Node.builder().code("8.1").name("Chỉ số hài lòng của người dân, tổ chức (SIPAS)")
            .gloss("Citizens' satisfaction (SIPAS)").maxPoints(BigDecimal.TEN)
            .source(PointSource.CITIZENS_SURVEY).method(Methods.surveyShare())
            .scoringText("Chỉ số SIPAS / 100 × 10").provenance(MADE_UP).build(),
        Node.builder().code("8.2").name("Tác động đến phát triển kinh tế - xã hội").maxPoints(new BigDecimal("5.5"))
            .source(PointSource.OUTCOME_DATA).method(Methods.directPoints())
            .scoringText("Chấm theo số liệu thống kê, tối đa 5,5 điểm").provenance(MADE_UP).build());
  }

  /**
   * Tiền Giang's 2017 assessment. Answers that come from the 21/12/2017 article cite it as evidence; the rest are
   * illustrative.
   */
  public static Assessment tienGiang2017() {
    String article = "Bài viết 21/12/2017 về CCHC tỉnh Tiền Giang (docs/reference/seed-facts.md)";
    return Assessment.builder()
        .unit(AdministrativeUnit.builder().code("TG").name("Tiền Giang").level(UnitLevel.PROVINCE)
            .validUntil(LocalDate.of(2025, 6, 30)).build())
        .ruleSetId(RULE_SET_ID)
        .year(2017)
        .addInputs(LeafInput.self("1.1", Answer.deadline(Answer.Timeliness.ON_TIME)))
        .addInputs(LeafInput.self("1.2", Answer.percent("92")))
        .addInputs(LeafInput.self("1.3", Answer.deadline(Answer.Timeliness.LATE)))
        .addInputs(LeafInput.self("1.4", Answer.count(5)))
        .addInputs(LeafInput.self("1.5", Answer.level("Có thực hiện đầy đủ")))
        .addInputs(LeafInput.self("1.6", Answer.yes()))
        .addInputs(LeafInput.builder().code("2.1").selfAssessed(Answer.level("Thực hiện tốt"))
            .addEvidence(Evidence.of(article, "24 nghị quyết và 36 quyết định QPPL ban hành năm 2017")).build())
        .addInputs(LeafInput.builder().code("2.2").selfAssessed(Answer.yes())
            .addEvidence(Evidence.of(article, "rà soát 1.388 văn bản, kiến nghị xử lý 436 văn bản")).build())
        .addInputs(LeafInput.self("2.3", Answer.percent("100")))
        // The article reports 1,124 procedures announced in 54 decisions; that all were on time is illustrative.
        .addInputs(LeafInput.builder().code("3.1").selfAssessed(Answer.rate(1124, 1124))
            .addEvidence(Evidence.of(article, "54 quyết định công bố 1.124 TTHC")).build())
        .addInputs(LeafInput.builder().code("3.2").selfAssessed(Answer.count(7))
            .addEvidence(Evidence.of(article, "7 quyết định phê duyệt phương án đơn giản hóa")).build())
        // One-stop desks in 18/18 departments, 11/11 district-level units and 173/173 communes: 202 of 202.
        .addInputs(LeafInput.builder().code("3.3").selfAssessed(Answer.rate(202, 202))
            .addEvidence(Evidence.of(article, "18/18 sở, 11/11 huyện, 173/173 xã")).build())
        .addInputs(LeafInput.self("3.4", Answer.percent("96.5")))
        .addInputs(LeafInput.self("3.5", Answer.count(1)))
        .addInputs(LeafInput.self("4.1", Answer.yes()))
        .addInputs(LeafInput.self("4.2", Answer.level("Đúng quy định")))
        .addInputs(LeafInput.builder().code("4.3").selfAssessed(Answer.points("4"))
            .appraisal(Appraisal.ofPoints("3", "Chưa ban hành quy định phân cấp trong lĩnh vực đất đai")
                .by("Hội đồng thẩm định (minh họa)"))
            .missingEvidenceNote("Quyết định phân cấp đang trình ký").build())
        .addInputs(LeafInput.self("5.1", Answer.yes()))
        .addInputs(LeafInput.self("5.2", Answer.rate(40, 45)))
        // Training plan 3765/QĐ-UBND (12/12/2016); 29 postgraduates, 11 leadership courses, ~3,000 attendances.
        .addInputs(LeafInput.builder().code("5.3").selfAssessed(Answer.percent("100"))
            .addEvidence(Evidence.of("3765/QĐ-UBND", "kế hoạch đào tạo, bồi dưỡng năm 2017")).build())
        .addInputs(LeafInput.self("5.4", Answer.points("1.75")))
        .addInputs(LeafInput.self("5.5", Answer.count(0)))
        .addInputs(LeafInput.self("5.6", Answer.percent("93")))
        .addInputs(LeafInput.self("6.1", Answer.level("Có thực hiện đầy đủ")))
        .addInputs(LeafInput.self("6.2", Answer.yes()))
        .addInputs(LeafInput.self("6.3", Answer.points("1.5")))
        .addInputs(LeafInput.builder().code("7.1").selfAssessed(Answer.deadline(Answer.Timeliness.ON_TIME))
            .addEvidence(Evidence.of("125/KH-UBND", "kế hoạch ứng dụng CNTT, 11/5/2017")).build())
        // Official e-mail accounts for 7,234 of 7,436 officials (97%).
        .addInputs(LeafInput.builder().code("7.2").selfAssessed(Answer.rate(7234, 7436))
            .addEvidence(Evidence.of(article, "7.234/7.436 công chức có thư điện tử công vụ")).build())
        .addInputs(LeafInput.self("7.3", Answer.count(60)))
        .addInputs(LeafInput.self("7.4", Answer.percent("85")))
        .addInputs(LeafInput.self("7.5", Answer.points("2.5")))
        .addInputs(LeafInput.measured("8.1", Answer.percent("84.73")))
        .addInputs(LeafInput.self("8.2", Answer.points("4.25")))
        .build();
  }

  private static Node component(String code, String name, String gloss, String max, Node... leaves) {
    return Node.builder().code(code).name(name).gloss(gloss).maxPoints(new BigDecimal(max))
        .legalReference(DECISION).provenance(COMPONENT).children(List.of(leaves)).build();
  }

  private static Node leaf(String code, String name, String max, ScoringMethod method, String scoringText) {
    return Node.builder().code(code).name(name).maxPoints(new BigDecimal(max)).source(PointSource.APPRAISAL)
        .method(method).scoringText(scoringText).provenance(MADE_UP).build();
  }
}
