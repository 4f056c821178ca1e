package io.github.parindex.method;

import static io.github.parindex.method.MethodSupport.HUNDRED;
import static io.github.parindex.method.MethodSupport.plain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * The maximum times a rate: {@code max × numerator / denominator}. Reads {@link Answer.Rate}.
 *
 * <pre>{@code
 * Methods.proportional().apply(Answer.rate(1124, 1124), new BigDecimal("2.5")).points();   // 2.5
 * }</pre>
 *
 * @since 0.1.0
 */
public record Proportional() implements ScoringMethod {
  static final String KIND = "proportional";

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public String describe() {
    return "maximum × rate";
  }

  @Override
  public Optional<String> scoringText() {
    return Optional.of("Điểm = tỷ lệ % x điểm tối đa");
  }

  @Override
  public String englishGloss() {
    return "Points = rate % x maximum points";
  }

  @Override
  public List<String> definitionProblems(BigDecimal maxPoints) {
    return List.of();
  }

  @Override
  public List<String> answerProblems(Answer answer, BigDecimal maxPoints) {
    return MethodSupport.rateAnswerProblems(answer, "a rate or percentage");
  }

  @Override
  public MethodResult apply(Answer answer, BigDecimal maxPoints) {
    Answer.Rate rate = (Answer.Rate) answer;
    MethodSupport.Quotient q = quotient(rate, maxPoints);
    return new MethodResult(q.value(), MethodSupport.rateFacts(rate), "proportional",
        List.of(plain(maxPoints) + " × " + plain(rate.numerator()) + " / " + plain(rate.denominator()) + " = "
            + q.text()));
  }

  /** The points alone, as {@link #apply} gives them, without the explanation's text. */
  @Override
  public BigDecimal points(Answer answer, BigDecimal maxPoints) {
    return quotient((Answer.Rate) answer, maxPoints).value();
  }

  /** 100%. */
  @Override
  public List<Improvement> improvements(Optional<Answer> current, BigDecimal points, BigDecimal maxPoints) {
    return List.of(new Improvement(Answer.percent("100"), "100%", maxPoints));
  }

  /** The percentage that gives at least these points, rounded up to 2 decimals (at most 100%). */
  @Override
  public Optional<Improvement> answerFor(BigDecimal points, BigDecimal maxPoints) {
    return Optional.of(percentFor(points, maxPoints));
  }

  /** {@code max × numerator / denominator}, to 34 significant digits. */
  static MethodSupport.Quotient quotient(Answer.Rate rate, BigDecimal maxPoints) {
    return MethodSupport.divide(maxPoints.multiply(rate.numerator()), rate.denominator());
  }

  /** {@code points / max} as a percentage rounded up to 2 decimals, at most 100%. */
  private static Improvement percentFor(BigDecimal points, BigDecimal maxPoints) {
    BigDecimal pct = points.multiply(HUNDRED).divide(maxPoints, 2, RoundingMode.CEILING).min(HUNDRED)
        .stripTrailingZeros();
    return new Improvement(Answer.percent(pct), plain(pct) + "%", points);
  }

  /**
   * The JSON codec of {@code "proportional"}: no settings. Found by {@link java.util.ServiceLoader}.
   *
   * @since 0.1.0
   */
  public static final class Kind extends MethodKind<Proportional> {
    /** Used by {@link java.util.ServiceLoader}. */
    public Kind() {
      super(KIND, Proportional.class, m -> settingsOf(), s -> new Proportional());
    }
  }
}
