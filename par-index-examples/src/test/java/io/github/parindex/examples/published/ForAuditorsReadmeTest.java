package io.github.parindex.examples.published;

import static io.github.parindex.testkit.ParIndexAssertions.assertThat;

import io.github.parindex.audit.PublishedTable;
import io.github.parindex.audit.Reconciliation;
import io.github.parindex.engine.Scorecard;
import io.github.parindex.rules.report.PublishedTableCsv;
import io.github.parindex.rules.report.ScorecardReport;
import io.github.parindex.testkit.CaseFiles;
import io.github.parindex.testkit.RuleSetResolver;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The complete example of the README's "For auditors" section, kept here so that it compiles and passes. */
class ForAuditorsReadmeTest {

  /** Every case file in the folder becomes one test. */
  @TestFactory
  Stream<DynamicTest> cases() {
    return CaseFiles.in("src/test/resources/cases");
  }

  /** A published table reconciled with the scorecards of a case file, then filed as JSON reports. */
  @Test
  void binhDuong2017MatchesItsPublishedTable() {
    PublishedTable table = PublishedTableCsv.read(Path.of("src/test/resources/published/binh-duong-2017-districts.csv"));
    List<Scorecard> cards = CaseFiles.check(Path.of("src/test/resources/cases/binh-duong-2017-districts.yaml"),
        RuleSetResolver.registry()).scorecards();

    Reconciliation r = Reconciliation.of(table, cards);
    assertThat(r).isClean();

    Scorecard thuDauMot = cards.get(0);
    assertThat(thuDauMot).hasPoints("TD", "51.75").hasPoints("DT", "32.83").hasTotal("84.58").hasIndex("84.58");
    String json = ScorecardReport.of(thuDauMot).toJson();
    org.assertj.core.api.Assertions.assertThat(ScorecardReport.fromJson(json).scorecard()).isEqualTo(thuDauMot);
  }
}
