package io.github.parindex.fuzz;

/** Fuzzing of scorecard reports; see {@link ReaderFuzzing}. */
class ScorecardReportFuzzProperties extends ReaderFuzzing {
  static final FuzzTarget TARGET = new ScorecardReportTarget();

  @Override
  protected FuzzTarget target() {
    return TARGET;
  }
}
