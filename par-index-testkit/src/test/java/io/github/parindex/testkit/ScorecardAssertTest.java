package io.github.parindex.testkit;

import static io.github.parindex.testkit.ParIndexAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.parindex.audit.Discrepancy;
import io.github.parindex.audit.PublishedRow;
import io.github.parindex.audit.PublishedTable;
import io.github.parindex.audit.Reconciliation;
import io.github.parindex.engine.Engine;
import io.github.parindex.engine.Explanation;
import io.github.parindex.engine.NodeScore;
import io.github.parindex.engine.Scorecard;
import io.github.parindex.internal.LibraryAccess;
import io.github.parindex.method.Answer;
import io.github.parindex.model.AdministrativeUnit;
import io.github.parindex.model.Appraisal;
import io.github.parindex.model.Assessment;
import io.github.parindex.model.LeafInput;
import io.github.parindex.model.ParIndexException;
import io.github.parindex.model.UnitLevel;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScorecardAssertTest {

  // 30 + 18.5 (appraised from 20) = 48.50; survey 80% of 35 = 28.00; total 76.50; grade C (70 to under 80)
  final Scorecard card = Engine.score(TestkitFixtures.TWO_PARTS, Assessment.builder()
      .unit(AdministrativeUnit.of("A", "Huyện A", UnitLevel.DISTRICT)).ruleSetId("test-two-parts").year(2017)
      .addInputs(LeafInput.self("I.1", Answer.points("30")))
      .addInputs(LeafInput.builder().code("I.2").selfAssessed(Answer.points("20"))
          .appraisal(Appraisal.ofPoints("18.5", "Thiếu tài liệu kiểm chứng")).build())
      .addInputs(LeafInput.measured("II.1", Answer.percent("80")))
      .build());

  @Test
  void passesOnTheRightFigures() {
    assertThat(card).usesRuleSet("test-two-parts").hasTotal("76.5").hasIndex("76.50").hasGrade("C")
        .hasMaximum("100").hasEffectiveMaximum("100").hasPoints("I", "48.5").hasPoints("II.1", "28")
        .hasNodeIndex("II", "80").hasSelfAssessedPoints("I.2", "20").hasAppraisedPoints("I.2", "18.5")
        .hasEffectiveMaximum("I", "65").hasNoAppraisalChangeWithoutReason();
  }

  @Test
  void failsNamingTheUnitTheNodeAndBothValues() {
    assertThatThrownBy(() -> assertThat(card).hasPoints("II.1", "28.10"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("unit A (Huyện A), rule set test-two-parts v1: expected node II.1 points 28.10 but was 28.00")
        .hasMessageContaining("survey-share");
    assertThatThrownBy(() -> assertThat(card).hasGrade("B"))
        .hasMessageContaining("expected grade B but was C (index 76.50)");
    assertThatThrownBy(() -> assertThat(card).hasPoints("III", "1")).hasMessageContaining("no node III");
    assertThatThrownBy(() -> assertThat(card).isNotApplicable("I.1")).hasMessageContaining("expected node I.1 not to apply");
  }

  @Test
  void expectedDecimalsAtTheGatesLimitsAreCompared() {
    // 64 characters: 41 leading zeros, "28." and 20 zeros; the value is 28, as II.1 has
    String sixtyFour = "0".repeat(41) + "28." + "0".repeat(20);
    org.assertj.core.api.Assertions.assertThat(sixtyFour).hasSize(64);
    assertThat(card).hasPoints("II.1", sixtyFour);
    // 20 digits before the point and 20 after: read, compared, and not equal (so an AssertionError, not a crash)
    assertThatThrownBy(() -> assertThat(card).hasTotal("9".repeat(20)))
        .isInstanceOf(AssertionError.class).hasMessageContaining("expected total points " + "9".repeat(20));
    assertThatThrownBy(() -> assertThat(card).hasIndex("76." + "0".repeat(19) + "1"))
        .isInstanceOf(AssertionError.class).hasMessageContaining("but was 76.50");
  }

  @Test
  void expectedDecimalsPastTheGatesLimitsAreLocatedProblems() {
    // 65 characters: one leading zero more than the case above
    assertThatThrownBy(() -> assertThat(card).hasPoints("II.1", "0".repeat(42) + "28." + "0".repeat(20)))
        .isInstanceOfSatisfying(ParIndexException.class, e -> org.assertj.core.api.Assertions
            .assertThat(e.problems()).singleElement().satisfies(p -> {
              org.assertj.core.api.Assertions.assertThat(p.code()).contains("II.1");
              org.assertj.core.api.Assertions.assertThat(p.message())
                  .contains("unit A (Huyện A)", "expected node II.1 points", "65 characters long; the limit is 64");
            }));
    assertThatThrownBy(() -> assertThat(card).hasTotal("1" + "0".repeat(20)))
        .isInstanceOf(ParIndexException.class)
        .hasMessageContaining("expected total points \"1" + "0".repeat(20) + "\" has 21 digits before the decimal"
            + " point; the limit is 20");
    assertThatThrownBy(() -> assertThat(card).hasIndex("76." + "0".repeat(20) + "1"))
        .isInstanceOf(ParIndexException.class).hasMessageContaining("has 21 digits after the decimal point");
    // Unbounded before: new BigDecimal("1E-999999999") was read, and an exponent like it could exhaust the heap
    assertThatThrownBy(() -> assertThat(card).hasSelfAssessedPoints("I.2", "1E-999999999"))
        .isInstanceOf(ParIndexException.class)
        .hasMessageContaining("\"1E-999999999\" has 999999999 digits after the decimal point; the limit is 20");
    assertThatThrownBy(() -> assertThat(card).hasEffectiveMaximum("NaN"))
        .isInstanceOf(ParIndexException.class).hasMessageContaining("\"NaN\" is not a decimal number");
  }

  @Test
  void findsAnAppraisalChangeWithoutAReason() {
    // A scorecard edited by hand (e.g. read from a report) where the council's reason is blank.
    NodeScore i2 = card.node("I.2").orElseThrow();
    Explanation blank = Explanation.builder(LibraryAccess.KEY).from(i2.explanation().orElseThrow()).appraisalReason(" ").build();
    NodeScore i2b = NodeScore.builder(LibraryAccess.KEY).from(i2).explanation(blank).build();
    NodeScore i = NodeScore.builder(LibraryAccess.KEY).from(card.node("I").orElseThrow())
        .children(List.of(card.node("I.1").orElseThrow(), i2b)).build();
    Scorecard edited = Scorecard.builder(LibraryAccess.KEY).from(card).nodes(List.of(i, card.node("II").orElseThrow())).build();
    assertThatThrownBy(() -> assertThat(edited).hasNoAppraisalChangeWithoutReason())
        .hasMessageContaining("the appraisal changed points without a reason at I.2 (20.00 → 18.50)");
  }

  @Test
  void reconciliationAssertions() {
    PublishedTable ok = PublishedTable.builder().title("t")
        .addRows(PublishedRow.builder().unit("A").points(new BigDecimal("76.50")).grade("C").build()).build();
    assertThat(Reconciliation.of(ok, List.of(card))).isClean();
    PublishedTable wrong = PublishedTable.builder().title("t")
        .addRows(PublishedRow.builder().unit("A").points(new BigDecimal("76.50")).grade("B").build()).build();
    assertThat(Reconciliation.of(wrong, List.of(card))).hasDiscrepancyCount(1)
        .hasDiscrepancy("A", "grade", Discrepancy.Kind.GRADE_BAND);
    assertThatThrownBy(() -> assertThat(Reconciliation.of(wrong, List.of(card))).isClean())
        .hasMessageContaining("A grade: GRADE_BAND, published B, computed C");
  }
}
