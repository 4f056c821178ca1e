package io.github.parindex.rules.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.parindex.model.ParIndexException;
import io.github.parindex.model.Problem;
import io.github.parindex.model.Provenance;
import io.github.parindex.model.ProvenanceStatus;
import io.github.parindex.model.UnitLevel;
import io.github.parindex.model.YearRange;
import io.github.parindex.sipas.Aspect;
import io.github.parindex.sipas.Element;
import io.github.parindex.sipas.Item;
import io.github.parindex.sipas.PopulationReport;
import io.github.parindex.sipas.Questionnaire;
import io.github.parindex.sipas.SipasMethod;
import io.github.parindex.sipas.SurveyAccumulator;
import io.github.parindex.sipas.SurveyFrame;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CSV and JSON readers: good rows counted, every bad row named with row, column and reason. */
class SurveyReadersTest {

  static final Questionnaire Q = Questionnaire.builder()
      .id("test-readers").version("1").title("t").legalBasis("ILLUSTRATIVE").years(YearRange.of(2024, 2024))
      .provenance(Provenance.of(ProvenanceStatus.ILLUSTRATIVE, "test"))
      .addAspect(Aspect.of("A", "A",
          Element.of("E", "E", Item.satisfaction("S1", "s1"), Item.satisfaction("S2", "s2")),
          Element.of("N", "N", Item.judgement("J", "j", List.of("a", "b")),
              Item.expectation("X", "x", List.of("p", "q", "r")))))
      .build();

  static final SurveyFrame FRAME = SurveyFrame.builder()
      .unit("P", "P", UnitLevel.PROVINCE)
      .unit("C", "C", UnitLevel.COMMUNE, "P")
      .serviceField("DD", "Đất đai")
      .group("CD", "Công dân")
      .build();

  static SurveyAccumulator acc() {
    return new SurveyAccumulator(Q, FRAME, SipasMethod.meanOfElements());
  }

  static final String GOOD = """
      unit,field,group,weight,S1,S2,J,X,note
      P,DD,CD,1,5,4,1,1|3,first
      C,,,2.5,3,KYK,2,,
      C,DD,,,4,,-1,2,third
      """;

  @Test
  void csvGoodFileIsAggregated() {
    SurveyAccumulator acc = acc();
    ReadReport r = SurveyCsvReader.of(Q, FRAME).read(new StringReader(GOOD), "good.csv", acc);
    assertThat(r.isClean()).isTrue();
    assertThat(r.rowsRead()).isEqualTo(3);
    assertThat(r.rowsAccepted()).isEqualTo(3);
    assertThat(r.ignoredColumns()).containsExactly("note");
    PopulationReport all = acc.result().all();
    // S1: 5, 3, 4 → 2/3 satisfied = 66.67; S2: 4, KYK, blank → 1/1 = 100
    assertThat(all.item("S1").percent().orElseThrow()).isEqualByComparingTo("66.67");
    assertThat(all.item("S2").percent().orElseThrow()).isEqualByComparingTo("100.00");
    assertThat(all.item("S2").respondents()).isEqualTo(1);
    // J: 1, 2 (no opinion left out) → 50 / 50; X over 3 respondents: p {1}, q {3}, r {1} → 33.33, 33.33, 33.33
    assertThat(all.judgement("J").get(0).percent().orElseThrow()).isEqualByComparingTo("50.00");
    assertThat(all.expectation("X").get(1).percent().orElseThrow()).isEqualByComparingTo("33.33");
    // by field DD: rows 1 and 3
    assertThat(acc.result().serviceField("DD").respondents()).isEqualTo(2);
  }

  static final String BAD = """
      unit,field,group,weight,S1,S2,J,X
      P,DD,CD,1,5,4,1,1|3
      ZZ,,,1,4,4,1,1
      P,,,1,7,4,1,1
      C,,,1,4,4
      P,XX,,abc,4,4,3,9
      C,,,1,4,4,1,2
      ,,,1,4,4,1,2
      P,,,1,x,4,1,1
      C,DD,CD,1.5,2,5,2,1|2
      """;

