package io.github.parindex.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.parindex.model.RuleSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The committed handbooks in {@code par-index-rules/handbooks} must match the bundled sets. To regenerate:
 * {@code mvn -pl par-index-rules -am test -Dtest=HandbooksAreCurrentTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dparindex.writeHandbooks=true}.
 */
class HandbooksAreCurrentTest {

  static final Path FOLDER = Path.of("handbooks");
  static final String HOW = "regenerate with: mvn -pl par-index-rules -am test -Dtest=HandbooksAreCurrentTest"
      + " -Dsurefire.failIfNoSpecifiedTests=false -Dparindex.writeHandbooks=true (or run"
      + " io.github.parindex.rules.Handbook with the argument par-index-rules/handbooks)";

  static List<RuleSet> bundled() {
    return new OfficialRuleSets().ruleSets();
  }

  @Test
  void committedHandbooksAreCurrent() throws IOException {
    if (Boolean.getBoolean("parindex.writeHandbooks")) {
      Handbook.writeAll(bundled(), FOLDER);
    }
    for (RuleSet rs : bundled()) {
      Path file = FOLDER.resolve(Handbook.fileName(rs));
      assertThat(file).as("handbook of %s is missing; %s", rs.id(), HOW).exists();
      assertThat(Files.readString(file, StandardCharsets.UTF_8))
          .as("handbook %s is not current; %s", file, HOW).isEqualTo(Handbook.render(rs));
    }
    assertThat(Files.readString(FOLDER.resolve("README.md"), StandardCharsets.UTF_8))
        .as("handbooks/README.md is not current; %s", HOW).isEqualTo(Handbook.index(bundled()));
  }

  @Test
  void aHandbookShowsMaximaMethodsLegalReferencesAndProvenance() {
    String md = Handbook.render(RuleSetRegistry.load().get(OfficialRuleSets.BNV_892_PROVINCE));
    assertThat(md).startsWith("# Chỉ số cải cách hành chính cấp tỉnh theo Quyết định 892/QĐ-BNV")
        .contains("| Legal basis | 892/QĐ-BNV (05/12/2024)")
        .contains("| Grades | A from 90% (Nhóm A: từ 90% trở lên); B from 80%")
        .contains("### 8 Tác động của cải cách hành chính")
        .contains("- Made of: 8.x + 8.y = 10 + 6.5 = 16.5")
        .contains("- Method: `survey-share`: survey share % / 100 × maximum")
        .contains("- Method: `direct-points`: points given directly, 0 to the maximum")
        .contains("- Legal reference: 892/QĐ-BNV (05/12/2024), Bảng 2 (cấp tỉnh)")
        .contains("- Provenance: **INFERRED**: 45 = 100 − 13 − 10.5 − 15 − 16.5")
        .contains("| 1+2+6+7 | Lĩnh vực 1, 2, 6 và 7 (gộp)");
  }
}
