package io.github.parindex.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.parindex.engine.Engine;
import io.github.parindex.engine.Scorecard;
import io.github.parindex.model.AdministrativeUnit;
import io.github.parindex.method.Answer;
import io.github.parindex.model.Assessment;
import io.github.parindex.model.LeafInput;
import io.github.parindex.model.Node;
import io.github.parindex.model.ParIndexException;
import io.github.parindex.model.ProvenanceStatus;
import io.github.parindex.model.RuleSet;
import io.github.parindex.model.UnitLevel;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** 1187/QĐ-BNV and Hà Nội 5666/QĐ-UBND as data (frameworks-2025.md 1 and 3): the known depth, nothing invented. */
class NewestFrameworksTest {
  static final RuleSetRegistry REGISTRY = RuleSetRegistry.load();

  @Test
  void theRegistryChooses1187For2025AndLater() {
    for (int year : new int[] {2025, 2026, 2031}) {
      assertThat(REGISTRY.find("Bộ Nội vụ", UnitLevel.PROVINCE, year).map(RuleSet::id)).as("%s", year)
          .contains(OfficialRuleSets.BNV_1187_PROVINCE);
    }
    assertThat(REGISTRY.find("Bộ Nội vụ", UnitLevel.PROVINCE, 2024).map(RuleSet::id))
        .contains(OfficialRuleSets.BNV_892_PROVINCE);
  }

  /** 1187's tables are missing: the components are 892's as known, INCOMPLETE, and a note says so. */
  @Test
  void the1187SetIsAtTheKnownDepthAndSaysSo() {
    RuleSet rs = REGISTRY.get(OfficialRuleSets.BNV_1187_PROVINCE);
    assertThat(rs.legalBasis().document()).isEqualTo("1187/QĐ-BNV");
    assertThat(rs.legalBasis().date()).contains(LocalDate.of(2025, 10, 15));
    assertThat(rs.provenance().status()).isEqualTo(ProvenanceStatus.INCOMPLETE);
    assertThat(rs.provenance().note()).contains("tables are missing").contains("components of the 892 set")
        .contains("5666/QĐ-UBND").contains("4116/QĐ-UBND").contains("inference");
    RuleSet n892 = REGISTRY.get(OfficialRuleSets.BNV_892_PROVINCE);
    assertThat(rs.nodes()).extracting(Node::code).containsExactlyElementsOf(n892.nodes().stream().map(Node::code)
        .toList());
    assertThat(rs.nodesByCode().values()).allSatisfy(n -> {
      assertThat(n.maxPoints()).isEqualByComparingTo(n892.node(n.code()).orElseThrow().maxPoints());
      // INCOMPLETE, except the SIPAS leaf whose conversion (SIPAS% / 100 × 10) is inferred, as under 892
      assertThat(n.provenance().orElseThrow().status()).isEqualTo(n.code().equals("8.x")
          ? ProvenanceStatus.INFERRED : ProvenanceStatus.INCOMPLETE);
      assertThat(n.provenance().orElseThrow().note()).startsWith("As in the 892 set, not read from 1187");
    });
  }

  /**
   * Hà Nội 5666/QĐ-UBND (17/11/2025): one decision for sở and xã/phường, 8 contents + bonus/penalty, scale 100, the
   * split missing: one leaf of 100 points, no bonus node (its maximum is missing), no grades.
   */
  @Test
  void haNoi5666ForSoAndXaPhuongOnAScaleOf100WithTheSplitUnknown() {
    for (String id : new String[] {OfficialRuleSets.HA_NOI_5666_2025_DEPARTMENT,
        OfficialRuleSets.HA_NOI_5666_2025_COMMUNE}) {
      RuleSet rs = REGISTRY.get(id);
      assertThat(rs.legalBasis().document()).as(id).isEqualTo("5666/QĐ-UBND");
      assertThat(rs.legalBasis().date()).contains(LocalDate.of(2025, 11, 17));
      assertThat(rs.maxTotal()).isEqualByComparingTo("100");
      assertThat(rs.nodes()).extracting(Node::code).containsExactly("1-8");
      assertThat(rs.grades().bands()).isEmpty();
      assertThat(rs.provenance().status()).isEqualTo(ProvenanceStatus.INCOMPLETE);
      assertThat(rs.provenance().note()).contains("8 contents").contains("bonus and penalty")
          .contains("[MISSING]").contains("never invented");
      assertThat(rs.node("1-8").orElseThrow().name()).contains("Cải cách thể chế").contains("chính quyền số");
    }
    assertThat(REGISTRY.find("UBND thành phố Hà Nội", UnitLevel.DEPARTMENT, 2025).map(RuleSet::id))
        .contains(OfficialRuleSets.HA_NOI_5666_2025_DEPARTMENT);
    assertThat(REGISTRY.find("UBND thành phố Hà Nội", UnitLevel.COMMUNE, 2026).map(RuleSet::id))
        .contains(OfficialRuleSets.HA_NOI_5666_2025_COMMUNE);
    assertThat(REGISTRY.find("UBND thành phố Hà Nội", UnitLevel.DISTRICT, 2025)).isEmpty();
  }

  @Test
  void aPublishedTotalIsEnteredAsMeasuredAndASelfScoreIsRefused() {
    RuleSet rs = REGISTRY.get(OfficialRuleSets.HA_NOI_5666_2025_DEPARTMENT);
    AdministrativeUnit snv = AdministrativeUnit.of("HN-SNV", "Sở Nội vụ", UnitLevel.DEPARTMENT);
    // an illustrative published total 91.59 of 100 (the figure of Sở Nội vụ in 2022, provincial-sets.md 3.5)
    Scorecard card = Engine.score(rs, Assessment.builder().unit(snv).ruleSetId(rs.id()).year(2025)
        .addInputs(LeafInput.measured("1-8", Answer.points("91.59"))).build());
    assertThat(card.index()).isEqualByComparingTo("91.59");
    assertThatThrownBy(() -> Engine.score(rs, Assessment.builder().unit(snv).ruleSetId(rs.id()).year(2025)
        .addInputs(LeafInput.self("1-8", Answer.points("91.59"))).build())).isInstanceOf(ParIndexException.class);
  }
}
