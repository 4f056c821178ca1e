package io.github.parindex.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.parindex.engine.Engine;
import io.github.parindex.engine.Ranking;
import io.github.parindex.engine.Scorecard;
import io.github.parindex.scenario.Gains;
import io.github.parindex.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders a report in headless Chromium: the chart must be in the rendered DOM and the screenshot non-trivial.
 * Skipped (with the reason) where {@code /usr/bin/chromium} is absent; {@code .ci/run} installs it when it can.
 */
class HeadlessBrowserTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  @Test
  void chromiumRendersTheChart(@TempDir Path dir) throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM),
        "/usr/bin/chromium is not installed: the headless browser test is skipped (apt-get install -y chromium)");
    Scorecard card = Engine.score(Fixtures.ruleSet(), Fixtures.assessment());
    Scorecard q = Engine.score(Fixtures.ruleSet(), Fixtures.assessment("Q", "Tỉnh Q", "100", true, "Tốt", "2", "75"));
    String html = HtmlPage.titled("Tỉnh Minh Họa — báo cáo thử (minh họa)")
        .scorecard(card)
        .gains(Gains.of(Fixtures.ruleSet(), Fixtures.assessment()), 5)
        .path(Gains.of(Fixtures.ruleSet(), Fixtures.assessment()).pathToGrade("A").orElseThrow())
        .ranking(Ranking.of(List.of(card, q), Ranking.Scope.ALL, Ranking.TieRule.SHARED))
        .render();
    Path page = dir.resolve("report.html");
    Files.writeString(page, html, StandardCharsets.UTF_8);
    Path png = dir.resolve("report.png");

    run(dir, List.of("--screenshot=" + png, "--window-size=1200,900", page.toUri().toString()));
    assertThat(png).exists();
    assertThat(Files.size(png)).as("screenshot size in bytes").isGreaterThan(20_000);

    String dom = run(dir, List.of("--dump-dom", page.toUri().toString()));
    assertThat(dom).contains("<svg").contains("class=\"bar c0\"").contains("Component indices");
    assertThat(dom.split("<rect class=\"bar ", -1).length - 1).isEqualTo(2 + 2);   // 2 components + 2 units
  }

  private static String run(Path dir, List<String> args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--user-data-dir=" + Files.createTempDirectory(dir, "profile")));
    cmd.addAll(args);
    Path out = Files.createTempFile(dir, "chromium", ".out");
    Process p = new ProcessBuilder(cmd).redirectErrorStream(false).redirectOutput(out.toFile())
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    if (!p.waitFor(90, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("chromium did not finish within 90 s: " + cmd);
    }
    return Files.readString(out, StandardCharsets.UTF_8);
  }
}
