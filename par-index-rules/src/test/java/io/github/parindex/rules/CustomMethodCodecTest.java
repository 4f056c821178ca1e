package io.github.parindex.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.parindex.method.Answer;
import io.github.parindex.method.Fact;
import io.github.parindex.method.MethodResult;
import io.github.parindex.method.ScoringMethod;
import io.github.parindex.model.Problem;
import io.github.parindex.model.RuleSet;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A rule module's own method kind brought into JSON through the codec SPI. */
class CustomMethodCodecTest {

  /** Full points when the rate reaches a threshold, else nothing. */
  record Threshold(BigDecimal percent) implements ScoringMethod {
    @Override
    public String kind() {
      return "example/threshold";
    }

    @Override
    public String describe() {
      return "from " + percent.toPlainString() + "%: full points; below: 0";
    }

    @Override
    public List<String> definitionProblems(BigDecimal maxPoints) {
      return percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0
          ? List.of("threshold " + percent.toPlainString() + "% is outside 0..100") : List.of();
    }

    @Override
    public List<String> answerProblems(Answer answer, BigDecimal maxPoints) {
      return answer instanceof Answer.Rate r && r.isValid() ? List.of() : List.of("expects a rate");
    }

    @Override
    public MethodResult apply(Answer answer, BigDecimal maxPoints) {
      boolean met = ((Answer.Rate) answer).comparePercent(percent) >= 0;
      return new MethodResult(met ? maxPoints : BigDecimal.ZERO, List.of(Fact.of("rate", answer.describe())),
          met ? "met" : "not met", List.of());
    }
  }

  public static final class ThresholdCodec implements ScoringMethodCodec {
    @Override
    public String kind() {
      return "example/threshold";
    }

    @Override
    public Map<String, Object> toJson(ScoringMethod method) {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("percent", ((Threshold) method).percent());
      return out;
    }

    @Override
    public ScoringMethod fromJson(JsonFields json) {
      return new Threshold(json.decimal("percent"));
    }
  }

  static final String FILE = RuleSetJsonErrorsTest.VALID.replace("\"method\": {\"kind\": \"yes-no\", \"yes\": 4, \"no\": 0}",
      "\"method\": {\"kind\": \"example/threshold\", \"percent\": 80.0}");

  @Test
  void aRegisteredCodecReadsAndWritesItsKindExactly() {
    RuleSetJson json = RuleSetJson.withCodecs(List.of(new ThresholdCodec()));
    RuleSet rs = json.parse(FILE, "t.json");
    assertThat(rs.node("1.1").orElseThrow().method().orElseThrow()).isEqualTo(new Threshold(new BigDecimal("80.0")));
    String written = json.write(rs);
    assertThat(written).contains("\"kind\": \"example/threshold\",\n").contains("\"percent\": 80.0\n");
    assertThat(json.parse(written, "t2.json")).isEqualTo(rs);
  }

  @Test
  void withoutTheCodecTheKindIsUnknownAndTheCodecsKeysAreCheckedWithIt() {
    assertThatThrownBy(() -> RuleSetJson.standard().parse(FILE, "t.json"))
        .hasMessageContaining("unknown method kind \"example/threshold\"");
    assertThatThrownBy(() -> RuleSetJson.standard().write(
        RuleSetJson.withCodecs(List.of(new ThresholdCodec())).parse(FILE, "t.json")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no codec writes the method kind");
    RuleSetJson json = RuleSetJson.withCodecs(List.of(new ThresholdCodec()));
    assertThatThrownBy(() -> json.parse(FILE.replace("\"percent\": 80.0", "\"percnt\": 80.0"), "t.json"))
        .isInstanceOfSatisfying(RuleFileException.class, e -> assertThat(e.problems())
            .extracting(Problem::message)
            .anySatisfy(m -> assertThat(m).contains("unknown key \"percnt\"").contains("did you mean \"percent\"?"))
            .anySatisfy(m -> assertThat(m).contains("missing required key \"percent\"")));
    // the method's own definition check is reported at its node
    assertThatThrownBy(() -> json.parse(FILE.replace("\"percent\": 80.0", "\"percent\": 180"), "t.json"))
        .hasMessageContaining("$.nodes[0].children[0]: criterion 1.1: threshold 180% is outside 0..100");
  }
}
