package io.github.parindex.sipas;

import static io.github.parindex.sipas.SmallSurvey.FRAME;
import static io.github.parindex.sipas.SmallSurvey.Q;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Respondents by codes: the same row as the positional form, every wrong code named. */
class RespondentBuilderTest {
  @Test
  void aRespondentByCodesIsTheSameAsByPositions() {
    // r1 of SmallSurvey: C1, F1, G1, weight 2, answers [S1 5, S2 4, O1 4, S3 3, J1 1, X1 {1, 2}, OV 5]
    Respondent typed = Respondent.builder(Q, FRAME).unit("C1").field("F1").group("G1")
        .answer("S1", 5).answer("S2", AnswerKind.SATISFIED).answer("O1", 4).answer("S3", 3)
        .choice("J1", 1).options("X1", 1, 2).answer("OV", 5).weight(new BigDecimal("2")).build();
    assertThat(typed).isEqualTo(SmallSurvey.ROWS.get(0));
    // r4: C2, no field or group, weight 0.5, S1 no opinion, J1 and X1 blank
    Respondent r4 = Respondent.builder(Q, FRAME).unit("C2").noOpinion("S1").answer("S2", 5).answer("O1", 4)
        .answer("S3", 4).blank("J1").options("X1", 3).answer("OV", 4).weight(new BigDecimal("0.5")).build();
    assertThat(r4).isEqualTo(SmallSurvey.ROWS.get(3));
  }

  @Test
  void wrongCodesAreNamed() {
    RespondentBuilder b = Respondent.builder(Q, FRAME);
    assertThatThrownBy(() -> b.unit("ZZ")).hasMessage("unit ZZ is not in the survey frame");
    assertThatThrownBy(() -> b.answer("S1", 6)).hasMessage("item S1: 6 is not on its scale 1..5");
    assertThatThrownBy(() -> b.answer("S1", 0)).hasMessage("item S1: 0 is not on its scale 1..5");
    assertThatThrownBy(() -> b.answer("X1", 1)).hasMessageContaining("item X1 is a EXPECTATION item");
    assertThatThrownBy(() -> b.choice("S1", 1)).hasMessageContaining("item S1 is a SATISFACTION item");
    assertThatThrownBy(() -> b.options("X1", 4)).hasMessage("item X1: option 4 is outside 1..3");
    assertThatThrownBy(() -> b.answer("Q9", 1)).hasMessage("item Q9 is not in questionnaire test-small");
    assertThatThrownBy(b::build).isInstanceOf(IllegalStateException.class).hasMessage("a respondent needs a unit");
  }
}
