package io.github.parindex.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.parindex.engine.Engine;
import io.github.parindex.engine.Scorecard;
import io.github.parindex.model.Assessment;
import io.github.parindex.model.RuleSet;
import io.github.parindex.model.UnitLevel;
import io.github.parindex.rules.report.ScorecardReport;
import io.github.parindex.testkit.CaseFiles;
import io.github.parindex.testkit.CaseResult;
import io.github.parindex.testkit.RuleSetResolver;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * A regression pin: the {@code par-index/scorecard@1} report of every sample, every case file and a few SYNTHETIC
 * rule sets ({@link SyntheticProvince}) is byte-identical to the golden file in {@code src/test/resources/golden}.
 *
 * <p>The golden files were generated ONCE from the engine as it stood before its performance work (commit message
 * "Golden scorecard reports ..."), so any change to a value, an explanation or the report layout shows up here.
 * They are not hand-worked values: the hand-worked assertions are in the engine's own tests and the case files. A
 * mismatch writes the actual report to {@code target/golden-actual/} for a diff. The library version is written as
 * {@code "golden"} so that a version bump does not touch the pins.
 */
class ScorecardReportGoldenTest {
  static final Path GOLDEN = Path.of("src/test/resources/golden");
  static final Path ACTUAL = Path.of("target/golden-actual");

  @TestFactory
  Stream<DynamicTest> everySampleAndCaseFileReportsAsPinned() {
    Map<String, Supplier<Scorecard>> cards = new LinkedHashMap<>();
    cards.put("sample-tien-giang-2017", () -> Engine.score(SampleData.ruleSet(), SampleData.tienGiang2017()));
    cards.put("author-from-table", AuthorFromTable::score);
    cards.put("sipas-to-scorecard", () -> SipasToScorecard.run(new PrintStream(OutputStream.nullOutputStream())));
    cards.put("analysts-previous", () -> AnalystsExample.report().previousCard());
    cards.put("analysts-current", () -> AnalystsExample.report().card());
    for (Path file : CaseFiles.files(Path.of("src/test/resources/cases"))) {
      CaseResult r = CaseFiles.check(file, RuleSetResolver.registry());
      r.assertPassed();
      String name = file.getFileName().toString().replace(".yaml", "");
      for (Scorecard card : r.scorecards()) {
        cards.put("case-" + name + "-" + card.unit().code(), () -> card);
      }
    }
    synthetic(cards, "synthetic-province", UnitLevel.PROVINCE, 100, 3);
    synthetic(cards, "synthetic-commune", UnitLevel.COMMUNE, 40, 2);
    List<DynamicTest> tests = new ArrayList<>();
    cards.forEach((name, card) -> tests.add(DynamicTest.dynamicTest(name, () -> check(name, card.get()))));
    assertThat(tests).hasSizeGreaterThan(15);
    return tests.stream();
  }

  private static void synthetic(Map<String, Supplier<Scorecard>> cards, String id, UnitLevel level, int leaves,
      int units) {
    RuleSet rs = SyntheticProvince.ruleSet(id, level, leaves, 1);
    for (Assessment a : SyntheticProvince.assessments(rs, level, "U", units, List.of("X", "Y"), 7)) {
      cards.put(id + "-" + a.unit().code(), () -> Engine.score(rs, a));
    }
  }

  static void check(String name, Scorecard card) throws IOException {
    String actual = new ScorecardReport("golden", card).toJson();
    Path golden = GOLDEN.resolve(name + ".json");
    String expected = Files.exists(golden) ? Files.readString(golden, StandardCharsets.UTF_8) : null;
    if (!actual.equals(expected)) {
      write(ACTUAL.resolve(name + ".json"), actual);
    }
    assertThat(expected).as("golden file %s (actual report in %s)", golden, ACTUAL).isNotNull();
    assertThat(actual).as("report of %s against %s", name, golden).isEqualTo(expected);
  }

  private static void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
