package io.github.parindex.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.parindex.engine.Engine;
import io.github.parindex.engine.NodeScore;
import io.github.parindex.engine.Scorecard;
import io.github.parindex.method.Answer;
import io.github.parindex.method.Band;
import io.github.parindex.method.Methods;
import io.github.parindex.model.AdministrativeUnit;
import io.github.parindex.model.Appraisal;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The "Using the library" snippet of README.md, verbatim, with the values its comments promise. */
class ReadmeExampleTest {

  @Test
  void readmeSnippetGivesTheStatedNumbers() {
    RuleSet rules = RuleSet.builder()
        .id("example-2024").title("Bộ chỉ số minh họa").issuer("UBND tỉnh X")
        .legalBasis(LegalReference.of("123/QĐ-UBND", LocalDate.of(2024, 1, 15)))
        .addAppliesTo(UnitLevel.DEPARTMENT).years(YearRange.of(2024, 2024))
        .maxTotal(new BigDecimal("2"))
        .rounding(RoundingPolicy.halfUp(2))
        .grades(GradeScale.of(GradeBand.of("Tốt", "80", "từ 80% trở lên")))
        .provenance(Provenance.of(ProvenanceStatus.ILLUSTRATIVE, "README example"))
        .addNodes(Node.builder().code("1").name("Cải cách thủ tục hành chính").maxPoints(new BigDecimal("2"))
            .addChildren(Node.builder().code("1.1").name("Tỷ lệ TTHC công bố đúng hạn").maxPoints(BigDecimal.ONE)
                .source(PointSource.APPRAISAL)
                .method(Methods.percentBands(Band.exactly("100", "1"), Band.between("80", "100", "0.5"),
                    Band.below("80", "0")))
                .scoringText("100%: 1 điểm; từ 80% đến dưới 100%: 0,5 điểm; dưới 80%: 0 điểm").build())
            .addChildren(Node.builder().code("1.2").name("Có Bộ phận Một cửa").maxPoints(BigDecimal.ONE)
                .source(PointSource.APPRAISAL).method(Methods.yesNo("1", "0")).build())
            .build())
        .build();

    Assessment answers = Assessment.builder()
        .unit(AdministrativeUnit.of("STP", "Sở Tư pháp", UnitLevel.DEPARTMENT))
        .ruleSetId("example-2024").year(2024)
        .addInputs(LeafInput.builder().code("1.1").selfAssessed(Answer.rate(18, 20))          // 90%
            .appraisal(Appraisal.ofAnswer(Answer.rate(15, 20), "3 quyết định công bố quá hạn")).build())
        .addInputs(LeafInput.self("1.2", Answer.yes()))
        .build();

    Scorecard card = Engine.score(rules, answers);
    // self-assessed 90% → 0.5; appraised 75% → 0; yes → 1: total 1, index 1 / 2 × 100 = 50
    assertThat(card.totalPoints()).isEqualByComparingTo("1.00");
    assertThat(card.index()).isEqualByComparingTo("50.00");
    assertThat(card.grade()).isEmpty();
    NodeScore leaf = card.node("1.1").orElseThrow();
    assertThat(leaf.selfAssessedPoints()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.5"));
    assertThat(leaf.difference()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("-0.5"));
    assertThat(leaf.explanation().orElseThrow().render()).contains("matched: under 80%",
        "basis: appraised answer 15/20 (reason: \"3 quyết định công bố quá hạn\")");
  }
}
