package io.github.parindex.fuzz;

/** Fuzzing of rule files; see {@link ReaderFuzzing}. */
class RuleFileFuzzProperties extends ReaderFuzzing {
  static final FuzzTarget TARGET = new RuleFileTarget();

  @Override
  protected FuzzTarget target() {
    return TARGET;
  }
}
