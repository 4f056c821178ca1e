package io.github.parindex.rules.table;

import io.github.parindex.internal.Decimals;
import io.github.parindex.internal.Escaping;
import io.github.parindex.method.ScoringMethod;
import io.github.parindex.model.NodeRole;
import io.github.parindex.model.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The review report of a table: per leaf row, the scoring text as written, what it was read as (the canonical
 * Vietnamese text and an English gloss), the method's kind, a few worked probes at the edges ({@code 80% → 0,5
 * điểm; 79,99% → 0 điểm}), rounding and not-applicable clauses, and every warning. It is the page an issuing
 * official reads and signs off before the rule set is used; in Markdown, CSV or a self-contained HTML page.
 *
 * <pre>{@code
 * TableReading t = RuleSetTable.read(Path.of("bo-chi-so.csv"), ReadMode.LENIENT);
 * Files.writeString(Path.of("review.md"), ScoringTextReview.markdown(t));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ScoringTextReview {
  private ScoringTextReview() {}

  /** One leaf's row of the report, as plain text. */
  private record Line(String row, String code, String name, String max, String role, String text, String reading,
      String gloss, String kind, String probes, String notes, List<String> warnings) {}

  private static List<Line> lines(TableReading t) {
    List<Line> out = new ArrayList<>();
    for (TableReading.Leaf leaf : t.leaves()) {
      ScoringMethod m = leaf.node().method().orElseThrow();
      String reading = ScoringTextParser.canonicalText(m, leaf.maxPoints(), leaf.role())
          .or(m::scoringText).orElse(m.kind().equals("direct-points") ? "điểm trực tiếp (direct points)" : "");
      List<String> notes = new ArrayList<>();
      leaf.reading().ifPresent(r -> {
        r.roundingStep().ifPresent(s -> notes.add("làm tròn đến " + Decimals.withComma(s) + " (rounding step)"));
        if (r.mayBeNotApplicable()) {
          notes.add("có thể không áp dụng (may be not applicable)");
        }
      });
      if (!leaf.methodCell().isEmpty()) {
        notes.add("method column: " + leaf.methodCell());
      }
      out.add(new Line(String.valueOf(leaf.row()), leaf.code(), leaf.name(), Decimals.withComma(leaf.maxPoints()),
          role(leaf.role()), leaf.scoringText().orElse(""), reading, m.englishGloss(), m.kind(),
          String.join("; ", EdgeProbes.of(m, leaf.maxPoints()).stream().map(EdgeProbes.Probe::toString).toList()),
          String.join("; ", notes), leaf.warnings().stream().map(Problem::message).toList()));
    }
    return out;
  }

  private static String role(NodeRole r) {
    return switch (r) {
      case SCORED -> "scored";
      case BONUS -> "bonus";
      case PENALTY -> "penalty (points taken off)";
    };
  }

  /**
   * The report as Markdown: a heading, a count line, then one section per leaf.
   *
   * @param t the table read (in lenient mode, to show its warnings)
   * @return the Markdown text
   * @throws NullPointerException if {@code t} is null
   */
  public static String markdown(TableReading t) {
    Objects.requireNonNull(t, "t");
    List<Line> lines = lines(t);
    StringBuilder s = new StringBuilder();
    s.append("# Scoring-text review: ").append(Escaping.markdown(t.source())).append("\n\n");
    s.append(summary(lines.size(), t.warnings().size())).append('\n');
    for (Line l : lines) {
      s.append("\n## ").append(Escaping.markdown(l.code())).append(" ").append(Escaping.markdown(l.name()))
          .append("\n\n");
      item(s, "Row", l.row() + " (maximum " + l.max() + ", " + l.role() + ")");
      item(s, "Text as written", l.text().isEmpty() ? "(none)" : l.text().strip().replace("\r\n", "\n")
          .replace("\n", " ↵ "));
      item(s, "Read as", l.reading());
      item(s, "In English", l.gloss());
      item(s, "Method", l.kind());
      item(s, "Worked probes", l.probes().isEmpty() ? "(none: the points are given directly)" : l.probes());
      if (!l.notes().isEmpty()) {
        item(s, "Also read", l.notes());
      }
      for (String w : l.warnings()) {
        item(s, "Warning", w);
      }
    }
    return s.toString();
  }

  private static String summary(int rows, int warnings) {
    return rows + (rows == 1 ? " leaf row, " : " leaf rows, ") + warnings + (warnings == 1 ? " warning." : " warnings.")
        + " Check each reading against the decision before the rule set is used.";
  }

  private static void item(StringBuilder s, String label, String value) {
    s.append("- **").append(label).append(":** ").append(Escaping.markdown(value)).append('\n');
  }

  /**
   * The report as CSV (UTF-8, comma-separated, a header row, one row per leaf; warnings joined by " | ").
   *
   * @param t the table read
   * @return the CSV text
   * @throws NullPointerException if {@code t} is null
   */
  public static String csv(TableReading t) {
    Objects.requireNonNull(t, "t");
    StringBuilder s = new StringBuilder(
        "row,code,name,max_points,role,scoring_text,reading,english,kind,probes,also_read,warnings\n");
    for (Line l : lines(t)) {
      List<String> cells = List.of(l.row(), l.code(), l.name(), l.max(), l.role(), l.text(), l.reading(), l.gloss(),
          l.kind(), l.probes(), l.notes(), String.join(" | ", l.warnings()));
      s.append(String.join(",", cells.stream().map(Escaping::csv).toList())).append('\n');
    }
    return s.toString();
  }

  /**
   * The report as one self-contained HTML page (no scripts, no external resources): a table with one row per leaf,
   * warnings highlighted.
   *
   * @param t the table read
   * @return the HTML page
   * @throws NullPointerException if {@code t} is null
   */
  public static String html(TableReading t) {
    Objects.requireNonNull(t, "t");
    List<Line> lines = lines(t);
    StringBuilder s = new StringBuilder("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n");
    s.append("<title>Scoring-text review: ").append(Escaping.html(t.source())).append("</title>\n");
    s.append("<style>body{font-family:sans-serif;margin:1.5em}table{border-collapse:collapse;width:100%}"
        + "th,td{border:1px solid #bbb;padding:.35em;vertical-align:top;text-align:left}th{background:#eee}"
        + ".warning{background:#fff3cd}.text{white-space:pre-wrap}</style>\n</head>\n<body>\n");
    s.append("<h1>Scoring-text review: ").append(Escaping.html(t.source())).append("</h1>\n");
    s.append("<p id=\"summary\">").append(Escaping.html(summary(lines.size(), t.warnings().size())))
        .append("</p>\n");
    s.append("<table>\n<thead><tr><th>Row</th><th>Code</th><th>Criterion</th><th>Max</th><th>Text as written</th>"
        + "<th>Read as</th><th>Method</th><th>Worked probes</th><th>Warnings</th></tr></thead>\n<tbody>\n");
    for (Line l : lines) {
      s.append("<tr class=\"leaf").append(l.warnings().isEmpty() ? "" : " warning").append("\">");
      cell(s, l.row());
      cell(s, l.code());
      cell(s, l.name());
      cell(s, l.max() + " (" + l.role() + ")");
      s.append("<td class=\"text\">").append(Escaping.html(l.text())).append("</td>");
      s.append("<td>").append(Escaping.html(l.reading())).append("<br><em>").append(Escaping.html(l.gloss()))
          .append("</em>").append(l.notes().isEmpty() ? "" : "<br>" + Escaping.html(l.notes())).append("</td>");
      cell(s, l.kind());
      cell(s, l.probes());
      s.append("<td>");
      for (String w : l.warnings()) {
        s.append("<p class=\"w\">").append(Escaping.html(w)).append("</p>");
      }
      s.append("</td></tr>\n");
    }
    return s.append("</tbody>\n</table>\n</body>\n</html>\n").toString();
  }

  private static void cell(StringBuilder s, String v) {
    s.append("<td>").append(Escaping.html(v)).append("</td>");
  }

}
