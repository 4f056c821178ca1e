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
