package io.github.parindex.rules.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.parindex.engine.Engine;
import io.github.parindex.engine.Scorecard;
import io.github.parindex.method.Answer;
import io.github.parindex.method.Methods;
import io.github.parindex.model.AdministrativeUnit;
import io.github.parindex.model.Assessment;
import io.github.parindex.model.LeafInput;
import io.github.parindex.model.LegalReference;
import io.github.parindex.model.Node;
import io.github.parindex.model.ParIndexException;
import io.github.parindex.model.Problem;
import io.github.parindex.model.Provenance;
import io.github.parindex.model.ProvenanceStatus;
import io.github.parindex.model.RoundingPolicy;
import io.github.parindex.model.RuleSet;
import io.github.parindex.model.UnitLevel;
import io.github.parindex.model.YearRange;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Strict and lenient reading of a table, warnings and provenance, the method column, and penalties scored. */
class TableReadingTest {

  private static final String NOTED = "code,name,max_points,source,role,scoring_text,method,provenance\n"
      + "1,Thể chế,2,,,,,\n"
      + "1.1,Ban hành kế hoạch,1,appraisal,,\"Có: 1 điểm; Không: 0 điểm (Nguồn: báo cáo của Sở)\",,CONFIRMED\n"
      + "1.2,Kiểm tra,1,appraisal,,\"Có: 1 điểm; Không: 0 điểm\",,CONFIRMED\n";

  @Test
  void strictModeFailsOnAWarningNamingRowColumnAndCriterion() {
    ParIndexException e = catchThrowableOfType(ParIndexException.class,
        () -> RuleSetTable.readNodes(new StringReader(NOTED), "t.csv"));
    assertThat(e.problems()).extracting(Problem::toString).containsExactly("criterion 1.1: t.csv row 3, column"
        + " scoring_text: strict reading cannot accept a warning: kept as a note, not read as points: \"(Nguồn: báo"
        + " cáo của Sở)\" (read the table in lenient mode to record it, or write the method column)");
  }

  @Test
  void lenientModeRecordsTheWarningAndTheRowCannotClaimConfirmed() {
    TableReading t = RuleSetTable.read(new StringReader(NOTED), "t.csv", ReadMode.LENIENT);
    assertThat(t.warnings()).extracting(Problem::toString).containsExactly("warning: criterion 1.1: t.csv row 3,"
        + " column scoring_text: kept as a note, not read as points: \"(Nguồn: báo cáo của Sở)\"");
    Node noted = t.nodes().get(0).children().get(0);
    Node clean = t.nodes().get(0).children().get(1);
    assertThat(noted.method()).contains(Methods.yesNo("1", "0"));
    assertThat(noted.provenance().orElseThrow().status()).isEqualTo(ProvenanceStatus.INFERRED);
    assertThat(noted.provenance().orElseThrow().note()).contains("(Nguồn: báo cáo của Sở)");
    assertThat(clean.provenance()).contains(Provenance.confirmed());
    assertThat(t.leaves()).extracting(TableReading.Leaf::code).containsExactly("1.1", "1.2");
  }

  @Test
  void aConditionIsAnErrorOfferingBothWaysForward() {
    String csv = "code,name,max_points,source,scoring_text\n"
        + "1,Báo cáo,1,appraisal,\"Có: 1 điểm; Không: 0 điểm; chỉ tính khi nộp đúng hạn\"\n";
    ParIndexException e = catchThrowableOfType(ParIndexException.class,
        () -> RuleSetTable.read(new StringReader(csv), "t.csv", ReadMode.LENIENT));
    assertThat(e.problems()).extracting(Problem::toString).singleElement().asString()
        .startsWith("criterion 1: t.csv row 2, column scoring_text: could not read \"chỉ tính khi nộp đúng hạn\"")
        .contains("in the method column").contains("\"direct\"");
  }

  @Test
  void aDeclaredKindReadsTheCasesAndKeepsTheConditionAsAWarning() {
    String csv = "code,name,max_points,source,scoring_text,method\n"
        + "1,Báo cáo,1,appraisal,\"Có: 1 điểm; Không: 0 điểm; chỉ tính khi nộp đúng hạn\",yes-no\n";
    TableReading t = RuleSetTable.read(new StringReader(csv), "t.csv", ReadMode.LENIENT);
    assertThat(t.nodes().get(0).method()).contains(Methods.yesNo("1", "0"));
    assertThat(t.warnings()).singleElement().asString().contains("chỉ tính khi nộp đúng hạn");
  }

  @Test
  void aDeclaredKindThatDisagreesIsAnError() {
    String csv = "code,name,max_points,source,scoring_text,method\n"
        + "1,Báo cáo,1,appraisal,\"Có: 1 điểm; Không: 0 điểm\",graded-levels\n";
    ParIndexException e = catchThrowableOfType(ParIndexException.class,
        () -> RuleSetTable.read(new StringReader(csv), "t.csv", ReadMode.LENIENT));
    assertThat(e.problems()).singleElement().asString().contains("declares graded-levels")
        .contains("reads as yes-no");
  }

  /**
   * A penalty row "trừ 5 điểm/trường hợp" with maximum 10 under a component of 10 whose leaf scores 100% × 10 = 10:
   * no case takes nothing off (10 − 0 = 10), one takes 5 (10 − 5 = 5), three take the row's maximum 10, not 15
   * (10 − 10 = 0). Before, the row scored 10 for no case, taking 10 off.
   */
  @Test
  void aDeductionOnAPenaltyRowScoresZeroForNoEventThroughTheEngine() {
    String csv = "code,name,max_points,source,role,scoring_text\n"
        + "1,Lĩnh vực,10,,,\n"
        + "1.1,Kết quả,10,appraisal,,\"Điểm = tỷ lệ % x điểm tối đa\"\n"
        + "1.2,Vi phạm,10,appraisal,penalty,\"trừ 5 điểm/trường hợp\"\n";
    List<Node> nodes = RuleSetTable.readNodes(new StringReader(csv), "t.csv");
    RuleSet rs = RuleSet.builder().id("t").title("t").issuer("test").legalBasis(LegalReference.of("test"))
        .addAppliesTo(UnitLevel.DEPARTMENT).years(YearRange.of(2024, 2024)).maxTotal(new BigDecimal("10"))
        .rounding(RoundingPolicy.halfUp(2)).provenance(Provenance.of(ProvenanceStatus.ILLUSTRATIVE, "test"))
        .addAllNodes(nodes).build();
    assertThat(total(rs, 0)).isEqualByComparingTo("10");
    assertThat(total(rs, 1)).isEqualByComparingTo("5");
    assertThat(total(rs, 3)).isEqualByComparingTo("0");
  }

  private static BigDecimal total(RuleSet rs, int cases) {
    Assessment a = Assessment.builder().unit(AdministrativeUnit.of("X", "Sở X", UnitLevel.DEPARTMENT))
        .ruleSetId("t").year(2024)
        .addInputs(LeafInput.self("1.1", Answer.percent("100")), LeafInput.self("1.2", Answer.count(cases)))
        .build();
    Scorecard card = Engine.score(rs, a);
    return card.totalPoints();
  }
}
