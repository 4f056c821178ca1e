package io.github.parindex.testing;

import io.github.parindex.method.Answer;
import io.github.parindex.method.Band;
import io.github.parindex.method.Level;
import io.github.parindex.method.Methods;
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
import java.math.BigDecimal;

/**
 * A small ILLUSTRATIVE rule set (maximum 10) for the analysts' tests; no official figure.
 *
 * <pre>
 * 1   Thể chế (max 6)
 *   1.1 percent bands, max 2: 100% → 2; 80% to under 100% → 1; under 80% → 0
 *   1.2 yes/no, max 1: yes → 1; no → 0
 *   1.3 levels, max 3: Tốt 3; Khá 2; Trung bình 1; Kém 0
 * 2   Hiện đại hóa (max 4)
 *   2.1 direct points, max 2
 *   2.2 citizens' survey share, max 2: % / 100 × 2
 * grades: A from 90%, B from 70%, C from 50%; 2 decimals half up
 * </pre>
 *
 * <p>The base assessment: 1.1 60% → 0; 1.2 no → 0; 1.3 Khá → 2; 2.1 1.5; 2.2 75% → 1.5. Total 0 + 0 + 2 + 1.5 + 1.5
 * = 5 of 10 = 50% → C. Component 1: 2/6 = 33.33%; component 2: 3/4 = 75%.
 */
public final class Fixtures {
  private Fixtures() {}

  public static final String ID = "test-analysts";

  public static RuleSet ruleSet() {
    return ruleSet(RoundingPolicy.halfUp(2));
  }

  public static RuleSet ruleSet(RoundingPolicy rounding) {
    return RuleSet.builder()
        .id(ID).title("Bộ chỉ số minh họa").issuer("UBND tỉnh Minh Họa")
        .legalBasis(LegalReference.of("0/QĐ-TEST"))
        .addAppliesTo(UnitLevel.PROVINCE).years(YearRange.of(2023, 2025))
        .maxTotal(new BigDecimal("10")).rounding(rounding)
        .grades(GradeScale.of(GradeBand.of("A", "90", "từ 90%"), GradeBand.of("B", "70", "từ 70%"),
            GradeBand.of("C", "50", "từ 50%")))
        .provenance(Provenance.of(ProvenanceStatus.ILLUSTRATIVE, "test rule set, no official figure"))
        .addNodes(Node.builder().code("1").name("Thể chế").maxPoints(new BigDecimal("6"))
            .addChildren(leaf("1.1", "Tỷ lệ văn bản ban hành đúng hạn", "2", PointSource.APPRAISAL,
                Methods.percentBands(Band.exactly("100", "2"), Band.between("80", "100", "1"),
                    Band.below("80", "0"))))
            .addChildren(leaf("1.2", "Ban hành kế hoạch CCHC", "1", PointSource.APPRAISAL, Methods.yesNo("1", "0")))
            .addChildren(leaf("1.3", "Chất lượng kiểm tra", "3", PointSource.APPRAISAL,
                Methods.levels(Level.of("Tốt", "3"), Level.of("Khá", "2"),
                    Level.of("Trung bình", "1"), Level.of("Kém", "0"))))
            .build())
        .addNodes(Node.builder().code("2").name("Hiện đại hóa").maxPoints(new BigDecimal("4"))
            .addChildren(leaf("2.1", "Ứng dụng CNTT", "2", PointSource.APPRAISAL, Methods.directPoints()))
            .addChildren(leaf("2.2", "Mức độ hài lòng (SIPAS)", "2", PointSource.CITIZENS_SURVEY,
                Methods.surveyShare()))
            .build())
        .build();
  }

  static Node leaf(String code, String name, String max, PointSource source, io.github.parindex.method.ScoringMethod m) {
    return Node.builder().code(code).name(name).maxPoints(new BigDecimal(max)).source(source).method(m).build();
  }

  public static Assessment assessment() {
    return assessment("P1", "Tỉnh Minh Họa", "60", false, "Khá", "1.5", "75");
  }

  public static Assessment assessment(String unit, String name, String p11, boolean yes12, String level13,
      String points21, String survey22) {
    return Assessment.builder()
        .unit(AdministrativeUnit.of(unit, name, UnitLevel.PROVINCE))
        .ruleSetId(ID).year(2024)
        .addInputs(LeafInput.self("1.1", Answer.percent(p11)))
        .addInputs(LeafInput.self("1.2", yes12 ? Answer.yes() : Answer.no()))
        .addInputs(LeafInput.self("1.3", Answer.level(level13)))
        .addInputs(LeafInput.self("2.1", Answer.points(points21)))
        .addInputs(LeafInput.measured("2.2", Answer.percent(survey22)))
        .build();
  }
}
