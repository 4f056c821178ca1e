package io.github.parindex.method;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** {@link ScoringMethod#points} gives exactly (value and scale) the points of {@link ScoringMethod#apply}. */
class PointsAloneProperties {

  static void same(ScoringMethod m, Answer a, BigDecimal max) {
    assertThat(m.answerProblems(a, max)).isEmpty();
    assertThat(m.points(a, max)).isEqualTo(m.apply(a, max).points());
  }

  @Property(tries = 500)
  void rates(@ForAll @LongRange(min = 1, max = 100_000) long denominator, @ForAll @LongRange(max = 100_000) long n,
      @ForAll @IntRange(min = 1, max = 400) int maxHundredths) {
    Answer a = Answer.rate(n % (denominator + 1), denominator);
    BigDecimal max = BigDecimal.valueOf(maxHundredths, 2);
    same(Methods.proportional(), a, max);
    same(Methods.surveyShare(), a, max);
    same(Methods.percentBands(Band.exactly("100", "0"), Band.between("50", "100", "0"), Band.below("50", "0")), a,
        max);
    same(Methods.surveyShare(), Answer.percent(BigDecimal.valueOf(n % 10_001, 2)), max);
  }

  @Property(tries = 300)
  void countsAndTheRest(@ForAll @IntRange(max = 50) int count, @ForAll @IntRange(min = 1, max = 400) int maxTenths) {
    BigDecimal max = BigDecimal.valueOf(maxTenths, 1);
    same(Methods.countTimesPoints("0.25"), Answer.count(count), max);
    same(Methods.deductionPerEvent("0.5", "0"), Answer.count(count), max);
    same(Methods.directPoints(), Answer.points(max.multiply(BigDecimal.valueOf(count)).divide(BigDecimal.valueOf(50))),
        max);
    BigDecimal one = BigDecimal.ONE.max(max);
    same(Methods.yesNo("1", "0"), count % 2 == 0 ? Answer.yes() : Answer.no(), one);
    same(Methods.deadline("1", "0.5", "0"), Answer.deadline(Answer.Timeliness.values()[count % 3]), one);
    same(Methods.levels(Level.of("Tốt", "1.0"), Level.of("Đạt", "0.50")), Answer.level(count % 2 == 0 ? "Tốt" : "Đạt"),
        one);
  }
}
