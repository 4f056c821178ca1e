package io.github.parindex.fuzz;

/** Fuzzing of the surveyCsv reader; see {@link ReaderFuzzing} and {@link SipasTargets}. */
class SurveyCsvFuzzProperties extends ReaderFuzzing {
  static final FuzzTarget TARGET = SipasTargets.surveyCsv();

  @Override
  protected FuzzTarget target() {
    return TARGET;
  }
}
