/**
 * par-index rules: official rule data and the readers that need Jackson. SIPAS questionnaires and the streaming
 * CSV/JSON survey readers are in {@code io.github.parindex.rules.survey}.
 */
module io.github.parindex.rules {
  requires transitive io.github.parindex.core;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.csv;

  exports io.github.parindex.rules.survey;
}
