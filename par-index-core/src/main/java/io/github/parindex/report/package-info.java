/**
 * Reports: scorecards and rankings rendered as Markdown, CSV and self-contained HTML pages with SVG bar charts
 * (no scripts, no external resources). Pure rendering to {@code String}; writing files is the caller's business.
 *
 * <pre>{@code
 * String md = Reports.markdown(scorecard);
 * String csv = Reports.csv(ranking);
 * String html = Reports.html(scorecard);
 * }</pre>
 */
package io.github.parindex.report;
