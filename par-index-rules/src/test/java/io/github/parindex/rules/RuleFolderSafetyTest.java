package io.github.parindex.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.parindex.model.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The folder loader reads every file, reports every bad one and every one it skips, and stays in its folder. */
class RuleFolderSafetyTest {

  static String ruleFile(String id) {
    return HandbookSafetyTest.RULE_FILE.replace("ID", id).replace("TITLE", "t").replace("NAME", "n")
        .replace("\"direct\"", "\"direct-points\"");
  }

  @Test
  void oneFileThatIsNotUtf8IsReportedAndTheOthersAreStillRead(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.json"), ruleFile("a-1"));
    byte[] latin1 = ruleFile("b-1").replace("\"t\"", "\"Tỉnh\"").getBytes(StandardCharsets.UTF_8);
    latin1[latin1.length - 5] = (byte) 0xE9;
    Files.write(dir.resolve("b.json"), latin1);
    Files.writeString(dir.resolve("c.json"), "{");
    assertThatThrownBy(() -> RuleSetRegistry.empty().withFolder(dir)).isInstanceOfSatisfying(RuleFileException.class,
        e -> {
          assertThat(e.problems()).extracting(p -> p.location().orElseThrow().source())
              .containsExactly(dir.resolve("b.json").toString(), dir.resolve("c.json").toString());
          assertThat(e.problems().get(0).message()).contains("is not UTF-8");
        });
  }

  @Test
  void filesLeftAloneAreListedWithTheReason(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.json"), ruleFile("a-1"));
    Files.writeString(dir.resolve("notes.txt"), "x");
    Files.createDirectory(dir.resolve("old"));
    RuleSetRegistry r = RuleSetRegistry.empty().withFolder(dir);
    assertThat(r.find("a-1")).isPresent();
    assertThat(r.skipped()).extracting(Problem::toString).containsExactly(
        "warning: " + dir.resolve("notes.txt") + ": skipped: neither a .json rule file nor a .csv table",
        "warning: " + dir.resolve("old") + ": skipped: a folder (sub-folders are not read)");
  }

  @Test
  void linksOutOfTheFolderDanglingOrLoopingAreErrorsNotFollowed(@TempDir Path root) throws IOException {
    Path dir = Files.createDirectory(root.resolve("rules"));
    Path outside = Files.writeString(root.resolve("outside.json"), ruleFile("outside-1"));
    Files.writeString(dir.resolve("a.json"), ruleFile("a-1"));
    Files.createSymbolicLink(dir.resolve("b-outside.json"), outside);
    Files.createSymbolicLink(dir.resolve("c-dangling.json"), root.resolve("missing.json"));
    Files.createSymbolicLink(dir.resolve("d-loop.json"), dir.resolve("d-loop.json"));
    Files.createSymbolicLink(dir.resolve("e-inside.json"), dir.resolve("a.json"));
    assertThatThrownBy(() -> RuleSetRegistry.empty().withFolder(dir)).isInstanceOfSatisfying(RuleFileException.class,
        e -> assertThat(e.problems()).extracting(Problem::toString).satisfiesExactly(
            p -> assertThat(p).contains("b-outside.json").contains("outside the folder: not followed"),
            p -> assertThat(p).contains("c-dangling.json").contains("dangles or loops"),
            p -> assertThat(p).contains("d-loop.json").contains("dangles or loops")));
    // a link to a file inside the folder is followed
    Files.delete(dir.resolve("b-outside.json"));
    Files.delete(dir.resolve("c-dangling.json"));
    Files.delete(dir.resolve("d-loop.json"));
    Files.delete(dir.resolve("a.json"));
    Files.writeString(dir.resolve("z.json"), ruleFile("z-1"));
    Files.delete(dir.resolve("e-inside.json"));
    Files.createSymbolicLink(dir.resolve("e-inside.json"), dir.resolve("z.json"));
    assertThatThrownBy(() -> RuleSetRegistry.empty().withFolder(dir)).hasMessageContaining("\"z-1\" is defined twice");
  }

  @Test
  void aTableLinkedFromOutsideTheFolderIsNotRead(@TempDir Path root) throws IOException {
    Path dir = Files.createDirectory(root.resolve("rules"));
    Path table = Files.writeString(root.resolve("secret.csv"), "code,name,max_points\n");
    Files.createSymbolicLink(dir.resolve("so.csv"), table);
    String rule = ruleFile("so-1");
    Files.writeString(dir.resolve("so.json"), rule.substring(0, rule.indexOf("\"nodes\"")) + "\"table\": \"so.csv\"}");
    assertThatThrownBy(() -> RuleSetJson.standard().read(dir.resolve("so.json")))
        .isInstanceOf(RuleFileException.class).hasMessageContaining("outside the rule file's folder");
  }
}
