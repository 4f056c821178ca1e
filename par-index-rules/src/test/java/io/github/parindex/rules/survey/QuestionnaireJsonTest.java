package io.github.parindex.rules.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.parindex.model.ParIndexException;
import io.github.parindex.model.ProvenanceStatus;
import io.github.parindex.sipas.SipasMethod;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** SIPAS questionnaires as data: every indexed file read strictly, round trips exact, every problem located. */
class QuestionnaireJsonTest {
  static String resource(String file) throws IOException {
    try (InputStream in = SipasQuestionnaires.class.getResourceAsStream(SipasQuestionnaires.FOLDER + file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void everyIndexedFileReadsAndWritesBackByteForByte() throws IOException {
    assertThat(SipasQuestionnaires.index()).containsExactly("vn-bnv-2640-2017.json", "vn-bnv-1001-2023.json");
    for (String file : SipasQuestionnaires.index()) {
      String text = resource(file);
      QuestionnaireJson.Design d = QuestionnaireJson.read(new StringReader(text), file);
      assertThat(QuestionnaireJson.write(d)).isEqualTo(text);
      assertThat(file).isEqualTo(d.questionnaire().id() + ".json");
    }
  }

  @Test
  void provenanceMarksAndDefaultMethodsAreKept() {
    // QĐ 2640: the recalled rule (mean of the element indices), no official wording claimed
    assertThat(SipasQuestionnaires.defaultMethod(SipasQuestionnaires.qd2640()))
        .isEqualTo(SipasMethod.meanOfElements());
    SipasMethod m1001 = SipasQuestionnaires.defaultMethod(SipasQuestionnaires.qd1001());
    assertThat(m1001.element()).isEqualTo(SipasMethod.Aggregation.OVERALL_ITEM);
    assertThat(m1001.overall()).isEqualTo(SipasMethod.Aggregation.MEAN_OF_ASPECTS);
    assertThat(m1001.provenance().status()).isEqualTo(ProvenanceStatus.INFERRED);
    assertThat(SipasQuestionnaires.qd1001().item("DV2.1").orElseThrow().provenance().orElseThrow().status())
        .isEqualTo(ProvenanceStatus.INCOMPLETE);
    assertThat(SipasQuestionnaires.qd1001().item("NĐ2").orElseThrow().provenance().orElseThrow().status())
        .isEqualTo(ProvenanceStatus.ILLUSTRATIVE);
  }

  @Test
  void unknownRepeatedEmptyAndMissingKeysAndTrailingContentAreLocated() throws IOException {
    String good = resource("vn-bnv-2640-2017.json");
    assertThatThrownBy(() -> QuestionnaireJson.read(new StringReader(good.replaceFirst("\"title\"", "\"titel\"")),
        "q.json")).isInstanceOf(ParIndexException.class)
        .hasMessageContaining("q.json: $.titel: unknown key")
        .hasMessageContaining("q.json: $.title: missing");
    assertThatThrownBy(() -> QuestionnaireJson.read(new StringReader(good.replaceFirst("\"version\" : \"1\",",
        "\"version\" : \"1\", \"version\" : \"2\",")), "q.json")).hasMessageContaining("Duplicate field 'version'");
    assertThatThrownBy(() -> QuestionnaireJson.read(new StringReader(good + "{}"), "q.json"))
        .hasMessageContaining("Trailing token");
    assertThatThrownBy(() -> QuestionnaireJson.read(new StringReader(good.replaceFirst("\"kind\" : \"SATISFACTION\"",
        "\"kind\" : \"SATISFIED\"")), "q.json"))
        .hasMessageContaining("q.json: $.aspects[0].elements[0].items[0].kind: \"SATISFIED\" is not one of");
    assertThatThrownBy(() -> QuestionnaireJson.read(new StringReader(good.replaceFirst("\"source\" : \"sipas.md",
        "\"source\" : null, \"x\" : \"sipas.md")), "q.json"))
        .hasMessageContaining("q.json: $.provenance.source: key with no value (null)");
  }
}
