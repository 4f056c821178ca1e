package io.github.parindex.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.parindex.engine.Engine;
import io.github.parindex.engine.Scorecard;
import io.github.parindex.method.Answer;
import io.github.parindex.method.Methods;
import io.github.parindex.model.AdministrativeUnit;
import io.github.parindex.model.Assessment;
import io.github.parindex.model.GradeBand;
import io.github.parindex.model.LeafInput;
import io.github.parindex.model.Node;
import io.github.parindex.model.NodeRole;
import io.github.parindex.model.PointSource;
import io.github.parindex.model.ProvenanceStatus;
import io.github.parindex.model.RoundingStage;
import io.github.parindex.model.RuleSet;
import io.github.parindex.model.UnitLevel;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The bundled official sets: every figure checked here is from docs/reference (section named at each test). */
class BundledRuleSetsTest {

  static final RuleSetRegistry REGISTRY = RuleSetRegistry.load();

  static RuleSet set(String id) {
    return REGISTRY.get(id);
  }

  static BigDecimal max(RuleSet rs, String code) {
    return rs.node(code).orElseThrow().maxPoints();
  }

  @Test
  void everyBundledSetLoadsThroughTheServiceLoaderRegistry() {
    for (String id : OfficialRuleSets.IDS) {
      assertThat(REGISTRY.find(id)).as(id).isPresent();
      assertThat(REGISTRY.sourceOf(id)).as(id).contains("provider par-index-rules (bundled official sets)");
    }
    // the index lists exactly the files of the bundled folder (no set is left out, none listed twice)
    try (var files = java.nio.file.Files.list(java.nio.file.Path.of(
        "src/main/resources/io/github/parindex/rules/bundled"))) {
      assertThat(files.map(f -> f.getFileName().toString()).filter(n -> !n.equals("index.json"))
          .map(n -> n.substring(0, n.length() - ".json".length())))
          .containsExactlyInAnyOrderElementsOf(OfficialRuleSets.IDS);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    assertThat(REGISTRY.all()).hasSizeGreaterThanOrEqualTo(OfficialRuleSets.IDS.size());
  }

  @Test
  void maximaAddUpTo100OrTo60() {
    for (String id : OfficialRuleSets.IDS) {
      RuleSet rs = set(id);
      BigDecimal sum = rs.nodes().stream().filter(n -> n.role() == NodeRole.SCORED).map(Node::maxPoints)
          .reduce(BigDecimal.ZERO, BigDecimal::add);
      assertThat(sum).as(id).isEqualByComparingTo(rs.maxTotal());
      BigDecimal expected = id.equals(OfficialRuleSets.HA_TINH_52_2019_CENTRAL_AGENCY) ? new BigDecimal("60")
          : new BigDecimal("100");
      assertThat(rs.maxTotal()).as(id).isEqualByComparingTo(expected);
    }
  }

  /** par-index-national.md 2.2: 10 + 10 + 14.5 + 11 + 16 + 7 + 16 + 15.5 = 100. */
  @Test
  void the2948ComponentMaximaAreTheEightPublishedOnes() {
    RuleSet rs = set(OfficialRuleSets.BNV_2948_PROVINCE);
    assertThat(rs.nodes()).extracting(Node::code).containsExactly("1", "2", "3", "4", "5", "6", "7", "8");
    assertThat(rs.nodes()).extracting(n -> n.maxPoints().toPlainString())
        .containsExactly("10", "10", "14.5", "11", "16", "7", "16", "15.5");
    assertThat(rs.years().firstYear()).isEqualTo(2017);
    assertThat(rs.years().lastYear()).contains(2019);
    // per-component counts (par-index-national.md 2.2): tiêu chí 6+4+5+4+9+3+5+3 = 39, TCTP 6+6+16+10+16+6+18+3 = 81
    int[] sums = countSums(rs.nodes());
    assertThat(sums[0]).isEqualTo(39);
    assertThat(sums[1]).isEqualTo(81);
    assertThat(rs.provenance().note()).contains("counts: 8 lĩnh vực, 38 tiêu chí, 81 tiêu chí thành phần");
  }

  /** par-index-national.md 2.3: appraisal 61.5 + impact 38.5; impact = SIPAS 10 + leaders 22 + KT-XH 6.5. */
  @Test
  void the876ProvincialSetEncodesTheKnownSplitBySource() {
    RuleSet rs = set(OfficialRuleSets.BNV_876_PROVINCE);
    assertThat(max(rs, "TD")).isEqualByComparingTo("61.5");
    assertThat(max(rs, "TAC")).isEqualByComparingTo("38.5");
    assertThat(max(rs, "TAC.1")).isEqualByComparingTo("10");
    assertThat(max(rs, "TAC.2")).isEqualByComparingTo("22");
    assertThat(max(rs, "TAC.3")).isEqualByComparingTo("6.5");
    assertThat(rs.node("TAC.1").orElseThrow().method().orElseThrow()).isEqualTo(Methods.surveyShare());
    assertThat(rs.provenance().note()).contains("counts: 8 lĩnh vực, 37 tiêu chí, 88 tiêu chí thành phần")
        .contains("Cải cách thể chế").contains("chính quyền số").contains("MISSING");
    assertThat(rs.grades().bands()).extracting(GradeBand::label).containsExactly("A", "B", "C");
    assertThat(rs.rounding().stage()).isEqualTo(RoundingStage.PUBLISHED_FIGURE);
  }

  /** newest-frameworks.md 1.4: 3 = 13, 4 = 10.5, 5 = 15, 8 = 16.5; 1+2+6+7 = 100 − 13 − 10.5 − 15 − 16.5 = 45. */
  @Test
  void the892ProvincialSetHasTheFourKnownMaximaAndTheInferredRest() {
    RuleSet rs = set(OfficialRuleSets.BNV_892_PROVINCE);
    assertThat(rs.nodes()).extracting(Node::code).containsExactly("1+2+6+7", "3", "4", "5", "8");
    assertThat(max(rs, "3")).isEqualByComparingTo("13");
    assertThat(max(rs, "4")).isEqualByComparingTo("10.5");
    assertThat(max(rs, "5")).isEqualByComparingTo("15");
    assertThat(max(rs, "8")).isEqualByComparingTo("16.5");
    assertThat(max(rs, "8.x")).isEqualByComparingTo("10");
    assertThat(max(rs, "8.y")).isEqualByComparingTo("6.5");
    Node rest = rs.node("1+2+6+7").orElseThrow();
    assertThat(rest.maxPoints()).isEqualByComparingTo("45");
    assertThat(rest.provenance().orElseThrow().status()).isEqualTo(ProvenanceStatus.INFERRED);
    assertThat(rest.provenance().orElseThrow().note()).contains("45 = 100 − 13 − 10.5 − 15 − 16.5");
    assertThat(rs.provenance().note()).contains("counts: 8 lĩnh vực, 38 tiêu chí, 88 tiêu chí thành phần")
        .contains("68").contains("32");
  }

  /**
   * newest-frameworks.md 1.2 and par-index-national.md 3 and 5.3: lĩnh vực 1–7 hold part of the 32 survey points (under
   * 876 the leaders' survey, 22 points, placement inferred) in a split that is missing, and survey criteria are not
   * self-scored. So the engine must refuse a bare self-assessment for 892's 1+2+6+7, 3, 4 and 5, and take BNV's
   * published component points as a measured result (Sơn La 2024: 3 = 12.75 / 13, newest-frameworks.md 1.4).
   */
  @Test
  void the892LeavesWithSurveyPointsRefuseASelfAssessment() {
    RuleSet rs = set(OfficialRuleSets.BNV_892_PROVINCE);
    for (String code : List.of("1+2+6+7", "3", "4", "5")) {
      Node leaf = rs.node(code).orElseThrow();
      assertThat(leaf.source()).as(code).contains(PointSource.LEADERS_SURVEY);
      assertThat(leaf.provenance().orElseThrow().note()).as(code).contains("measured result")
          .contains("not self-scored");
    }
    AdministrativeUnit sonLa = AdministrativeUnit.of("SL", "Sơn La", UnitLevel.PROVINCE);
    Assessment selfScored = Assessment.builder().unit(sonLa).ruleSetId(rs.id()).year(2024)
        .addInputs(LeafInput.self("3", Answer.points("12.75"))).build();
    assertThat(Engine.check(rs, selfScored)).anySatisfy(p -> assertThat(p.toString()).contains("3")
        .contains("cannot be self-assessed"));
    Assessment measured = Assessment.builder().unit(sonLa).ruleSetId(rs.id()).year(2024)
        .addInputs(LeafInput.measured("1+2+6+7", Answer.points("40")))
        .addInputs(LeafInput.measured("3", Answer.points("12.75")))
        .addInputs(LeafInput.measured("4", Answer.points("10.18")))
        .addInputs(LeafInput.measured("5", Answer.points("14.23")))
        .addInputs(LeafInput.measured("8.x", Answer.percent("80")))
        .addInputs(LeafInput.measured("8.y", Answer.points("5.14")))
        .build();
    // 40 (illustrative) + 12.75 + 10.18 + 14.23 + 80 / 100 × 10 + 5.14 = 90.30
    assertThat(Engine.score(rs, measured).totalPoints()).isEqualByComparingTo("90.30");
  }

  /** par-index-national.md 6.2: each 876 leaf has one source, so none mixes self-assessed and survey points. */
  @Test
  void the876ProvincialLeavesEachHaveOneSource() {
    RuleSet rs = set(OfficialRuleSets.BNV_876_PROVINCE);
    assertThat(rs.leaves()).extracting(n -> n.code() + "=" + n.source().orElseThrow()).containsExactly(
        "TD=APPRAISAL", "TAC.1=CITIZENS_SURVEY", "TAC.2=LEADERS_SURVEY", "TAC.3=OUTCOME_DATA");
  }

  /**
   * Whether PAR 2024 was scored on 876 or 892 is an inference (par-index-national.md 2.1: unclear; newest-frameworks.md
   * 1.2: inferred, strong, with the Sơn La page's 8/37/88 as a conflict): both sets say so.
   */
  @Test
  void the876And892NotesRecordThatThePar2024ChoiceIsAnInference() {
    for (String id : List.of(OfficialRuleSets.BNV_876_PROVINCE, OfficialRuleSets.BNV_892_PROVINCE)) {
      assertThat(set(id).provenance().note()).as(id).contains("inference").contains("8/37/88")
          .doesNotContain("which scored PAR 2024");
    }
  }

  /**
   * 892 is the Đề án "giai đoạn 2024–2030" (par-index-national.md 1.1); Hà Tĩnh scored all levels on criteria aligned
   * with the 2022–2030 national ones from 2024 (provincial-sets.md 1.1), so 52/2019 ends with 2023.
   */
  @Test
  void yearRangesEndWhereTheSourcesSay() {
    // 1187/QĐ-BNV (15/10/2025) replaces 892 for PAR 2025 on (frameworks-2025.md 1), so 892 ends with 2024
    assertThat(set(OfficialRuleSets.BNV_892_PROVINCE).years().lastYear()).contains(2024);
    assertThat(set(OfficialRuleSets.BNV_892_PROVINCE).provenance().note()).contains("1187/QĐ-BNV");
    assertThat(REGISTRY.find("Bộ Nội vụ", UnitLevel.PROVINCE, 2030).map(RuleSet::id))
        .contains(OfficialRuleSets.BNV_1187_PROVINCE);
    assertThat(set(OfficialRuleSets.BNV_1187_PROVINCE).years().lastYear()).isEmpty();
    for (String id : List.of(OfficialRuleSets.HA_TINH_52_2019_DEPARTMENT, OfficialRuleSets.HA_TINH_52_2019_COMMUNE,
        OfficialRuleSets.HA_TINH_52_2019_CENTRAL_AGENCY, OfficialRuleSets.HA_TINH_52_2019_DISTRICT)) {
      RuleSet rs = set(id);
      assertThat(rs.years().firstYear()).as(id).isEqualTo(2019);
      assertThat(rs.years().lastYear()).as(id).contains(2023);
      UnitLevel level = rs.appliesTo().iterator().next();
      assertThat(REGISTRY.find(rs.issuer(), level, 2023).map(RuleSet::id)).as(id).contains(id);
      assertThat(REGISTRY.find(rs.issuer(), level, 2024)).as(id).isEmpty();
    }
  }

  /** par-index-national.md 2.4: 7 lĩnh vực, 38 tiêu chí, 97 TCTP; survey 31.5, so the rest is 68.5 (inferred). */
  @Test
  void the876MinistrySetStatesItsCountsAndTheSurveyShare() {
    RuleSet rs = set(OfficialRuleSets.BNV_876_MINISTRY);
    assertThat(max(rs, "DT")).isEqualByComparingTo("31.5");
    assertThat(max(rs, "TD")).isEqualByComparingTo("68.5");
    assertThat(rs.node("TD").orElseThrow().provenance().orElseThrow().status()).isEqualTo(ProvenanceStatus.INFERRED);
    String note = rs.provenance().note();
    assertThat(note).contains("counts: 7 lĩnh vực, 38 tiêu chí, 97 tiêu chí thành phần");
    // per lĩnh vực: tiêu chí 7+9+6+4+6+3+3 = 38, TCTP 6+15+19+14+16+13+14 = 97
    int[] sums = countSums(note);
    assertThat(sums[0]).isEqualTo(38);
    assertThat(sums[1]).isEqualTo(97);
  }

  /** provincial-sets.md 1.1 and 1.3. */
  @Test
  void provincialSetsHaveTheirPublishedSplits() {
    assertSplit(OfficialRuleSets.HA_TINH_52_2019_DEPARTMENT, "TC", "80", "DT", "20", UnitLevel.DEPARTMENT);
    assertSplit(OfficialRuleSets.HA_TINH_52_2019_DISTRICT, "TC", "80", "DT", "20", UnitLevel.DISTRICT);
    assertSplit(OfficialRuleSets.HA_TINH_52_2019_COMMUNE, "TC", "70", "DT", "30", UnitLevel.COMMUNE);
    assertSplit(OfficialRuleSets.HA_TINH_52_2019_CENTRAL_AGENCY, "TC", "40", "DT", "20",
        UnitLevel.CENTRAL_AGENCY_IN_PROVINCE);
    assertSplit(OfficialRuleSets.BINH_DUONG_2071_2018_DISTRICT, "TD", "65", "DT", "35", UnitLevel.DISTRICT);
    assertThat(set(OfficialRuleSets.HA_TINH_52_2019_DEPARTMENT).provenance().note())
        .contains("counts: 8 lĩnh vực, 39 tiêu chí");
    assertThat(set(OfficialRuleSets.HA_TINH_52_2019_DISTRICT).provenance().note())
        .contains("counts: 9 lĩnh vực, 44 tiêu chí");
    assertThat(set(OfficialRuleSets.HA_TINH_52_2019_COMMUNE).provenance().note())
        .contains("counts: 9 lĩnh vực, 34 tiêu chí");
    assertThat(set(OfficialRuleSets.HA_TINH_52_2019_CENTRAL_AGENCY).provenance().note())
        .contains("counts: 5 lĩnh vực, 21 tiêu chí");
  }

  private static void assertSplit(String id, String a, String aMax, String b, String bMax, UnitLevel level) {
    RuleSet rs = set(id);
    assertThat(rs.nodes()).extracting(Node::code).as(id).containsExactly(a, b);
    assertThat(max(rs, a)).as(id).isEqualByComparingTo(aMax);
    assertThat(max(rs, b)).as(id).isEqualByComparingTo(bMax);
    assertThat(rs.appliesTo()).as(id).containsExactly(level);
  }

  @Test
  void everyNodeCarriesLegalReferenceAndProvenanceAndUnknownLeavesAreScoredDirectly() {
    for (RuleSet rs : OfficialRuleSets.IDS.stream().map(BundledRuleSetsTest::set).toList()) {
      for (Node n : rs.nodesByCode().values()) {
        assertThat(n.legalReference()).as(rs.id() + " " + n.code()).isPresent();
        assertThat(n.provenance()).as(rs.id() + " " + n.code()).isPresent();
        assertThat(n.provenance().orElseThrow().note()).as(rs.id() + " " + n.code()).isNotBlank();
        if (n.isLeaf() && n.provenance().orElseThrow().status() == ProvenanceStatus.INCOMPLETE) {
          assertThat(n.method().orElseThrow()).as(rs.id() + " " + n.code()).isEqualTo(Methods.directPoints());
        }
      }
      assertThat(rs.provenance().source()).as(rs.id()).isPresent();
    }
  }

  /**
   * Ninh Thuận, PAR Index 2022 (par-index-national.md 6.2), through the bundled 876 set: published appraisal 54.2,
   * SIPAS 8.23, leaders 18.05, socio-economic 5.31, impact 31.59, total 85.78 although 54.2 + 31.59 = 85.79.
   *
   * <p>The unrounded inputs are not published: appraisal 54.196, SIPAS 82.30%, leaders 18.05, socio-economic 5.306
   * are an illustrative decomposition consistent with every published figure (54.196 → 54.20; 82.30 / 100 × 10 =
   * 8.23; 5.306 → 5.31; impact 8.23 + 18.05 + 5.306 = 31.586 → 31.59; total 54.196 + 31.586 = 85.782 → 85.78).
   * Component indices from the published points: 54.2 / 61.5 = 88.13%, 31.59 / 38.5 = 82.05%.
   */
  @Test
  void ninhThuan2022ReproducesThePublished8578ThroughTheBundled876Set() {
    RuleSet rs = set(OfficialRuleSets.BNV_876_PROVINCE);
    Assessment a = Assessment.builder()
        .unit(AdministrativeUnit.of("NT", "Ninh Thuận", UnitLevel.PROVINCE))
        .ruleSetId(rs.id()).year(2022)
        .addInputs(LeafInput.self("TD", Answer.points("54.196")))
        .addInputs(LeafInput.measured("TAC.1", Answer.percent("82.30")))
        .addInputs(LeafInput.measured("TAC.2", Answer.points("18.05")))
        .addInputs(LeafInput.measured("TAC.3", Answer.points("5.306")))
        .build();

    Scorecard card = Engine.score(rs, a);

    assertThat(card.node("TD").orElseThrow().points()).isEqualByComparingTo("54.20");
    assertThat(card.node("TAC").orElseThrow().points()).isEqualByComparingTo("31.59");
    assertThat(card.node("TAC.1").orElseThrow().points()).isEqualByComparingTo("8.23");
    assertThat(card.node("TAC.3").orElseThrow().points()).isEqualByComparingTo("5.31");
    assertThat(card.totalPoints()).isEqualByComparingTo("85.78");
    assertThat(card.index()).isEqualByComparingTo("85.78");
    assertThat(card.grade().map(GradeBand::label)).contains("B");
    assertThat(card.node("TD").orElseThrow().index().orElseThrow()).isEqualByComparingTo("88.13");
    assertThat(card.node("TAC").orElseThrow().index().orElseThrow()).isEqualByComparingTo("82.05");
  }

  @Test
  void theRegistryPicks892ForAProvinceIn2024And876For2022() {
    assertThat(REGISTRY.find("Bộ Nội vụ", UnitLevel.PROVINCE, 2024).map(RuleSet::id))
        .contains(OfficialRuleSets.BNV_892_PROVINCE);
    assertThat(REGISTRY.find("Bộ Nội vụ", UnitLevel.PROVINCE, 2022).map(RuleSet::id))
        .contains(OfficialRuleSets.BNV_876_PROVINCE);
    assertThat(REGISTRY.find("Bộ Nội vụ", UnitLevel.PROVINCE, 2023).map(RuleSet::id))
        .contains(OfficialRuleSets.BNV_876_PROVINCE);
    assertThat(REGISTRY.find("bộ nội vụ", UnitLevel.PROVINCE, 2018).map(RuleSet::id))
        .contains(OfficialRuleSets.BNV_2948_PROVINCE);
    assertThat(REGISTRY.find("Bộ Nội vụ", UnitLevel.MINISTRY, 2022).map(RuleSet::id))
        .contains(OfficialRuleSets.BNV_876_MINISTRY);
    // 2020–2021 were scored on 1149/QĐ-BNV, which is not bundled: nothing is made up for it
    assertThat(REGISTRY.find("Bộ Nội vụ", UnitLevel.PROVINCE, 2021)).isEmpty();
    assertThat(REGISTRY.find("UBND tỉnh Hà Tĩnh", UnitLevel.DISTRICT, 2025)).isEmpty();
  }

  /** The bundled files are in the writer's canonical form, so a rewrite changes nothing. */
  @Test
  void bundledFilesAreInCanonicalForm() throws IOException {
    for (String id : OfficialRuleSets.IDS) {
      String text;
      try (InputStream in = OfficialRuleSets.class.getResourceAsStream(OfficialRuleSets.resourceName(id))) {
        text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      RuleSetJson json = RuleSetJson.standard();
      assertThat(json.write(json.parse(text, id))).as(id).isEqualTo(text);
    }
  }

  private static final Pattern COUNTS = Pattern.compile("counts: (\\d+) tiêu chí, (\\d+) tiêu chí thành phần");

  private static int[] countSums(List<Node> nodes) {
    List<String> notes = new ArrayList<>();
    nodes.forEach(n -> notes.add(n.provenance().orElseThrow().note()));
    return countSums(String.join("\n", notes));
  }

  private static int[] countSums(String text) {
    Matcher m = COUNTS.matcher(text);
    int[] sums = new int[2];
    while (m.find()) {
      sums[0] += Integer.parseInt(m.group(1));
      sums[1] += Integer.parseInt(m.group(2));
    }
    return sums;
  }
}