  @Test
  void csvBadRowsAreEachNamedAndGoodRowsCounted() {
    SurveyAccumulator acc = acc();
    ReadReport r = SurveyCsvReader.of(Q, FRAME).read(new StringReader(BAD), "bad.csv", acc);
    assertThat(r.rowsRead()).isEqualTo(9);
    assertThat(r.rowsAccepted()).isEqualTo(3);   // rows 1, 6, 9
    assertThat(r.rowsRejected()).isEqualTo(6);   // rows 2, 3, 4, 5, 7, 8
    assertThat(acc.size()).isEqualTo(3);
    assertThat(r.problems()).extracting(Problem::toString).containsExactly(
        "bad.csv: row 2 (line 3), column unit: \"ZZ\": unknown unit (not in the survey frame)",
        "bad.csv: row 3 (line 4), column S1: \"7\": answer code 7 is outside 1..5, blank or no opinion",
        "bad.csv: row 4 (line 5): row has 6 values, the header has 8",
        "bad.csv: row 5 (line 6), column field: \"XX\": unknown service field (not in the survey frame)",
        "bad.csv: row 5 (line 6), column weight: \"abc\": not a number",
        "bad.csv: row 5 (line 6), column J: \"3\": answer code 3 is outside 1..2, blank or no opinion",
        "bad.csv: row 5 (line 6), column X: \"9\": option 9 is outside 1..3",
        "bad.csv: row 7 (line 8), column unit: unit is missing",
        "bad.csv: row 8 (line 9), column S1: \"x\": not an answer code (1..5, blank or no opinion; write blank as an empty"
            + " cell and no opinion as KYK)");
    assertThat(r.problemCount()).isEqualTo(9);
    assertThat(r.render()).contains("9 rows read, 3 accepted, 6 rejected, 9 problems");
    // good rows 1, 6, 9: S1 5, 4, 2 → 2/3
    assertThat(acc.result().all().item("S1").percent().orElseThrow()).isEqualByComparingTo("66.67");
    assertThatThrownBy(r::throwIfNotClean).isInstanceOf(ParIndexException.class).hasMessageContaining("row 2");
  }

  @Test
  void csvOneDigitCellsAreAcceptedExactlyWithinEachItemsScale() {
    // S1, S2: satisfaction 1..5; J: judgement options 1..2; X: multi-select options 1..3. The digit 0 is on no scale
    // and is no option: it is reported (blank is an empty cell), never read as blank. Everything above the scale
    // must be reported, one-digit or not.
    int[] highest = {5, 5, 2, 3};
    String[] columns = {"S1", "S2", "J", "X"};
    for (int c = 0; c < columns.length; c++) {
      for (int d = 0; d <= 9; d++) {
        String[] cells = {"5", "4", "1", "1"};
        cells[c] = Integer.toString(d);
        String text = "unit,S1,S2,J,X\nP," + String.join(",", cells) + "\n";
        SurveyAccumulator acc = acc();
        ReadReport r = SurveyCsvReader.of(Q, FRAME).read(new StringReader(text), "d.csv", acc);
        if (d == 0) {
          assertThat(r.rowsRejected()).as(columns[c] + "=0").isEqualTo(1);
          assertThat(acc.size()).isZero();
          assertThat(r.problems()).singleElement().extracting(Problem::toString).asString()
              .isEqualTo("d.csv: row 1 (line 2), column " + columns[c] + ": \"0\": 0 is not an answer code (it is on no"
                  + " scale and is no option): write blank as an empty cell (JSON: null) and no opinion as KYK or -1");
        } else if (d <= highest[c]) {
          assertThat(r.isClean()).as(columns[c] + "=" + d).isTrue();
          assertThat(acc.size()).isEqualTo(1);
        } else {
          assertThat(r.rowsRejected()).as(columns[c] + "=" + d).isEqualTo(1);
          assertThat(acc.size()).isZero();
          assertThat(r.problems()).singleElement().extracting(Problem::toString).asString()
              .startsWith("d.csv: row 1 (line 2), column " + columns[c] + ": \"" + d + "\": ")
              .contains(c == 3 ? "option " + d + " is outside 1..3" : "answer code " + d + " is outside 1..");
        }
      }
    }
    // X = 2 ticks option q only: q 1 of 1 respondent = 100 %, p and r 0 %
    SurveyAccumulator acc = acc();
    SurveyCsvReader.of(Q, FRAME).read(new StringReader("unit,S1,S2,J,X\nP,5,4,1,2\n"), "x.csv", acc);
    assertThat(acc.result().all().expectation("X").get(1).percent().orElseThrow()).isEqualByComparingTo("100.00");
    assertThat(acc.result().all().expectation("X").get(0).percent().orElseThrow()).isEqualByComparingTo("0.00");
  }

