package io.github.parindex.testkit;

import io.github.parindex.method.Methods;
import io.github.parindex.model.GradeBand;
import io.github.parindex.model.GradeScale;
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

/** A made-up rule set for the testkit's own tests: I (I.1 /40, I.2 /25) + II (II.1 /35, survey share). */
final class TestkitFixtures {
  private TestkitFixtures() {}

  static Node leaf(String code, String max, PointSource source) {
    return Node.builder().code(code).name("Tiêu chí " + code).maxPoints(new BigDecimal(max)).source(source)
        .method(source.isSurvey() ? Methods.surveyShare() : Methods.directPoints()).build();
  }

  static final RuleSet TWO_PARTS = RuleSet.builder()
      .id("test-two-parts").title("two parts (test)").issuer("test")
      .legalBasis(LegalReference.of("0/TEST", LocalDate.of(2017, 1, 1)))
      .addAppliesTo(UnitLevel.DISTRICT).years(YearRange.of(2017, 2017)).maxTotal(new BigDecimal("100"))
      .rounding(RoundingPolicy.halfUp(2))
      .grades(GradeScale.of(GradeBand.of("A", "90", "từ 90%"), GradeBand.of("B", "80", "80 - dưới 90%"),
          GradeBand.of("C", "70", "70 - dưới 80%")))
      .provenance(Provenance.of(ProvenanceStatus.ILLUSTRATIVE, "made up for tests"))
      .addNodes(Node.builder().code("I").name("Điểm thẩm định").maxPoints(new BigDecimal("65"))
          .addChildren(leaf("I.1", "40", PointSource.APPRAISAL), leaf("I.2", "25", PointSource.APPRAISAL)).build())
      .addNodes(Node.builder().code("II").name("Điểm khảo sát").maxPoints(new BigDecimal("35"))
          .addChildren(leaf("II.1", "35", PointSource.CITIZENS_SURVEY)).build())
      .build();

  static final RuleSetResolver RESOLVER = RuleSetResolver.of(TWO_PARTS);
}
