package io.github.parindex.method;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The maximum times a rate once the rate reaches a threshold, and 0 below it: {@code "Điểm = tỷ lệ % x điểm tối
 * đa; dưới 50% không tính điểm"}. Reads {@link Answer.Rate}.
 *
 * <pre>{@code
 * ProportionalThreshold m = new ProportionalThreshold(new BigDecimal("50"));
 * m.apply(Answer.percent("80"), new BigDecimal("2")).points();      // 1.6
 * m.apply(Answer.percent("49.99"), new BigDecimal("2")).points();   // 0
 * }</pre>
 *
 * @param thresholdPercent the lowest percentage that earns points (itself included)
 * @since 0.1.0
 */
public record ProportionalThreshold(BigDecimal thresholdPercent) implements ScoringMethod {

  /**
   * Checks the part.
   *
   * @throws NullPointerException if the threshold is null
   */
  public ProportionalThreshold {
    Objects.requireNonNull(thresholdPercent, "thresholdPercent");
  }

  @Override
  public String kind() {
    return "proportional-threshold";
  }

  @Override
  public String describe() {
    return "maximum × rate from " + Methods.plain(thresholdPercent) + "%, 0 below";
  }

  @Override
  public Optional<String> scoringText() {
    return Optional.of("Điểm = tỷ lệ % x điểm tối đa; dưới " + Methods.vn(thresholdPercent) + "% không tính điểm");
  }

  @Override
  public String englishGloss() {
    return "Points = rate % x maximum points; below " + Methods.plain(thresholdPercent) + "%: 0 points";
  }

  @Override
  public List<String> definitionProblems(BigDecimal maxPoints) {
    List<String> problems = new ArrayList<>();
    if (thresholdPercent.signum() < 0 || thresholdPercent.compareTo(Methods.HUNDRED) > 0) {
      problems.add("threshold " + Methods.plain(thresholdPercent) + "% is outside 0%..100%");
    }
    return problems;
  }

  @Override
  public List<String> answerProblems(Answer answer, BigDecimal maxPoints) {
    return Methods.rateAnswerProblems(answer, "a rate or percentage");
  }

  @Override
  public MethodResult apply(Answer answer, BigDecimal maxPoints) {
    Answer.Rate rate = (Answer.Rate) answer;
    if (rate.comparePercent(thresholdPercent) < 0) {
      return new MethodResult(BigDecimal.ZERO, Methods.rateFacts(rate), "below the threshold",
          List.of(rate.describe() + " is below " + Methods.plain(thresholdPercent) + "% → 0"));
    }
    Methods.Quotient q = Methods.divide(maxPoints.multiply(rate.numerator()), rate.denominator());
    return new MethodResult(q.value(), Methods.rateFacts(rate), "proportional",
        List.of(Methods.plain(maxPoints) + " × " + Methods.plain(rate.numerator()) + " / "
            + Methods.plain(rate.denominator()) + " = " + q.text()));
  }
}
