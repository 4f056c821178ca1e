package io.github.parindex.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.parindex.method.Answer;
import io.github.parindex.method.Band;
import io.github.parindex.method.Methods;
import io.github.parindex.model.AdministrativeUnit;
import io.github.parindex.model.Appraisal;
import io.github.parindex.model.Assessment;
import io.github.parindex.model.LeafInput;
import io.github.parindex.model.LegalReference;
import io.github.parindex.model.Node;
import io.github.parindex.model.ParIndexException;
import io.github.parindex.model.PointSource;
import io.github.parindex.model.Problem;
import io.github.parindex.model.Provenance;
import io.github.parindex.model.ProvenanceStatus;
import io.github.parindex.model.RoundingPolicy;
import io.github.parindex.model.RuleSet;
import io.github.parindex.model.UnitLevel;
import io.github.parindex.model.YearRange;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every error case: one exception, every problem listed, each naming the unit and the criterion code. */
class ErrorsTest {

  static Node.Builder leaf(String code, String max) {
    return Node.builder().code(code).name("Tiêu chí " + code).maxPoints(new BigDecimal(max))
        .source(PointSource.APPRAISAL).method(Methods.directPoints());
  }

  static RuleSet.Builder base() {
    return RuleSet.builder().id("err").title("errors").issuer("test").legalBasis(LegalReference.of("test"))
        .addAppliesTo(UnitLevel.DEPARTMENT).years(YearRange.of(2024, 2024)).rounding(RoundingPolicy.halfUp(2))
        .provenance(Provenance.of(ProvenanceStatus.ILLUSTRATIVE, "test"));
  }

  @Test
  void anInconsistentRuleSetListsEveryProblem() {
    ParIndexException e = catchThrowableOfType(ParIndexException.class, () -> base()
        .maxTotal(new BigDecimal("10"))
        .addNodes(Node.builder().code("1").name("Lĩnh vực 1").maxPoints(new BigDecimal("4"))
            .addChildren(leaf("1.1", "1").build(), leaf("1.2", "2").build()).build())
        .addNodes(Node.builder().code("2").name("Lĩnh vực 2").maxPoints(new BigDecimal("5"))
            .addChildren(leaf("2.1", "1").method(Methods.percentBands(Band.exactly("100", "1"),
                Band.between("80", "99", "0.5"), Band.below("80", "0"))).build())
            .addChildren(leaf("2.1", "1").build())
            .addChildren(Node.builder().code("2.3").name("Không có cách tính").maxPoints(new BigDecimal("3"))
                .source(PointSource.APPRAISAL).build())
            .build())
        .build());

    assertThat(e.problems()).extracting(Problem::toString).containsExactly(
        "the components' maxima add up to 9, not to the rule set's maximum total 10",
        "criterion 1: children's maxima add up to 3, not to the maximum 4",
        "criterion 2.1: percentage bands leave a gap between from 80% to under 99% and 100%",
        "criterion 2.1: code appears more than once",
        "criterion 2.3: leaf has no scoring method");
    assertThat(e.getMessage()).startsWith("rule set err is inconsistent (5 problems)");
  }

  /** Found by a property test: max 0.07 with points kept to 1 decimal lets 0.0525 round to 0.1, above the max. */
  @Test
  void aMaximumFinerThanTheRoundingIsReported() {
    assertThatThrownBy(() -> base().maxTotal(new BigDecimal("0.07"))
        .rounding(io.github.parindex.model.RoundingPolicy.of(1, java.math.RoundingMode.HALF_UP, 2,
            java.math.RoundingMode.HALF_UP, io.github.parindex.model.RoundingStage.LEAF))
        .addNodes(Node.builder().code("1").name("c").maxPoints(new BigDecimal("0.07"))
            .addChildren(leaf("1.1", "0.07").build()).build())
        .build())
        .isInstanceOf(ParIndexException.class)
        .hasMessageContaining("criterion 1: maximum 0.07 has more decimals than the 1 the rounding policy keeps")
        .hasMessageContaining("criterion 1.1: maximum 0.07 has more decimals");
  }

  @Test
  void overlappingBandsNameTheCriterion() {
    assertThatThrownBy(() -> base().maxTotal(BigDecimal.ONE)
        .addNodes(Node.builder().code("1").name("c").maxPoints(BigDecimal.ONE)
            .addChildren(leaf("1.1", "1").method(Methods.percentBands(Band.atLeast("80", "1"),
                Band.of("0", true, "80", true, "0"))).build()).build())
        .build())
        .isInstanceOf(ParIndexException.class)
        .hasMessageContaining("criterion 1.1: percentage bands overlap: up to 80% and from 80% up");
  }

