package io.github.parindex.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Case files read strictly: nothing dropped, nothing crashes; and the published-totals and tie-rule forms. */
class CaseFileStrictnessTest {

  static final String HEAD = """
      format: par-index/case@1
      ruleSet: test-two-parts
      year: 2017
      """;

  static CaseResult check(String yaml) {
    return CaseFiles.check(yaml, "t.yaml", TestkitFixtures.RESOLVER);
  }

  static final String UNIT = """
      unit: {code: A, name: Huyện A, level: DISTRICT}
      inputs: {I.1: 30, I.2: 20, II.1: {measured: {percent: 80}}}
      """;

  @Test
  void aKeyWithNoValueIsAProblemNotADroppedCheck() {
    // 30 + 20 + 28 = 78.00; "total: ~" must not let the case pass with the total unchecked
    CaseResult r = check(HEAD + UNIT + "expected:\n  total: ~\n  index: 78\n");
    assertThat(r.passed()).isFalse();
    assertThat(r.problems()).singleElement().asString()
        .isEqualTo("expected.total (line 7): no value (write the figure, or remove the key)");
  }

  @Test
  void aLevelWithNoValueIsAProblemNotANullPointerException() {
    CaseResult block = check(HEAD + "unit:\n  code: A\n  level:\ninputs: {I.1: 30}\nexpected: {total: 30}\n");
    assertThat(block.problems()).singleElement().asString()
        .isEqualTo("unit.level (line 6): no value (write one, or remove the key)");
    CaseResult flow = check(HEAD + "unit: {code: A, name: Huyện A, level: }\ninputs: {I.1: 30}\nexpected: {total: 30}\n");
    assertThat(flow.problems()).singleElement().asString()
        .isEqualTo("unit.level (line 4): no value (write one, or remove the key)");
  }

  @Test
  void aDuplicateKeyIsAProblem() {
    CaseResult r = check(HEAD + UNIT + "expected:\n  total: 78\n  total: 99\n");
    assertThat(r.problems()).singleElement().asString()
        .startsWith("expected.total (line 8, column 3): key \"total\" appears twice");
  }

  @Test
  void aSecondYamlDocumentIsAProblem() {
    CaseResult r = check(HEAD + UNIT + "expected: {total: 78}\n---\nexpected: {total: 99}\n");
    assertThat(r.problems()).singleElement().asString().contains("(line 8").contains("a second document?");
  }

  @Test
  void jacksonLimitsGiveLocatedProblemsNotCrashes() {
    // a scalar of 5 MiB passes the 4 MiB document limit of case files
    String huge = HEAD + "title: " + "x".repeat(5 << 20) + "\n" + UNIT + "expected: {total: 78}\n";
    assertThat(check(huge).problems()).singleElement().asString().contains("beyond a limit of case files")
        .contains("the most is 4194304");
    // a line of 100,001 characters, and a text of 200,000 over two lines, pass the 100,000 of a text
    String line = HEAD + "title: " + "x".repeat(100_001 - "title: ".length()) + "\n" + UNIT + "expected: {total: 78}\n";
    assertThat(check(line).problems()).containsExactly(
        "(line 4): beyond a limit of case files: a line of 100001 characters, the most is 100000");
    String lines = HEAD + "title: " + "x".repeat(99_000) + "\n  " + "y".repeat(99_000) + "\n" + UNIT
        + "expected: {total: 78}\n";
    assertThat(check(lines).problems()).containsExactly(
        "title (line 4): beyond a limit of case files: a text of 198001 characters, the most is 100000");
    // at the limit: a title of 100,000 characters is read
    String atLimit = HEAD + "title: " + "x".repeat(100_000 - "title: ".length()) + "\n" + UNIT
        + "expected: {total: 78}\n";
    assertThat(check(atLimit).passed()).isTrue();
    // 60 nested lists pass the nesting depth of 50
    String deep = HEAD + "title: " + "[".repeat(60) + "]".repeat(60) + "\n" + UNIT + "expected: {total: 78}\n";
    assertThat(check(deep).problems()).singleElement().asString().contains("beyond a limit of case files")
        .contains("(line 4");
  }

  @Test
  void nestingDepthIsReadAtFiftyAndAProblemAtFiftyOne() {
    // the root mapping is level 1, so 49 nested lists under "title" make 50 levels: read (title is then not a text)
    String at = HEAD + "title: " + "[".repeat(49) + "]".repeat(49) + "\n" + UNIT + "expected: {total: 78}\n";
    assertThat(check(at).problems()).containsExactly("title (line 4): expected text but was an array");
    // 50 lists make 51 levels, past the limit of 50: located at the list that passes it (column 8 + 50)
    String past = HEAD + "title: " + "[".repeat(50) + "]".repeat(50) + "\n" + UNIT + "expected: {total: 78}\n";
    assertThat(check(past).problems()).singleElement().asString()
        .startsWith("(line 4, column 58): beyond a limit of case files (nesting depth 50,")
        .contains("Document nesting depth (51) exceeds the maximum allowed (50");
  }

