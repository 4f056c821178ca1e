package io.github.parindex.examples;

import io.github.parindex.engine.Engine;
import io.github.parindex.engine.NodeScore;
import io.github.parindex.engine.Scorecard;
import io.github.parindex.method.Answer;
import io.github.parindex.model.AdministrativeUnit;
import io.github.parindex.model.Assessment;
import io.github.parindex.model.Evidence;
import io.github.parindex.model.GradeBand;
import io.github.parindex.model.GradeScale;
import io.github.parindex.model.LeafInput;
import io.github.parindex.model.LegalReference;
import io.github.parindex.model.Node;
import io.github.parindex.model.Provenance;
import io.github.parindex.model.ProvenanceStatus;
import io.github.parindex.model.RoundingPolicy;
import io.github.parindex.model.RuleSet;
import io.github.parindex.model.UnitLevel;
import io.github.parindex.model.YearRange;
import io.github.parindex.rules.table.ReadMode;
import io.github.parindex.rules.table.RuleSetTable;
import io.github.parindex.rules.table.ScoringTextReview;
import io.github.parindex.rules.table.TableReading;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Authors a small rule set from a CSV table, loads it and scores an assessment built on real figures; then prints
 * the table's scoring-text review (what each text was read as, with worked probes), the page an official checks.
 *
 * <p><b>ILLUSTRATIVE.</b> The table {@code illustrative-cchc-table.csv} is not an official rule set: its criteria,
 * maxima and scoring texts are made up in the phrasing of the decisions' tables. The answers are real figures
 * Tiền Giang reported for 2017 (docs/reference/seed-facts.md): one-stop desks in 18/18 departments, 11/11
 * district-level units and 173/173 communes; official e-mail for 7,234 of 7,436 officials, 85% using it
 * regularly; 54 decisions announcing 1,124 procedures; training plan 3765/QĐ-UBND of 12/12/2016 (its deadline is
 * not known, so "on time" is assumed); 11 department-level leadership courses.
 *
 * <p>Run it with {@code mvn -q -pl par-index-examples -am compile exec:java
 * -Dexec.mainClass=io.github.parindex.examples.AuthorFromTable}.
 *
 * <pre>{@code
 * Scorecard card = AuthorFromTable.score();
 * card.totalPoints();   // 9.95 of 10
 * }</pre>
 */
public final class AuthorFromTable {
  private AuthorFromTable() {}

  /** The table's resource name, next to this class. */
  public static final String TABLE = "illustrative-cchc-table.csv";

