package io.github.parindex.fuzz;

/** Fuzzing of case files; see {@link ReaderFuzzing}. */
class CaseFileFuzzProperties extends ReaderFuzzing {
  static final FuzzTarget TARGET = new CaseFileTarget();

  @Override
  protected FuzzTarget target() {
    return TARGET;
  }
}
