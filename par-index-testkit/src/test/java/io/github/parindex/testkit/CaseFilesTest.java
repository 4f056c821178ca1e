package io.github.parindex.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class CaseFilesTest {

  /** The one-line entry point, here with the test's own resolver. */
  @TestFactory
  Stream<DynamicTest> cases() {
    return CaseFiles.in("src/test/resources/cases", Fixtures.RESOLVER);
  }

  @Test
  void aWrongCaseReportsEveryMismatchWithFileNodeAndBothValues() {
    CaseResult r = CaseFiles.check(Path.of("src/test/resources/wrong/wrong-survey.yaml"), Fixtures.RESOLVER);
    assertThat(r.passed()).isFalse();
    assertThat(r.mismatches()).extracting(Mismatch::path).containsExactly("total", "node II.1 points");
    assertThat(r.report())
        .contains("wrong-survey.yaml (A deliberately wrong case): 2 mismatches")
        .contains("wrong-survey.yaml: unit A, total: expected 76.60, actual 76.50")
        .contains("wrong-survey.yaml: unit A, node II.1 points: expected 28.10, actual 28.00");
  }

  @Test
  void theDynamicTestOfAWrongCaseFailsWithThatReport() {
    List<DynamicTest> tests = CaseFiles.in("src/test/resources/wrong", Fixtures.RESOLVER).toList();
    assertThat(tests).singleElement().satisfies(t -> {
      assertThat(t.getDisplayName()).isEqualTo("wrong-survey.yaml");
      assertThatThrownBy(() -> t.getExecutable().execute())
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("wrong-survey.yaml: unit A, node II.1 points: expected 28.10, actual 28.00");
    });
  }

  @Test
  void aMissingFolderCannotPassSilently() {
    assertThatThrownBy(() -> CaseFiles.in("src/test/resources/no-such-folder", Fixtures.RESOLVER))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no-such-folder");
  }

  @Test
  void problemsInACaseFileAreReportedByPath() {
    String yaml = """
        format: par-index/case@1
        ruleSet: test-two-parts
        year: 2017
        unit: {code: A, level: DISTRIKT}
        inputs:
          I.1: 30,5
          II.1: {measured: {percentage: 80}}
        expected:
          totl: 1
          tolerance: 0.01
        """;
    CaseResult r = CaseFiles.check(yaml, "bad.yaml", Fixtures.RESOLVER);
    assertThat(r.problems()).contains(
        "unit.level: unknown value \"DISTRIKT\" (one of [MINISTRY, PROVINCE, DEPARTMENT, DISTRICT, COMMUNE, "
            + "CENTRAL_AGENCY_IN_PROVINCE, OTHER])",
        "inputs.I.1: \"30,5\" is not a decimal (write e.g. 85.78, with a dot)",
        "inputs.II.1.measured: unknown answer \"percentage\" (points, percent, rate, yesNo, level, count, deadline, "
            + "figures)");
    assertThat(r.problems()).anyMatch(p -> p.startsWith("expected.totl: unknown field"))
        .anyMatch(p -> p.startsWith("expected.tolerance: unknown field"));
    assertThat(r.report()).startsWith("bad.yaml: the case cannot run (5 problems)");
  }

  @Test
  void anUnknownRuleSetAndAnInvalidAssessmentAreProblems() {
    String unknown = """
        format: par-index/case@1
        ruleSet: test-two-partz
        year: 2017
        unit: {code: A, level: DISTRICT}
        inputs: {I.1: 30}
        expected: {total: 30}
        """;
    assertThat(CaseFiles.check(unknown, "u.yaml", Fixtures.RESOLVER).problems()).singleElement().asString()
        .contains("no rule set with id \"test-two-partz\"");
    String invalid = unknown.replace("test-two-partz", "test-two-parts").replace("I.1: 30", "I.1: 41");
    assertThat(CaseFiles.check(invalid, "i.yaml", Fixtures.RESOLVER).problems())
        .anyMatch(p -> p.contains("I.1") && p.startsWith("inputs: "));
  }

  @Test
  void aToleranceNeedsAReasonAndIsReportedWhenExceeded() {
    String base = """
        format: par-index/case@1
        ruleSet: test-two-parts
        year: 2017
        unit: {code: A, level: DISTRICT}
        inputs: {I.1: 30, I.2: 10, II.1: {measured: {percent: 80}}}
        expected: {total: 68.01}
        """;
    // 30 + 10 + 28 = 68.00
    assertThat(CaseFiles.check(base, "t.yaml", Fixtures.RESOLVER).mismatches()).hasSize(1);
    String noReason = base + "tolerance: {amount: 0.01}\n";
    assertThat(CaseFiles.check(noReason, "t.yaml", Fixtures.RESOLVER).problems())
        .contains("tolerance.reason: a tolerance needs a reason (exact decimals are the rule)");
    String withReason = base + "tolerance: {amount: 0.01, reason: published figures lost a digit}\n";
    assertThat(CaseFiles.check(withReason, "t.yaml", Fixtures.RESOLVER).passed()).isTrue();
    String tooSmall = base + "tolerance: {amount: 0.005, reason: published figures lost a digit}\n";
    assertThat(CaseFiles.check(tooSmall, "t.yaml", Fixtures.RESOLVER).mismatches()).singleElement().asString()
        .contains("beyond the declared tolerance 0.005: published figures lost a digit");
  }

  @Test
  void decimalsAreReadExactlyAsWritten() {
    // 0.1 + 0.2 would not be 0.3 in binary floating point; here 0.1 + 0.2 = 0.30 exactly.
    String yaml = """
        format: par-index/case@1
        ruleSet: test-two-parts
        year: 2017
        unit: {code: A, level: DISTRICT}
        inputs: {I.1: 0.1, I.2: 0.2, II.1: {measured: {percent: 0}}}
        expected: {nodes: {I: 0.30}, total: 0.3}
        """;
    CaseResult r = CaseFiles.check(yaml, "d.yaml", Fixtures.RESOLVER);
    assertThat(r.passed()).as(r.report()).isTrue();
  }

  @Test
  void theDefaultResolverFindsTheBundledOfficialSets() {
    assertThat(RuleSetResolver.registry().resolve("vn-bnv-876-province")).isPresent();
    assertThat(Fixtures.RESOLVER.or(RuleSetResolver.registry()).resolve("test-two-parts")).isPresent();
  }
}
