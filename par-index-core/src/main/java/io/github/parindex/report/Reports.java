package io.github.parindex.report;

import io.github.parindex.engine.NodeScore;
import io.github.parindex.engine.Ranking;
import io.github.parindex.engine.Scorecard;
import io.github.parindex.internal.Escaping;
import io.github.parindex.model.GradeBand;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Scorecards and rankings as Markdown, CSV and self-contained HTML. Every method is pure: it returns the text and
 * writes nothing. All text from the data (unit and criterion names) is escaped for the target format.
 *
 * <pre>{@code
 * Files.writeString(Path.of("target/scorecard.md"), Reports.markdown(card));
 * Files.writeString(Path.of("target/ranking.csv"), Reports.csv(ranking));
 * Files.writeString(Path.of("target/scorecard.html"), Reports.html(card));
 * }</pre>
 *
 * <p>For a page with several sections (a scorecard, its gains, a path to the next grade, a comparison with last year)
 * use {@link HtmlPage}.
 *
 * @since 0.1.0
 */
public final class Reports {
  private Reports() {}

  /**
   * {@return a scorecard as Markdown: a heading, the total, index and grade, and a table of every node}
   *
   * @param card the scorecard
   */
  public static String markdown(Scorecard card) {
    Objects.requireNonNull(card, "card");
    StringBuilder s = new StringBuilder();
    s.append("# ").append(Escaping.markdown(card.unit().name())).append(" — ").append(card.year()).append("\n\n");
    s.append("- Rule set: ").append(Escaping.markdown(card.ruleSetId())).append(" (version ")
        .append(Escaping.markdown(card.ruleSetVersion())).append(")\n");
    s.append("- Total: ").append(Text.num(card.totalPoints())).append(" / ").append(Text.num(card.effectiveMaximum()))
        .append(" points\n");
    s.append("- Index: ").append(Text.num(card.index())).append("%\n");
    s.append("- Grade: ").append(Escaping.markdown(grade(card))).append("\n");
    s.append("- Rounding: ").append(Escaping.markdown(card.rounding().describe())).append("\n\n");
    s.append("| Code | Criterion | Points | Maximum | Index |\n");
    s.append("|---|---|---:|---:|---:|\n");
    for (NodeScore n : card.nodesByCode().values()) {
      String indent = "&nbsp;&nbsp;".repeat(depth(n.code()));
      s.append("| ").append(Escaping.markdown(n.code())).append(" | ").append(indent).append(Escaping.markdown(n.name()))
          .append(n.applicable() ? "" : " (not applicable)").append(" | ").append(Text.num(n.points())).append(" | ")
          .append(Text.num(n.effectiveMaximum())).append(" | ")
          .append(n.index().map(i -> Text.num(i) + "%").orElse("")).append(" |\n");
    }
    s.append("| **Total** |  | **").append(Text.num(card.totalPoints())).append("** | **")
        .append(Text.num(card.effectiveMaximum())).append("** | **").append(Text.num(card.index())).append("%** |\n");
    return s.toString();
  }

  /**
   * {@return a ranking as Markdown: one table per group}
   *
   * @param ranking the ranking
   */
  public static String markdown(Ranking ranking) {
    Objects.requireNonNull(ranking, "ranking");
    StringBuilder s = new StringBuilder();
    s.append("# Ranking\n\n");
    s.append("Ranked within ").append(ranking.scope().name().toLowerCase(java.util.Locale.ROOT))
        .append(", ties: ").append(ranking.tieRule().name()).append(".\n");
    for (String group : groups(ranking)) {
      s.append("\n## ").append(Escaping.markdown(group)).append("\n\n");
      s.append("| Rank | Unit | Year | Total | Maximum | Index | Grade |\n");
      s.append("|---:|---|---:|---:|---:|---:|---|\n");
      for (Ranking.Entry e : ranking.group(group)) {
        Scorecard c = e.scorecard();
        s.append("| ").append(e.rank()).append(e.tied() ? "=" : "").append(" | ").append(Escaping.markdown(c.unit().name()))
            .append(" | ").append(c.year()).append(" | ").append(Text.num(c.totalPoints())).append(" | ")
            .append(Text.num(c.effectiveMaximum())).append(" | ").append(Text.num(c.index())).append("% | ")
            .append(Escaping.markdown(grade(c))).append(" |\n");
      }
    }
    if (!ranking.brokenTies().isEmpty()) {
      s.append("\n## Ties broken\n\n").append("Rule: ").append(Escaping.markdown(ranking.tieBreak().describe()))
          .append(".\n\n");
      ranking.brokenTies().forEach(t -> s.append("- ").append(Escaping.markdown(t.group())).append(": ")
          .append(Escaping.markdown(t.explanation())).append('\n'));
    }
    return s.toString();
  }

