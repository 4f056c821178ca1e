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
   * @param thresholdPercent the lowest percentage that earns points (itself included)
   * @throws NullPointerException if the threshold is null
   */
  public ProportionalThreshold {
    Objects.requireNonNull(thresholdPercent, "thresholdPercent");
  }

  static final String KIND = "proportional-threshold";

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public String describe() {
    return "maximum × rate from " + MethodSupport.plain(thresholdPercent) + "%, 0 below";
  }

  @Override
  public Optional<String> scoringText() {
    return Optional.of("Điểm = tỷ lệ % x điểm tối đa; dưới " + MethodSupport.vn(thresholdPercent) + "% không tính điểm");
  }

  @Override
  public String englishGloss() {
    return "Points = rate % x maximum points; below " + MethodSupport.plain(thresholdPercent) + "%: 0 points";
  }

  @Override
  public List<String> definitionProblems(BigDecimal maxPoints) {
    List<String> problems = new ArrayList<>();
    if (thresholdPercent.signum() < 0 || thresholdPercent.compareTo(MethodSupport.HUNDRED) > 0) {
      problems.add("threshold " + MethodSupport.plain(thresholdPercent) + "% is outside 0%..100%");
    }
    return problems;
  }

  @Override
  public List<String> answerProblems(Answer answer, BigDecimal maxPoints) {
    return MethodSupport.rateAnswerProblems(answer, "a rate or percentage");
  }

  @Override
  public MethodResult apply(Answer answer, BigDecimal maxPoints) {
    Answer.Rate rate = (Answer.Rate) answer;
    if (rate.comparePercent(thresholdPercent) < 0) {
      return new MethodResult(BigDecimal.ZERO, MethodSupport.rateFacts(rate), "below the threshold",
          List.of(rate.describe() + " is below " + MethodSupport.plain(thresholdPercent) + "% → 0"));
    }
    MethodSupport.Quotient q = MethodSupport.divide(maxPoints.multiply(rate.numerator()), rate.denominator());
    return new MethodResult(q.value(), MethodSupport.rateFacts(rate), "proportional",
        List.of(MethodSupport.plain(maxPoints) + " × " + MethodSupport.plain(rate.numerator()) + " / "
            + MethodSupport.plain(rate.denominator()) + " = " + q.text()));
  }

  /**
   * The JSON kind {@code proportional-threshold}: {@code {"thresholdPercent": 50}}.
   *
   * @since 0.1.0
   */
  public static final class Kind extends MethodKind<ProportionalThreshold> {
    /** Used by {@link java.util.ServiceLoader}. */
    public Kind() {
      super(KIND, ProportionalThreshold.class, m -> MethodKind.settingsOf("thresholdPercent", m.thresholdPercent()),
          s -> new ProportionalThreshold(s.decimal("thresholdPercent")));
    }
  }
}
