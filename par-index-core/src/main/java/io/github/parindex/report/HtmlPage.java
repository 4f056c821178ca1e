package io.github.parindex.report;

import io.github.parindex.engine.NodeScore;
import io.github.parindex.engine.Ranking;
import io.github.parindex.engine.Scorecard;
import io.github.parindex.internal.Escaping;
import io.github.parindex.lineage.YearComparison;
import io.github.parindex.scenario.Gains;
import io.github.parindex.scenario.ScorecardDiff;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A self-contained HTML page built from sections: scorecards, rankings, gains, paths to a grade, scenario differences,
 * comparisons across years and notes. The page has inline CSS and inline SVG charts, no scripts and no external
 * resources, so it can be mailed or archived as one file. Every text from the data is escaped. Immutable: each
 * method returns a new page.
 *
 * <pre>{@code
 * String html = HtmlPage.titled("Tỉnh X — CCHC 2024 (minh họa)")
 *     .note("Illustrative data.")
 *     .scorecard(card)
 *     .gains(Gains.of(ruleSet, assessment), 10)
 *     .path(gains.pathToGrade("A").orElseThrow())
 *     .comparison(YearComparison.of(lineage, "X", LocalDate.of(2025, 7, 1), cards))
 *     .render();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class HtmlPage {
  private final String title;
  private final List<String> sections;

  private HtmlPage(String title, List<String> sections) {
    this.title = title;
    this.sections = List.copyOf(sections);
  }

  /**
   * {@return an empty page with a title}
   *
   * @param title the page's title, also its first heading (escaped)
   */
  public static HtmlPage titled(String title) {
    return new HtmlPage(Objects.requireNonNull(title, "title"), List.of());
  }

  private HtmlPage with(String section) {
    List<String> all = new ArrayList<>(sections);
    all.add(section);
    return new HtmlPage(title, all);
  }

  /**
   * A copy with one more section: a paragraph of plain text (escaped).
   *
   * @param text the paragraph, as plain text
   * @return a new page; this one is unchanged
   */
  public HtmlPage note(String text) {
    return with("<p class=\"note\">" + Escaping.html(text) + "</p>\n");
  }

  /**
   * A copy with one more section: a scorecard: the total, index and grade, a bar chart of component indices, and a
   * table of every node.
   *
   * @param card the scorecard
   * @return a new page; this one is unchanged
   */
  public HtmlPage scorecard(Scorecard card) {
    Objects.requireNonNull(card, "card");
    StringBuilder s = new StringBuilder("<section class=\"scorecard\">\n");
    s.append("<h2>").append(Escaping.html(card.unit().name())).append(" · ").append(card.year()).append("</h2>\n");
    s.append("<div class=\"tiles\">");
    tile(s, "Index", Text.num(card.index()) + "%");
    tile(s, "Total", Text.num(card.totalPoints()) + " / " + Text.num(card.effectiveMaximum()));
    tile(s, "Grade", Reports.grade(card));
    s.append("</div>\n<p class=\"small\">Rule set ").append(Escaping.html(card.ruleSetId())).append(", version ")
        .append(Escaping.html(card.ruleSetVersion())).append(".</p>\n<h3>Component indices</h3>\n");
    List<SvgChart.Row> rows = new ArrayList<>();
    for (NodeScore n : card.nodes()) {
      n.index().ifPresent(i -> rows.add(new SvgChart.Row(n.code() + ". " + n.name(), List.of(new SvgChart.Bar(i,
          Text.num(i) + "%", "c0", n.code() + " " + n.name() + ": " + Text.num(n.points()) + " / "
              + Text.num(n.effectiveMaximum()) + " = " + Text.num(i) + "%")))));
    }
    s.append(SvgChart.render("Component indices of " + card.unit().name() + " " + card.year(), rows));
    s.append("<h3>Points by criterion</h3>\n<table>\n<thead><tr><th>Code</th><th>Criterion</th>"
        + "<th class=\"n\">Points</th><th class=\"n\">Maximum</th><th class=\"n\">Index</th></tr></thead>\n<tbody>\n");
    for (NodeScore n : card.nodesByCode().values()) {
      int depth = Reports.depth(n.code());
      s.append("<tr class=\"d").append(Math.min(depth, 3)).append(n.applicable() ? "" : " na").append("\"><td>")
          .append(Escaping.html(n.code())).append("</td><td>").append(Escaping.html(n.name()))
          .append(n.applicable() ? "" : " <em>(not applicable)</em>").append("</td><td class=\"n\">")
          .append(Text.num(n.points())).append("</td><td class=\"n\">").append(Text.num(n.effectiveMaximum()))
          .append("</td><td class=\"n\">").append(n.index().map(i -> Text.num(i) + "%").orElse(""))
          .append("</td></tr>\n");
    }
    s.append("<tr class=\"total\"><td></td><td>Total</td><td class=\"n\">").append(Text.num(card.totalPoints()))
        .append("</td><td class=\"n\">").append(Text.num(card.effectiveMaximum())).append("</td><td class=\"n\">")
        .append(Text.num(card.index())).append("%</td></tr>\n</tbody>\n</table>\n");
    s.append("<p class=\"small\">Rounding: ").append(Escaping.html(card.rounding().describe())).append("</p>\n");
    return with(s.append("</section>\n").toString());
  }

  /**
   * A copy with one more section: a ranking: per group, a bar chart of the units' indices (coloured by grade) and a
   * table.
   *
   * @param ranking the ranking
   * @return a new page; this one is unchanged
   */
  public HtmlPage ranking(Ranking ranking) {
    Objects.requireNonNull(ranking, "ranking");
    Map<String, String> gradeClass = new LinkedHashMap<>();
    List<String> palette = List.of("c4", "c0", "c2", "c3", "c5");
    for (Ranking.Entry e : ranking.entries()) {
      String g = Reports.grade(e.scorecard());
      if (!gradeClass.containsKey(g)) {
        long graded = gradeClass.keySet().stream().filter(x -> !x.equals("—")).count();
        gradeClass.put(g, g.equals("—") ? "c1" : palette.get((int) Math.min(graded, palette.size() - 1)));
      }
    }
    StringBuilder s = new StringBuilder("<section class=\"ranking\">\n<h2>Ranking</h2>\n");
    s.append("<p class=\"small\">Ranked within ").append(ranking.scope().name().toLowerCase(java.util.Locale.ROOT))
        .append("; ties: ").append(ranking.tieRule().name()).append(". Grades: ");
    gradeClass.forEach((g, c) -> s.append("<span class=\"key ").append(c).append("\"></span>").append(Escaping.html(g))
        .append(' '));
    s.append("</p>\n");
    for (String group : Reports.groups(ranking)) {
      s.append("<h3>").append(Escaping.html(ranking.scope() == Ranking.Scope.ALL ? "All units" : group))
          .append("</h3>\n");
      List<SvgChart.Row> rows = new ArrayList<>();
      for (Ranking.Entry e : ranking.group(group)) {
        Scorecard c = e.scorecard();
        String g = Reports.grade(c);
        rows.add(new SvgChart.Row(e.rank() + ". " + c.unit().name(), List.of(new SvgChart.Bar(c.index(),
            Text.num(c.index()) + "%", gradeClass.get(g), c.unit().name() + ": " + Text.num(c.index()) + "%, grade "
                + g))));
      }
      s.append(SvgChart.render("Index by unit, " + group, rows));
      s.append("<table>\n<thead><tr><th class=\"n\">Rank</th><th>Unit</th><th class=\"n\">Total</th>"
          + "<th class=\"n\">Maximum</th><th class=\"n\">Index</th><th>Grade</th></tr></thead>\n<tbody>\n");
      for (Ranking.Entry e : ranking.group(group)) {
        Scorecard c = e.scorecard();
        s.append("<tr><td class=\"n\">").append(e.rank()).append(e.tied() ? "=" : "").append("</td><td>")
            .append(Escaping.html(c.unit().name())).append("</td><td class=\"n\">").append(Text.num(c.totalPoints()))
            .append("</td><td class=\"n\">").append(Text.num(c.effectiveMaximum())).append("</td><td class=\"n\">")
            .append(Text.num(c.index())).append("%</td><td>").append(Escaping.html(Reports.grade(c)))
            .append("</td></tr>\n");
      }
      s.append("</tbody>\n</table>\n");
    }
    return with(s.append("</section>\n").toString());
  }

  /**
   * A copy with one more section: the {@code top} leaves with the most points still available.
   *
   * @param gains the gains of one scorecard
   * @param top how many leaves to list
   * @return a new page; this one is unchanged
   */
  public HtmlPage gains(Gains gains, int top) {
    Objects.requireNonNull(gains, "gains");
    StringBuilder s = new StringBuilder("<section class=\"gains\">\n<h2>Points still available</h2>\n");
    s.append("<p class=\"small\">").append(gains.available().size()).append(" criteria the unit can influence")
        .append(gains.includesSurveys() ? " (survey criteria included)" : " (survey criteria left out)")
        .append(", ").append(Text.num(gains.totalAvailable())).append(" points in all; the ")
        .append(Math.min(top, gains.available().size())).append(" largest:</p>\n");
    s.append("<table>\n<thead><tr><th>Code</th><th>Criterion</th><th>Answer now</th><th class=\"n\">Points</th>"
        + "<th class=\"n\">Maximum</th><th class=\"n\">Available</th></tr></thead>\n<tbody>\n");
    for (Gains.LeafGain g : gains.top(top)) {
      s.append("<tr><td>").append(Escaping.html(g.code())).append("</td><td>").append(Escaping.html(g.name()))
          .append("</td><td>").append(Escaping.html(g.currentAnswer())).append("</td><td class=\"n\">")
          .append(Text.approx(g.points())).append("</td><td class=\"n\">")
          .append(Text.num(g.maximum())).append("</td><td class=\"n\"><b>+")
          .append(Text.approx(g.available())).append("</b></td></tr>\n");
    }
    return with(s.append("</tbody>\n</table>\n</section>\n").toString());
  }

  /**
   * A copy with one more section: a verified path to a grade or index: the steps as concrete answers and the index
   * reached.
   *
   * @param path the path, as {@link Gains#pathToNextGrade()} or {@link Gains#pathToIndex} found it
   * @return a new page; this one is unchanged
   */
  public HtmlPage path(Gains.Path path) {
    Objects.requireNonNull(path, "path");
    StringBuilder s = new StringBuilder("<section class=\"path\">\n<h2>");
    s.append(Escaping.html(path.targetGrade().map(g -> "Cheapest path to grade " + g + " (" + Text.num(path.targetIndex())
        + "%)").orElse("Cheapest path to " + Text.num(path.targetIndex()) + "%"))).append("</h2>\n");
    if (path.steps().isEmpty()) {
      s.append("<p>Already reached.</p>\n");
    } else {
      s.append("<ol>\n");
      for (Gains.Step step : path.steps()) {
        s.append("<li><b>").append(Escaping.html(step.code())).append("</b> ").append(Escaping.html(step.name()))
            .append(": from ").append(Escaping.html(step.from())).append(" to <b>").append(Escaping.html(step.to()))
            .append("</b> <span class=\"plus\">+").append(Text.num(step.gain().stripTrailingZeros())).append(" points</span></li>\n");
      }
      s.append("</ol>\n");
    }
    Scorecard r = path.result();
    s.append("<p>Verified by re-scoring: ").append(Text.num(r.totalPoints())).append(" / ")
        .append(Text.num(r.effectiveMaximum())).append(" = <b>").append(Text.num(r.index())).append("%</b>")
        .append(Escaping.html(r.grade().map(g -> ", grade " + g.label()).orElse(""))).append('.');
    if (!path.exhaustive()) {
      s.append(" (The search budget ran out: a path with a smaller total may exist.)");
    }
    return with(s.append("</p>\n</section>\n").toString());
  }

  /**
   * A copy with one more section: a scenario's difference: total, index and grade, and every changed node.
   *
   * @param heading the section's heading, e.g. the scenario's name
   * @param diff the difference
   * @return a new page; this one is unchanged
   */
  public HtmlPage diff(String heading, ScorecardDiff diff) {
    Objects.requireNonNull(diff, "diff");
    StringBuilder s = new StringBuilder("<section class=\"diff\">\n<h2>").append(Escaping.html(heading)).append("</h2>\n");
    s.append("<div class=\"tiles\">");
    tile(s, "Index", Text.num(diff.before().index()) + "% → " + Text.num(diff.after().index()) + "%");
    tile(s, "Total", Text.num(diff.before().totalPoints()) + " → " + Text.num(diff.after().totalPoints()));
    tile(s, "Grade", Reports.grade(diff.before()) + " → " + Reports.grade(diff.after()));
    if (diff.rankBefore().isPresent() && diff.rankAfter().isPresent()) {
      tile(s, "Rank", diff.rankBefore().get() + " → " + diff.rankAfter().get());
    }
    s.append("</div>\n<table>\n<thead><tr><th>Code</th><th>Criterion</th><th class=\"n\">Before</th>"
        + "<th class=\"n\">After</th><th class=\"n\">Change</th></tr></thead>\n<tbody>\n");
    for (ScorecardDiff.NodeChange n : diff.changedNodes()) {
      s.append("<tr><td>").append(Escaping.html(n.code())).append("</td><td>").append(Escaping.html(n.name()))
          .append("</td><td class=\"n\">").append(n.pointsBefore().map(Text::num).orElse("—"))
          .append("</td><td class=\"n\">").append(n.pointsAfter().map(Text::num).orElse("—"))
          .append("</td><td class=\"n\">").append(signed(n.pointsChange())).append("</td></tr>\n");
    }
    return with(s.append("</tbody>\n</table>\n</section>\n").toString());
  }

  /**
   * A copy with one more section: a comparison across years: per pair of years, a chart of component indices in both
   * years and a table.
   *
   * @param comparison the comparison
   * @return a new page; this one is unchanged
   */
  public HtmlPage comparison(YearComparison comparison) {
    Objects.requireNonNull(comparison, "comparison");
    StringBuilder s = new StringBuilder("<section class=\"comparison\">\n<h2>Comparison across years</h2>\n");
    for (YearComparison.Pair p : comparison.pairs()) {
      s.append("<h3>").append(Escaping.html(p.earlier().unit().name() + " " + p.earlier().year() + " → "
          + p.later().unit().name() + " " + p.later().year())).append("</h3>\n<p>Index ")
          .append(Text.num(p.earlier().index())).append("% → <b>").append(Text.num(p.later().index()))
          .append("%</b> (").append(signed(p.indexChange())).append("), grade ")
          .append(Escaping.html(Reports.grade(p.earlier()))).append(" → ").append(Escaping.html(Reports.grade(p.later())))
          .append(".</p>\n");
      if (p.acrossUnits()) {
        s.append("<p class=\"small\">Lineage: ").append(Escaping.html(p.lineage())).append("</p>\n");
      }
      if (p.ruleSetChanged()) {
        s.append("<p class=\"warn\">Rule sets differ: ").append(Escaping.html(p.earlier().ruleSetId())).append(" → ")
            .append(Escaping.html(p.later().ruleSetId())).append(".</p>\n");
      }
      s.append("<p class=\"small\">Compared by ").append(p.basis() == YearComparison.Basis.POINTS
          ? "points and index (same maxima)." : "index only: the maxima differ, so raw points are not comparable.")
          .append(" <span class=\"key c1\"></span>").append(p.earlier().year()).append(" <span class=\"key c0\">")
          .append("</span>").append(p.later().year()).append("</p>\n");
      List<SvgChart.Row> rows = new ArrayList<>();
      for (YearComparison.ComponentChange c : p.components()) {
        List<SvgChart.Bar> bars = new ArrayList<>();
        c.earlier().flatMap(NodeScore::index).ifPresent(i -> bars.add(new SvgChart.Bar(i, Text.num(i) + "%", "c1",
            p.earlier().year() + ": " + Text.num(i) + "%")));
        c.later().flatMap(NodeScore::index).ifPresent(i -> bars.add(new SvgChart.Bar(i, Text.num(i) + "%", "c0",
            p.later().year() + ": " + Text.num(i) + "%")));
        if (!bars.isEmpty()) {
          rows.add(new SvgChart.Row(c.code() + ". " + c.name(), bars));
        }
      }
      s.append(SvgChart.render("Component indices, " + p.earlier().year() + " and " + p.later().year(), rows));
    }
    return with(s.append("</section>\n").toString());
  }

  /** {@return the page as one HTML5 document} */
  public String render() {
    StringBuilder s = new StringBuilder("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n");
    s.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    s.append("<title>").append(Escaping.html(title)).append("</title>\n<style>\n").append(CSS).append("</style>\n");
    s.append("</head>\n<body>\n<main>\n<h1>").append(Escaping.html(title)).append("</h1>\n");
    sections.forEach(s::append);
    s.append("<footer>Generated by par-index. Figures are computed with exact decimal arithmetic; see each rule set's"
        + " provenance for what is official and what is illustrative.</footer>\n</main>\n</body>\n</html>\n");
    return s.toString();
  }

  @Override
  public String toString() {
    return "HtmlPage[" + title + ", " + sections.size() + " sections]";
  }

  private static void tile(StringBuilder s, String label, String value) {
    s.append("<div class=\"tile\"><div class=\"tl\">").append(Escaping.html(label)).append("</div><div class=\"tv\">")
        .append(Escaping.html(value)).append("</div></div>");
  }

  private static String signed(BigDecimal v) {
    return (v.signum() > 0 ? "+" : "") + v.toPlainString();
  }

  private static final String CSS = """
      :root { --ink: #1f2933; --muted: #616e7c; --line: #e4e7eb; --c0: #2f6fb3; --c1: #a7b6c8; --c2: #e0a526;
        --c3: #cf4b4b; --c4: #3b9c6e; --c5: #7b5ea7; }
      * { box-sizing: border-box; }
      body { margin: 0; background: #f5f7fa; color: var(--ink);
        font: 15px/1.5 "Segoe UI", "Noto Sans", "DejaVu Sans", Roboto, Arial, sans-serif; }
      main { max-width: 960px; margin: 0 auto; padding: 24px 28px 40px; background: #fff; min-height: 100vh; }
      h1 { font-size: 26px; margin: 4px 0 12px; }
      h2 { font-size: 20px; margin: 28px 0 10px; padding-bottom: 4px; border-bottom: 2px solid var(--line); }
      h3 { font-size: 16px; margin: 18px 0 6px; color: var(--muted); }
      section { margin-bottom: 8px; }
      .tiles { display: flex; flex-wrap: wrap; gap: 12px; margin: 8px 0 4px; }
      .tile { flex: 1 1 150px; border: 1px solid var(--line); border-radius: 8px; padding: 10px 14px; background: #fbfcfd; }
      .tl { font-size: 12px; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); }
      .tv { font-size: 22px; font-weight: 600; }
      table { border-collapse: collapse; width: 100%; margin: 6px 0 10px; font-size: 14px; }
      th, td { padding: 5px 8px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
      th { background: #f0f3f7; font-weight: 600; }
      td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
      tr.d0 td { font-weight: 600; background: #f7f9fb; }
      tr.d2 td:nth-child(2) { padding-left: 24px; }
      tr.d3 td:nth-child(2) { padding-left: 40px; color: var(--muted); }
      tr.na td { color: #9aa5b1; }
      tr.total td { font-weight: 700; border-top: 2px solid var(--ink); }
      svg.chart { display: block; max-width: 100%; height: auto; margin: 4px 0 8px; }
      svg .grid { stroke: var(--line); stroke-width: 1; }
      svg .tick { font-size: 11px; fill: var(--muted); }
      svg .label { font-size: 13px; fill: var(--ink); }
      svg text { font-family: "Segoe UI", "Noto Sans", "DejaVu Sans", Roboto, Arial, sans-serif; }
      svg .value { font-size: 12px; fill: var(--ink); font-weight: 600; }
      .bar.c0, .key.c0 { fill: var(--c0); background: var(--c0); } .bar.c1, .key.c1 { fill: var(--c1); background: var(--c1); }
      .bar.c2, .key.c2 { fill: var(--c2); background: var(--c2); } .bar.c3, .key.c3 { fill: var(--c3); background: var(--c3); }
      .bar.c4, .key.c4 { fill: var(--c4); background: var(--c4); } .bar.c5, .key.c5 { fill: var(--c5); background: var(--c5); }
      .key { display: inline-block; width: 12px; height: 12px; border-radius: 2px; margin: 0 4px -1px 8px; }
      .small { font-size: 13px; color: var(--muted); }
      .note { background: #fff8e1; border-left: 4px solid var(--c2); padding: 8px 12px; }
      .warn { background: #fdecea; border-left: 4px solid var(--c3); padding: 6px 12px; }
      .plus { color: #1e7a4f; font-weight: 600; white-space: nowrap; }
      ol li { margin: 4px 0; }
      footer { margin-top: 32px; font-size: 12px; color: var(--muted); border-top: 1px solid var(--line); padding-top: 8px; }
      """;
}
