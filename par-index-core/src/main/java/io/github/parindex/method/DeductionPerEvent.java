package io.github.parindex.method;

import static io.github.parindex.method.MethodSupport.plain;
import static io.github.parindex.method.MethodSupport.pointsGloss;
import static io.github.parindex.method.MethodSupport.vn;

import io.github.parindex.internal.Numbers;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The maximum less {@code perEvent} for each event, never below {@code floor} (mỗi ... trừ 0,5 điểm). Reads
 * {@link Answer.Count}.
 *
 * <pre>{@code
 * Methods.deductionPerEvent("0.5", "0").apply(Answer.count(3), new BigDecimal("2")).points();   // 0.5
 * }</pre>
 *
 * @param perEvent the points taken off per event
 * @param floor the fewest points
 * @since 0.1.0
 */
public record DeductionPerEvent(BigDecimal perEvent, BigDecimal floor) implements ScoringMethod {
  static final String KIND = "deduction-per-event";

  /**
   * Checks the numbers against the numeric gate.
   *
   * @param perEvent the points taken off per event
   * @param floor the fewest points
   * @throws NullPointerException if a number is null
   * @throws io.github.parindex.model.ParIndexException if a number is past the library's limits
   */
  public DeductionPerEvent {
    perEvent = Numbers.check(perEvent, "perEvent");
    floor = Numbers.check(floor, "floor");
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public String describe() {
    return "maximum less " + plain(perEvent) + " per event, not below " + plain(floor);
  }

  @Override
  public Optional<String> scoringText() {
    return Optional.of("Mỗi lần trừ " + vn(perEvent) + " điểm, tối thiểu " + vn(floor) + " điểm");
  }

  @Override
  public String englishGloss() {
    return "Each time: minus " + pointsGloss(perEvent) + ", at least " + pointsGloss(floor);
  }

  @Override
  public List<String> definitionProblems(BigDecimal maxPoints) {
    List<String> problems = new ArrayList<>();
    MethodSupport.positive("deduction per event", perEvent, problems);
    MethodSupport.pointsWithin("floor", floor, maxPoints, problems);
    return problems;
  }

  @Override
  public List<String> answerProblems(Answer answer, BigDecimal maxPoints) {
    return MethodSupport.countAnswerProblems(answer, "a count of events");
  }

  @Override
  public MethodResult apply(Answer answer, BigDecimal maxPoints) {
    BigInteger n = ((Answer.Count) answer).value();
    BigDecimal raw = maxPoints.subtract(perEvent.multiply(new BigDecimal(n)));
    boolean floored = raw.compareTo(floor) < 0;
    BigDecimal points = floored ? floor : raw;
    List<String> steps = new ArrayList<>();
    steps.add(plain(maxPoints) + " − " + n + " × " + plain(perEvent) + " = " + plain(raw));
    if (floored) {
      steps.add(plain(raw) + " is below the floor " + plain(floor) + " → " + plain(floor));
    }
    return new MethodResult(points, List.of(Fact.of("events", n.toString())), floored ? "at the floor" : "deducted",
        steps);
  }

  /** The points alone, as {@link #apply} gives them, without the explanation's text. */
  @Override
  public BigDecimal points(Answer answer, BigDecimal maxPoints) {
    BigDecimal raw = maxPoints.subtract(perEvent.multiply(new BigDecimal(((Answer.Count) answer).value())));
    return raw.compareTo(floor) < 0 ? floor : raw;
  }

  /**
   * Each smaller number of events that gives more than now, the most first tried from the current count (or from
   * 100 when it is larger: counts are exact, and any count above offers the same fewer events).
   */
  @Override
  public List<Improvement> improvements(Optional<Answer> current, BigDecimal points, BigDecimal maxPoints) {
    BigInteger events = MethodSupport.count(current).orElse(BigInteger.ONE);
    long from = events.min(BigInteger.valueOf(MethodSupport.MAX_COUNT_STEPS)).longValueExact();
    List<Improvement> options = new ArrayList<>();
    for (long n = from - 1; n >= 0; n--) {
      BigDecimal pts = maxPoints.subtract(perEvent.multiply(BigDecimal.valueOf(n))).max(floor);
      if (pts.compareTo(points) > 0) {
        options.add(new Improvement(Answer.count(n), n + " events", pts));
      }
    }
    return options;
  }

  /**
   * The JSON codec of {@code "deduction-per-event"}: {@code {"perEvent": 0.5, "floor": 0}}. Found by
   * {@link java.util.ServiceLoader}.
   *
   * @since 0.1.0
   */
  public static final class Kind extends MethodKind<DeductionPerEvent> {
    /** Used by {@link java.util.ServiceLoader}. */
    public Kind() {
      super(KIND, DeductionPerEvent.class, m -> settingsOf("perEvent", m.perEvent(), "floor", m.floor()),
          s -> new DeductionPerEvent(s.decimal("perEvent"), s.decimal("floor")));
    }
  }
}
