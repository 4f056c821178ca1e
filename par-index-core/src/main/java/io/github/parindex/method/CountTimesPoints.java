package io.github.parindex.method;

import static io.github.parindex.method.MethodSupport.plain;
import static io.github.parindex.method.MethodSupport.pointsGloss;
import static io.github.parindex.method.MethodSupport.vn;

import io.github.parindex.internal.Numbers;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Points for each counted item, capped at {@code cap} or else at the leaf's maximum (mỗi sáng kiến được 0,25 điểm,
 * tối đa 1 điểm). Reads {@link Answer.Count}.
 *
 * <pre>{@code
 * Methods.countTimesPoints("0.25").apply(Answer.count(7), BigDecimal.ONE).points();   // 1 (7 × 0.25, capped)
 * }</pre>
 *
 * @param pointsEach the points per item
 * @param cap the most points, if less than the leaf's maximum
 * @since 0.1.0
 */
public record CountTimesPoints(BigDecimal pointsEach, Optional<BigDecimal> cap) implements ScoringMethod {
  static final String KIND = "count-times-points";

  /**
   * Checks the numbers against the numeric gate.
   *
   * @param pointsEach the points per item
   * @param cap the most points, if less than the leaf's maximum
   * @throws NullPointerException if a part is null
   * @throws io.github.parindex.model.ParIndexException if a number is past the library's limits
   */
  public CountTimesPoints {
    pointsEach = Numbers.check(pointsEach, "pointsEach");
    cap = Objects.requireNonNull(cap, "cap").map(c -> Numbers.check(c, "cap"));
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public String describe() {
    return plain(pointsEach) + " per item, at most " + cap.map(MethodSupport::plain).orElse("the maximum");
  }

  @Override
  public Optional<String> scoringText() {
    return Optional.of("Mỗi lần được " + vn(pointsEach) + " điểm" + cap.map(c -> ", tối đa " + vn(c) + " điểm")
        .orElse(""));
  }

  @Override
  public String englishGloss() {
    return "Each time: " + pointsGloss(pointsEach) + cap.map(c -> ", at most " + pointsGloss(c)).orElse("");
  }

  @Override
  public List<String> definitionProblems(BigDecimal maxPoints) {
    List<String> problems = new ArrayList<>();
    MethodSupport.positive("points per item", pointsEach, problems);
    cap.ifPresent(c -> MethodSupport.pointsWithin("cap", c, maxPoints, problems));
    return problems;
  }

  @Override
  public List<String> answerProblems(Answer answer, BigDecimal maxPoints) {
    return MethodSupport.countAnswerProblems(answer, "a count");
  }

  @Override
  public MethodResult apply(Answer answer, BigDecimal maxPoints) {
    BigInteger n = ((Answer.Count) answer).value();
    BigDecimal limit = cap.orElse(maxPoints);
    BigDecimal raw = pointsEach.multiply(new BigDecimal(n));
    boolean capped = raw.compareTo(limit) > 0;
    BigDecimal points = capped ? limit : raw;
    List<String> steps = new ArrayList<>();
    steps.add(n + " × " + plain(pointsEach) + " = " + plain(raw));
    if (capped) {
      steps.add(plain(raw) + " is above the cap " + plain(limit) + " → " + plain(limit));
    }
    return new MethodResult(points, List.of(Fact.of("count", n.toString())), capped ? "capped" : "per item",
        steps);
  }

  /** The points alone, as {@link #apply} gives them, without the explanation's text. */
  @Override
  public BigDecimal points(Answer answer, BigDecimal maxPoints) {
    BigDecimal limit = cap.orElse(maxPoints);
    BigDecimal raw = pointsEach.multiply(new BigDecimal(((Answer.Count) answer).value()));
    return raw.compareTo(limit) > 0 ? limit : raw;
  }

  /** Each larger count (up to 100 more) that gives more than now, until the cap. */
  @Override
  public List<Improvement> improvements(Optional<Answer> current, BigDecimal points, BigDecimal maxPoints) {
    BigDecimal limit = cap.orElse(maxPoints);
    BigInteger start = MethodSupport.count(current).orElse(BigInteger.ZERO);
    List<Improvement> options = new ArrayList<>();
    for (int step = 1; step <= MethodSupport.MAX_COUNT_STEPS; step++) {
      BigInteger n = start.add(BigInteger.valueOf(step));
      BigDecimal pts = pointsEach.multiply(new BigDecimal(n)).min(limit);
      if (pts.compareTo(points) > 0) {
        options.add(new Improvement(new Answer.Count(n), "count " + n, pts));
      }
      if (pts.compareTo(limit) >= 0) {
        break;
      }
    }
    return options;
  }

  /**
   * The JSON codec of {@code "count-times-points"}: {@code {"pointsEach": 0.25, "cap": 1}} ({@code cap} optional).
   * Found by {@link java.util.ServiceLoader}.
   *
   * @since 0.1.0
   */
  public static final class Kind extends MethodKind<CountTimesPoints> {
    /** Used by {@link java.util.ServiceLoader}. */
    public Kind() {
      super(KIND, CountTimesPoints.class, CountTimesPoints::settings,
          s -> new CountTimesPoints(s.decimal("pointsEach"), s.optionalDecimal("cap")));
    }
  }

  private static Map<String, Object> settings(CountTimesPoints method) {
    Map<String, Object> out = MethodKind.settingsOf("pointsEach", method.pointsEach());
    method.cap().ifPresent(c -> out.put("cap", c));
    return out;
  }
}