  @Test
  void csvFailFastStopsAtTheFirstBadRow() {
    SurveyAccumulator acc = acc();
    assertThatThrownBy(() -> SurveyCsvReader.of(Q, FRAME).errorMode(ErrorMode.FAIL_FAST)
        .read(new StringReader(BAD), "bad.csv", acc))
        .isInstanceOf(ParIndexException.class)
        .hasMessageContaining("bad.csv: row 2 (line 3), column unit: \"ZZ\": unknown unit");
    assertThat(acc.size()).isEqualTo(1);
  }

  @Test
  void csvListsUpToTheLimitButCountsAll() {
    ReadReport r = SurveyCsvReader.of(Q, FRAME).listedProblems(2).read(new StringReader(BAD), "bad.csv", acc());
    assertThat(r.problems()).hasSize(2);
    assertThat(r.problemCount()).isEqualTo(9);
    assertThat(r.unlistedProblems()).isEqualTo(7);
    assertThat(r.render()).contains("and 7 more problems not listed");
  }

  @Test
  void csvMalformedLineStopsReadingAndIsReported() {
    String text = "unit,S1,S2,J,X\nP,5,4,1,1\nP,4,\"4,1,1\nP,5,5,1,1\n";
    SurveyAccumulator acc = acc();
    ReadReport r = SurveyCsvReader.of(Q, FRAME).read(new StringReader(text), "broken.csv", acc);
    assertThat(r.rowsAccepted()).isEqualTo(1);
    assertThat(r.rowsRejected()).isEqualTo(1);
    assertThat(r.stopped()).contains("malformed CSV at row 2");
    assertThat(r.isClean()).isFalse();
  }

  @Test
  void csvHeaderMustNameUnitAndEveryItem() {
    assertThatThrownBy(() -> SurveyCsvReader.of(Q, FRAME).read(new StringReader("unit,S1,S2\nP,5,4\n"), "h.csv",
        acc())).isInstanceOf(ParIndexException.class).hasMessageContaining("lacks the item columns [J, X]");
    assertThatThrownBy(() -> SurveyCsvReader.of(Q, FRAME).read(new StringReader("S1,S2,J,X\n5,4,1,1\n"), "h.csv",
        acc())).hasMessageContaining("no \"unit\" column");
  }

  static final String JSON = """
      [
        {"unit": "P", "field": "DD", "group": "CD", "weight": 1,
         "answers": {"S1": 5, "S2": 4, "J": 1, "X": [1, 3]}},
        {"unit": "ZZ", "answers": {"S1": 4}},
        {"unit": "C", "weight": "2.5", "answers": {"S1": 3, "S2": "KYK", "J": 2}},
        {"unit": "C", "answers": {"S1": 9, "Q9": 1, "X": [4]}},
        {"answers": {"S1": 4}},
        {"unit": "C", "field": "DD", "answers": {"S1": 4, "S2": null, "J": -1, "X": [2]}}
      ]
      """;

  @Test
  void jsonIsStreamedWithTheSameRules() {
    SurveyAccumulator acc = acc();
    ReadReport r = SurveyJsonReader.of(Q, FRAME)
        .read(new ByteArrayInputStream(JSON.getBytes(StandardCharsets.UTF_8)), "a.json", acc);
    assertThat(r.rowsRead()).isEqualTo(6);
    assertThat(r.rowsAccepted()).isEqualTo(3);
    assertThat(r.problems()).extracting(Problem::toString).containsExactly(
        "a.json: row 2 (line 4), column unit: \"ZZ\": unknown unit (not in the survey frame)",
        "a.json: row 4 (line 6), column S1: \"9\": answer code 9 is outside 1..5, blank or no opinion",
        "a.json: row 4 (line 6), column Q9: \"1\": unknown item (not in questionnaire test-readers)",
        "a.json: row 4 (line 6), column X: \"4\": option 4 is outside 1..3",
        "a.json: row 5 (line 7), column unit: unit is missing");
    // the same respondents as GOOD.csv: S1 5, 3, 4 → 66.67
    assertThat(acc.result().all().item("S1").percent().orElseThrow()).isEqualByComparingTo("66.67");
    assertThat(acc.result().all().expectation("X").get(1).percent().orElseThrow()).isEqualByComparingTo("33.33");
  }

  @Test
  void jsonMalformedStopsAndReports() {
    String text = "[{\"unit\": \"P\", \"answers\": {\"S1\": 5}}, {\"unit\": \"P\", \"answers\": {\"S1\": }}]";
    SurveyAccumulator acc = acc();
    ReadReport r = SurveyJsonReader.of(Q, FRAME).read(new StringReader(text), "m.json", acc);
    assertThat(r.rowsAccepted()).isEqualTo(1);
    assertThat(r.stopped()).contains("malformed JSON at row 2");
  }
}
