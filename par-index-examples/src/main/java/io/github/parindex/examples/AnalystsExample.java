package io.github.parindex.examples;

import io.github.parindex.engine.Engine;
import io.github.parindex.engine.Scorecard;
import io.github.parindex.lineage.UnitLineage;
import io.github.parindex.lineage.YearComparison;
import io.github.parindex.method.Answer;
import io.github.parindex.model.AdministrativeUnit;
import io.github.parindex.model.Assessment;
import io.github.parindex.model.GradeBand;
import io.github.parindex.model.RuleSet;
import io.github.parindex.report.HtmlPage;
import io.github.parindex.rules.lineage.ProvinceMerges2025;
import io.github.parindex.scenario.Gains;
import io.github.parindex.scenario.Scenario;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * The analysts' example: a sample province's scorecard, its top gains, the cheapest path to group A and a comparison
 * with the previous year, printed and written as a self-contained HTML report.
 *
 * <p>The province is Tiền Giang on the bundled, <b>illustrative</b> rule set ({@link SampleData}). The previous year
 * (2017) is the sample assessment built on the figures of the project's source articles; the current year (2018) is
 * <b>illustrative</b>: the 2017 answers with the changes in {@link #YEAR_2018} (made up to show a comparison, not
 * reported anywhere). None of the resulting indices is an official PAR Index. Units carry the codes of the bundled
 * lineage ({@link ProvinceMerges2025}), which also says what became of Tiền Giang in 2025.
 *
 * <pre>{@code
 * mvn -q -pl par-index-examples -am compile exec:java -Dexec.mainClass=io.github.parindex.examples.AnalystsExample
 * # writes target/analysts-report.html (or the path given as the first argument)
 * }</pre>
 */
public final class AnalystsExample {
  private AnalystsExample() {}

  /** The code of Tiền Giang in the bundled lineage. */
  public static final String UNIT = "tien-giang";

  /** The illustrative 2018 answers: the 2017 ones with these changes. */
  public static final Scenario YEAR_2018 = Scenario.named("Tiền Giang 2018 (illustrative)")
      .answer("1.3", Answer.deadline(Answer.Timeliness.ON_TIME))
      .answer("3.4", Answer.percent("98.2"))
      .answer("5.2", Answer.rate(42, 45))
      .answer("7.2", Answer.rate(7390, 7436))
      .answer("7.3", Answer.count(68))
      .answer("8.1", Answer.percent("86.10"));

  /** Everything the example computes. */
  public record Report(RuleSet ruleSet, Assessment previous, Assessment current, Scorecard previousCard,
      Scorecard card, Gains gains, Gains.Path pathToA, YearComparison comparison, UnitLineage lineage) {

    /** The report as plain text. */
    public String text() {
      String nl = System.lineSeparator();
      StringBuilder s = new StringBuilder();
      s.append("Tiền Giang ").append(card.year()).append(" (ILLUSTRATIVE answers on an ILLUSTRATIVE rule set: not an")
          .append(" official PAR Index)").append(nl);
      s.append("Scorecard: ").append(card.totalPoints().toPlainString()).append(" / ")
          .append(card.effectiveMaximum().toPlainString()).append(" = ").append(card.index().toPlainString())
          .append("%, grade ").append(card.grade().map(GradeBand::label).orElse("none")).append(nl);
      card.nodes().forEach(n -> s.append("  ").append(n.code()).append(' ').append(n.name()).append(": ")
          .append(n.points().toPlainString()).append(" / ").append(n.effectiveMaximum().toPlainString()).append(" = ")
          .append(n.index().map(i -> i.toPlainString() + "%").orElse("—")).append(nl));
      s.append(nl).append("Top gains (criteria the province can influence):").append(nl);
      gains.top(5).forEach(g -> s.append("  ").append(g.describe()).append(nl));
      s.append(nl).append("Cheapest path to group A, ").append(pathToA.render());
      s.append(nl).append("Comparison with the previous year:").append(nl).append(comparison.render());
      s.append(nl).append("Lineage: ").append(lineage.describe(UNIT, ProvinceMerges2025.EFFECTIVE)).append(nl);
      return s.toString();
    }

    /** The report as a self-contained HTML page. */
    public String html() {
      return HtmlPage.titled("Tiền Giang — CCHC " + card.year() + " (minh họa / illustrative)")
          .note("Illustrative: the rule set below the eight components and the " + card.year() + " answers are made"
              + " up to demonstrate par-index; the " + previousCard.year() + " answers are built on figures reported"
              + " in the press. Nothing here is an official PAR Index. Lineage: "
              + lineage.describe(UNIT, ProvinceMerges2025.EFFECTIVE) + ".")
          .scorecard(card)
          .gains(gains, 8)
          .path(pathToA)
          .comparison(comparison)
          .render();
    }
  }

  /** Computes the report. */
  public static Report report() {
    RuleSet rs = SampleData.ruleSet();
    Assessment previous = recode(SampleData.tienGiang2017());
    Assessment current = Assessment.builder().from(YEAR_2018.apply(rs, previous).assessment()).year(2018).build();
    Scorecard previousCard = Engine.score(rs, previous);
    Scorecard card = Engine.score(rs, current);
    Gains gains = Gains.of(rs, current);
    Gains.Path pathToA = gains.pathToGrade("A").orElseThrow(
        () -> new IllegalStateException("group A cannot be reached by the criteria the province influences"));
    UnitLineage lineage = ProvinceMerges2025.lineage();
    // Units are mapped as they stood at the end of the current year (before the 2025 merge).
    YearComparison comparison = YearComparison.of(lineage, UNIT, LocalDate.of(card.year(), 12, 31),
        List.of(previousCard, card));
    return new Report(rs, previous, current, previousCard, card, gains, pathToA, comparison, lineage);
  }

  /** The sample assessment with the unit code of the bundled lineage. */
  static Assessment recode(Assessment a) {
    return Assessment.builder().from(a).unit(AdministrativeUnit.builder().from(a.unit()).code(UNIT).build()).build();
  }

  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Report r = report();
    out.print(r.text());
    Path file = Path.of(args.length > 0 ? args[0] : "target/analysts-report.html");
    if (file.getParent() != null) {
      Files.createDirectories(file.getParent());
    }
    Files.writeString(file, r.html(), StandardCharsets.UTF_8);
    out.println();
    out.println("HTML report written to " + file.toAbsolutePath());
  }
}
