package io.github.parindex.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.parindex.model.ParIndexException;
import org.junit.jupiter.api.Test;

/** A bundled set is data: a file and an entry in a resource index, no Java. */
class ResourceIndexTest {

  @Test
  void aSetAddedThroughATestIndexIsServedWithoutJava() {
    RuleSetProvider p = OfficialRuleSets.fromIndex(ResourceIndexTest.class, "test-index/index.json");
    RuleSetRegistry r = RuleSetRegistry.empty().withProvider(p);
    assertThat(r.get("vn-test-index-extra").title()).isEqualTo("Bộ chỉ số CCHC của các sở (minh họa)");
    // the entry of another kind (a SIPAS questionnaire) is not a rule set
    assertThat(r.all()).hasSize(1);
  }

  @Test
  void theBundledIndexListsEveryIdOnce() {
    assertThat(OfficialRuleSets.IDS).doesNotHaveDuplicates().contains(OfficialRuleSets.BNV_892_PROVINCE);
    assertThat(new OfficialRuleSets().ruleSets()).extracting(rs -> rs.id())
        .containsExactlyElementsOf(OfficialRuleSets.IDS);
  }

  @Test
  void aMissingIndexIsALibraryError() {
    assertThatThrownBy(() -> OfficialRuleSets.fromIndex(ResourceIndexTest.class, "nowhere/index.json").ruleSets())
        .isInstanceOf(ParIndexException.class).hasMessageContaining("resource index missing");
  }
}
