package io.github.parindex.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.parindex.model.ParIndexException;
import io.github.parindex.model.RuleSet;
import io.github.parindex.model.UnitLevel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleSetRegistryTest {

  /** A small valid set: 1 component of 10 points, one yes/no leaf. */
  static String ruleFile(String id, String document, int firstYear) {
    return RuleSetJsonErrorsTest.VALID.replace("\"id\": \"test-set\"", "\"id\": \"" + id + "\"")
        .replace("1/QĐ-UBND", document).replace("\"first\": 2024", "\"first\": " + firstYear);
  }

  static void write(Path dir, String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  @Test
  void aFolderOfRuleFilesIsLoadedNextToTheBundledSets(@TempDir Path dir) throws IOException {
    write(dir, "x-2024.json", ruleFile("x-so-2024", "1/QĐ-UBND", 2024));
    write(dir, "notes.txt", "not a rule file");
    RuleSetRegistry r = RuleSetRegistry.load(dir);
    assertThat(r.find("x-so-2024")).isPresent();
    assertThat(r.sourceOf("x-so-2024")).contains(dir.resolve("x-2024.json").toString());
    assertThat(r.find(OfficialRuleSets.BNV_876_PROVINCE)).isPresent();
    assertThat(r.all()).hasSize(OfficialRuleSets.IDS.size() + 1);
  }

  @Test
  void twoSetsWithTheSameIdAreAnErrorNamingBothSources(@TempDir Path dir) throws IOException {
    write(dir, "a.json", ruleFile("x-so-2024", "1/QĐ-UBND", 2024));
    write(dir, "b.json", ruleFile("x-so-2024", "2/QĐ-UBND", 2024));
    assertThatThrownBy(() -> RuleSetRegistry.empty().withFolder(dir))
        .isInstanceOf(ParIndexException.class)
        .hasMessageContaining("rule set id \"x-so-2024\" is defined twice")
        .hasMessageContaining(dir.resolve("a.json").toString())
        .hasMessageContaining(dir.resolve("b.json").toString());
  }

  @Test
  void aFolderSetMayNotReuseABundledId(@TempDir Path dir) throws IOException {
    write(dir, "mine.json", ruleFile(OfficialRuleSets.BNV_892_PROVINCE, "1/QĐ-UBND", 2024));
    assertThatThrownBy(() -> RuleSetRegistry.load(dir))
        .isInstanceOf(ParIndexException.class)
        .hasMessageContaining("\"" + OfficialRuleSets.BNV_892_PROVINCE + "\" is defined twice")
        .hasMessageContaining("provider par-index-rules (bundled official sets)")
        .hasMessageContaining(dir.resolve("mine.json").toString());
  }

  @Test
  void everyBrokenFileOfAFolderIsReportedTogether(@TempDir Path dir) throws IOException {
    write(dir, "a.json", ruleFile("a", "1/QĐ-UBND", 2024).replace("\"maxTotal\"", "\"maxTotl\""));
    write(dir, "b.json", ruleFile("b", "1/QĐ-UBND", 2024).replace("\"issuer\"", "\"isuer\""));
    assertThatThrownBy(() -> RuleSetRegistry.empty().withFolder(dir))
        .isInstanceOfSatisfying(RuleFileException.class, e -> {
          assertThat(e.problems()).extracting(p -> p.location().orElseThrow().source()).contains(dir.resolve("a.json").toString(),
              dir.resolve("b.json").toString());
          assertThat(e.getMessage()).contains("did you mean \"maxTotal\"?").contains("did you mean \"issuer\"?");
        });
  }

  @Test
  void severalCandidatesForAnIssuerLevelAndYearAreAnErrorUnlessDisambiguated(@TempDir Path dir)
      throws IOException {
    // a province that replaced its 2025 set within the year (as Sơn La did with 2211 and 2712/QĐ-UBND)
    write(dir, "a.json", ruleFile("x-2211", "2211/QĐ-UBND", 2025));
    write(dir, "b.json", ruleFile("x-2712", "2712/QĐ-UBND", 2025));
    RuleSetRegistry r = RuleSetRegistry.empty().withFolder(dir);
    assertThat(r.candidates("UBND tỉnh X", UnitLevel.DEPARTMENT, 2025)).extracting(RuleSet::id)
        .containsExactly("x-2211", "x-2712");
    assertThatThrownBy(() -> r.find("UBND tỉnh X", UnitLevel.DEPARTMENT, 2025))
        .isInstanceOf(ParIndexException.class)
        .hasMessageContaining("2 rule sets of UBND tỉnh X score DEPARTMENT in 2025")
        .hasMessageContaining("x-2211").hasMessageContaining("x-2712")
        .hasMessageContaining(dir.resolve("a.json").toString());
    assertThat(r.find("UBND tỉnh X", UnitLevel.DEPARTMENT, 2025, "2712/QĐ-UBND").map(RuleSet::id))
        .contains("x-2712");
    assertThat(r.find("UBND tỉnh X", UnitLevel.COMMUNE, 2025)).isEmpty();
    assertThat(r.find("UBND tỉnh X", UnitLevel.DEPARTMENT, 2024)).isEmpty();
  }

  @Test
  void getNamesTheNearestIdWhenNoneMatches() {
    assertThatThrownBy(() -> RuleSetRegistry.load().get("vn-bnv-892-provinces"))
        .isInstanceOf(ParIndexException.class)
        .hasMessageContaining("did you mean \"vn-bnv-892-province\"?");
  }

  @Test
  void aProviderAddsItsSets() {
    RuleSet rs = RuleSetJson.standard().parse(ruleFile("p-1", "1/QĐ-UBND", 2024), "p.json");
    RuleSetProvider provider = () -> List.of(rs);
    RuleSetRegistry r = RuleSetRegistry.of(List.of(provider));
    assertThat(r.get("p-1")).isSameAs(rs);
    assertThatThrownBy(() -> r.withProvider(provider)).hasMessageContaining("defined twice");
  }
}