  static final RuleSet RS = base().maxTotal(new BigDecimal("10"))
      .addNodes(Node.builder().code("1").name("Thẩm định").maxPoints(new BigDecimal("6"))
          .addChildren(leaf("1.1", "1").build())
          .addChildren(leaf("1.2", "1").method(Methods.countTimesPoints("0.25")).build())
          .addChildren(leaf("1.3", "1").method(Methods.percentBands(Band.exactly("100", "1"),
              Band.between("80", "100", "0.5"), Band.below("80", "0"))).build())
          .addChildren(leaf("1.4", "3").build())
          .build())
      .addNodes(Node.builder().code("2").name("Khảo sát").maxPoints(new BigDecimal("4"))
          .addChildren(Node.builder().code("2.1").name("SIPAS").maxPoints(new BigDecimal("4"))
              .source(PointSource.CITIZENS_SURVEY).method(Methods.surveyShare()).build())
          .build())
      .build();

  static final AdministrativeUnit UNIT = AdministrativeUnit.of("TG-STC", "Sở Tài chính", UnitLevel.DEPARTMENT);

  @Test
  void anInvalidAssessmentListsEveryProblemWithUnitAndCode() {
    Assessment a = Assessment.builder().unit(UNIT).ruleSetId("err").year(2024)
        .addInputs(LeafInput.self("1.1", Answer.points("1.5")))                               // above the maximum
        .addInputs(LeafInput.self("1.2", Answer.count(-2)))                                   // negative count
        .addInputs(LeafInput.self("1.3", Answer.percent("120")))                              // percent > 100
        .addInputs(LeafInput.builder().code("1.4").selfAssessed(Answer.points("3"))
            .appraisal(Appraisal.ofPoints("2", " ")).build())                                 // no reason
        .addInputs(LeafInput.builder().code("2.1").selfAssessed(Answer.percent("90")).build()) // self on survey
        .addInputs(LeafInput.self("9.9", Answer.points("1")))                                 // unknown code
        .build();

    ParIndexException e = catchThrowableOfType(ParIndexException.class, () -> Engine.score(RS, a));

    assertThat(e.problems()).extracting(Problem::toString).containsExactly(
        "unit TG-STC, criterion 1.1: self-assessed answer: points 1.5 are above the maximum 1",
        "unit TG-STC, criterion 1.2: self-assessed answer: count -2 is negative",
        "unit TG-STC, criterion 1.3: self-assessed answer: percentage 120% is outside 0..100%",
        "unit TG-STC, criterion 1.4: appraised value has no reason",
        "unit TG-STC, criterion 2.1: is scored by a survey (CITIZENS_SURVEY) and cannot be self-assessed",
        "unit TG-STC, criterion 9.9: unknown code: rule set err has no such criterion",
        "unit TG-STC, criterion 2.1: applicable survey criterion has no survey result");
    assertThat(e.getMessage()).startsWith("assessment of unit TG-STC for rule set err is invalid (7 problems)");
  }

  @Test
  void applicableLeavesWithoutAnswerAreListed() {
    Assessment a = Assessment.builder().unit(UNIT).ruleSetId("err").year(2024)
        .addInputs(LeafInput.self("1.1", Answer.points("1")))
        .addInputs(LeafInput.notApplicable("1.2", "không phát sinh"))
        .build();
    assertThat(Engine.check(RS, a)).extracting(Problem::toString).containsExactly(
        "unit TG-STC, criterion 1.3: applicable criterion has no answer",
        "unit TG-STC, criterion 1.4: applicable criterion has no answer",
        "unit TG-STC, criterion 2.1: applicable survey criterion has no survey result");
  }

  @Test
  void wrongRuleSetYearAndLevelAreReported() {
    Assessment a = Assessment.builder()
        .unit(AdministrativeUnit.of("NT", "Ninh Thuận", UnitLevel.PROVINCE)).ruleSetId("other").year(2022)
        .addInputs(LeafInput.notApplicable("1", "x"), LeafInput.notApplicable("2", "y")).build();
    assertThat(Engine.check(RS, a)).extracting(Problem::toString).containsExactly(
        "unit NT: assessment is for rule set other, not err",
        "unit NT: rule set err does not score units of level PROVINCE (it scores [DEPARTMENT])",
        "unit NT: rule set err is for the years 2024–2024, not 2022",
        "unit NT: nothing applies to the unit: every scored criterion of rule set err is marked not applicable, so"
            + " there is no maximum to score against");
  }

