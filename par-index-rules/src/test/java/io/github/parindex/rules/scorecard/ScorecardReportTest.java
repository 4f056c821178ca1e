package io.github.parindex.rules.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.parindex.engine.Engine;
import io.github.parindex.engine.Scorecard;
import io.github.parindex.method.Answer;
import io.github.parindex.method.Methods;
import io.github.parindex.model.AdministrativeUnit;
import io.github.parindex.model.Appraisal;
import io.github.parindex.model.Assessment;
import io.github.parindex.model.GradeBand;
import io.github.parindex.model.GradeScale;
import io.github.parindex.model.LeafInput;
import io.github.parindex.model.LegalReference;
import io.github.parindex.model.Node;
import io.github.parindex.model.ParIndexException;
import io.github.parindex.model.PointSource;
import io.github.parindex.model.Provenance;
import io.github.parindex.model.ProvenanceStatus;
import io.github.parindex.model.RoundingPolicy;
import io.github.parindex.model.RuleSet;
import io.github.parindex.model.UnitLevel;
import io.github.parindex.model.YearRange;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ScorecardReportTest {

  /** Bình Dương 2017 districts as the two published parts (appraisal /65, survey /35); docs/reference 3.2. */
  static RuleSet binhDuong() {
    return RuleSet.builder()
        .id("test-bd-2071-district").title("Bình Dương districts (two parts)").issuer("UBND tỉnh Bình Dương")
        .legalBasis(LegalReference.of("2071/QĐ-UBND", LocalDate.of(2018, 7, 27)))
        .addAppliesTo(UnitLevel.DISTRICT).years(YearRange.of(2017, 2017)).maxTotal(new BigDecimal("100"))
        .rounding(RoundingPolicy.halfUp(2)).grades(GradeScale.of(GradeBand.of("A", "90", "từ 90% trở lên")))
        .provenance(Provenance.of(ProvenanceStatus.INCOMPLETE, "parts only"))
        .addNodes(Node.builder().code("I").name("Điểm thẩm định").maxPoints(new BigDecimal("65"))
            .addChildren(Node.builder().code("I.1").name("Điểm thẩm định").maxPoints(new BigDecimal("65"))
                .source(PointSource.APPRAISAL).method(Methods.directPoints()).build()).build())
        .addNodes(Node.builder().code("II").name("Điểm ĐTXHH").maxPoints(new BigDecimal("35"))
            .addChildren(Node.builder().code("II.1").name("Điểm ĐTXHH").maxPoints(new BigDecimal("35"))
                .source(PointSource.LEADERS_SURVEY).method(Methods.directPoints()).build()).build())
        .build();
  }

  static Scorecard thuDauMot() {
    // Thủ Dầu Một 2017: 51.75 + 32.83 = 84.58 (published). Self-assessed 53 is invented for the test.
    return Engine.score(binhDuong(), Assessment.builder()
        .unit(AdministrativeUnit.of("TDM", "Thành phố Thủ Dầu Một", UnitLevel.DISTRICT))
        .ruleSetId("test-bd-2071-district").year(2017)
        .addInputs(LeafInput.builder().code("I.1").selfAssessed(Answer.points("53"))
            .appraisal(Appraisal.ofPoints("51.75", "Hội đồng thẩm định")).build())
        .addInputs(LeafInput.measured("II.1", Answer.points("32.83")))
        .build());
  }

  @Test
  void writesTheDocumentedLayoutWithPlainDecimalStringsInAFixedOrder() {
    String json = new ScorecardReport("9.9.9", thuDauMot()).toJson();
    assertThat(json).startsWith("""
        {
          "format": "par-index/scorecard@1",
          "libraryVersion": "9.9.9",
          "ruleSet": {
            "id": "test-bd-2071-district",
            "version": "1"
          },
          "year": 2017,
          "unit": {
            "code": "TDM",
            "name": "Thành phố Thủ Dầu Một",
            "level": "DISTRICT"
          },
          "rounding": {
            "pointsScale": 2,
            "pointsMode": "HALF_UP",
            "indexScale": 2,
            "indexMode": "HALF_UP",
            "stage": "PUBLISHED_FIGURE"
          },
          "maximum": "100",
          "effectiveMaximum": "100",
          "totalPoints": "84.58",
        """);
    // 51.75 + 32.83 = 84.58; index 84.58 / 100 × 100 = 84.58; appraisal − self = 51.75 − 53 = −1.25
    assertThat(json).contains("\"index\": \"84.58\"", "\"selfAssessedPoints\": \"53.00\"",
        "\"appraisedPoints\": \"51.75\"", "\"difference\": \"-1.25\"", "\"appraisalReason\": \"Hội đồng thẩm định\"");
    assertThat(json).endsWith("}\n").doesNotContain("\r");
  }

  @Test
  void readsBackEqualAndWritesTheSameBytes() throws IOException {
    Scorecard card = thuDauMot();
    StringWriter out = new StringWriter();
    ScorecardReport.of(card).writeTo(out);
    ScorecardReport back = ScorecardReport.read(new StringReader(out.toString()));
    assertThat(back.scorecard()).isEqualTo(card);
    assertThat(back.toJson()).isEqualTo(out.toString());
  }

  @Test
  void writeToAFailingWriterThrowsItsCheckedIoException() {
    java.io.Writer full = new java.io.Writer() {
      @Override
      public void write(char[] cbuf, int off, int len) throws IOException {
        throw new IOException("disk full");
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    assertThatThrownBy(() -> ScorecardReport.of(thuDauMot()).writeTo(full))
        .isExactlyInstanceOf(IOException.class).hasMessage("disk full");
  }

  @Test
  void readingFromAFailingReaderIsAProblemNotAnUncheckedException() {
    String start = ScorecardReport.of(thuDauMot()).toJson().substring(0, 120);
    java.io.Reader broken = new java.io.Reader() {
      private boolean given;

      @Override
      public int read(char[] cbuf, int off, int len) throws IOException {
        if (given) {
          throw new IOException("connection reset");
        }
        given = true;
        start.getChars(0, start.length(), cbuf, off);
        return start.length();
      }

      @Override
      public void close() {}
    };
    assertThatThrownBy(() -> ScorecardReport.read(broken)).isInstanceOf(ParIndexException.class)
        .hasMessageContaining("scorecard report").hasMessageContaining("connection reset");
  }

  @Test
  void theLibraryVersionComesFromTheBuild() {
    assertThat(ScorecardReport.currentLibraryVersion()).matches("[0-9]+\\.[0-9]+\\.[0-9]+.*");
  }

  @Test
  void reportsEveryProblemWithItsJsonPath() {
    String json = ScorecardReport.of(thuDauMot()).toJson()
        .replace("\"totalPoints\": \"84.58\"", "\"totalPoints\": 84.58")
        .replace("\"effectiveMaximum\": \"100\",\n  \"totalPoints\"", "\"effectiveMaximum\": \"1E+2\",\n  \"totalPoints\"")
        .replace("\"year\": 2017", "\"year\": 2017, \"yaer\": 2017");
    assertThatThrownBy(() -> ScorecardReport.fromJson(json))
        .isInstanceOf(ParIndexException.class)
        .hasMessageContaining("$.totalPoints: expected a decimal as a string")
        .hasMessageContaining("$.effectiveMaximum: expected a decimal in plain notation")
        .hasMessageContaining("$.yaer: unknown field")
        .hasMessageContaining("3 problems");
  }

  @Test
  void refusesAnotherFormat() {
    String json = ScorecardReport.of(thuDauMot()).toJson().replace("scorecard@1", "scorecard@2");
    assertThatThrownBy(() -> ScorecardReport.fromJson(json))
        .hasMessageContaining("$.format: expected \"par-index/scorecard@1\" but was \"par-index/scorecard@2\"");
  }

  @Test
  void reportsAMissingNodeFieldWithItsPath() {
    String json = ScorecardReport.of(thuDauMot()).toJson().replaceFirst("\"exactPoints\": \"[0-9.]+\",\n", "");
    assertThatThrownBy(() -> ScorecardReport.fromJson(json))
        .hasMessageContaining("$.nodes[0].exactPoints: missing");
  }
}
