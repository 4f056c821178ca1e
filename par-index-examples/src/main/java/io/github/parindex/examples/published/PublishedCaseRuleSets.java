package io.github.parindex.examples.published;

import io.github.parindex.method.Methods;
import io.github.parindex.model.GradeBand;
import io.github.parindex.model.GradeScale;
import io.github.parindex.model.LegalReference;
import io.github.parindex.model.Node;
import io.github.parindex.model.NodeRole;
import io.github.parindex.model.PointSource;
import io.github.parindex.model.Provenance;
import io.github.parindex.model.ProvenanceStatus;
import io.github.parindex.model.RoundingPolicy;
import io.github.parindex.model.RoundingStage;
import io.github.parindex.model.RuleSet;
import io.github.parindex.model.UnitLevel;
import io.github.parindex.model.YearRange;
import io.github.parindex.rules.RuleSetProvider;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * Rule sets for the published cases that the bundled official sets do not cover, built only to the depth the
 * publications show (the parts and their maxima) and labelled INCOMPLETE or ILLUSTRATIVE. Registered as a
 * {@link RuleSetProvider}, so case files find them by id like any official set.
 *
 * <p>Ninh Thuận 2022 needs no set here: it uses the bundled {@code vn-bnv-876-province}.
 *
 * <pre>{@code
 * RuleSet bd = PublishedCaseRuleSets.binhDuong2017Districts();
 * RuleSetRegistry.load().find("example-binh-duong-2017-district");   // found through this provider
 * }</pre>
 */
public final class PublishedCaseRuleSets implements RuleSetProvider {

  @Override
  public List<RuleSet> ruleSets() {
    return List.of(binhDuong2017Districts(), tienGiang2020WithBonus(), namDinh2020());
  }

  private static Node leaf(String code, String name, String max, PointSource source) {
    return Node.builder().code(code).name(name).maxPoints(new BigDecimal(max)).source(source)
        .method(Methods.directPoints()).build();
  }

  /**
   * Bình Dương 2017, districts: Điểm thẩm định (/65) + Điểm ĐTXHH (/35) = Tổng điểm (/100) = Chỉ số, as the published
   * 2017 results show (provincial-sets.md 3.2). INCOMPLETE: only the two parts are known; the decision that governed
   * 2017 (2071/QĐ-UBND, the bundled {@code vn-binh-duong-2071-2018-district}, applies from 2018), the grades and the
   * rounding rule are not known (2 decimals half up is assumed; every published figure here has at most 2 decimals).
   */
  public static RuleSet binhDuong2017Districts() {
    return RuleSet.builder()
        .id("example-binh-duong-2017-district")
        .title("Chỉ số CCHC cấp huyện, Bình Dương 2017 (two published parts only)")
        .issuer("UBND tỉnh Bình Dương")
        .legalBasis(LegalReference.of("Kết quả Chỉ số CCHC năm 2017 (Bình Dương)"))
        .addAppliesTo(UnitLevel.DISTRICT).years(YearRange.of(2017, 2017))
        .maxTotal(new BigDecimal("100"))
        .rounding(RoundingPolicy.halfUp(2))
        .provenance(Provenance.of(ProvenanceStatus.INCOMPLETE,
            "Parts and maxima (appraisal 65 + survey 35) read from the published 2017 district results; the criteria"
                + " below them, the grades and the rounding rule are not known (2 decimals half up assumed)."))
        .addNodes(leaf("TD", "Điểm thẩm định", "65", PointSource.APPRAISAL))
        .addNodes(leaf("DT", "Điểm điều tra xã hội học", "35", PointSource.LEADERS_SURVEY))
        .build();
  }

