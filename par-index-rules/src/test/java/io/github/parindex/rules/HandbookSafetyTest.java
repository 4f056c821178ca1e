package io.github.parindex.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.parindex.model.ParIndexException;
import io.github.parindex.model.RuleSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Handbooks are written only into their folder, and no markup from a rule set's data survives into them. */
class HandbookSafetyTest {

  static final String RULE_FILE = """
      {"format": "par-index/rule-set@1", "id": "ID", "title": "TITLE", "issuer": "x",
       "legalBasis": {"document": "1/QĐ"}, "appliesTo": ["PROVINCE"], "years": {"first": 2024}, "maxTotal": 1,
       "rounding": {"pointsScale": 2, "pointsMode": "HALF_UP", "indexScale": 2, "indexMode": "HALF_UP",
         "stage": "PUBLISHED_FIGURE"},
       "provenance": {"status": "ILLUSTRATIVE"},
       "nodes": [{"code": "1", "name": "NAME", "maxPoints": 1, "source": "APPRAISAL",
         "method": {"kind": "direct-points"}}]}
      """;

  static RuleSet ruleSet(String id, String title, String name) {
    return RuleSetJson.standard().parse(RULE_FILE.replace("ID", id).replace("TITLE", title).replace("NAME", name),
        "t.json");
  }

  @Test
  void markupInNamesIsEscaped() {
    String md = Handbook.render(ruleSet("x-1", "<script>alert(1)</script>", "[link](javascript:x) | *b*"));
    assertThat(md).doesNotContain("<script>").contains("# &lt;script&gt;alert(1)&lt;/script&gt;")
        .contains("\\[link\\](javascript:x) \\| \\*b\\*").doesNotContain("[link](javascript");
  }

  @Test
  void anIdThatIsAPathIsRefusedWhenTheRuleSetIsRead() {
    for (String id : List.of("../../x", "a/b", "a\\\\b", ".hidden", "a..b", "a b", "")) {
      assertThatThrownBy(() -> ruleSet(id, "t", "n")).as(id).isInstanceOf(RuleFileException.class)
          .hasMessageContaining("rule set id");
    }
    assertThat(ruleSet("vn-a.b-2025", "t", "n").id()).isEqualTo("vn-a.b-2025");
  }

  @Test
  void theIdLimitIsAHundredCharacters() {
    assertThat(ruleSet("a".repeat(100), "t", "n").id()).hasSize(100);
    assertThatThrownBy(() -> ruleSet("a".repeat(101), "t", "n")).isInstanceOf(RuleFileException.class)
        .hasMessageContaining("101 characters long; the limit is 100");
  }

  @Test
  void everyFileIsWrittenInTheFolder(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("out");
    List<Path> written = Handbook.writeAll(List.of(ruleSet("x-1", "t", "n")), out);
    assertThat(written).containsExactly(out.resolve("x-1.md"), out.resolve("README.md"));
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(out);
    }
  }

  @Test
  void aHandbookNamedLikeTheIndexIsRefusedBeforeAnythingIsWritten(@TempDir Path dir) {
    assertThatThrownBy(() -> Handbook.writeAll(List.of(ruleSet("README", "t", "n")), dir.resolve("out")))
        .isInstanceOf(ParIndexException.class).hasMessageContaining("over the index README.md");
    assertThat(dir.resolve("out")).doesNotExist();
  }
}
