package io.github.parindex.fuzz;

/** Fuzzing of published result tables; see {@link ReaderFuzzing}. */
class PublishedTableFuzzProperties extends ReaderFuzzing {
  static final FuzzTarget TARGET = new PublishedTableTarget();

  @Override
  protected FuzzTarget target() {
    return TARGET;
  }
}