  /**
   * Ranks per component as Markdown: for each component (top-level node) of the ranked scorecards, one table per
   * group of the units' index on that component and their rank on it, as the Ministry publishes per component.
   *
   * @param ranking the ranking
   * @return the Markdown
   * @since 0.1.0
   */
  public static String markdownByComponent(Ranking ranking) {
    Objects.requireNonNull(ranking, "ranking");
    Set<String> codes = new LinkedHashSet<>();
    ranking.entries().forEach(e -> e.scorecard().nodes().forEach(n -> codes.add(n.code())));
    StringBuilder s = new StringBuilder("# Ranks per component\n");
    for (String code : codes) {
      s.append("\n## ").append(Escaping.markdown(code)).append("\n\n| Group | Rank | Unit | Index |\n|---|---:|---|---:|\n");
      for (Ranking.ComponentEntry e : ranking.byComponent(code)) {
        s.append("| ").append(Escaping.markdown(e.group())).append(" | ").append(e.rank()).append(" | ")
            .append(Escaping.markdown(e.scorecard().unit().name())).append(" | ").append(Text.num(e.index()))
            .append("% |\n");
      }
    }
    return s.toString();
  }

  /**
   * A scorecard as CSV (RFC 4180, comma-separated, CRLF line ends), one row per node then a {@code total} row. Columns:
   * {@code unit_code,unit_name,year,code,name,kind,role,source,applicable,points,effective_maximum,maximum,index}.
   *
   * @param card the scorecard
   * @return the CSV text, with a header row
   */
  public static String csv(Scorecard card) {
    Objects.requireNonNull(card, "card");
    StringBuilder s = new StringBuilder(
        "unit_code,unit_name,year,code,name,kind,role,source,applicable,points,effective_maximum,maximum,index\r\n");
    String prefix = Escaping.csv(card.unit().code()) + "," + Escaping.csv(card.unit().name()) + "," + card.year() + ",";
    for (NodeScore n : card.nodesByCode().values()) {
      s.append(prefix).append(Escaping.csv(n.code())).append(',').append(Escaping.csv(n.name())).append(',')
          .append(n.kind()).append(',').append(n.role()).append(',').append(n.source().map(Enum::name).orElse(""))
          .append(',').append(n.applicable()).append(',').append(Text.num(n.points())).append(',')
          .append(Text.num(n.effectiveMaximum())).append(',').append(Text.num(n.maximum())).append(',')
          .append(n.index().map(Text::num).orElse("")).append("\r\n");
    }
    s.append(prefix).append("total,").append(Escaping.csv("Tổng điểm")).append(",,,,true,")
        .append(Text.num(card.totalPoints())).append(',').append(Text.num(card.effectiveMaximum())).append(',')
        .append(Text.num(card.maximum())).append(',').append(Text.num(card.index())).append("\r\n");
    return s.toString();
  }

  /**
   * A ranking as CSV (RFC 4180, CRLF line ends). Columns:
   * {@code group,rank,tied,unit_code,unit_name,year,total,effective_maximum,index,grade}.
   *
   * @param ranking the ranking
   * @return the CSV text, with a header row
   */
  public static String csv(Ranking ranking) {
    Objects.requireNonNull(ranking, "ranking");
    StringBuilder s = new StringBuilder("group,rank,tied,unit_code,unit_name,year,total,effective_maximum,index,grade\r\n");
    for (Ranking.Entry e : ranking.entries()) {
      Scorecard c = e.scorecard();
      s.append(Escaping.csv(e.group())).append(',').append(e.rank()).append(',').append(e.tied()).append(',')
          .append(Escaping.csv(c.unit().code())).append(',').append(Escaping.csv(c.unit().name())).append(',')
          .append(c.year()).append(',').append(Text.num(c.totalPoints())).append(',')
          .append(Text.num(c.effectiveMaximum())).append(',').append(Text.num(c.index())).append(',')
          .append(Escaping.csv(c.grade().map(GradeBand::label).orElse(""))).append("\r\n");
    }
    return s.toString();
  }

  /**
   * {@return a scorecard as a self-contained HTML page with an SVG bar chart of its component indices}
   *
   * @param card the scorecard
   */
  public static String html(Scorecard card) {
    return HtmlPage.titled(card.unit().name() + " — " + card.year()).scorecard(card).render();
  }

  /**
   * {@return a ranking as a self-contained HTML page with an SVG bar chart of the units' indices}
   *
   * @param ranking the ranking
   * @param title the page's title
   */
  public static String html(Ranking ranking, String title) {
    return HtmlPage.titled(title).ranking(ranking).render();
  }

  static String grade(Scorecard card) {
    return card.grade().map(GradeBand::label).orElse("—");
  }

  static int depth(String code) {
    return code.split("\\.").length - 1;
  }

  static List<String> groups(Ranking ranking) {
    Set<String> groups = new LinkedHashSet<>();
    ranking.entries().forEach(e -> groups.add(e.group()));
    return new ArrayList<>(groups);
  }
}