  /**
   * Tiền Giang 2020 (Công văn 5942, 08/12/2020; provincial-sets.md 3.3): published totals above 100 (Cục Thuế 102.50,
   * Kho bạc 102.22, Chợ Gạo 100.14, Cai Lậy 100.09), so bonus points can lift the total and the index above the
   * maximum. ILLUSTRATIVE: the structure below (a base score out of 100 and a bonus capped at 5) is chosen to show the
   * mechanism; the real criteria, the bonus items and their cap are not known.
   */
  public static RuleSet tienGiang2020WithBonus() {
    return RuleSet.builder()
        .id("example-tien-giang-2020-bonus")
        .title("Chỉ số CCHC Tiền Giang 2020 (illustrative base + bonus)")
        .issuer("UBND tỉnh Tiền Giang")
        .legalBasis(LegalReference.of("Công văn 5942 (Tiền Giang)", LocalDate.of(2020, 12, 8)))
        .addAppliesTo(UnitLevel.DEPARTMENT).addAppliesTo(UnitLevel.CENTRAL_AGENCY_IN_PROVINCE)
        .addAppliesTo(UnitLevel.DISTRICT)
        .years(YearRange.of(2020, 2020))
        .maxTotal(new BigDecimal("100"))
        .allowAboveMaximum(true)
        .rounding(RoundingPolicy.halfUp(2))
        .provenance(Provenance.of(ProvenanceStatus.ILLUSTRATIVE,
            "Only the totals are published (some above 100, hence bonus points). The split into a base score /100"
                + " and a bonus capped at 5 is chosen for the example; the bonus cap is not known."))
        .addNodes(leaf("CS", "Điểm đánh giá (base, illustrative)", "100", PointSource.APPRAISAL))
        .addNodes(Node.builder().code("TH").name("Điểm thưởng (bonus, illustrative cap)")
            .maxPoints(new BigDecimal("5")).role(NodeRole.BONUS).source(PointSource.APPRAISAL)
            .method(Methods.directPoints()).build())
        .build();
  }

  /**
   * Nam Định 2020 (Thông báo 118/TB-UBND; provincial-sets.md 3.5): the sở average 62.62 / 70 is published as 89.45%
   * (62.62 / 70 = 89.457…: truncated), the district average 61.46 / 70 as 87.80%. Grade bands differ by block: sở
   * Nhóm I from 90%, Nhóm II 80 to under 90%; districts Nhóm I from 80%, Nhóm II 70 to under 80%. INCOMPLETE: one
   * part out of 70 as the published averages imply; whether a survey part completes it is not known.
   */
  public static RuleSet namDinh2020() {
    return RuleSet.builder()
        .id("example-nam-dinh-2020")
        .title("Chỉ số CCHC Nam Định 2020 (one part /70, index truncated)")
        .issuer("UBND tỉnh Nam Định")
        .legalBasis(LegalReference.of("118/TB-UBND"))
        .addAppliesTo(UnitLevel.DEPARTMENT).addAppliesTo(UnitLevel.DISTRICT)
        .years(YearRange.of(2020, 2020))
        .maxTotal(new BigDecimal("70"))
        .rounding(RoundingPolicy.of(2, RoundingMode.HALF_UP, 2, RoundingMode.DOWN, RoundingStage.PUBLISHED_FIGURE))
        .putGradesByBlock("Sở", GradeScale.of(GradeBand.of("Nhóm I", "90", "từ 90% trở lên"),
            GradeBand.of("Nhóm II", "80", "từ 80% đến dưới 90%")))
        .putGradesByBlock("Huyện", GradeScale.of(GradeBand.of("Nhóm I", "80", "từ 80% trở lên"),
            GradeBand.of("Nhóm II", "70", "từ 70% đến dưới 80%")))
        .provenance(Provenance.of(ProvenanceStatus.INCOMPLETE,
            "Maximum 70 and truncation of the index inferred from the published averages (62.62 / 70 published as"
                + " 89.45%, 61.46 / 70 as 87.80%); grade bands per block as published; criteria not known."))
        .addNodes(leaf("TD", "Điểm thẩm định", "70", PointSource.APPRAISAL))
        .build();
  }
}