  /** The nodes read from the table. */
  public static List<Node> nodes() {
    try (InputStream in = AuthorFromTable.class.getResourceAsStream(TABLE)) {
      if (in == null) {
        throw new IllegalStateException("resource " + TABLE + " is missing next to " + AuthorFromTable.class);
      }
      try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        return RuleSetTable.readNodes(r, TABLE);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The table read leniently, with what each scoring text was understood as: the input of the review report an
   * official signs off ({@link ScoringTextReview}).
   */
  public static TableReading reading() {
    try (InputStream in = AuthorFromTable.class.getResourceAsStream(TABLE)) {
      if (in == null) {
        throw new IllegalStateException("resource " + TABLE + " is missing next to " + AuthorFromTable.class);
      }
      try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        return RuleSetTable.read(r, TABLE, ReadMode.LENIENT);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The review report of the table in Markdown: per row the text, its reading, the method, probes and warnings. */
  public static String review() {
    return ScoringTextReview.markdown(reading());
  }

  /** The rule set: the table's nodes, with the metadata given here in code. */
  public static RuleSet ruleSet() {
    return RuleSet.builder()
        .id("illustrative-cchc-table-2017")
        .title("Bộ chỉ số CCHC minh họa (ILLUSTRATIVE, not official)")
        .issuer("par-index examples")
        .legalBasis(LegalReference.of("ILLUSTRATIVE: no decision"))
        .addAppliesTo(UnitLevel.PROVINCE)
        .years(YearRange.of(2017, 2017))
        .maxTotal(new BigDecimal("10"))
        .rounding(RoundingPolicy.halfUp(2))
        .grades(GradeScale.of(GradeBand.of("A", "90", "từ 90% trở lên"),
            GradeBand.of("B", "80", "từ 80% đến dưới 90%"), GradeBand.of("C", "70", "từ 70% đến dưới 80%")))
        .provenance(Provenance.of(ProvenanceStatus.ILLUSTRATIVE,
            "criteria, maxima and scoring texts are illustrative; the answers are Tiền Giang's 2017 figures"))
        .addAllNodes(nodes())
        .build();
  }

  /** Tiền Giang's 2017 self-assessment, on the figures of docs/reference/seed-facts.md. */
  public static Assessment assessment() {
    String article = "Tiền Giang CCHC article of 21/12/2017";
    return Assessment.builder()
        .unit(AdministrativeUnit.of("TG", "Tiền Giang", UnitLevel.PROVINCE))
        .ruleSetId("illustrative-cchc-table-2017")
        .year(2017)
        .addInputs(
            LeafInput.builder().code("1.1").selfAssessed(Answer.yes())
                .addEvidence(Evidence.of("54 decisions announcing 1,124 procedures (500 new, 206 amended or replaced,"
                    + " 418 abolished)", article)).build(),
            LeafInput.builder().code("1.2.1").selfAssessed(Answer.rate(18, 18))
                .addEvidence(Evidence.of("one-stop desks in 18/18 provincial departments", article)).build(),
            LeafInput.builder().code("1.2.2").selfAssessed(Answer.rate(11, 11))
                .addEvidence(Evidence.of("one-stop desks in 11/11 district-level units", article)).build(),
            LeafInput.builder().code("1.2.3").selfAssessed(Answer.rate(173, 173))
                .addEvidence(Evidence.of("one-stop desks in 173/173 commune-level units", article)).build(),
            LeafInput.builder().code("2.1").selfAssessed(Answer.rate(7234, 7436))
                .addEvidence(Evidence.of("official e-mail accounts for 7,234 of 7,436 officials", article)).build(),
            LeafInput.builder().code("2.2").selfAssessed(Answer.percent("85"))
                .addEvidence(Evidence.of("85% use official e-mail regularly", article)).build(),
            LeafInput.builder().code("3.1").selfAssessed(Answer.deadline(Answer.Timeliness.ON_TIME))
                .addEvidence(Evidence.of("training plan 3765/QĐ-UBND of 12/12/2016", article))
                .missingEvidenceNote("the deadline for the plan is not known; on time is assumed").build(),
            LeafInput.builder().code("3.2").selfAssessed(Answer.count(11))
                .addEvidence(Evidence.of("11 department-level leadership courses", article)).build())
        .build();
  }

  /** Reads the table, builds the rule set and scores the assessment. */
  public static Scorecard score() {
    return Engine.score(ruleSet(), assessment());
  }

  public static void main(String[] args) {
    RuleSet rs = ruleSet();
    System.out.println("Rule set " + rs.id() + " read from " + TABLE + ": " + rs.nodesByCode().size() + " nodes, "
        + rs.leaves().size() + " leaves, maximum " + rs.maxTotal().toPlainString() + " ("
        + rs.provenance().status() + ")");
    Scorecard card = Engine.score(rs, assessment());
    System.out.println(card.unit() + ", " + card.year() + ": " + card.totalPoints().toPlainString() + " / "
        + card.effectiveMaximum().toPlainString() + " points, index " + card.index().toPlainString() + "%, grade "
        + card.grade().map(GradeBand::label).orElse("-"));
    for (NodeScore top : card.nodes()) {
      System.out.println("  " + top.code() + " " + top.name() + ": " + top.points().toPlainString() + " / "
          + top.maximum().toPlainString());
    }
    card.arithmetic().forEach(a -> System.out.println("  " + a));
    System.out.println();
    for (String code : List.of("1.2.3", "2.1", "3.2")) {
      card.node(code).flatMap(NodeScore::explanation).ifPresent(e -> System.out.println(e.render()));
    }
    System.out.println();
    System.out.print(review());
  }
}
