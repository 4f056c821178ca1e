package io.github.parindex.fuzz;

/** Fuzzing of the lineageCsv reader; see {@link ReaderFuzzing} and {@link SipasTargets}. */
class LineageCsvFuzzProperties extends ReaderFuzzing {
  static final FuzzTarget TARGET = SipasTargets.lineageCsv();

  @Override
  protected FuzzTarget target() {
    return TARGET;
  }
}
