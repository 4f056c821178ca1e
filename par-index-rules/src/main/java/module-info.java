/**
 * par-index rules: rule sets as data, and the documents auditors exchange: the versioned scorecard report
 * ({@code par-index/scorecard@1}) and published result tables read from CSV.
 */
module io.github.parindex.rules {
  requires transitive io.github.parindex.core;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.csv;

  exports io.github.parindex.rules.report;
}
