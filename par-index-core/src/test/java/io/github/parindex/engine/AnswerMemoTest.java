package io.github.parindex.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.parindex.method.Answer;
import io.github.parindex.method.MethodResult;
import io.github.parindex.method.ScoringMethod;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The memo asks a method once per answer of few values, and every time for other answers. */
class AnswerMemoTest {

  /** Yes is worth the maximum, no nothing; a level "A" the maximum, others half; counts how often it is asked. */
  static final class Counting implements ScoringMethod {
    int points;
    int problems;

    @Override
    public String kind() {
      return "counting";
    }

    @Override
    public String describe() {
      return "yes → max, no → 0";
    }

    @Override
    public List<String> definitionProblems(BigDecimal maxPoints) {
      return List.of();
    }

    @Override
    public List<String> answerProblems(Answer answer, BigDecimal maxPoints) {
      problems++;
      List<String> found = new ArrayList<>();
      if (answer instanceof Answer.Level l && l.label().equals("Z")) {
        found.add("no level Z");
      }
      return found;
    }

    @Override
    public MethodResult apply(Answer answer, BigDecimal maxPoints) {
      points++;
      BigDecimal p = answer instanceof Answer.YesNo y ? (y.value() ? maxPoints : BigDecimal.ZERO)
          : answer instanceof Answer.Level l && l.label().equals("A") ? maxPoints : new BigDecimal("0.5");
      return new MethodResult(p, List.of(), "counted", List.of());
    }
  }

  @Test
  void answersOfFewValuesAreAskedOncePerValue() {
    Counting method = new Counting();
    AnswerMemo memo = new AnswerMemo(method, new BigDecimal("2"));
    for (int i = 0; i < 10; i++) {
      assertThat(memo.points(new Answer.YesNo(i % 2 == 0))).isEqualByComparingTo(i % 2 == 0 ? "2" : "0");
      assertThat(memo.points(new Answer.Level("A"))).isEqualByComparingTo("2");
      assertThat(memo.problems(new Answer.Level("Z"))).containsExactly("no level Z");
      assertThat(memo.problems(new Answer.Level("A"))).isEmpty();
    }
    assertThat(method.points).isEqualTo(3); // yes, no, A
    assertThat(method.problems).isEqualTo(2); // Z, A
  }

  @Test
  void otherAnswersAreAskedEveryTime() {
    Counting method = new Counting();
    AnswerMemo memo = new AnswerMemo(method, new BigDecimal("2"));
    for (int i = 0; i < 5; i++) {
      assertThat(memo.points(new Answer.Points(new BigDecimal("1.5")))).isEqualByComparingTo("0.5");
      assertThat(memo.problems(new Answer.Points(new BigDecimal("1.5")))).isEmpty();
    }
    assertThat(method.points).isEqualTo(5);
    assertThat(method.problems).isEqualTo(5);
  }

  @Test
  void moreValuesThanSlotsStillGiveTheMethodsAnswers() {
    Counting method = new Counting();
    AnswerMemo memo = new AnswerMemo(method, BigDecimal.ONE);
    for (int round = 0; round < 3; round++) {
      for (int i = 0; i < 12; i++) {
        assertThat(memo.points(new Answer.Level("L" + i))).isEqualByComparingTo("0.5");
      }
    }
    assertThat(memo.points(new Answer.Level("A"))).isEqualByComparingTo("1");
    assertThat(method.points).isEqualTo(37); // 12 labels in 8 slots, asked again each round, then A
  }
}
