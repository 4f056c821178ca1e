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
 * <p>The documents auditors exchange, each package named for its document: the versioned scorecard report
 * {@code par-index/scorecard@1} ({@link io.github.parindex.rules.scorecard}) and published result tables read from
 * CSV ({@link io.github.parindex.rules.published}).
 *
 * <p>Administrative merges, splits and renames as data ({@link io.github.parindex.rules.merges}: the 2025 province
 * merges in {@link io.github.parindex.rules.merges.ProvinceMerges2025}, {@link io.github.parindex.rules.merges.LineageCsv}
 * for other lineages); the lineage model and its queries are core's {@code io.github.parindex.lineage}.
 *
 * <p>SIPAS survey data lives in its own module, {@code par-index-sipas}.
 */
module io.github.parindex.rules {
  requires transitive io.github.parindex.core;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.csv;

  exports io.github.parindex.rules;
  exports io.github.parindex.rules.scorecard;
  exports io.github.parindex.rules.published;
  exports io.github.parindex.rules.table;
  exports io.github.parindex.rules.merges;
  // the strict document reader, shared with the testkit's case files
  exports io.github.parindex.rules.internal to io.github.parindex.testkit;

  uses io.github.parindex.rules.RuleSetProvider;
  uses io.github.parindex.rules.ScoringMethodCodec;

  provides io.github.parindex.rules.RuleSetProvider with io.github.parindex.rules.OfficialRuleSets;
}