  @Test
  void aUnitWhoseBlockHasNoGradesIsReported() {
    RuleSet byBlock = RuleSet.builder().from(RS).putGradesByBlock("Sở",
        io.github.parindex.model.GradeScale.of(io.github.parindex.model.GradeBand.of("Tốt", "80", "từ 80%"))).build();
    Assessment a = Assessment.builder()
        .unit(AdministrativeUnit.builder().code("X").name("Sở X").level(UnitLevel.DEPARTMENT).block("So").build())
        .ruleSetId("err").year(2024)
        .addInputs(LeafInput.notApplicable("1", "x"), LeafInput.measured("2.1", Answer.percent("90"))).build();
    assertThat(Engine.check(byBlock, a)).extracting(Problem::toString).containsExactly(
        "unit X: block \"So\" has no grade scale in rule set err (blocks with one: Sở) and there are no default"
            + " grades: the unit would be left ungraded");
  }

  @Test
  void contradictoryInputsAreReported() {
    Assessment a = Assessment.builder().unit(UNIT).ruleSetId("err").year(2024)
        .addInputs(LeafInput.builder().code("1.1").notApplicable(true).selfAssessed(Answer.points("1")).build())
        .addInputs(LeafInput.self("1", Answer.points("1")))
        .addInputs(LeafInput.builder().code("1.4").selfAssessed(Answer.points("1"))
            .appraisal(new Appraisal(java.util.Optional.empty(), java.util.Optional.empty(), "lý do",
                java.util.Optional.empty())).build())
        .addInputs(LeafInput.self("1.4", Answer.points("2")))
        .build();
    assertThat(Engine.check(RS, a)).extracting(Problem::toString).contains(
        "unit TG-STC, criterion 1.1: is marked not applicable but also has an answer",
        "unit TG-STC, criterion 1: has sub-criteria; answers go on its leaves (only 'not applicable' may be given for"
            + " a whole criterion)",
        "unit TG-STC, criterion 1.4: appraisal must give either an answer or points, not neither",
        "unit TG-STC, criterion 1.4: has more than one input");
  }

  @Test
  void wrongKindOfAnswerAndAppraisalOutOfRange() {
    Assessment a = Assessment.builder().unit(UNIT).ruleSetId("err").year(2024)
        .addInputs(LeafInput.self("1.1", Answer.yes()))
        .addInputs(LeafInput.builder().code("1.2").selfAssessed(Answer.count(1))
            .appraisal(Appraisal.ofPoints("1.25", "thiếu tài liệu")).build())
        .addInputs(LeafInput.self("1.3", Answer.percent("100")), LeafInput.self("1.4", Answer.points("3")))
        .addInputs(LeafInput.measured("2.1", Answer.percent("90")))
        .build();
    assertThat(Engine.check(RS, a)).extracting(Problem::toString).containsExactly(
        "unit TG-STC, criterion 1.1: self-assessed answer: expects points, got yes (Có)",
        "unit TG-STC, criterion 1.2: appraised points 1.25 are outside 0..1");
  }

  @Test
  void aMisbehavingPluggedInMethodIsAnErrorNotAClamp() {
    io.github.parindex.method.ScoringMethod tooGenerous = new io.github.parindex.method.ScoringMethod() {
      @Override public String kind() { return "test/too-generous"; }
      @Override public String describe() { return "always 2"; }
      @Override public List<String> definitionProblems(BigDecimal max) { return List.of(); }
      @Override public List<String> answerProblems(Answer a, BigDecimal max) { return List.of(); }
      @Override public io.github.parindex.method.MethodResult apply(Answer a, BigDecimal max) {
        return new io.github.parindex.method.MethodResult(new BigDecimal("2"), List.of(), "always", List.of());
      }
    };
    RuleSet rs = RS.withNode(RS.node("1.1").orElseThrow().withMethod(tooGenerous));
    Assessment a = Assessment.builder().unit(UNIT).ruleSetId("err").year(2024)
        .addInputs(LeafInput.self("1.1", Answer.yes()), LeafInput.self("1.2", Answer.count(1)))
        .addInputs(LeafInput.self("1.3", Answer.percent("100")), LeafInput.self("1.4", Answer.points("3")))
        .addInputs(LeafInput.measured("2.1", Answer.percent("90")))
        .build();
    assertThatThrownBy(() -> Engine.score(rs, a)).isInstanceOf(ParIndexException.class)
        .hasMessageContaining("unit TG-STC, criterion 1.1: method test/too-generous gave 2 points, outside 0..1");
  }
}
