/**
 * par-index rules: rule sets as data. Holds the CSV table reader and writer with its Vietnamese scoring-text parser
 * ({@code io.github.parindex.rules.table}).
 */
module io.github.parindex.rules {
  requires transitive io.github.parindex.core;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.csv;

  exports io.github.parindex.rules.table;
}
