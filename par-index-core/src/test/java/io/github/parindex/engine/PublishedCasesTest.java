package io.github.parindex.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.parindex.method.Methods;
import io.github.parindex.model.AdministrativeUnit;
import io.github.parindex.model.Answer;
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
import io.github.parindex.model.RuleSet;
import io.github.parindex.model.UnitLevel;
import io.github.parindex.model.YearRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Published results reproduced exactly; sources in docs/reference (copied from the project's reference notes). */
class PublishedCasesTest {

  static Node leaf(String code, String name, String max, PointSource source) {
    return Node.builder().code(code).name(name).maxPoints(new BigDecimal(max)).source(source)
        .method(source.isSurvey() ? Methods.surveyShare() : Methods.directPoints()).build();
  }

  /**
   * Ninh Thuận, PAR Index 2022 (876/QĐ-BNV): appraisal 54.2/61.5; impact 31.59/38.5 = SIPAS 8.23/10 + leaders'
   * survey 18.05/22 + socio-economic 5.31/6.5; published total 85.78, although 54.2 + 31.59 = 85.79.
   *
   * <p>Rule stated: every published figure is rounded half up to 2 decimals from unrounded values
   * ({@code PUBLISHED_FIGURE}). The unrounded inputs below are not published; they are one decomposition consistent
   * with every published figure: appraisal 54.196 (→ 54.20), SIPAS 82.30% (→ 8.23), leaders 18.05, socio-economic
   * 5.306 (→ 5.31); impact 31.586 (→ 31.59); total 85.782 (→ 85.78). Hand check: 54.196 + 8.23 + 18.05 + 5.306 =
   * 85.782. The published component indices (88.13%, 82.05%) are computed from the published points (54.2 / 61.5,
   * 31.59 / 38.5), not from the unrounded ones (54.196 / 61.5 = 88.12%), which fixes the rule for indices too.
   */
  @Test
  void ninhThuan2022ReproducesThePublishedTotalWhosePartsAddToOneCentMore() {
    RuleSet rs = RuleSet.builder()
        .id("test-876-split").title("876 split (test)").issuer("Bộ Nội vụ")
        .legalBasis(LegalReference.of("876/QĐ-BNV", LocalDate.of(2022, 11, 10)))
        .addAppliesTo(UnitLevel.PROVINCE).years(YearRange.of(2022, 2023))
        .maxTotal(new BigDecimal("100")).rounding(RoundingPolicy.halfUp(2))
        .grades(GradeScale.of(GradeBand.of("A", "90", "từ 90% trở lên"), GradeBand.of("B", "80", "80 - dưới 90%"),
            GradeBand.of("C", "70", "70 - dưới 80%")))
        .provenance(Provenance.of(ProvenanceStatus.CONFIRMED, "maxima from Ninh Thuận 2022 breakdown"))
        .addNodes(Node.builder().code("I").name("Điểm thẩm định").maxPoints(new BigDecimal("61.5"))
            .addChildren(leaf("I.1", "Điểm thẩm định", "61.5", PointSource.APPRAISAL)).build())
        .addNodes(Node.builder().code("II").name("Điểm đánh giá tác động").maxPoints(new BigDecimal("38.5"))
            .addChildren(leaf("II.1", "SIPAS", "10", PointSource.CITIZENS_SURVEY))
            .addChildren(Node.builder().code("II.2").name("Khảo sát lãnh đạo, quản lý").maxPoints(new BigDecimal("22"))
                .source(PointSource.LEADERS_SURVEY).method(Methods.directPoints()).build())
            .addChildren(leaf("II.3", "Tác động đến phát triển KT-XH", "6.5", PointSource.OUTCOME_DATA))
            .build())
        .build();
    Assessment a = Assessment.builder()
        .unit(AdministrativeUnit.of("NT", "Ninh Thuận", UnitLevel.PROVINCE))
        .ruleSetId(rs.id()).year(2022)
        .addInputs(LeafInput.self("I.1", Answer.points("54.196")))
        .addInputs(LeafInput.measured("II.1", Answer.percent("82.30")))
        .addInputs(LeafInput.measured("II.2", Answer.points("18.05")))
        .addInputs(LeafInput.self("II.3", Answer.points("5.306")))
        .build();

    Scorecard card = Engine.score(rs, a);

    assertThat(card.node("I").orElseThrow().points()).isEqualByComparingTo("54.20");
    assertThat(card.node("II").orElseThrow().points()).isEqualByComparingTo("31.59");
    assertThat(card.node("II.1").orElseThrow().points()).isEqualByComparingTo("8.23");
    assertThat(card.node("II.3").orElseThrow().points()).isEqualByComparingTo("5.31");
    assertThat(card.totalPoints()).isEqualByComparingTo("85.78");
    assertThat(card.index()).isEqualByComparingTo("85.78");
    assertThat(card.grade().map(GradeBand::label)).contains("B");
    // 54.2 / 61.5 = 88.13%, 31.59 / 38.5 = 82.05% as published
    assertThat(card.node("I").orElseThrow().index().orElseThrow()).isEqualByComparingTo("88.13");
    assertThat(card.node("II").orElseThrow().index().orElseThrow()).isEqualByComparingTo("82.05");
  }
}
