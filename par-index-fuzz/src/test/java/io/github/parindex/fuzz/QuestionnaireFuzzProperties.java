package io.github.parindex.fuzz;

/** Fuzzing of the questionnaires reader; see {@link ReaderFuzzing} and {@link SipasTargets}. */
class QuestionnaireFuzzProperties extends ReaderFuzzing {
  static final FuzzTarget TARGET = SipasTargets.questionnaires();

  @Override
  protected FuzzTarget target() {
    return TARGET;
  }
}
