package io.github.parindex.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.parindex.method.Methods;
import io.github.parindex.model.Node;
import io.github.parindex.model.RuleSet;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A JSON rule file whose tree comes from a CSV table next to it ({@code "table"} instead of {@code "nodes"}). */
class TableRuleFilesTest {

  /** 1 = 1.1 + 1.2 = 4 + 6 = 10 (decimal comma as officials type it). */
  static final String TABLE = """
      code,name,max_points,source,method
      1,Lĩnh vực 1,10,,
      1.1,Tiêu chí 1.1,"4,0",thẩm định,direct
      1.2,Tiêu chí 1.2,6,appraisal,direct
      """;

  static String ruleFile(String id, String table) {
    String valid = RuleSetJsonErrorsTest.VALID.replace("\"id\": \"test-set\"", "\"id\": \"" + id + "\"");
    int start = valid.indexOf("  \"nodes\": [");
    return valid.substring(0, start) + "  \"table\": \"" + table + "\"\n}\n";
  }

  static void write(Path dir, String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  @Test
  void aRuleFileTakesItsTreeFromTheTableNextToIt(@TempDir Path dir) throws IOException {
    write(dir, "so-2025.json", ruleFile("x-so-2025", "so-2025.csv"));
    write(dir, "so-2025.csv", TABLE);
    RuleSet rs = RuleSetJson.standard().read(dir.resolve("so-2025.json"));
    assertThat(rs.nodes()).extracting(Node::code).containsExactly("1");
    assertThat(rs.node("1").orElseThrow().children()).extracting(Node::code).containsExactly("1.1", "1.2");
    assertThat(rs.node("1.1").orElseThrow().maxPoints()).isEqualByComparingTo("4");
    assertThat(rs.node("1.2").orElseThrow().method()).contains(Methods.directPoints());
    // written back, the tree is inline and reads back to the same set
    String text = RuleSetJson.standard().write(rs);
    assertThat(text).contains("\"nodes\": [").doesNotContain("\"table\"");
    assertThat(RuleSetJson.standard().parse(text, "inline.json")).isEqualTo(rs);
    // and the registry loads the pair from the folder
    assertThat(RuleSetRegistry.empty().withFolder(dir).get("x-so-2025")).isEqualTo(rs);
  }

  @Test
  void problemsOfTheTableNameTheTableAndItsRow(@TempDir Path dir) throws IOException {
    write(dir, "so.json", ruleFile("x-so", "so.csv"));
    write(dir, "so.csv", TABLE.replace("1.2,Tiêu chí 1.2,6", "1.2,Tiêu chí 1.2,5"));
    assertThatThrownBy(() -> RuleSetJson.standard().read(dir.resolve("so.json")))
        .isInstanceOfSatisfying(RuleFileException.class, e -> assertThat(e.problems()).anySatisfy(p -> {
          assertThat(p.location().orElseThrow().source()).isEqualTo(dir.resolve("so.csv").toString());
          // the table reader names the row in its message (a row Location once the table reader gives one)
          assertThat(p.toString()).contains("so.csv row 2").contains("criterion 1");
        }));
  }

  @Test
  void aTableMustExistAndNeedsAFolder(@TempDir Path dir) throws IOException {
    write(dir, "so.json", ruleFile("x-so", "missing.csv"));
    assertThatThrownBy(() -> RuleSetJson.standard().read(dir.resolve("so.json")))
        .hasMessageContaining("$.table: table file").hasMessageContaining("does not exist");
    assertThatThrownBy(() -> RuleSetJson.standard().read(new StringReader(ruleFile("x", "so.csv")), "mem.json"))
        .hasMessageContaining("can only be read from a rule file in a folder");
    assertThatThrownBy(() -> RuleSetJson.standard().read(new StringReader(ruleFile("x", "../so.csv")), "mem.json",
        dir)).hasMessageContaining("must be a path relative to the rule file's folder");
  }

  @Test
  void nodesAndTableTogetherAreAnError(@TempDir Path dir) throws IOException {
    write(dir, "so.csv", TABLE);
    String both = RuleSetJsonErrorsTest.VALID.replace("\"nodes\": [", "\"table\": \"so.csv\",\n  \"nodes\": [");
    assertThatThrownBy(() -> RuleSetJson.standard().read(new StringReader(both), "both.json", dir))
        .hasMessageContaining("$.nodes: give either \"nodes\" or \"table\", not both");
  }

  @Test
  void aTableNoRuleFileUsesIsAnErrorInAFolder(@TempDir Path dir) throws IOException {
    write(dir, "so.json", ruleFile("x-so", "so.csv"));
    write(dir, "so.csv", TABLE);
    write(dir, "huyen.csv", TABLE);
    assertThatThrownBy(() -> RuleSetRegistry.empty().withFolder(dir))
        .isInstanceOfSatisfying(RuleFileException.class, e -> assertThat(e.problems()).singleElement()
            .satisfies(p -> {
              assertThat(p.location().orElseThrow().source()).isEqualTo(dir.resolve("huyen.csv").toString());
              assertThat(p.message()).contains("is not used by any rule file");
            }));
  }
}
