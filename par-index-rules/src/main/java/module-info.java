/**
 * par-index rules: rule sets as data.
 *
 * <p>The strict JSON rule-set format {@code par-index/rule-set@1} ({@link io.github.parindex.rules.RuleSetJson}),
 * the CSV table reader and writer with its Vietnamese scoring-text parser ({@code io.github.parindex.rules.table}),
 * the {@link io.github.parindex.rules.RuleSetProvider} and {@link io.github.parindex.rules.ScoringMethodCodec}
 * service interfaces through which a rule module brings its own sets and scoring methods, the
 * {@link io.github.parindex.rules.RuleSetRegistry} that finds sets by id or by issuer, unit level and year, the
 * official sets bundled as JSON ({@link io.github.parindex.rules.OfficialRuleSets}) and the Markdown
 * {@link io.github.parindex.rules.Handbook}.
 *
 * <p>The documents auditors exchange ({@link io.github.parindex.rules.report}): the versioned scorecard report
 * ({@code par-index/scorecard@1}) and published result tables read from CSV.
 *
 * <p>Unit lineage as data ({@link io.github.parindex.rules.lineage.ProvinceMerges2025}: the 2025 province merges;
 * {@link io.github.parindex.rules.lineage.LineageCsv} for other lineages).
 *
 * <p>SIPAS survey data ({@code io.github.parindex.rules.survey}): the questionnaire designs of QĐ 2640/QĐ-BNV and
 * QĐ 1001/QĐ-BNV and the streaming CSV/JSON readers of respondent-level answers.
 */
module io.github.parindex.rules {
  requires transitive io.github.parindex.core;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.csv;

  exports io.github.parindex.rules;
  exports io.github.parindex.rules.report;
  exports io.github.parindex.rules.table;
  exports io.github.parindex.rules.lineage;
  exports io.github.parindex.rules.survey;
  // the strict document reader, shared with the testkit's case files
  exports io.github.parindex.rules.internal to io.github.parindex.testkit;

  uses io.github.parindex.rules.RuleSetProvider;
  uses io.github.parindex.rules.ScoringMethodCodec;

  provides io.github.parindex.rules.RuleSetProvider with io.github.parindex.rules.OfficialRuleSets;
}
