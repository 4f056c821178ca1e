package io.github.parindex.method;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.parindex.method.Band;
import io.github.parindex.method.Level;
import java.math.BigDecimal;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every built-in method with hand-worked numbers and its edges. */
class MethodsTest {

  static final BigDecimal ONE = BigDecimal.ONE;

  static BigDecimal points(ScoringMethod m, Answer a, String max) {
    assertThat(m.answerProblems(a, new BigDecimal(max))).as("answer problems").isEmpty();
    return m.apply(a, new BigDecimal(max)).points();
  }

  /** "100%: 1 điểm; từ 80% đến dưới 100%: 0,5 điểm; dưới 80%: 0 điểm". */
  static final io.github.parindex.method.PercentBands TYPICAL = Methods.percentBands(
      Band.exactly("100", "1"), Band.between("80", "100", "0.5"), Band.below("80", "0"));

  @Nested
  class PercentBands {
    @Test
    void exactly100PercentEarnsTheTopBand() {
      assertThat(points(TYPICAL, Answer.rate(18, 18), "1")).isEqualByComparingTo("1");
    }

    @Test
    void exactly80PercentIsInTheMiddleBand() {
      assertThat(points(TYPICAL, Answer.percent("80"), "1")).isEqualByComparingTo("0.5");
      // 4/5 = 80% exactly, compared without division
      assertThat(points(TYPICAL, Answer.rate(4, 5), "1")).isEqualByComparingTo("0.5");
    }

    @Test
    void justUnder80PercentIsInTheBottomBand() {
      assertThat(points(TYPICAL, Answer.percent("79.99"), "1")).isEqualByComparingTo("0");
      // 7,999/10,000 = 79.99%; 3/4 = 75%
      assertThat(points(TYPICAL, Answer.rate(7999, 10000), "1")).isEqualByComparingTo("0");
      assertThat(points(TYPICAL, Answer.rate(3, 4), "1")).isEqualByComparingTo("0");
    }

    @Test
    void justUnder100PercentIsInTheMiddleBand() {
      // 7,234 of 7,436 officials with official e-mail (Tiền Giang 2017) = 97.28% → 0.5
      assertThat(points(TYPICAL, Answer.rate(7234, 7436), "1")).isEqualByComparingTo("0.5");
    }

    @Test
    void explanationNamesTheBand() {
      MethodResult r = TYPICAL.apply(Answer.percent("85"), ONE);
      assertThat(r.matched()).isEqualTo("from 80% to under 100%");
      assertThat(TYPICAL.describe()).isEqualTo("100% → 1; from 80% to under 100% → 0.5; under 80% → 0");
    }

    @Test
    void aGapIsReported() {
      io.github.parindex.method.PercentBands gap = Methods.percentBands(Band.exactly("100", "1"), Band.between("80", "99", "0.5"),
          Band.below("80", "0"));
      assertThat(gap.definitionProblems(ONE))
          .containsExactly("percentage bands leave a gap between from 80% to under 99% and 100%");
    }

    @Test
    void anOverlapIsReported() {
      io.github.parindex.method.PercentBands overlap = Methods.percentBands(Band.atLeast("80", "1"), Band.of("0", true, "80", true, "0"));
      assertThat(overlap.definitionProblems(ONE))
          .containsExactly("percentage bands overlap: up to 80% and from 80% up");
    }

    @Test
    void aBandInsideAnotherIsAnOverlapNotAGap() {
      // [0, 100] holds [50, 60): one overlap; nothing is uncovered, so no gap at 60% may be reported
      io.github.parindex.method.PercentBands nested = Methods.percentBands(Band.of("0", true, "100", true, "1"),
          Band.between("50", "60", "1"));
      assertThat(nested.definitionProblems(ONE))
          .containsExactly("percentage bands overlap: up to 100% and from 50% to under 60%");
    }

    @Test
    void missingEndsAreReported() {
      io.github.parindex.method.PercentBands partial = Methods.percentBands(Band.between("50", "100", "1"));
      assertThat(partial.definitionProblems(ONE)).containsExactly(
          "percentage bands leave a gap: nothing covers 0% up to under 50%",
          "percentage bands leave a gap: nothing covers 100% up to 100%");
    }

    @Test
    void pointsAboveTheMaximumAreReported() {
      assertThat(TYPICAL.definitionProblems(new BigDecimal("0.75")))
          .containsExactly("band 100% gives 1 points, outside 0..0.75");
    }

