package io.github.parindex.examples.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.parindex.engine.Engine;
import io.github.parindex.method.Answer;
import io.github.parindex.method.Methods;
import io.github.parindex.method.ScoringMethods;
import io.github.parindex.model.AdministrativeUnit;
import io.github.parindex.model.Assessment;
import io.github.parindex.model.GradeBand;
import io.github.parindex.model.GradeScale;
import io.github.parindex.model.LeafInput;
import io.github.parindex.model.LegalReference;
import io.github.parindex.model.Node;
import io.github.parindex.model.PointSource;
import io.github.parindex.model.Provenance;
import io.github.parindex.model.ProvenanceStatus;
import io.github.parindex.model.RoundingPolicy;
import io.github.parindex.model.RuleSet;
import io.github.parindex.model.UnitLevel;
import io.github.parindex.model.YearRange;
import io.github.parindex.rules.RuleSetJson;
import io.github.parindex.scenario.Gains;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A scoring method added by a rule module through the SPI alone (test sources: {@link Threshold} and a services
 * line), with no change to the library: it is found by the registry, read and written in rule files, suggested by
 * {@code Gains}, and renders its scoring text.
 */
class PluginMethodTest {

  static RuleSet ruleSet() {
    return RuleSet.builder()
        .id("plugin-2025").title("Bộ chỉ số thử phương pháp riêng").issuer("UBND tỉnh X")
        .legalBasis(LegalReference.of("1/QĐ-UBND", LocalDate.of(2025, 1, 2)))
        .addAppliesTo(UnitLevel.DEPARTMENT).years(YearRange.of(2025, 2025))
        .maxTotal(new BigDecimal("3"))
        .rounding(RoundingPolicy.halfUp(2))
        .grades(GradeScale.of(GradeBand.of("Tốt", "90", "từ 90% trở lên")))
        .provenance(Provenance.of(ProvenanceStatus.ILLUSTRATIVE, "test of the method SPI"))
        .addNodes(Node.builder().code("1").name("Lĩnh vực").maxPoints(new BigDecimal("3"))
            .addChildren(Node.builder().code("1.1").name("Tỷ lệ hồ sơ đúng hạn").maxPoints(new BigDecimal("2"))
                .source(PointSource.APPRAISAL).method(new Threshold(new BigDecimal("80"))).build())
            .addChildren(Node.builder().code("1.2").name("Có Bộ phận Một cửa").maxPoints(BigDecimal.ONE)
                .source(PointSource.APPRAISAL).method(Methods.yesNo("1", "0")).build())
            .build())
        .build();
  }

  static Assessment assessment() {
    return Assessment.builder()
        .unit(AdministrativeUnit.of("STP", "Sở Tư pháp", UnitLevel.DEPARTMENT))
        .ruleSetId("plugin-2025").year(2025)
        .addInputs(LeafInput.self("1.1", Answer.rate(7, 10)))   // 70%: below the threshold, 0 of 2
        .addInputs(LeafInput.self("1.2", Answer.yes()))         // 1 of 1
        .build();
  }

  @Test
  void theRegistryFindsThePluginKindBesideTheBuiltIns() {
    assertThat(ScoringMethods.standard().names()).contains("example/reaches-threshold", "yes-no", "percent-bands");
    assertThat(ScoringMethods.standard().find("example/reaches-threshold").orElseThrow().type())
        .isEqualTo(Threshold.class);
  }

  @Test
  void ruleFilesReadAndWriteItWithoutACodecOfItsOwn() {
    RuleSetJson json = RuleSetJson.standard();
    assertThat(json.kinds()).contains("example/reaches-threshold");
    String written = json.write(ruleSet());
    assertThat(written).contains("\"kind\": \"example/reaches-threshold\",\n").contains("\"percent\": 80\n");
    RuleSet read = json.parse(written, "plugin.json");
    assertThat(read).isEqualTo(ruleSet());
    assertThat(read.node("1.1").orElseThrow().method()).contains(new Threshold(new BigDecimal("80")));
  }

  @Test
  void gainsSuggestsItsImprovement() {
    // now: 0 + 1 = 1 of 3 = 33.33%; 80% on 1.1 gives its 2 points: 3 of 3 = 100%, grade Tốt
    assertThat(Engine.score(ruleSet(), assessment()).index()).isEqualByComparingTo("33.33");
    Gains gains = Gains.of(ruleSet(), assessment());
    Gains.LeafGain leaf = gains.available().get(0);
    assertThat(leaf.code()).isEqualTo("1.1");
    assertThat(leaf.method()).isEqualTo("example/reaches-threshold");
    assertThat(leaf.available()).isEqualByComparingTo("2");
    assertThat(leaf.options()).containsExactly(new Gains.Option(Answer.percent("80"), "80%", new BigDecimal("2")));
    assertThat(leaf.continuous()).isFalse();
    Gains.Path path = gains.pathToNextGrade().orElseThrow();
    assertThat(path.steps()).hasSize(1);
    assertThat(path.steps().get(0).describe()).isEqualTo("1.1 from 7/10 (70%) to 80%: +2 points");
    assertThat(path.result().index()).isEqualByComparingTo("100");
  }

  @Test
  void itRendersItsScoringTextAndGloss() {
    Threshold m = new Threshold(new BigDecimal("80"));
    assertThat(m.scoringText()).contains("Đạt từ 80% trở lên: điểm tối đa; dưới 80%: 0 điểm");
    assertThat(m.englishGloss()).isEqualTo("From 80% up: full points; under 80%: 0 points");
  }
}
