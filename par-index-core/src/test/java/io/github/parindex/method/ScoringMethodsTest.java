package io.github.parindex.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The registry of method kinds finds the nine built-in kinds through ServiceLoader, as it finds a plug-in's. */
class ScoringMethodsTest {

  @Test
  void theFourteenBuiltInKindsAreFoundByServiceLoader() {
    assertThat(ScoringMethods.standard().names()).containsExactly("bands-with-cases", "count-bands",
        "count-times-points", "deadline", "deduction-per-event", "direct-points", "graded-levels", "percent-bands",
        "point-ranges", "proportional", "proportional-threshold", "step-points", "survey-share", "yes-no");
    assertThat(ScoringMethods.standard().find("yes-no").orElseThrow().type()).isEqualTo(YesNo.class);
    assertThat(ScoringMethods.standard().find("no-such-kind")).isEmpty();
  }

  @Test
  void eachKindNamesItsMethodsKind() {
    List<ScoringMethod> samples = List.of(Methods.directPoints(), Methods.percentBands(Band.atLeast("0", "1")),
        Methods.proportional(), Methods.yesNo("1", "0"), Methods.levels(Level.of("Tốt", "1")),
        Methods.countTimesPoints("0.5"), Methods.deadline("1", "0.5", "0"), Methods.deductionPerEvent("0.5", "0"),
        Methods.surveyShare());
    for (ScoringMethod m : samples) {
      assertThat(ScoringMethods.standard().find(m.kind()).orElseThrow().type()).isEqualTo(m.getClass());
    }
  }

  @Test
  void aMethodOfAnotherTypeUnderABuiltInNameIsRefused() {
    ScoringMethod impostor = new ScoringMethod() {
      @Override
      public String kind() {
        return "yes-no";
      }

      @Override
      public String describe() {
        return "not the built-in yes/no";
      }

      @Override
      public List<String> definitionProblems(java.math.BigDecimal maxPoints) {
        return List.of();
      }

      @Override
      public List<String> answerProblems(Answer answer, java.math.BigDecimal maxPoints) {
        return List.of();
      }

      @Override
      public MethodResult apply(Answer answer, java.math.BigDecimal maxPoints) {
        return new MethodResult(maxPoints, List.of(), "", List.of());
      }
    };
    assertThatThrownBy(() -> ScoringMethods.standard().find("yes-no").orElseThrow().settings(impostor))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("give a custom method its own kind");
  }

  @Test
  void twoKindsWithOneNameAreRefused() {
    assertThatThrownBy(() -> ScoringMethods.of(List.of(new YesNo.Kind(), new YesNo.Kind())))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("two method kinds named \"yes-no\"");
  }
}