    @Test
    void pointsThatGoUpAndDownAreReported() {
      io.github.parindex.method.PercentBands zigzag = Methods.percentBands(Band.exactly("100", "0.5"), Band.between("80", "100", "1"),
          Band.below("80", "0"));
      assertThat(zigzag.definitionProblems(ONE)).singleElement().asString().contains("go up and down");
    }

    @Test
    void fallingBandsAreAllowedForLowerIsBetterCriteria() {
      // e.g. share of late files: "dưới 5%: 1 điểm; từ 5% trở lên: 0 điểm"
      io.github.parindex.method.PercentBands late = Methods.percentBands(Band.below("5", "1"), Band.atLeast("5", "0"));
      assertThat(late.definitionProblems(ONE)).isEmpty();
      assertThat(late.higherIsBetter()).isFalse();
      assertThat(points(late, Answer.percent("4.99"), "1")).isEqualByComparingTo("1");
      assertThat(points(late, Answer.percent("5"), "1")).isEqualByComparingTo("0");
    }

    @Test
    void percentagesOutside0To100AreRejected() {
      assertThat(TYPICAL.answerProblems(Answer.percent("100.01"), ONE))
          .containsExactly("percentage 100.01% is outside 0..100%");
      assertThat(TYPICAL.answerProblems(Answer.percent("-1"), ONE)).containsExactly("percentage -1% is outside 0..100%");
      assertThat(TYPICAL.answerProblems(Answer.rate(19, 18), ONE)).containsExactly("percentage 19/18 is outside 0..100%");
      assertThat(TYPICAL.answerProblems(Answer.rate(0, 0), ONE))
          .containsExactly("rate 0/0 has a denominator that is not positive");
    }

    @Test
    void wrongKindOfAnswerIsRejected() {
      assertThat(TYPICAL.answerProblems(Answer.yes(), ONE))
          .containsExactly("expects a rate or percentage, got yes (Có)");
    }
  }

  @Test
  void directPointsWithinTheMaximum() {
    ScoringMethod m = Methods.directPoints();
    assertThat(points(m, Answer.points("0.75"), "1")).isEqualByComparingTo("0.75");
    assertThat(points(m, Answer.points("1"), "1")).isEqualByComparingTo("1");
    assertThat(m.answerProblems(Answer.points("1.25"), ONE)).containsExactly("points 1.25 are above the maximum 1");
    assertThat(m.answerProblems(Answer.points("-0.5"), ONE)).containsExactly("points -0.5 are negative");
  }

  @Test
  void proportionalIsMaximumTimesRate() {
    ScoringMethod m = Methods.proportional();
    // 2 × 85% = 1.7
    assertThat(points(m, Answer.percent("85"), "2")).isEqualByComparingTo("1.7");
    // 1.5 × 173/173 = 1.5 (one-stop desks in every commune, Tiền Giang 2017)
    assertThat(points(m, Answer.rate(173, 173), "1.5")).isEqualByComparingTo("1.5");
    // 1 × 2/3 = 0.6666… (34 significant digits, rounded later by the rule set)
    MethodResult r = m.apply(Answer.rate(2, 3), ONE);
    assertThat(r.points().toPlainString()).startsWith("0.666666666666666666666666666666666");
    assertThat(r.arithmetic()).containsExactly(
        "1 × 2 / 3 = 0.6666666666666666666666666666666667 (to 34 significant digits)");
  }

  @Test
  void yesNo() {
    ScoringMethod m = Methods.yesNo("1", "0");
    assertThat(points(m, Answer.yes(), "1")).isEqualByComparingTo("1");
    assertThat(points(m, Answer.no(), "1")).isEqualByComparingTo("0");
    assertThat(Methods.yesNo("2", "0").definitionProblems(ONE)).containsExactly("yes gives 2 points, outside 0..1");
    assertThat(Methods.yesNo("0", "1").definitionProblems(ONE))
        .containsExactly("yes/no: no gives more points (1) than yes (0)");
  }

