package io.github.parindex.fuzz;

/** Fuzzing of the surveyJson reader; see {@link ReaderFuzzing} and {@link SipasTargets}. */
class SurveyJsonFuzzProperties extends ReaderFuzzing {
  static final FuzzTarget TARGET = SipasTargets.surveyJson();

  @Override
  protected FuzzTarget target() {
    return TARGET;
  }
}
