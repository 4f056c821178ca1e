package io.github.parindex.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.parindex.model.ParIndexException;
import io.github.parindex.model.Problem;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Malformed rule files: every error names the file, the JSON path, the line and the column. */
class RuleSetJsonErrorsTest {

  /** A valid file; each test breaks one line of it. Line numbers below count from 1 at {@code {}. */
  static final String VALID = """
      {
        "format": "par-index/rule-set@1",
        "id": "test-set",
        "title": "Bộ chỉ số thử",
        "issuer": "UBND tỉnh X",
        "legalBasis": {"document": "1/QĐ-UBND", "date": "2024-01-15"},
        "appliesTo": ["DEPARTMENT"],
        "years": {"first": 2024},
        "maxTotal": 10,
        "rounding": {"pointsScale": 2, "pointsMode": "HALF_UP", "indexScale": 2, "indexMode": "HALF_UP",
          "stage": "LEAF"},
        "provenance": {"status": "ILLUSTRATIVE", "note": "test data"},
        "nodes": [
          {"code": "1", "name": "Lĩnh vực 1", "maxPoints": 10, "children": [
            {"code": "1.1", "name": "Tiêu chí 1.1", "maxPoints": 4, "source": "APPRAISAL",
              "method": {"kind": "yes-no", "yes": 4, "no": 0}},
            {"code": "1.2", "name": "Tiêu chí 1.2", "maxPoints": 6, "source": "APPRAISAL",
              "method": {"kind": "percent-bands", "bands": [
                {"from": 0, "to": 80, "points": 0},
                {"from": 80, "to": 100, "toInclusive": true, "points": 6}]}}
          ]}
        ]
      }
      """;

  static RuleFileException failure(String text) {
    try {
      RuleSetJson.standard().parse(text, "x.json");
    } catch (RuleFileException e) {
      return e;
    }
    throw new AssertionError("expected the file to be rejected");
  }

  @Test
  void theValidFileReads() {
    var rs = RuleSetJson.standard().parse(VALID, "x.json");
    assertThat(rs.node("1.2").orElseThrow().maxPoints()).isEqualByComparingTo("6");
    assertThat(rs.version()).isEqualTo("1");
  }

  @Test
  void anUnknownKeyIsAnErrorWithTheNearestValidKey() {
    RuleFileException e = failure(VALID.replace("\"code\": \"1.1\", \"name\": \"Tiêu chí 1.1\", \"maxPoints\": 4",
        "\"code\": \"1.1\", \"name\": \"Tiêu chí 1.1\", \"maxPoint\": 4"));
    assertThat(e.problems()).anySatisfy(p -> {
      assertThat(p.location().orElseThrow().source()).isEqualTo("x.json");
      assertThat(p.location().orElseThrow().path()).isEqualTo("$.nodes[0].children[0].maxPoint");
      assertThat(p.location().orElseThrow().line()).isEqualTo(15);
      assertThat(p.location().orElseThrow().column()).isEqualTo(47);
      assertThat(p.message()).contains("unknown key \"maxPoint\"").contains("did you mean \"maxPoints\"?");
    });
    // the misspelling also leaves the required key missing, reported at the node
    assertThat(e.problems()).anySatisfy(p -> {
      assertThat(p.location().orElseThrow().path()).isEqualTo("$.nodes[0].children[0].maxPoints");
      assertThat(p.message()).contains("missing required key \"maxPoints\"").contains("found \"maxPoint\"");
    });
    assertThat(e).isInstanceOf(ParIndexException.class);
    assertThat(e.getMessage()).contains("x.json:15:47: $.nodes[0].children[0].maxPoint: unknown key \"maxPoint\" in a node");
  }

