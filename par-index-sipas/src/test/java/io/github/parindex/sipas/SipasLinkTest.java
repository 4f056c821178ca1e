package io.github.parindex.sipas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.parindex.engine.Engine;
import io.github.parindex.engine.NodeScore;
import io.github.parindex.method.Methods;
import io.github.parindex.model.AdministrativeUnit;
import io.github.parindex.model.Assessment;
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

/** A SIPAS figure as the measured value of the citizens' survey leaf. */
class SipasLinkTest {

  static final Questionnaire ONE_ITEM = Questionnaire.builder()
      .id("test-one").version("1").title("One item").legalBasis("ILLUSTRATIVE").years(YearRange.of(2021, 2021))
      .provenance(Provenance.of(ProvenanceStatus.ILLUSTRATIVE, "test"))
      .addAspect(Aspect.of("A", "A", Element.of("E", "E", Item.satisfaction("S", "Hài lòng nói chung"))))
      .build();

  /** A one-leaf rule set: the citizens' survey leaf worth 10 points (PAR 2021, sipas.md §4), rounding 2 half up. */
  static final RuleSet RULES = RuleSet.builder()
      .id("test-sipas-link").title("SIPAS leaf (test)").issuer("Bộ Nội vụ")
      .legalBasis(LegalReference.of("ILLUSTRATIVE", LocalDate.of(2021, 1, 1)))
      .addAppliesTo(UnitLevel.PROVINCE).years(YearRange.of(2021, 2021))
      .maxTotal(new BigDecimal("10")).rounding(RoundingPolicy.halfUp(2))
      .provenance(Provenance.of(ProvenanceStatus.ILLUSTRATIVE, "one leaf for the test"))
      .addNodes(Node.builder().code("1").name("Chỉ số hài lòng").maxPoints(new BigDecimal("10"))
          .addChildren(Node.builder().code("1.1").name("SIPAS").maxPoints(new BigDecimal("10"))
              .source(PointSource.CITIZENS_SURVEY).method(Methods.surveyShare()).build())
          .build())
      .build();

  @Test
  void haTinh2021PublishedCheck() {
    // sipas.md §4 (R8): Hà Tĩnh SIPAS 2021 = 91.17% ↔ 9.12 PAR points: 91.17 / 100 × 10 = 9.117 → 9.12.
    // The survey here is SYNTHETIC: 9,117 of 10,000 valid answers satisfied gives exactly 91.17%.
    SurveyFrame frame = SurveyFrame.builder().unit("HT", "Hà Tĩnh", UnitLevel.PROVINCE).build();
    SurveyAccumulator acc = new SurveyAccumulator(ONE_ITEM, frame, SipasMethod.meanOfElements());
    int[] yes = {AnswerKind.SATISFIED};
    int[] no = {AnswerKind.NEUTRAL};
    for (int i = 0; i < 10_000; i++) {
      acc.add(0, Respondent.NONE, Respondent.NONE, Respondent.UNIT_WEIGHT, i < 9117 ? yes : no);
    }
    Figure sipas = acc.result().unit("HT").overall();
    assertThat(sipas.percent()).contains(new BigDecimal("91.17"));

    Assessment a = Assessment.builder()
        .unit(AdministrativeUnit.of("HT", "Hà Tĩnh", UnitLevel.PROVINCE)).ruleSetId(RULES.id()).year(2021)
        .addInputs(SipasLink.leafInput("1.1", sipas, "SIPAS 2021 Hà Tĩnh (synthetic answers)"))
        .build();
    NodeScore leaf = Engine.score(RULES, a).node("1.1").orElseThrow();
    assertThat(leaf.points()).isEqualByComparingTo("9.12");
    String why = leaf.explanation().orElseThrow().render();
    assertThat(why).contains("measured result 91.17%")
        .contains("measured by = SIPAS 2021 Hà Tĩnh (synthetic answers)")
        .contains("9117 of 10000")
        // Wilson, p = 0.9117, n = 10000: z²/n = 0.00038416, d = 1.00038416; centre = (0.9117 + 0.00019208)/d
        // = 0.9115577…; √(0.9117·0.0883/10000 + 3.8416/4·10⁸) = √(0.0000080503 + 0.0000000096) = 0.0028390…;
        // half = 1.96/d × 0.0028390 = 0.0055623… → 0.905980, 0.917104 → 90.60, 91.71
        .contains("95% CI 90.60–91.71 (Wilson, n = 10000)");
  }

  @Test
  void aFigureWithoutValueCannotBeLinked() {
    SurveyFrame frame = SurveyFrame.builder().unit("HT", "Hà Tĩnh", UnitLevel.PROVINCE).build();
    Figure empty = new SurveyAccumulator(ONE_ITEM, frame, SipasMethod.meanOfElements()).result().all().overall();
    assertThatThrownBy(() -> SipasLink.leafInput("1.1", empty, "x")).hasMessageContaining("has no value");
  }
}