  @Test
  void keyLengthIsReadAtTheLimitAndAProblemPastIt() {
    // A plain YAML key is at most 1,024 characters; an explicit key ("? ") may run over lines, so it is checked
    // against the 100,000 characters of a text. The two lines fold into one key: 90,000 + 1 (space) + the rest.
    String at = HEAD + UNIT + "expected:\n  ? " + "K".repeat(90_000) + "\n    " + "L".repeat(9_999) + "\n  : 1\n"
        + "  total: 78\n";
    assertThat(check(at).problems()).singleElement().asString().startsWith("expected.KKKKKKKK")
        .doesNotContain("beyond a limit");
    String past = HEAD + UNIT + "expected:\n  ? " + "K".repeat(90_000) + "\n    " + "L".repeat(10_000)
        + "\n  : 1\n  total: 78\n";
    assertThat(check(past).problems()).containsExactly("expected (line 7): beyond a limit of case files: a key of"
        + " 100001 characters, the most is 100000 (\"KKKKKKKKKKKKKKKKKKKK…LLLLLLLLLL\" (100001 characters))");
    // a plain key of 1,025 characters is not YAML, located
    String plain = HEAD + UNIT.replace("inputs: {", "inputs: {" + "K".repeat(1025) + ": 1, ") + "expected: {total: 78}\n";
    assertThat(check(plain).problems()).singleElement().asString().startsWith("(line 5, column 1035): not valid YAML");
  }

  @Test
  void numberLengthIsReadAtSixtyFourCharactersAndAProblemAtSixtyFive() {
    // 41 zeros, "78." and 20 zeros: 64 characters whose value is 78 = 30 + 20 + 80% of 35
    String sixtyFour = "0".repeat(41) + "78." + "0".repeat(20);
    assertThat(sixtyFour).hasSize(64);
    CaseResult at = check(HEAD + UNIT + "expected: {total: " + sixtyFour + "}\n");
    assertThat(at.problems()).isEmpty();
    assertThat(at.passed()).isTrue();
    assertThat(check(HEAD + UNIT + "expected: {total: 0" + sixtyFour + "}\n").problems()).containsExactly(
        "expected.total (line 6): number \"00000000000000000000…0000000000\" (65 characters) is 65 characters long;"
            + " the limit is 64");
  }

  @Test
  void valuesAreReadAtOneHundredThousandAndAProblemPastIt() {
    // Besides the list under "title", the document has 17 values: the root mapping, format, ruleSet, year, the
    // list itself; unit and its 3; inputs, I.1, I.2, II.1, measured, percent; expected and total. So a list of
    // 99,983 numbers makes 100,000 values (one per line, to keep within the line limit).
    String at = HEAD + "title:\n" + "  - 1\n".repeat(99_983) + UNIT + "expected: {total: 78}\n";
    assertThat(check(at).problems()).containsExactly("title (line 5): expected text but was an array");
    String past = HEAD + "title:\n" + "  - 1\n".repeat(99_984) + UNIT + "expected: {total: 78}\n";
    assertThat(check(past).problems()).singleElement().asString()
        .endsWith("beyond a limit of case files: more than 100000 values in one document")
        // the 100,001st value is the last one read: total's 78, on the last line (4 + 99,984 + 3), column 19
        .startsWith("(line " + (4 + 99_984 + 3) + ", column 19)");
  }

  @Test
  void publishedTotalsAndADeclaredTieRuleRun() {
    CaseResult r = CaseFiles.check(java.nio.file.Path.of("src/test/resources/cases/published-totals-declared-tie.yaml"),
        TestkitFixtures.RESOLVER);
    r.assertPassed();
    assertThat(r.scorecards()).extracting(c -> c.arithmetic().get(0))
        .allMatch(l -> l.startsWith("built from published totals"));
  }

  @Test
  void aWrongRankUnderTheDeclaredRuleIsAMismatch() {
    String yaml = """
        format: par-index/case@1
        year: 2017
        rules: {id: t, scale: 100, parts: {I: 65, II: 35}}
        ranking: {ties: {breakBy: [{points: II}]}}
        units:
          - unit: {code: PG, level: DISTRICT}
            published: {points: 76.03, parts: {I: 46, II: 30.03}}
            expected: {rank: 1}
          - unit: {code: X, level: DISTRICT}
            published: {points: 76.03, parts: {I: 45, II: 31.03}}
            expected: {rank: 2}
        """;
    // by survey points X (31.03) is ahead of PG (30.03)
    CaseResult r = check(yaml);
    assertThat(r.mismatches()).extracting(Mismatch::unit, Mismatch::path)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("PG", "rank"), org.assertj.core.groups.Tuple.tuple("X",
            "rank"));
  }

  @Test
  void gradesWithAFloorInARulesHeader() {
    String yaml = """
        format: par-index/case@1
        year: 2024
        rules:
          id: hd
          scale: 100
          parts: {A: 40, B: 30, C: 30}
          grades:
            - {label: Nhóm 1, from: 90, floor: 80, aliases: ["1"]}
            - {label: Nhóm 2, from: 80, floor: 70}
            - {label: Nhóm 3, from: 0}
        units:
          - unit: {code: U1, level: DEPARTMENT}
            published: {points: 91.5, parts: {A: 39, B: 29, C: 23.5}}
            expected: {grade: Nhóm 2}    # C = 23.5 / 30 = 78.33% < 80
        """;
    CaseResult r = check(yaml);
    r.assertPassed();
    assertThat(r.scorecards().get(0).arithmetic()).anyMatch(l -> l.contains("component C is at 78.33%"));
  }

  @Test
  void unknownTieKeysAndMixedFormsAreProblems() {
    String yaml = HEAD + "ranking: {ties: {breakBy: [{colour: red}, unroundedIndex, unroundedIndex]}}\n" + UNIT
        + "published: {points: 1}\nexpected: {total: 78}\n";
    List<String> problems = check(yaml).problems();
    assertThat(problems).anyMatch(p -> p.startsWith("ranking.ties.breakBy[1] (line 4): unknown tie-break key"))
        .anyMatch(p -> p.contains("appears twice"))
        .anyMatch(p -> p.startsWith("published: published figures need a rules header"));
  }
}
