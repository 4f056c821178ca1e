package org.example.consumer;

import io.github.parindex.engine.Engine;
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
import io.github.parindex.rules.RuleSetRegistry;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A stranger's program: a two-leaf rule set scored with core, and the official sets bundled in rules. */
public final class App {
  private App() {}

  /**
   * Prints the total, the index and the number of official rule sets.
   *
   * @param args none
   */
  public static void main(String[] args) {
    RuleSet rules = RuleSet.builder()
        .id("example-2024").title("Bộ chỉ số minh họa").issuer("UBND tỉnh X")
        .legalBasis(LegalReference.of("123/QĐ-UBND", LocalDate.of(2024, 1, 15)))
        .addAppliesTo(UnitLevel.DEPARTMENT).years(YearRange.of(2024, 2024))
        .maxTotal(new BigDecimal("2"))
        .rounding(RoundingPolicy.halfUp(2))
        .grades(GradeScale.of(GradeBand.of("Tốt", "80", "từ 80% trở lên")))
        .provenance(Provenance.of(ProvenanceStatus.ILLUSTRATIVE, "consumer check"))
        .addNodes(Node.builder().code("1").name("Cải cách thủ tục hành chính").maxPoints(new BigDecimal("2"))
            .addChildren(Node.builder().code("1.1").name("Tỷ lệ TTHC công bố đúng hạn").maxPoints(BigDecimal.ONE)
                .source(PointSource.APPRAISAL)
                .method(Methods.percentBands(Band.exactly("100", "1"), Band.between("80", "100", "0.5"),
                    Band.below("80", "0")))
                .build())
            .addChildren(Node.builder().code("1.2").name("Có Bộ phận Một cửa").maxPoints(BigDecimal.ONE)
                .source(PointSource.APPRAISAL).method(Methods.yesNo("1", "0")).build())
            .build())
        .build();
    Assessment answers = Assessment.builder()
        .unit(AdministrativeUnit.of("STP", "Sở Tư pháp", UnitLevel.DEPARTMENT))
        .ruleSetId("example-2024").year(2024)
        .addInputs(LeafInput.builder().code("1.1").selfAssessed(Answer.rate(18, 20))
            .appraisal(Appraisal.ofAnswer(Answer.rate(15, 20), "3 quyết định công bố quá hạn")).build())
        .addInputs(LeafInput.self("1.2", Answer.yes()))
        .build();
    Scorecard card = Engine.score(rules, answers);
    System.out.println("total " + card.totalPoints().toPlainString());
    System.out.println("index " + card.index().toPlainString());
    System.out.println("official rule sets: " + RuleSetRegistry.load().all().size());
  }
}