  @Test
  void missingRequiredObjectsAndArraysAreEachNamedAtTheirPath() {
    String text = VALID.replace("  \"appliesTo\": [\"DEPARTMENT\"],\n", "")
        .replace("  \"years\": {\"first\": 2024},\n", "")
        .replace("  \"rounding\": {\"pointsScale\": 2, \"pointsMode\": \"HALF_UP\", \"indexScale\": 2, \"indexMode\":"
            + " \"HALF_UP\",\n    \"stage\": \"LEAF\"},\n", "");
    assertThat(text).doesNotContain("appliesTo").doesNotContain("years").doesNotContain("rounding");
    RuleFileException e = failure(text);
    assertThat(e.problems()).extracting(p -> p.location().orElseThrow().path())
        .containsExactlyInAnyOrder("$.appliesTo", "$.years", "$.rounding");
    assertThat(e.problems()).extracting(p -> p.message()).allSatisfy(m -> assertThat(m).contains("missing required key"));
  }

  @Test
  void aRequiredObjectOfTheWrongTypeIsOneProblemNotAlsoMissing() {
    RuleFileException e = failure(VALID.replace("\"years\": {\"first\": 2024}", "\"years\": 2024"));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.location().orElseThrow().path()).isEqualTo("$.years");
      assertThat(p.message()).contains("an object").doesNotContain("missing");
    });
  }

  @Test
  void aMisplacedKeyNamesWhereItBelongs() {
    RuleFileException e = failure(VALID.replace("\"years\": {\"first\": 2024}",
        "\"years\": {\"first\": 2024, \"maxTotal\": 10}"));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.location().orElseThrow().path()).isEqualTo("$.years.maxTotal");
      assertThat(p.location().orElseThrow().line()).isEqualTo(8);
      assertThat(p.message()).contains("unknown key \"maxTotal\" in \"years\"")
          .contains("belongs at the top level of the rule set");
    });
  }

  @Test
  void anUnknownKeyInsideAMethodIsAnErrorToo() {
    RuleFileException e = failure(VALID.replace("\"yes\": 4, \"no\": 0", "\"yes\": 4, \"no\": 0, \"noo\": 1"));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.location().orElseThrow().path()).isEqualTo("$.nodes[0].children[0].method.noo");
      assertThat(p.message()).contains("did you mean \"no\"?");
    });
    RuleFileException band = failure(VALID.replace("{\"from\": 0, \"to\": 80, \"points\": 0}",
        "{\"from\": 0, \"too\": 80, \"points\": 0}"));
    assertThat(band.problems()).anySatisfy(p -> {
      assertThat(p.location().orElseThrow().path()).isEqualTo("$.nodes[0].children[1].method.bands[0].too");
      assertThat(p.location().orElseThrow().line()).isEqualTo(19);
      assertThat(p.message()).contains("did you mean \"to\"?");
    });
  }

  @Test
  void aWrongTypeIsAnError() {
    RuleFileException e = failure(VALID.replace("\"code\": \"1.1\"", "\"code\": 1.1"));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.location().orElseThrow().path()).isEqualTo("$.nodes[0].children[0].code");
      assertThat(p.location().orElseThrow().line()).isEqualTo(15);
      assertThat(p.location().orElseThrow().column()).isEqualTo(16);
      assertThat(p.message()).isEqualTo("expected a string, got the number 1.1");
    });
  }

  @Test
  void aMissingRequiredKeyIsAnError() {
    RuleFileException e = failure(VALID.replace("  \"issuer\": \"UBND tỉnh X\",\n", ""));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.location().orElseThrow().path()).isEqualTo("$.issuer");
      assertThat(p.location().orElseThrow().line()).isEqualTo(1);
      assertThat(p.message()).contains("missing required key \"issuer\" in the rule set");
    });
  }

  @Test
  void badDecimalsAreErrors() {
    RuleFileException comma = failure(VALID.replace("\"yes\": 4, \"no\": 0", "\"yes\": \"4,0\", \"no\": 0"));
    assertThat(comma.problems()).singleElement().satisfies(p -> {
      assertThat(p.location().orElseThrow().path()).isEqualTo("$.nodes[0].children[0].method.yes");
      assertThat(p.location().orElseThrow().line()).isEqualTo(16);
      assertThat(p.message()).contains("bad decimal").contains("the JSON number 4.0");
    });
    RuleFileException exponent = failure(VALID.replace("\"maxTotal\": 10", "\"maxTotal\": 1e1"));
    assertThat(exponent.problems()).singleElement().satisfies(p -> {
      assertThat(p.location().orElseThrow().path()).isEqualTo("$.maxTotal");
      assertThat(p.location().orElseThrow().line()).isEqualTo(9);
      assertThat(p.location().orElseThrow().column()).isEqualTo(15);
      assertThat(p.message()).contains("bad decimal 1e1").contains("without an exponent");
    });
  }

  @Test
  void everyProblemOfAFileIsReportedAtOnceInFileOrder() {
    String broken = VALID.replace("\"title\": \"Bộ chỉ số thử\"", "\"titel\": \"Bộ chỉ số thử\"")
        .replace("\"stage\": \"LEAF\"", "\"stage\": \"LEAFS\"")
        .replace("\"kind\": \"yes-no\"", "\"kind\": \"yes-or-no\"");
    RuleFileException e = failure(broken);
    assertThat(e.problems()).extracting(p -> p.location().orElseThrow().line()).isSorted();
    assertThat(e.problems()).extracting(Problem::message).anySatisfy(m ->
        assertThat(m).contains("unknown key \"titel\"").contains("did you mean \"title\"?"));
    assertThat(e.problems()).extracting(Problem::message).anySatisfy(m ->
        assertThat(m).contains("\"LEAFS\" is not one of LEAF, COMPONENT, PUBLISHED_FIGURE")
            .contains("did you mean \"LEAF\"?"));
    assertThat(e.problems()).extracting(Problem::message).anySatisfy(m ->
        assertThat(m).contains("unknown method kind \"yes-or-no\"").contains("did you mean \"yes-no\"?")
            .contains("extending io.github.parindex.method.MethodKind"));
    assertThat(e.problems()).hasSize(4); // titel unknown, title missing, stage, kind
  }

  @Test
  void inconsistentMaximaAreReportedAtTheNode() {
    RuleFileException e = failure(VALID.replace("\"maxPoints\": 6, \"source\"", "\"maxPoints\": 5, \"source\""));
    assertThat(e.problems()).anySatisfy(p -> {
      assertThat(p.location().orElseThrow().path()).isEqualTo("$.nodes[0]");
      assertThat(p.location().orElseThrow().line()).isEqualTo(14);
      assertThat(p.message()).contains("criterion 1: children's maxima add up to 9");
    });
    // band points above the leaf's new maximum 5 are reported at the leaf
    assertThat(e.problems()).anySatisfy(p -> {
      assertThat(p.location().orElseThrow().path()).isEqualTo("$.nodes[0].children[1]");
      assertThat(p.message()).contains("criterion 1.2: band").contains("outside 0..5");
    });
  }

  @Test
  void syntaxErrorsAndDuplicateKeysCarryTheirPosition() {
    RuleFileException syntax = failure(VALID.replace("\"maxTotal\": 10,", "\"maxTotal\": 10"));
    assertThat(syntax.problems()).singleElement().satisfies(p -> {
      assertThat(p.location().orElseThrow().line()).isEqualTo(10);
      assertThat(p.message()).startsWith("not valid JSON");
    });
    RuleFileException dup = failure(VALID.replace("\"id\": \"test-set\",", "\"id\": \"test-set\", \"id\": \"x\","));
    assertThat(dup.problems()).singleElement().satisfies(p -> {
      assertThat(p.location().orElseThrow().path()).isEqualTo("$.id");
      assertThat(p.location().orElseThrow().line()).isEqualTo(3);
      assertThat(p.message()).contains("appears twice");
    });
  }

  @Test
  void aWrongFormatTagIsRejected() {
    RuleFileException e = failure(VALID.replace("par-index/rule-set@1", "par-index/rule-set@2"));
    assertThat(e.problems()).singleElement().satisfies(p ->
        assertThat(p.message()).contains("format version \"par-index/rule-set@2\" is not supported"));
    assertThat(failure("[1, 2]").problems()).singleElement().satisfies(p ->
        assertThat(p.message()).contains("expected a JSON object"));
  }

  @Test
  void gradeBandsOutOfOrderAndWrongWholeNumbersAreLocated() {
    RuleFileException e = failure(VALID.replace("\"years\": {\"first\": 2024},",
        "\"years\": {\"first\": 2024},\n  \"grades\": [{\"label\": \"B\", \"minimumIndex\": 80},"
            + " {\"label\": \"A\", \"minimumIndex\": 90}],").replace("\"pointsScale\": 2", "\"pointsScale\": 2.0"));
    assertThat(e.problems()).anySatisfy(p -> {
      assertThat(p.location().orElseThrow().path()).isEqualTo("$.grades");
      assertThat(p.location().orElseThrow().line()).isEqualTo(9);
      assertThat(p.message()).contains("bands must be ordered from the highest minimum down");
    });
    assertThat(e.problems()).anySatisfy(p -> {
      assertThat(p.location().orElseThrow().path()).isEqualTo("$.rounding.pointsScale");
      assertThat(p.message()).isEqualTo("expected a whole number, got the number 2.0");
    });
  }

  @Test
  void aCodecNamingTwoKindsTwiceIsRefused() {
    assertThatThrownBy(() -> RuleSetJson.withCodecs(List.of(MethodKindCodecs.all().get(0))))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("\"direct-points\"");
  }

  @Test
  void aTenThousandDeepArrayIsRejectedAtTheDepthLimitWithItsPosition() {
    // "nodes": [[[[...]]]] 10,000 deep, on line 13 of VALID
    String deep = VALID.replace("\"nodes\": [", "\"nodes\": " + "[".repeat(10_000) + "]".repeat(10_000) + ", \"x\": [");
    RuleFileException e = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> failure(deep));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.message()).startsWith("beyond a limit of rule files (nesting depth 100,")
          .contains("Document nesting depth (101) exceeds the maximum allowed (100");
      assertThat(p.location().orElseThrow().line()).isEqualTo(13);
      // "  "nodes": " is 11 characters; the 101st "[" (one level is the file's object) is column 11 + 100
      assertThat(p.location().orElseThrow().column()).isBetween(100L, 115L);
    });
  }

  @Test
  void aFiftyOneDigitNumberIsRejectedWithItsPosition() {
    RuleFileException e = failure(VALID.replace("\"maxTotal\": 10,", "\"maxTotal\": " + "1".repeat(51) + ","));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.message()).startsWith("beyond a limit of rule files").contains("Number value length")
          .contains("exceeds the maximum allowed (50");
      assertThat(p.location().orElseThrow().line()).isEqualTo(9);
      assertThat(p.location().orElseThrow().column()).isPositive();
    });
    // 50 digits is within the limit: the file is then rejected for its value, not for its length
    RuleFileException fifty = failure(VALID.replace("\"maxTotal\": 10,", "\"maxTotal\": " + "1".repeat(50) + ","));
    assertThat(fifty.problems()).noneSatisfy(p -> assertThat(p.message()).contains("limit of rule files"));
  }

  @Test
  void aStringLongerThanTheLimitIsRejectedWithItsPosition() {
    RuleFileException e = failure(VALID.replace("\"note\": \"test data\"", "\"note\": \"" + "a".repeat(100_001) + "\""));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.message()).startsWith("beyond a limit of rule files").contains("String value length")
          .contains("exceeds the maximum allowed (100000");
      assertThat(p.location().orElseThrow().line()).isEqualTo(12);
      assertThat(p.location().orElseThrow().column()).isPositive();
    });
  }

  @Test
  void theStandardInstanceIsOneInstanceForEveryThread() throws Exception {
    int threads = 16;
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
    try {
      java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
      List<java.util.concurrent.Future<RuleSetJson>> got = new java.util.ArrayList<>();
      for (int i = 0; i < threads; i++) {
        got.add(pool.submit(() -> {
          start.await();
          return RuleSetJson.standard();
        }));
      }
      start.countDown();
      RuleSetJson first = got.get(0).get();
      for (java.util.concurrent.Future<RuleSetJson> f : got) {
        assertThat(f.get()).isSameAs(first);
      }
      assertThat(first.kinds()).contains("percent-bands", "yes-no", "survey-share");
    } finally {
      pool.shutdownNow();
    }
  }
}
