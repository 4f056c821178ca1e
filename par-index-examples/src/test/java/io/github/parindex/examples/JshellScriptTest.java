package io.github.parindex.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the jshell sessions non-interactively: the {@code jshell} of the running JDK with the test class path,
 * {@code scripts/par-index.jsh} and {@code src/main/jshell/startup.jsh} as ./scripts/jshell opens them, then the
 * session: {@code src/main/jshell/scenario.jsh}, or the {@code ```jshell} block of
 * docs/guide/scenarios-and-jshell.md read from the page itself. ./scripts/jshell itself is run by
 * scripts/test-jshell in .ci/run.
 */
class JshellScriptTest {

  /** scripts/par-index.jsh imports every package that core's and rules' module-info.java export. */
  @Test
  void theStartupScriptImportsEveryExportedPackage() throws IOException {
    String jsh = Files.readString(DocsSnippetsTest.ROOT.resolve("scripts/par-index.jsh"), StandardCharsets.UTF_8);
    List<String> exported = new ArrayList<>();
    for (String module : List.of("par-index-core", "par-index-rules")) {
      String info = Files.readString(DocsSnippetsTest.ROOT.resolve(module + "/src/main/java/module-info.java"));
      Matcher m = Pattern.compile("(?m)^\\s*exports\\s+([\\w.]+)\\s*;").matcher(info);
      while (m.find()) {
        exported.add(m.group(1));
      }
    }
    assertThat(exported).hasSizeGreaterThanOrEqualTo(13);
    for (String pkg : exported) {
      assertThat(jsh).as("scripts/par-index.jsh imports %s", pkg).contains("import " + pkg + ".*;");
    }
  }

  @Test
  void scenarioScriptRunsAndPrintsTheExpectedFigures(@TempDir Path dir) throws Exception {
    checkSession(run(dir, Path.of("src/main/jshell/scenario.jsh")));
    assertThat(Path.of("target/jshell-report.html")).exists();
  }

  @Test
  void theGuidesSessionRunsAndPrintsTheExpectedFigures(@TempDir Path dir) throws Exception {
    List<DocsSnippetsTest.Snippet> blocks =
        DocsSnippetsTest.extract(DocsSnippetsTest.ROOT.resolve("docs/guide/scenarios-and-jshell.md"), "jshell");
    assertThat(blocks).hasSize(1);
    Path session = dir.resolve("session.jsh");
    Files.writeString(session, blocks.get(0).code() + "/exit\n", StandardCharsets.UTF_8);
    checkSession(run(dir, session));
  }

  private static String run(Path dir, Path session) throws Exception {
    Path jshell = Path.of(System.getProperty("java.home"), "bin", "jshell");
    Path out = dir.resolve("out.txt");
    Process p = new ProcessBuilder(jshell.toString(), "-J-Dfile.encoding=UTF-8", "-R-Dfile.encoding=UTF-8",
        "-J-Djava.util.prefs.userRoot=" + dir, "--class-path", System.getProperty("java.class.path"),
        DocsSnippetsTest.ROOT.resolve("scripts/par-index.jsh").toString(), "src/main/jshell/startup.jsh",
        session.toString())
        .redirectErrorStream(true).redirectOutput(out.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE).start();
    p.getOutputStream().close();
    assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("jshell finished").isTrue();
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  private static void checkSession(String text) {
    assertThat(text).as(text).doesNotContain("Error:").doesNotContain("Exception");
    List<String> expected = List.of(
        "par-index ready:",
        // SampleDataTest: 83.1396666… → 83.14, B
        "TG Tiền Giang: 83.14/100 = 83.14% (B)",
        "7.2: percent-bands",
        // what-if: 7.2 97.28% → 100% moves band 3 → 4 (+1); 3.4 96.5% → 100% moves band 2 → 4 (+2): +3
        "total: 83.14/100 → 86.14/100 (+3.00)",
        "grade: B → B",
        // gains: 3.4 4 − 2 = 2; 1.2 3 − 1.5 = 1.5; 5.6 3 − 1.5 = 1.5 (7.4's 1.5 comes after in tree order)
        "3.4 Tỷ lệ hồ sơ giải quyết đúng hạn: 2 points available (now 2 of 4, answer 96.5%)",
        "1.2 Mức độ hoàn thành kế hoạch CCHC: 1.5 points available (now 1.5 of 3, answer 92%)",
        // A needs 90.00; 90 − 83.1396… = 6.8603…, and 83.1396… + 6.86 = 89.9996… is published as 90.00. The four
        // largest gains give 2 + 1.5 + 1.5 + 1.5 = 6.5 < 6.86, so five leaves; the fifth, 8.2 (direct points),
        // gives exactly the 0.36 still needed.
        "to reach grade A (90%): 5 leaves, +6.86 points",
        "8.2 from 4.25 points to 4.61 points: +0.36 points",
        "Tiền Giang merged into Đồng Tháp from 2025-07-01");
    for (String line : expected) {
      assertThat(text).as(text).contains(line);
    }
  }
}
