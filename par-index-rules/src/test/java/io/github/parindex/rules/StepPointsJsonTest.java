package io.github.parindex.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.parindex.method.StepPoints;
import io.github.parindex.model.RuleSet;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The step-points kind in a rule file: written and read back equal, and an unknown setting value is located. */
class StepPointsJsonTest {

  private static final String STEPS = "{\"kind\": \"step-points\", \"measure\": \"percent\", \"threshold\": 4.5,"
      + " \"basePoints\": 3, \"otherSidePoints\": 3, \"direction\": \"down\", \"step\": 1, \"pointsPerStep\": 0.5,"
      + " \"cap\": 4, \"partStep\": \"whole-steps\"}";

  private static String file(String method) {
    return RuleSetJsonErrorsTest.VALID.replace("\"method\": {\"kind\": \"yes-no\", \"yes\": 4, \"no\": 0}",
        "\"method\": " + method);
  }

  @Test
  void aStepRuleReadsWritesAndReadsBackEqual() {
    RuleSet rs = RuleSetJson.standard().parse(file(STEPS), "steps.json");
    StepPoints expected = new StepPoints(StepPoints.Measure.PERCENT, new BigDecimal("4.5"), new BigDecimal("3"),
        new BigDecimal("3"), StepPoints.Direction.DOWN, new BigDecimal("1"), new BigDecimal("0.5"),
        new BigDecimal("4"), StepPoints.PartStep.WHOLE_STEPS);
    assertThat(rs.node("1.1").orElseThrow().method()).contains(expected);
    String written = RuleSetJson.standard().write(rs);
    assertThat(written).contains("\"direction\": \"down\"").contains("\"partStep\": \"whole-steps\"");
    assertThat(RuleSetJson.standard().parse(written, "written.json")).isEqualTo(rs);
  }

  @Test
  void anUnknownDirectionIsALocatedError() {
    assertThatThrownBy(() -> RuleSetJson.standard().parse(file(STEPS.replace("\"down\"", "\"sideways\"")), "x.json"))
        .isInstanceOf(RuleFileException.class).hasMessageContaining("\"sideways\" is not one of \"up\", \"down\"")
        .hasMessageContaining("x.json");
  }
}
