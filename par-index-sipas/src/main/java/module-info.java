/**
 * par-index SIPAS: the satisfaction index of administrative service (Chỉ số hài lòng về sự phục vụ hành chính).
 *
 * <p>{@link io.github.parindex.sipas}: questionnaires, respondents, the exact weighted accumulator, population
 * figures with Wilson intervals, and {@link io.github.parindex.sipas.SipasLink}, the one place SIPAS meets the PAR
 * Index (a survey-share leaf's answer). {@link io.github.parindex.sipas.io}: the questionnaire designs of
 * QĐ 2640/QĐ-BNV and QĐ 1001/QĐ-BNV kept as data, and the strict streaming CSV/JSON readers of respondent-level
 * answers.
 *
 * <p>Why a module of its own: SIPAS has its own data (questionnaires, millions of answer rows), its own readers and
 * its own arithmetic, and touches the PAR Index only through a survey share. A system that scores rule sets does
 * not need it; a survey office does not need the rule-set readers.
 */
module io.github.parindex.sipas {
  requires transitive io.github.parindex.core;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.csv;

  exports io.github.parindex.sipas;
  exports io.github.parindex.sipas.io;
}
