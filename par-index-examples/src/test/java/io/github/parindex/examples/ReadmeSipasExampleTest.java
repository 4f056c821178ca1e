package io.github.parindex.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.parindex.engine.Engine;
import io.github.parindex.method.Methods;
import io.github.parindex.model.AdministrativeUnit;
import io.github.parindex.model.Assessment;
import io.github.parindex.model.LegalReference;
import io.github.parindex.model.Node;
import io.github.parindex.model.PointSource;
import io.github.parindex.model.Provenance;
import io.github.parindex.model.ProvenanceStatus;
import io.github.parindex.model.RoundingPolicy;
import io.github.parindex.model.RuleSet;
import io.github.parindex.model.UnitLevel;
import io.github.parindex.model.YearRange;
import io.github.parindex.rules.survey.ReadReport;
import io.github.parindex.rules.survey.SurveyCsvReader;
import io.github.parindex.sipas.Aspect;
import io.github.parindex.sipas.Element;
import io.github.parindex.sipas.Figure;
import io.github.parindex.sipas.Item;
import io.github.parindex.sipas.Questionnaire;
import io.github.parindex.sipas.SipasLink;
import io.github.parindex.sipas.SipasMethod;
import io.github.parindex.sipas.SurveyAccumulator;
import io.github.parindex.sipas.SurveyFrame;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The SIPAS example of README.md ("SIPAS") gives the numbers it states (worked out by hand there). */
class ReadmeSipasExampleTest {

  @Test
  void readmeExample() {
    Questionnaire q = Questionnaire.builder()
        .id("demo").version("1").title("Demo").legalBasis("ILLUSTRATIVE").years(YearRange.of(2021, 2021))
        .provenance(Provenance.of(ProvenanceStatus.ILLUSTRATIVE, "README demo"))
        .addAspect(Aspect.of("DV", "Dịch vụ hành chính công",
            Element.of("1", "Tiếp cận", Item.satisfaction("1.1", "Chỗ ngồi chờ"),
                Item.satisfaction("1.2", "Trang thiết bị")),
            Element.of("2", "Thủ tục hành chính", Item.satisfaction("2.1", "Niêm yết công khai"))))
        .build();
    SurveyFrame frame = SurveyFrame.builder()
        .unit("HT", "Hà Tĩnh", UnitLevel.PROVINCE)
        .unit("HT.X1", "Xã 1", UnitLevel.COMMUNE, "HT")
        .unit("HT.X2", "Xã 2", UnitLevel.COMMUNE, "HT")
        .serviceField("DD", "Đất đai").group("CD", "Công dân")
        .build();
    String csv = """
        unit,field,group,weight,1.1,1.2,2.1
        HT.X1,DD,CD,,5,4,4
        HT.X1,DD,CD,,4,3,5
        HT.X2,,CD,,3,KYK,4
        HT.X2,DD,,,5,5,
        HT.X2,DD,CD,,9,5,5
        """;
    SurveyAccumulator acc = new SurveyAccumulator(q, frame, SipasMethod.meanOfElements());
    ReadReport report = SurveyCsvReader.of(q, frame).read(new StringReader(csv), "demo.csv", acc);
    assertThat(report.render()).contains("demo.csv: 5 rows read, 4 accepted, 1 rejected, 1 problems")
        .contains("row 5 (line 6), column 1.1: \"9\": answer code 9 is outside 1..5, blank or no opinion");

    Figure sipas = acc.result().unit("HT").overall();
    // items 75, 66.666…, 100 → elements 70.8333…, 100 → 85.41666… → 85.42; Wilson p = 0.8541666…, n = 3
    assertThat(sipas.summary()).isEqualTo("85.42% (8 of 10; 95% CI 32.44–98.62 (Wilson, n = 3))");

    RuleSet rules = RuleSet.builder()
        .id("demo-par").title("Demo PAR").issuer("Bộ Nội vụ")
        .legalBasis(LegalReference.of("ILLUSTRATIVE", LocalDate.of(2021, 1, 1)))
        .addAppliesTo(UnitLevel.PROVINCE).years(YearRange.of(2021, 2021))
        .maxTotal(BigDecimal.TEN).rounding(RoundingPolicy.halfUp(2))
        .provenance(Provenance.of(ProvenanceStatus.ILLUSTRATIVE, "README demo"))
        .addNodes(Node.builder().code("1").name("Chỉ số hài lòng").maxPoints(BigDecimal.TEN)
            .addChildren(Node.builder().code("1.1").name("SIPAS").maxPoints(BigDecimal.TEN)
                .source(PointSource.CITIZENS_SURVEY).method(Methods.surveyShare()).build())
            .build())
        .build();
    Assessment a = Assessment.builder()
        .unit(AdministrativeUnit.of("HT", "Hà Tĩnh", UnitLevel.PROVINCE)).ruleSetId("demo-par").year(2021)
        .addInputs(SipasLink.leafInput("1.1", sipas, "SIPAS 2021 Hà Tĩnh (demo data)"))
        .build();
    var leaf = Engine.score(rules, a).node("1.1").orElseThrow();
    // 85.42 / 100 × 10 = 8.542 → 8.54
    assertThat(leaf.points()).isEqualByComparingTo("8.54");
    assertThat(leaf.explanation().orElseThrow().render()).contains("measured by = SIPAS 2021 Hà Tĩnh (demo data)")
        .contains("n = 3");
  }
}
