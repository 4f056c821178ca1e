package io.github.parindex.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.parindex.engine.Scorecard;
import io.github.parindex.rules.scorecard.ScorecardReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A regression pin: the {@code par-index/scorecard@1} report of each unit of the test case file is byte-identical to
 * its golden file, generated ONCE from the engine before its performance work (the hand-worked figures are the
 * case file's own expectations). A mismatch writes the actual report to {@code target/golden-actual/}.
 */
class CaseFileReportGoldenTest {

  @Test
  void theCaseFileScorecardsReportAsPinned() throws IOException {
    CaseResult r = CaseFiles.check(Path.of("src/test/resources/cases/two-districts.yaml"), TestkitFixtures.RESOLVER);
    r.assertPassed();
    assertThat(r.scorecards()).hasSize(2);
    for (Scorecard card : r.scorecards()) {
      String name = "two-districts-" + card.unit().code() + ".json";
      String actual = new ScorecardReport("golden", card).toJson();
      Path golden = Path.of("src/test/resources/golden", name);
      String expected = Files.exists(golden) ? Files.readString(golden, StandardCharsets.UTF_8) : null;
      if (!actual.equals(expected)) {
        Path out = Path.of("target/golden-actual", name);
        Files.createDirectories(out.getParent());
        Files.writeString(out, actual, StandardCharsets.UTF_8);
      }
      assertThat(actual).as("report of unit %s against %s", card.unit().code(), golden).isEqualTo(expected);
    }
  }
}
