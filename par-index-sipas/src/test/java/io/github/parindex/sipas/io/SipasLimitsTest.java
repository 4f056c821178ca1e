package io.github.parindex.sipas.io;

import static io.github.parindex.sipas.io.QuestionnaireJsonTest.resource;
import static io.github.parindex.sipas.io.SurveyReadersTest.FRAME;
import static io.github.parindex.sipas.io.SurveyReadersTest.Q;
import static io.github.parindex.sipas.io.SurveyReadersTest.acc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.parindex.model.ParIndexException;
import io.github.parindex.model.Problem;
import io.github.parindex.sipas.Item;
import io.github.parindex.sipas.Respondent;
import io.github.parindex.sipas.SurveyAccumulator;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The SIPAS bounds of {@code docs/guide/limits.md} at the limit (read) and one past it (a located problem):
 * questionnaire files (length, nesting), options of an item, weights.
 */
class SipasLimitsTest {

  @Test
  void theBoundsAreTheDocumentedOnes() {
    assertThat(QuestionnaireJson.MAX_LENGTH).isEqualTo(1_000_000);
    assertThat(Item.MAX_OPTIONS).isEqualTo(30);
    assertThat(Respondent.MAX_WEIGHT).isEqualTo(1_000_000);
  }

  @Test
  void aQuestionnaireOfAMillionCharactersIsReadAndOneMoreIsNot() throws IOException {
    String good = resource("vn-bnv-2640-2017.json");
    String at = good + " ".repeat(1_000_000 - good.length());
    assertThat(at).hasSize(1_000_000);
    assertThat(QuestionnaireJson.read(new StringReader(at), "q.json").questionnaire().id())
        .isEqualTo(QuestionnaireJson.read(new StringReader(good), "q.json").questionnaire().id());
    ParIndexException past = org.assertj.core.api.Assertions.catchThrowableOfType(ParIndexException.class,
        () -> QuestionnaireJson.read(new StringReader(at + " "), "q.json"));
    assertThat(past.problems()).extracting(Problem::toString)
        .containsExactly("q.json: longer than 1000000 characters; the limit is 1000000");
  }

  @Test
  void aQuestionnaireNestedThirtyTwoDeepIsReadAndThirtyThreeIsALocatedError() throws IOException {
    String good = resource("vn-bnv-2640-2017.json");
    // the root object is level 1: 31 arrays under a key of it reach 32, a key the reader names as unknown
    String at = good.replaceFirst("\\{", "{ \"deep\" : " + "[".repeat(31) + "]".repeat(31) + ",");
    assertThatThrownBy(() -> QuestionnaireJson.read(new StringReader(at), "q.json"))
        .isInstanceOf(ParIndexException.class).hasMessageContaining("q.json: $.deep: unknown key")
        .hasMessageNotContaining("nesting depth");
    String past = good.replaceFirst("\\{", "{ \"deep\" : " + "[".repeat(32) + "]".repeat(32) + ",");
    ParIndexException e = org.assertj.core.api.Assertions.catchThrowableOfType(ParIndexException.class,
        () -> QuestionnaireJson.read(new StringReader(past), "q.json"));
    // "{ "deep" : " is 11 characters: the 33rd level, the 32nd "[", is at column 11 + 32 = 43 of line 1, and the
    // parser stands just after it, at column 44
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.message()).contains("nesting depth (33) exceeds the maximum allowed (32");
      assertThat(p.location().orElseThrow().line()).isEqualTo(1);
      assertThat(p.location().orElseThrow().column()).isEqualTo(44);
    });
  }

  @Test
  void thirtyOptionsAreReadAndThirtyOneAreALocatedProblem() throws IOException {
    String good = resource("vn-bnv-2640-2017.json");
    String at = good.replaceFirst("\"options\" : \\[ \"Có\", \"Không\" \\]", "\"options\" : " + options(30));
    Item item = QuestionnaireJson.read(new StringReader(at), "q.json").questionnaire().item("NĐ1").orElseThrow();
    assertThat(item.options()).hasSize(30);
    String past = good.replaceFirst("\"options\" : \\[ \"Có\", \"Không\" \\]", "\"options\" : " + options(31));
    assertThatThrownBy(() -> QuestionnaireJson.read(new StringReader(past), "q.json"))
        .isInstanceOf(ParIndexException.class)
        .hasMessageContaining("q.json: $.aspects[1].elements[0].items[0]: item NĐ1: a JUDGEMENT item needs 1..30"
            + " options, has 31");
  }

  /** {@code ["o1", "o2", ...]}. */
  static String options(int n) {
    return IntStream.rangeClosed(1, n).mapToObj(i -> "\"o" + i + "\"").collect(Collectors.joining(", ", "[", "]"));
  }

  @Test
  void weightsFromAThousandthToAThousandAreReadAndPastEitherEndAreLocated() {
    SurveyAccumulator acc = new SurveyAccumulator(Q, FRAME, io.github.parindex.sipas.SipasMethod.meanOfElements()
        .withWeighting(io.github.parindex.sipas.SipasMethod.Weighting.RESPONDENT_WEIGHTS));
    String csv = "unit,weight,S1,S2,J,X\nP,0.001,5,4,1,1\nP,1000,5,4,1,1\nP,1000.000,5,4,1,1\n"
        + "P,0.0005,5,4,1,1\nP,1000.001,5,4,1,1\nP,0,5,4,1,1\n";
    ReadReport r = SurveyCsvReader.of(Q, FRAME).read(new StringReader(csv), "w.csv", acc);
    assertThat(r.rowsAccepted()).isEqualTo(3);
    assertThat(r.problems()).extracting(Problem::toString).containsExactly(
        "w.csv: row 4 (line 5), column weight: \"0.0005\": weight 0.0005 has more than 3 decimals",
        "w.csv: row 5 (line 6), column weight: \"1000.001\": weight must be within 0.001..1000, was 1000.001",
        "w.csv: row 6 (line 7), column weight: \"0\": weight must be within 0.001..1000, was 0");
    // 0.001 + 1000 + 1000 = 2000.001
    assertThat(acc.result().all().totalWeight()).isEqualByComparingTo("2000.001");
  }

  @Test
  void aWeightOfAThousandIsTheLargestRespondentWeight() {
    assertThat(Respondent.weightUnits(new BigDecimal("1000"))).isEqualTo(Respondent.MAX_WEIGHT);
    assertThatThrownBy(() -> Respondent.weightUnits(new BigDecimal("1000.001")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("weight must be within 0.001..1000, was 1000.001");
    assertThat(Respondent.weightUnits(new BigDecimal("0.001"))).isEqualTo(1);
    assertThat(Collections.nCopies(Item.MAX_OPTIONS, "o")).hasSize(30);
    assertThat(Item.judgement("J", "j", Collections.nCopies(30, "o")).options()).hasSize(30);
    assertThatThrownBy(() -> Item.judgement("J", "j", Collections.nCopies(31, "o")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("item J: a JUDGEMENT item needs 1..30 options,"
            + " has 31");
    List<String> none = List.of();
    assertThatThrownBy(() -> Item.judgement("J", "j", none)).hasMessage("item J: a JUDGEMENT item needs 1..30"
        + " options, has 0");
  }
}
