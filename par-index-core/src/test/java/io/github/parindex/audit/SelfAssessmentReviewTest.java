package io.github.parindex.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.parindex.engine.Engine;
import io.github.parindex.engine.Scorecard;
import io.github.parindex.method.Answer;
import io.github.parindex.method.Methods;
import io.github.parindex.model.AdministrativeUnit;
import io.github.parindex.model.Appraisal;
import io.github.parindex.model.Assessment;
import io.github.parindex.model.Evidence;
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

class SelfAssessmentReviewTest {

  static Node leaf(String code, String name, String max, PointSource source) {
    return Node.builder().code(code).name(name).maxPoints(new BigDecimal(max)).source(source)
        .method(Methods.directPoints()).build();
  }

  final RuleSet rs = RuleSet.builder().id("test-review").title("review").issuer("test")
      .legalBasis(LegalReference.of("0/TEST", LocalDate.of(2020, 1, 1)))
      .addAppliesTo(UnitLevel.DEPARTMENT).years(YearRange.of(2020, 2020)).maxTotal(new BigDecimal("10"))
      .rounding(RoundingPolicy.halfUp(2)).provenance(Provenance.of(ProvenanceStatus.ILLUSTRATIVE, "test"))
      .addNodes(Node.builder().code("1").name("Công tác chỉ đạo").maxPoints(new BigDecimal("6"))
          .addChildren(leaf("1.1", "Kế hoạch CCHC", "2", PointSource.APPRAISAL))
          .addChildren(leaf("1.2", "Báo cáo định kỳ", "2", PointSource.APPRAISAL))
          .addChildren(leaf("1.3", "Kiểm tra CCHC", "2", PointSource.APPRAISAL)).build())
      .addNodes(Node.builder().code("2").name("Khảo sát").maxPoints(new BigDecimal("4"))
          .addChildren(leaf("2.1", "Khảo sát lãnh đạo", "4", PointSource.LEADERS_SURVEY)).build())
      .build();

  final Assessment a = Assessment.builder()
      .unit(AdministrativeUnit.of("STC", "Sở Tài chính", UnitLevel.DEPARTMENT)).ruleSetId(rs.id()).year(2020)
      // 1.1: self 2, appraised 1.5 (difference −0.5), evidence cited
      .addInputs(LeafInput.builder().code("1.1").selfAssessed(Answer.points("2"))
          .appraisal(Appraisal.ofPoints("1.5", "Kế hoạch ban hành chậm")).addEvidence(Evidence.of("12/KH-STC")).build())
      // 1.2: no evidence, explained; the council confirms 2 (no change)
      .addInputs(LeafInput.builder().code("1.2").selfAssessed(Answer.points("2"))
          .missingEvidenceNote("Báo cáo gửi qua phần mềm, không lưu bản giấy").build())
      // 1.3: no evidence, no explanation; the council cuts 1 to 0
      .addInputs(LeafInput.builder().code("1.3").selfAssessed(Answer.points("1"))
          .appraisal(Appraisal.ofPoints("0", "Không có tài liệu kiểm chứng")).build())
      .addInputs(LeafInput.measured("2.1", Answer.points("3.5")))
      .build();

  @Test
  void listsChangesWithReasonsAndEvidenceGaps() {
    Scorecard card = Engine.score(rs, a);
    SelfAssessmentReview review = SelfAssessmentReview.of(card, a);
    assertThat(review.changes()).extracting(SelfAssessmentReview.Change::code).containsExactly("1.1", "1.3");
    SelfAssessmentReview.Change c = review.changes().get(0);
    assertThat(c.selfAssessed()).isEqualByComparingTo("2");
    assertThat(c.appraised()).isEqualByComparingTo("1.5");
    assertThat(c.difference()).isEqualByComparingTo("-0.5");
    assertThat(c.reason()).contains("Kế hoạch ban hành chậm");
    assertThat(review.missingEvidence()).extracting(SelfAssessmentReview.EvidenceGap::code)
        .containsExactly("1.2", "1.3");
    assertThat(review.missingExplanations()).extracting(SelfAssessmentReview.EvidenceGap::code)
        .containsExactly("1.3");
    String md = review.toMarkdown();
    assertThat(md).contains("# Self-assessment review: Sở Tài chính (STC), 2020, rule set test-review")
        .contains("## Points changed by the appraisal (2)")
        .contains("| 1.1 | Kế hoạch CCHC | 2.00 | 1.50 | -0.50 | Kế hoạch ban hành chậm |")
        .contains("## Missing evidence (2)")
        .contains("| 1.2 | Báo cáo định kỳ | 2.00 | Báo cáo gửi qua phần mềm, không lưu bản giấy |")
        .contains("## Missing explanations (1)")
        .contains("| 1.3 | Kiểm tra CCHC | 1.00 |");
  }

  @Test
  void hostileNamesAndReasonsAreEscapedInTheMarkdown() {
    RuleSet hostile = RuleSet.builder().from(rs).nodes(java.util.List.of(
        Node.builder().code("1").name("Công tác chỉ đạo").maxPoints(new BigDecimal("6"))
            .addChildren(leaf("1.1", "<script>alert(1)</script>", "2", PointSource.APPRAISAL))
            .addChildren(leaf("1.2", "Báo cáo | *định kỳ*", "2", PointSource.APPRAISAL))
            .addChildren(leaf("1.3", "Kiểm tra CCHC", "2", PointSource.APPRAISAL)).build(),
        Node.builder().code("2").name("Khảo sát").maxPoints(new BigDecimal("4"))
            .addChildren(leaf("2.1", "Khảo sát lãnh đạo", "4", PointSource.LEADERS_SURVEY)).build())).build();
    Assessment b = Assessment.builder().from(a)
        .unit(AdministrativeUnit.of("STC", "<b>x</b>", UnitLevel.DEPARTMENT))
        .inputs(java.util.List.of(
            LeafInput.builder().code("1.1").selfAssessed(Answer.points("2"))
                .appraisal(Appraisal.ofPoints("1.5", "<img src=x onerror=alert(1)>"))
                .addEvidence(Evidence.of("12/KH-STC")).build(),
            LeafInput.builder().code("1.2").selfAssessed(Answer.points("2"))
                .missingEvidenceNote("line one\n# not a heading").build(),
            LeafInput.self("1.3", Answer.points("1")), LeafInput.measured("2.1", Answer.points("3.5"))))
        .build();
    String md = SelfAssessmentReview.of(Engine.score(hostile, b), b).toMarkdown();
    assertThat(md).doesNotContain("<b>", "<script>", "<img", "\n# not")
        .contains("# Self-assessment review: &lt;b&gt;x&lt;/b&gt; (STC), 2020")
        .contains("| 1.1 | &lt;script&gt;alert(1)&lt;/script&gt; | 2.00 | 1.50 | -0.50 | "
            + "&lt;img src=x onerror=alert(1)&gt; |")
        .contains("| 1.2 | Báo cáo \\| \\*định kỳ\\* | 2.00 | line one \\# not a heading |");
  }

  @Test
  void refusesAScorecardOfAnotherUnit() {
    Scorecard card = Engine.score(rs, a);
    Assessment other = Assessment.builder().from(a)
        .unit(AdministrativeUnit.of("SNV", "Sở Nội vụ", UnitLevel.DEPARTMENT)).build();
    assertThatThrownBy(() -> SelfAssessmentReview.of(card, other)).hasMessageContaining("STC").hasMessageContaining("SNV");
  }
}
