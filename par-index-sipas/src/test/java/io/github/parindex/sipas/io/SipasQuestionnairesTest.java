package io.github.parindex.sipas.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.parindex.model.ProvenanceStatus;
import io.github.parindex.sipas.AnswerKind;
import io.github.parindex.sipas.Element;
import io.github.parindex.sipas.Item;
import io.github.parindex.sipas.Questionnaire;
import io.github.parindex.sipas.SurveyAccumulator;
import io.github.parindex.sipas.SurveyFrame;
import io.github.parindex.model.UnitLevel;
import org.junit.jupiter.api.Test;

/** The questionnaire designs against the reference (sipas.md §1). */
class SipasQuestionnairesTest {

  @Test
  void qd2640HasFiveElementsAndTwentyTwoCriteria() {
    Questionnaire q = SipasQuestionnaires.qd2640();
    // sipas.md §1.1: 5 yếu tố, 22 tiêu chí [CONFIRMED S8, S9]; item wording [RECALLED – VERIFY]
    assertThat(q.aspect("DV").orElseThrow().elements()).hasSize(5);
    long criteria = q.aspect("DV").orElseThrow().elements().stream()
        .mapToLong(e -> e.satisfactionItems().size()).sum();
    assertThat(criteria).isEqualTo(22);
    assertThat(q.aspect("DV").orElseThrow().elements()).extracting(e -> e.satisfactionItems().size())
        .containsExactly(4, 5, 6, 3, 4);
    for (Element e : q.aspect("DV").orElseThrow().elements()) {
      for (Item i : e.items()) {
        assertThat(q.provenanceOf(i).status()).isEqualTo(ProvenanceStatus.INFERRED);
        assertThat(q.provenanceOf(i).note()).contains("RECALLED");
      }
    }
    assertThat(q.element("1").orElseThrow().name())
        .isEqualTo("Tiếp cận dịch vụ hành chính công của cơ quan hành chính nhà nước");
    assertThat(q.provenance().status()).isEqualTo(ProvenanceStatus.INCOMPLETE);
    assertThat(q.legalBasis()).contains("2640/QĐ-BNV").contains("10/10/2017");
  }

  @Test
  void qd1001HasEightJudgementCriteriaAndTwoSatisfactionContents() {
    Questionnaire q = SipasQuestionnaires.qd1001();
    // sipas.md §1.4: 8 tiêu chí nhận định; 2 nội dung hài lòng (chính sách, dịch vụ hành chính công)
    assertThat(q.aspect("NĐ").orElseThrow().elements().get(0).items())
        .hasSize(8).allMatch(i -> i.kind() == AnswerKind.JUDGEMENT);
    assertThat(q.aspect("CS")).isPresent();
    assertThat(q.aspect("DV").orElseThrow().elements()).hasSize(5);
    // access: 3 contents + an overall item (R23, 2024)
    Element access = q.element("DV1").orElseThrow();
    assertThat(access.satisfactionItems()).hasSize(3);
    assertThat(access.overallItem()).isPresent();
    // TTHC: 4 contents (R23)
    assertThat(q.element("DV2").orElseThrow().satisfactionItems()).hasSize(4);
    // harassment judgement: 3 options (R23)
    assertThat(q.item("NĐ5").orElseThrow().options()).hasSize(3);
    assertThat(q.item("MĐ1").orElseThrow().kind()).isEqualTo(AnswerKind.EXPECTATION);
  }

  @Test
  void designsByYearAndTheirDefaultMethodsFit() {
    assertThat(SipasQuestionnaires.forYear(2019)).contains(SipasQuestionnaires.qd2640());
    assertThat(SipasQuestionnaires.forYear(2025)).contains(SipasQuestionnaires.qd1001());
    assertThat(SipasQuestionnaires.forYear(2021)).isEmpty();
    SurveyFrame frame = SurveyFrame.builder().unit("X", "X", UnitLevel.PROVINCE).build();
    for (Questionnaire q : SipasQuestionnaires.all()) {
      // the constructor checks the method against the questionnaire (overall items present where needed)
      new SurveyAccumulator(q, frame, SipasQuestionnaires.defaultMethod(q));
    }
  }
}
