/**
 * par-index testkit: test support for auditors. AssertJ-style assertions on scorecards and reconciliations
 * ({@link io.github.parindex.testkit.ParIndexAssertions}) and YAML case files that run as JUnit 5 dynamic tests
 * ({@link io.github.parindex.testkit.CaseFiles}).
 *
 * <p>This is the only par-index artifact that depends on AssertJ and JUnit; add it with test scope.
 */
module io.github.parindex.testkit {
  requires transitive io.github.parindex.core;
  requires transitive io.github.parindex.rules;
  requires transitive org.assertj.core;
  requires transitive org.junit.jupiter.api;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.dataformat.yaml;

  exports io.github.parindex.testkit;
}
