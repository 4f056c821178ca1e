/**
 * par-index rules: rule sets and reference data as files, and their readers. Jackson lives here, never in core.
 */
module io.github.parindex.rules {
  requires transitive io.github.parindex.core;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.csv;

  exports io.github.parindex.rules.lineage;
}
