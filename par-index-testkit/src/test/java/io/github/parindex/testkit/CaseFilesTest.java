package io.github.parindex.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.parindex.model.ParIndexException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class CaseFilesTest {

  /** The one-line entry point, here with the test's own resolver. */
  @TestFactory
  Stream<DynamicTest> cases() {
    return CaseFiles.in("src/test/resources/cases", TestkitFixtures.RESOLVER);
  }

  @Test
  void aWrongCaseReportsEveryMismatchWithFileNodeAndBothValues() {
    CaseResult r = CaseFiles.check(Path.of("src/test/resources/wrong/wrong-survey.yaml"), TestkitFixtures.RESOLVER);
    assertThat(r.passed()).isFalse();
    assertThat(r.mismatches()).extracting(Mismatch::path).containsExactly("total", "node II.1 points");
    assertThat(r.report())
        .contains("wrong-survey.yaml (A deliberately wrong case): 2 mismatches")
        .contains("wrong-survey.yaml: unit A, total: expected 76.60, actual 76.50")
        .contains("wrong-survey.yaml: unit A, node II.1 points: expected 28.10, actual 28.00");
  }

  @Test
  void theDynamicTestOfAWrongCaseFailsWithThatReport() {
    List<DynamicTest> tests = CaseFiles.in("src/test/resources/wrong", TestkitFixtures.RESOLVER).toList();
    assertThat(tests).singleElement().satisfies(t -> {
      assertThat(t.getDisplayName()).isEqualTo("wrong-survey.yaml");
      assertThatThrownBy(() -> t.getExecutable().execute())
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("wrong-survey.yaml: unit A, node II.1 points: expected 28.10, actual 28.00");
    });
  }

  @Test
  void aSubfolderThatCannotBeListedIsALocatedProblemNotAnUncheckedIoException(@TempDir Path dir)
      throws IOException {
    Files.writeString(dir.resolve("a.yaml"), "format: par-index/case@1\n");
    // A chain of folders whose full path is longer than the system allows (4,096 bytes on Linux), so listing fails
    // part-way for root as for anyone (a folder without read permission would not fail for root). It is made
    // with short names, then renamed from the deepest up, so that no single call needs the long path.
    int depth = 20;
    String longName = "x".repeat(250);
    Path top = dir.resolve("deep");
    Files.createDirectories(top.resolve("s/".repeat(depth)));
    for (int k = depth; k >= 1; k--) {
      Path parent = top.resolve("s/".repeat(k - 1));
      Files.move(parent.resolve("s"), parent.resolve(longName));
    }
    try {
      assertThatThrownBy(() -> CaseFiles.files(dir))
          .isInstanceOf(ParIndexException.class).hasMessageContaining(dir.toString())
          .satisfies(e -> assertThat(((ParIndexException) e).problems()).singleElement().asString()
              .contains("cannot be read").contains("File name too long"));
      assertThatThrownBy(() -> CaseFiles.in(dir, TestkitFixtures.RESOLVER)).isInstanceOf(ParIndexException.class);
    } finally {
      for (int k = 1; k <= depth; k++) { // back to short names, top down, so that the folder can be deleted
        Path parent = top.resolve("s/".repeat(k - 1));
        Files.move(parent.resolve(longName), parent.resolve("s"));
      }
    }
  }

  @Test
  void aMissingFolderCannotPassSilently() {
    assertThatThrownBy(() -> CaseFiles.in("src/test/resources/no-such-folder", TestkitFixtures.RESOLVER))
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
    CaseResult r = CaseFiles.check(yaml, "bad.yaml", TestkitFixtures.RESOLVER);
    assertThat(r.problems()).contains(
        "unit.level: unknown value \"DISTRIKT\" (one of [MINISTRY, PROVINCE, DEPARTMENT, DISTRICT, COMMUNE, "
            + "CENTRAL_AGENCY_IN_PROVINCE, OTHER])",
        "inputs.I.1 (line 6): \"30,5\" is not a decimal (write e.g. 85.78, with a dot)",
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
    assertThat(CaseFiles.check(unknown, "u.yaml", TestkitFixtures.RESOLVER).problems()).singleElement().asString()
        .contains("no rule set with id \"test-two-partz\"");
    String invalid = unknown.replace("test-two-partz", "test-two-parts").replace("I.1: 30", "I.1: 41");
    assertThat(CaseFiles.check(invalid, "i.yaml", TestkitFixtures.RESOLVER).problems())
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
    assertThat(CaseFiles.check(base, "t.yaml", TestkitFixtures.RESOLVER).mismatches()).hasSize(1);
    String noReason = base + "tolerance: {amount: 0.01}\n";
    assertThat(CaseFiles.check(noReason, "t.yaml", TestkitFixtures.RESOLVER).problems())
        .contains("tolerance.reason: a tolerance needs a reason (exact decimals are the rule)");
    String withReason = base + "tolerance: {amount: 0.01, reason: published figures lost a digit}\n";
    assertThat(CaseFiles.check(withReason, "t.yaml", TestkitFixtures.RESOLVER).passed()).isTrue();
    String tooSmall = base + "tolerance: {amount: 0.005, reason: published figures lost a digit}\n";
    assertThat(CaseFiles.check(tooSmall, "t.yaml", TestkitFixtures.RESOLVER).mismatches()).singleElement().asString()
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
    CaseResult r = CaseFiles.check(yaml, "d.yaml", TestkitFixtures.RESOLVER);
    assertThat(r.passed()).as(r.report()).isTrue();
  }

  static final String NUMBERS = """
      format: par-index/case@1
      ruleSet: test-two-parts
      year: 2017
      unit: {code: A, level: DISTRICT}
      inputs:
        I.1: %s
        I.2: 10
        II.1: {measured: {percent: 80}}
      expected: {total: 68}
      """;

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aNumberWithAHugeExponentIsALocatedProblemNotAHangOrACrash() {
    // 1.0e+300000000 used to run forever (a 300-million-digit number), 1.0e+999999999 to throw an
    // ArithmeticException without file or line: both are refused before any arithmetic, at inputs.I.1, line 6.
    for (String n : List.of("1.0e+300000000", "1.0e+999999999", "1e-999999999", "-2.5E3")) {
      CaseResult r = CaseFiles.check(NUMBERS.formatted(n), "exp.yaml", TestkitFixtures.RESOLVER);
      assertThat(r.problems()).as(n).singleElement().asString()
          .startsWith("inputs.I.1 (line 6): " + n + " is not a plain decimal")
          .contains("no exponent");
      assertThat(r.report()).startsWith("exp.yaml: the case cannot run (1 problem");
    }
  }

  @Test
  void onlyPlainDecimalsAreNumbers() {
    // YAML would read these as numbers too; a case file writes figures as they are published.
    for (String n : List.of("+30", ".5", "1_000", "0x1E")) {
      assertThat(CaseFiles.check(NUMBERS.formatted(n), "n.yaml", TestkitFixtures.RESOLVER).problems()).as(n)
          .anyMatch(p -> p.startsWith("inputs.I.1 (line 6): ") && p.contains("not a plain decimal"));
    }
    // As text: the same rule, with the line.
    assertThat(CaseFiles.check(NUMBERS.formatted("\"1.0e+300000000\""), "t.yaml", TestkitFixtures.RESOLVER).problems())
        .containsExactly("inputs.I.1 (line 6): \"1.0e+300000000\" is not a decimal (write e.g. 85.78, with a dot, "
            + "and no exponent)");
    // 30 + 10 + 80% of 35 = 28 → 68: plain numbers and plain text still read.
    assertThat(CaseFiles.check(NUMBERS.formatted("30"), "ok.yaml", TestkitFixtures.RESOLVER).passed()).isTrue();
    assertThat(CaseFiles.check(NUMBERS.formatted("\"30.00\""), "ok.yaml", TestkitFixtures.RESOLVER).passed()).isTrue();
  }

  @Test
  void aNumberIsWithinTheLibrarysNumericLimits() {
    String twenty = "1" + "0".repeat(19) + ".5";      // 20 digits before the point: at the limit
    String twentyOne = "1" + "0".repeat(20) + ".5";   // 21 digits: one past it
    assertThat(CaseFiles.check(NUMBERS.formatted(twentyOne), "long.yaml", TestkitFixtures.RESOLVER).problems())
        .singleElement().asString().startsWith("inputs.I.1 (line 6): ")
        .contains("has 21 digits before the decimal point; the limit is 20");
    assertThat(CaseFiles.check(NUMBERS.formatted("\"" + twentyOne + "\""), "long.yaml", TestkitFixtures.RESOLVER)
        .problems()).singleElement().asString().contains("inputs.I.1 (line 6)").contains("has 21 digits");
    String places = "0." + "1".repeat(21);            // 21 digits after the point: past the limit of 20
    assertThat(CaseFiles.check(NUMBERS.formatted(places), "long.yaml", TestkitFixtures.RESOLVER).problems())
        .singleElement().asString().contains("has 21 digits after the decimal point; the limit is 20");
    // 20 digits are read (the value is then far above the maximum: an input problem, not a reading problem).
    assertThat(CaseFiles.check(NUMBERS.formatted(twenty), "ok.yaml", TestkitFixtures.RESOLVER).problems())
        .noneMatch(p -> p.contains("digits"));
  }

  @Test
  void numbersInAListOfUnitsAreLocatedByUnit() {
    String yaml = """
        format: par-index/case@1
        ruleSet: test-two-parts
        year: 2017
        units:
          - unit: {code: A, level: DISTRICT}
            inputs: {I.1: 30, I.2: 10, II.1: {measured: {percent: 80}}}
            expected: {total: 68}
          - unit: {code: B, level: DISTRICT}
            inputs: {I.1: 30, I.2: 10, II.1: {measured: {percent: 8e1}}}
            expected: {total: 6.8E+1, nodes: {I: 40}}
        """;
    assertThat(CaseFiles.check(yaml, "units.yaml", TestkitFixtures.RESOLVER).problems()).containsExactly(
        "units[2].inputs.II.1.measured.percent (line 9): 8e1 is not a plain decimal: write digits with an optional "
            + "dot, e.g. 85.78 or -2.5 (no exponent, no +, no _)",
        "units[2].expected.total (line 10): 6.8E+1 is not a plain decimal: write digits with an optional dot, "
            + "e.g. 85.78 or -2.5 (no exponent, no +, no _)");
  }

  @Test
  void theDefaultResolverFindsTheBundledOfficialSets() {
    assertThat(RuleSetResolver.registry().resolve("vn-bnv-876-province")).isPresent();
    assertThat(TestkitFixtures.RESOLVER.or(RuleSetResolver.registry()).resolve("test-two-parts")).isPresent();
  }
}
