package io.github.parindex.method;

import static io.github.parindex.method.MethodSupport.plain;

import io.github.parindex.internal.Numbers;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * Points given directly, between 0 and the leaf's maximum (the council or the unit states the points). Reads
 * {@link Answer.Points}. It has no scoring text: there is no rule to print.
 *
 * <pre>{@code
 * Methods.directPoints().apply(Answer.points("0.75"), BigDecimal.ONE).points();   // 0.75
 * }</pre>
 *
 * @since 0.1.0
 */
public record DirectPoints() implements ScoringMethod {
  static final String KIND = "direct-points";

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public String describe() {
    return "points given directly, 0 to the maximum";
  }

  @Override
  public List<String> definitionProblems(BigDecimal maxPoints) {
    return List.of();
  }

  @Override
  public List<String> answerProblems(Answer answer, BigDecimal maxPoints) {
    if (!(answer instanceof Answer.Points p)) {
      return MethodSupport.wrongKind("points", answer);
    }
    return MethodSupport.pointsInRange(p.value(), maxPoints);
  }

  @Override
  public MethodResult apply(Answer answer, BigDecimal maxPoints) {
    BigDecimal points = ((Answer.Points) answer).value();
    return new MethodResult(points, List.of(Fact.of("points", plain(points))), "points given directly", List.of());
  }

  /** The points alone, as {@link #apply} gives them, without the explanation's text. */
  @Override
  public BigDecimal points(Answer answer, BigDecimal maxPoints) {
    return ((Answer.Points) answer).value();
  }

  /** The maximum, given directly. */
  @Override
  public List<Improvement> improvements(Optional<Answer> current, BigDecimal points, BigDecimal maxPoints) {
    return List.of(new Improvement(Answer.points(maxPoints), plain(maxPoints) + " points", maxPoints));
  }

  /**
   * Exactly these points (rounded up to the numeric gate's {@value Numbers#MAX_SCALE} decimals if a quotient made
   * them longer, never above the maximum).
   */
  @Override
  public Optional<Improvement> answerFor(BigDecimal points, BigDecimal maxPoints) {
    BigDecimal p = points;
    if (p.scale() > Numbers.MAX_SCALE) {
      p = p.setScale(Numbers.MAX_SCALE, RoundingMode.CEILING).min(maxPoints);
    }
    return Optional.of(new Improvement(Answer.points(p.stripTrailingZeros()), plain(p) + " points", p));
  }

  /**
   * The JSON codec of {@code "direct-points"}: no settings. Found by {@link java.util.ServiceLoader}.
   *
   * @since 0.1.0
   */
  public static final class Kind extends MethodKind<DirectPoints> {
    /** Used by {@link java.util.ServiceLoader}. */
    public Kind() {
      super(KIND, DirectPoints.class, m -> settingsOf(), s -> new DirectPoints());
    }
  }
}