  @Test
  void gradedLevels() {
    ScoringMethod m = Methods.levels(Level.of("Thực hiện tốt", "2.5"), Level.of("Có thực hiện đầy đủ", "2.0"),
        Level.of("Thực hiện chưa đầy đủ", "1.0"), Level.of("Không thực hiện", "0"));
    assertThat(points(m, Answer.level("Thực hiện tốt"), "2.5")).isEqualByComparingTo("2.5");
    assertThat(points(m, Answer.level("Thực hiện chưa đầy đủ"), "2.5")).isEqualByComparingTo("1");
    assertThat(m.answerProblems(Answer.level("Tốt"), new BigDecimal("2.5"))).containsExactly(
        "level \"Tốt\" is not one of \"Thực hiện tốt\", \"Có thực hiện đầy đủ\", \"Thực hiện chưa đầy đủ\", "
            + "\"Không thực hiện\"");
    assertThat(m.definitionProblems(new BigDecimal("2"))).containsExactly("level \"Thực hiện tốt\" gives 2.5 points, "
        + "outside 0..2");
    assertThat(Methods.levels(Level.of("a", "1"), Level.of("b", "2")).definitionProblems(new BigDecimal("2")))
        .containsExactly("levels must be listed best first, but \"b\" (2) gives more than \"a\" (1)");
  }

  @Test
  void countTimesPointsIsCapped() {
    ScoringMethod m = Methods.countTimesPoints("0.25");
    // 3 × 0.25 = 0.75 under the maximum 1
    assertThat(points(m, Answer.count(3), "1")).isEqualByComparingTo("0.75");
    // 4 × 0.25 = 1, exactly the maximum
    assertThat(points(m, Answer.count(4), "1")).isEqualByComparingTo("1");
    // 7 × 0.25 = 1.75 above the maximum 1 → 1, and the explanation says so
    MethodResult r = m.apply(Answer.count(7), ONE);
    assertThat(r.points()).isEqualByComparingTo("1");
    assertThat(r.arithmetic()).containsExactly("7 × 0.25 = 1.75", "1.75 is above the cap 1 → 1");
    assertThat(Methods.countTimesPoints("0.25", "0.5").apply(Answer.count(3), ONE).points())
        .isEqualByComparingTo("0.5");
    assertThat(m.answerProblems(Answer.count(-1), ONE)).containsExactly("count -1 is negative");
    assertThat(Methods.countTimesPoints("0.25", "2").definitionProblems(ONE))
        .containsExactly("cap gives 2 points, outside 0..1");
  }

  @Test
  void deadline() {
    ScoringMethod m = Methods.deadline("1", "0.5", "0");
    assertThat(points(m, Answer.deadline(Answer.Timeliness.ON_TIME), "1")).isEqualByComparingTo("1");
    assertThat(points(m, Answer.deadline(Answer.Timeliness.LATE), "1")).isEqualByComparingTo("0.5");
    assertThat(points(m, Answer.deadline(Answer.Timeliness.NOT_DONE), "1")).isEqualByComparingTo("0");
    assertThat(Methods.deadline("0.5", "1", "0").definitionProblems(ONE)).singleElement().asString()
        .startsWith("deadline points must not rise");
  }

  @Test
  void deductionPerEventHasAFloor() {
    ScoringMethod m = Methods.deductionPerEvent("0.5", "0");
    // 2 − 1 × 0.5 = 1.5
    assertThat(points(m, Answer.count(1), "2")).isEqualByComparingTo("1.5");
    // 2 − 4 × 0.5 = 0, exactly the floor
    assertThat(points(m, Answer.count(4), "2")).isEqualByComparingTo("0");
    // 2 − 5 × 0.5 = −0.5 below the floor 0 → 0
    MethodResult r = m.apply(Answer.count(5), new BigDecimal("2"));
    assertThat(r.points()).isEqualByComparingTo("0");
    assertThat(r.arithmetic()).containsExactly("2 − 5 × 0.5 = -0.5", "-0.5 is below the floor 0 → 0");
  }

  @Test
  void surveyShareIsPercentOver100TimesMaximum() {
    ScoringMethod m = Methods.surveyShare();
    // Hà Tĩnh 2021: SIPAS 91.17% of 10 points = 9.117 (published 9.12 after rounding by the rule set)
    assertThat(points(m, Answer.percent("91.17"), "10")).isEqualByComparingTo("9.117");
    MethodResult r = m.apply(Answer.percent("91.17"), BigDecimal.TEN);
    assertThat(r.arithmetic()).containsExactly("91.17 / 100 × 10 = 9.117");
  }
}
