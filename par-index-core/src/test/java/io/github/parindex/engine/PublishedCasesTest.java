package io.github.parindex.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.parindex.method.Answer;
import io.github.parindex.method.Methods;
import io.github.parindex.model.AdministrativeUnit;
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

  static RuleSet twoPartSet(String id, String first, String second, RoundingPolicy rounding, boolean aboveMax,
      GradeScale grades, UnitLevel level, int year) {
    BigDecimal a = new BigDecimal(first);
    BigDecimal b = new BigDecimal(second);
    return RuleSet.builder()
        .id(id).title(id).issuer("test").legalBasis(LegalReference.of("test"))
        .addAppliesTo(level).years(YearRange.of(year, year))
        .maxTotal(a.add(b)).rounding(rounding).allowAboveMaximum(aboveMax).grades(grades)
        .provenance(Provenance.of(ProvenanceStatus.ILLUSTRATIVE, "structure at the depth published"))
        .addNodes(Node.builder().code("1").name("Điểm thẩm định").maxPoints(a)
            .addChildren(leaf("1.1", "Điểm thẩm định", first, PointSource.APPRAISAL)).build())
        .addNodes(Node.builder().code("2").name("Điểm điều tra xã hội học").maxPoints(b)
            .addChildren(Node.builder().code("2.1").name("Điều tra xã hội học").maxPoints(b)
                .source(PointSource.LEADERS_SURVEY).method(Methods.directPoints()).build()).build())
        .build();
  }

  /**
   * Nam Định 2020 (Thông báo 118/TB-UBND, provincial-sets.md §3.5): departments' appraised average 62.62 of 70
   * published as 89.45%. 62.62 / 70 × 100 = 89.457142…, so the published index is truncated (DOWN), not rounded
   * (HALF_UP would give 89.46).
   */
  @Test
  void namDinh2020IndexIsTruncated() {
    RuleSet truncating = RuleSet.builder()
        .id("test-nam-dinh-2020").title("Nam Định sở 2020 (appraised part)").issuer("UBND tỉnh Nam Định")
        .legalBasis(LegalReference.of("118/TB-UBND")).addAppliesTo(UnitLevel.DEPARTMENT).years(YearRange.of(2020, 2020))
        .maxTotal(new BigDecimal("70"))
        .rounding(RoundingPolicy.of(2, java.math.RoundingMode.HALF_UP, 2, java.math.RoundingMode.DOWN,
            io.github.parindex.model.RoundingStage.LEAF))
        .grades(GradeScale.of(GradeBand.of("Nhóm I", "90", "từ 90% trở lên"), GradeBand.of("Nhóm II", "80", "80 - <90%")))
        .provenance(Provenance.of(ProvenanceStatus.ILLUSTRATIVE, "only the appraised total is modelled"))
        .addNodes(Node.builder().code("1").name("Điểm thẩm định").maxPoints(new BigDecimal("70"))
            .addChildren(leaf("1.1", "Điểm thẩm định", "70", PointSource.APPRAISAL)).build())
        .build();
    Assessment a = Assessment.builder().unit(AdministrativeUnit.of("ND-SO", "Sở (trung bình)", UnitLevel.DEPARTMENT))
        .ruleSetId(truncating.id()).year(2020).addInputs(LeafInput.self("1.1", Answer.points("62.62"))).build();

    Scorecard card = Engine.score(truncating, a);
    assertThat(card.index()).isEqualByComparingTo("89.45");
    assertThat(card.grade().map(GradeBand::label)).contains("Nhóm II");
    assertThat(card.roundingSteps()).singleElement().satisfies(step -> {
      assertThat(step.before().toPlainString()).startsWith("89.457142857");
      assertThat(step.mode()).isEqualTo(java.math.RoundingMode.DOWN);
    });

    Scorecard rounded = Engine.score(truncating.withRounding(RoundingPolicy.halfUp(2)), a);
    assertThat(rounded.index()).isEqualByComparingTo("89.46");
  }

  /**
   * A unit whose maximum is 71.5 because items do not apply: a 100-point set where criteria worth 28.5 points (a
   * 10-point survey not run, plus 18.5 points of appraised criteria) are marked not applicable. Index = points /
   * effective maximum: 64.35 / 71.5 × 100 = 90.00 (64.35 = 0.9 × 71.5), so grade A although 64.35 < 90 points.
   */
  @Test
  void notApplicableItemsAreRemovedFromTheMaximum() {
    RuleSet rs = RuleSet.builder()
        .id("test-na").title("N/A test").issuer("test").legalBasis(LegalReference.of("test"))
        .addAppliesTo(UnitLevel.DEPARTMENT).years(YearRange.of(2024, 2024)).maxTotal(new BigDecimal("100"))
        .rounding(RoundingPolicy.halfUp(2))
        .grades(GradeScale.of(GradeBand.of("A", "90", "từ 90% trở lên"), GradeBand.of("B", "80", "80 - <90%")))
        .provenance(Provenance.of(ProvenanceStatus.ILLUSTRATIVE, "test"))
        .addNodes(Node.builder().code("1").name("Thẩm định").maxPoints(new BigDecimal("90"))
            .addChildren(leaf("1.1", "a", "50", PointSource.APPRAISAL))
            .addChildren(leaf("1.2", "b", "21.5", PointSource.APPRAISAL))
            .addChildren(leaf("1.3", "c", "18.5", PointSource.APPRAISAL)).build())
        .addNodes(Node.builder().code("2").name("Khảo sát").maxPoints(BigDecimal.TEN)
            .addChildren(leaf("2.1", "SIPAS", "10", PointSource.CITIZENS_SURVEY)).build())
        .build();
    Assessment a = Assessment.builder().unit(AdministrativeUnit.of("X", "Sở X", UnitLevel.DEPARTMENT))
        .ruleSetId(rs.id()).year(2024)
        .addInputs(LeafInput.self("1.1", Answer.points("45")))
        .addInputs(LeafInput.self("1.2", Answer.points("19.35")))
        .addInputs(LeafInput.notApplicable("1.3", "Không có đơn vị sự nghiệp trực thuộc"))
        .addInputs(LeafInput.notApplicable("2", "Không tổ chức khảo sát"))
        .build();

    Scorecard card = Engine.score(rs, a);
    assertThat(card.maximum()).isEqualByComparingTo("100");
    assertThat(card.effectiveMaximum()).isEqualByComparingTo("71.5");
    assertThat(card.totalPoints()).isEqualByComparingTo("64.35");
    assertThat(card.index()).isEqualByComparingTo("90.00");
    assertThat(card.grade().map(GradeBand::label)).contains("A");
    NodeScore survey = card.node("2").orElseThrow();
    assertThat(survey.applicable()).isFalse();
    assertThat(survey.index()).isEmpty();
    assertThat(card.node("2.1").orElseThrow().explanation().orElseThrow().basis())
        .isEqualTo("not applicable: Không tổ chức khảo sát (criterion 2 does not apply)");
    assertThat(card.node("1").orElseThrow().effectiveMaximum()).isEqualByComparingTo("71.5");
  }

  /**
   * Tiền Giang 2020 (Công văn 5942, provincial-sets.md §3.3): Cục Thuế tỉnh 102.50 and Kho bạc Nhà nước tỉnh 102.22,
   * above 100 through bonus points. Published: the totals only. The split into base and bonus below is illustrative
   * (base 97.50 + bonus 5.00 = 102.50; base 99.22 + bonus 3.00 = 102.22); the rule set allows the total above 100.
   */
  @Test
  void tienGiang2020BonusLiftsTheTotalAbove100() {
    RuleSet rs = RuleSet.builder()
        .id("test-tien-giang-2020").title("Tiền Giang 2020 (illustrative)").issuer("UBND tỉnh Tiền Giang")
        .legalBasis(LegalReference.of("5942/UBND-KSTT")).addAppliesTo(UnitLevel.CENTRAL_AGENCY_IN_PROVINCE)
        .years(YearRange.of(2020, 2020)).maxTotal(new BigDecimal("100")).rounding(RoundingPolicy.halfUp(2))
        .allowAboveMaximum(true)
        .provenance(Provenance.of(ProvenanceStatus.ILLUSTRATIVE, "base + bonus split is illustrative"))
        .addNodes(Node.builder().code("1").name("Kết quả CCHC").maxPoints(new BigDecimal("100"))
            .addChildren(leaf("1.1", "Điểm thẩm định", "100", PointSource.APPRAISAL)).build())
        .addNodes(Node.builder().code("B").name("Điểm thưởng").maxPoints(new BigDecimal("5"))
            .role(io.github.parindex.model.NodeRole.BONUS)
            .addChildren(Node.builder().code("B.1").name("Sáng kiến CCHC").maxPoints(new BigDecimal("5"))
                .role(io.github.parindex.model.NodeRole.BONUS).source(PointSource.APPRAISAL)
                .method(Methods.directPoints()).build()).build())
        .build();
    Scorecard thue = Engine.score(rs, Assessment.builder()
        .unit(AdministrativeUnit.of("TG-CT", "Cục Thuế tỉnh", UnitLevel.CENTRAL_AGENCY_IN_PROVINCE))
        .ruleSetId(rs.id()).year(2020)
        .addInputs(LeafInput.self("1.1", Answer.points("97.50")), LeafInput.self("B.1", Answer.points("5.00")))
        .build());
    assertThat(thue.totalPoints()).isEqualByComparingTo("102.50");
    assertThat(thue.index()).isEqualByComparingTo("102.50");
    assertThat(thue.effectiveMaximum()).isEqualByComparingTo("100");

    Scorecard khoBac = Engine.score(rs, Assessment.builder()
        .unit(AdministrativeUnit.of("TG-KB", "Kho bạc Nhà nước tỉnh", UnitLevel.CENTRAL_AGENCY_IN_PROVINCE))
        .ruleSetId(rs.id()).year(2020)
        .addInputs(LeafInput.self("1.1", Answer.points("99.22")), LeafInput.self("B.1", Answer.points("3")))
        .build());
    assertThat(khoBac.index()).isEqualByComparingTo("102.22");

    // The same inputs under a rule set that does not let bonus lift the total: capped at 100, and said so.
    RuleSet capped = RuleSet.builder().from(rs).allowAboveMaximum(false).build();
    Scorecard cappedThue = Engine.score(capped, Assessment.builder().unit(thue.unit()).ruleSetId(rs.id()).year(2020)
        .addInputs(LeafInput.self("1.1", Answer.points("97.50")), LeafInput.self("B.1", Answer.points("5.00")))
        .build());
    assertThat(cappedThue.index()).isEqualByComparingTo("100.00");
    assertThat(cappedThue.arithmetic()).anySatisfy(line -> assertThat(line).contains("does not let bonus points lift"));
  }

  /**
   * Bình Dương 2017 districts (provincial-sets.md §3.2): appraisal / 65 + survey / 35 = total = index. All nine
   * rows, the ranks, and the published mean 78.39 (sum 705.49 / 9 = 78.3877…). Phú Giáo has a higher appraisal (46)
   * than Dầu Tiếng (44) but ranks below it on the total (76.03 < 76.22).
   */
  @Test
  void binhDuong2017DistrictsTotalsAndRanks() {
    RuleSet rs = twoPartSet("test-binh-duong-2017", "65", "35", RoundingPolicy.halfUp(2), false, GradeScale.none(),
        UnitLevel.DISTRICT, 2017);
    String[][] rows = {
        {"TDM", "Thành phố Thủ Dầu Một", "51.75", "32.83", "84.58", "1"},
        {"TU", "Thị xã Tân Uyên", "48.75", "33.25", "82.00", "2"},
        {"BB", "Huyện Bàu Bàng", "47.45", "32.82", "80.27", "3"},
        {"TA", "Thị xã Thuận An", "46.8", "32.24", "79.04", "4"},
        {"DA", "Thị xã Dĩ An", "46.5", "31.56", "78.06", "5"},
        {"BC", "Thị xã Bến Cát", "45.75", "32.08", "77.83", "6"},
        {"DT", "Huyện Dầu Tiếng", "44", "32.22", "76.22", "7"},
        {"PG", "Huyện Phú Giáo", "46", "30.03", "76.03", "8"},
        {"BTU", "Huyện Bắc Tân Uyên", "40.45", "31.01", "71.46", "9"}};
    java.util.List<Scorecard> cards = new java.util.ArrayList<>();
    for (String[] r : rows) {
      Scorecard card = Engine.score(rs, Assessment.builder()
          .unit(AdministrativeUnit.builder().code(r[0]).name(r[1]).level(UnitLevel.DISTRICT).block("Huyện").build())
          .ruleSetId(rs.id()).year(2017)
          .addInputs(LeafInput.self("1.1", Answer.points(r[2])), LeafInput.measured("2.1", Answer.points(r[3])))
          .build());
      assertThat(card.totalPoints()).as(r[1]).isEqualByComparingTo(r[4]);
      assertThat(card.index()).as(r[1]).isEqualByComparingTo(r[4]);
      cards.add(card);
    }
    java.util.Collections.reverse(cards); // order of input must not matter
    Ranking ranking = Ranking.of(cards, Ranking.Scope.BLOCK, Ranking.TieRule.SHARED);
    for (String[] r : rows) {
      assertThat(ranking.rankOf(r[0])).as(r[1]).contains(Integer.parseInt(r[5]));
    }
    assertThat(ranking.meanIndex("Huyện").setScale(2, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo("78.39");
  }
}
