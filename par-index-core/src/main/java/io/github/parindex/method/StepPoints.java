package io.github.parindex.method;

import static io.github.parindex.method.MethodSupport.plain;
import static io.github.parindex.method.MethodSupport.vn;

import io.github.parindex.internal.Numbers;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A base score at a threshold plus points for each step beyond it, up to a ceiling: {@code "Từ 70% trở xuống: 1
 * điểm; trên 70% thì cứ thêm 5% được tính thêm 0,5 điểm, tối đa 3 điểm"} (Nghị định 307/2025/NĐ-CP scores most of
 * its criteria so). The steps count upwards above the threshold ({@link Direction#UP}) or downwards below it
 * ({@link Direction#DOWN}: "dưới 4,5% thì cứ giảm 1% được tính thêm 1 điểm"); the other side of the threshold scores
 * {@code otherSidePoints} (the base itself when the text says "trở xuống" for an upward rule). Reads
 * {@link Answer.Rate} for a {@link Measure#PERCENT} measure (which may pass 100%: "300% of the standard") and
 * {@link Answer.Count} for a {@link Measure#COUNT}.
 *
 * <p>How a part of a step counts is what {@code partStep} says; a text that does not say ({@link PartStep#NOT_SAID})
 * scores every answer on a whole step and refuses one part-way through a step (unless the whole steps below it already
 * reach the ceiling): nothing is guessed.
 *
 * <pre>{@code
 * StepPoints m = new StepPoints(StepPoints.Measure.PERCENT, new BigDecimal("70"), BigDecimal.ONE, BigDecimal.ONE,
 *     StepPoints.Direction.UP, new BigDecimal("5"), new BigDecimal("0.5"), new BigDecimal("3"),
 *     StepPoints.PartStep.NOT_SAID);
 * m.apply(Answer.percent("75"), new BigDecimal("3")).points();   // 1.5 (one step of 5% above 70%)
 * m.answerProblems(Answer.percent("72"), new BigDecimal("3"));   // [72% is part-way through a step ...]
 * }</pre>
 *
 * @param measure what the threshold and the step measure: a percentage or a count
 * @param threshold where the steps start
 * @param basePoints the points at the threshold itself
 * @param otherSidePoints the points on the side of the threshold away from the steps
 * @param direction whether the steps count up above the threshold or down below it
 * @param step the size of one step, in the measure's unit
 * @param pointsPerStep the points each step adds
 * @param cap the most points
 * @param partStep how a part of a step counts
 * @since 0.1.0
 */
public record StepPoints(Measure measure, BigDecimal threshold, BigDecimal basePoints, BigDecimal otherSidePoints,
    Direction direction, BigDecimal step, BigDecimal pointsPerStep, BigDecimal cap, PartStep partStep)
    implements ScoringMethod {

  /**
   * What the threshold and step measure.
   *
   * @since 0.1.0
   */
  public enum Measure {
    /** A percentage ({@link Answer.Rate}), which may pass 100%. */
    PERCENT,
    /** A whole number ({@link Answer.Count}): people, km², units. */
    COUNT
  }

  /**
   * Which way the steps count from the threshold.
   *
   * @since 0.1.0
   */
  public enum Direction {
    /** "trên T thì cứ thêm S": above the threshold. */
    UP,
    /** "dưới T thì cứ giảm S": below the threshold. */
    DOWN
  }

  /**
   * How a part of a step counts.
   *
   * @since 0.1.0
   */
  public enum PartStep {
    /** The text does not say: an answer part-way through a step is refused. */
    NOT_SAID,
    /** Only whole steps count ("phần chưa đủ một mức không được tính thêm điểm"). */
    WHOLE_STEPS,
    /** A part of a step counts pro rata ("điểm tăng thêm được tính theo tỷ lệ phần trăm của mức chênh lệch"). */
    PRO_RATA
  }

  /** The canonical sentence of {@link PartStep#PRO_RATA}, the wording of Nghị định 307/2025/NĐ-CP, Điều 4.3. */
  public static final String PRO_RATA_TEXT = "điểm tăng thêm được tính theo tỷ lệ phần trăm của mức chênh lệch";
  /** The canonical sentence of {@link PartStep#WHOLE_STEPS}. */
  public static final String WHOLE_STEPS_TEXT = "phần chưa đủ một mức không được tính thêm điểm";

  static final String KIND = "step-points";

  /**
   * Checks the parts against the numeric gate.
   *
   * @param measure what the threshold and the step measure: a percentage or a count
   * @param threshold where the steps start
   * @param basePoints the points at the threshold itself
   * @param otherSidePoints the points on the side of the threshold away from the steps
   * @param direction whether the steps count up above the threshold or down below it
   * @param step the size of one step, in the measure's unit
   * @param pointsPerStep the points each step adds
   * @param cap the most points
   * @param partStep how a part of a step counts
   * @throws NullPointerException if a part is null
   * @throws io.github.parindex.model.ParIndexException if a number is past the library's limits
   */
  public StepPoints {
    Objects.requireNonNull(measure, "measure");
    threshold = Numbers.check(threshold, "threshold");
    basePoints = Numbers.check(basePoints, "basePoints");
    otherSidePoints = Numbers.check(otherSidePoints, "otherSidePoints");
    Objects.requireNonNull(direction, "direction");
    step = Numbers.check(step, "step");
    pointsPerStep = Numbers.check(pointsPerStep, "pointsPerStep");
    cap = Numbers.check(cap, "cap");
    Objects.requireNonNull(partStep, "partStep");
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public String describe() {
    String u = unit();
    String other = direction == Direction.UP ? "below " : "above ";
    return plain(basePoints) + " at " + plain(threshold) + u + ", " + plain(otherSidePoints) + " " + other
        + plain(threshold) + u + "; " + plain(pointsPerStep) + " more per " + plain(step) + u + " "
        + (direction == Direction.UP ? "above" : "below") + ", at most " + plain(cap) + "; part of a step: "
        + partStep.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  @Override
  public Optional<String> scoringText() {
    String t = vn(threshold) + unit();
    String s = vn(step) + unit();
    boolean sameSide = otherSidePoints.compareTo(basePoints) == 0;
    StringBuilder out = new StringBuilder();
    if (direction == Direction.UP) {
      out.append(sameSide ? "Từ " + t + " trở xuống: " + vn(basePoints) + " điểm"
          : "Từ " + t + " trở lên: " + vn(basePoints) + " điểm; dưới " + t + ": " + vn(otherSidePoints) + " điểm");
      out.append("; trên ").append(t).append(" thì cứ thêm ").append(s);
    } else {
      out.append(sameSide ? "Từ " + t + " trở lên: " + vn(basePoints) + " điểm"
          : "Từ " + t + " trở xuống: " + vn(basePoints) + " điểm; trên " + t + ": " + vn(otherSidePoints) + " điểm");
      out.append("; dưới ").append(t).append(" thì cứ giảm ").append(s);
    }
    out.append(" được tính thêm ").append(vn(pointsPerStep)).append(" điểm, tối đa ").append(vn(cap)).append(" điểm");
    if (partStep != PartStep.NOT_SAID) {
      out.append("; ").append(partStep == PartStep.PRO_RATA ? PRO_RATA_TEXT : WHOLE_STEPS_TEXT);
    }
    return Optional.of(out.toString());
  }

  @Override
  public String englishGloss() {
    String t = plain(threshold) + unit();
    String way = direction == Direction.UP ? "above" : "below";
    return "At " + t + ": " + MethodSupport.pointsGloss(basePoints) + "; " + (direction == Direction.UP ? "below "
        : "above ") + t + ": " + MethodSupport.pointsGloss(otherSidePoints) + "; " + way + " " + t + ", each "
        + plain(step) + unit() + " adds " + MethodSupport.pointsGloss(pointsPerStep) + ", at most "
        + MethodSupport.pointsGloss(cap) + switch (partStep) {
          case NOT_SAID -> "; a part of a step is not said (refused)";
          case WHOLE_STEPS -> "; only whole steps count";
          case PRO_RATA -> "; a part of a step counts pro rata";
        };
  }

  @Override
  public List<String> definitionProblems(BigDecimal maxPoints) {
    List<String> problems = new ArrayList<>();
    MethodSupport.positive("the step", step, problems);
    MethodSupport.positive("the points per step", pointsPerStep, problems);
    MethodSupport.pointsWithin("the threshold's case", basePoints, maxPoints, problems);
    MethodSupport.pointsWithin("the other side of the threshold", otherSidePoints, maxPoints, problems);
    MethodSupport.pointsWithin("the ceiling", cap, maxPoints, problems);
    if (cap.compareTo(basePoints) <= 0) {
      problems.add("the ceiling " + plain(cap) + " is not above the threshold's " + plain(basePoints)
          + " points, so no step adds anything");
    }
    if (measure == Measure.COUNT && threshold.signum() < 0) {
      problems.add("the threshold " + plain(threshold) + " is a negative count");
    }
    if (measure == Measure.COUNT && partStep == PartStep.NOT_SAID && !isWhole(threshold)) {
      problems.add("the threshold " + plain(threshold) + " is not a whole number: counts are, so a count beyond it"
          + " starts part-way through a step, and the text does not say how a part of a step counts");
    }
    return problems;
  }

  @Override
  public List<String> answerProblems(Answer answer, BigDecimal maxPoints) {
    Optional<Position> p;
    if (measure == Measure.PERCENT) {
      if (!(answer instanceof Answer.Rate r)) {
        return MethodSupport.wrongKind("a rate or percentage", answer);
      }
      if (r.denominator().signum() <= 0) {
        return List.of("rate " + r.describe() + " has a denominator that is not positive");
      }
    } else {
      List<String> count = MethodSupport.countAnswerProblems(answer, "a count");
      if (!count.isEmpty()) {
        return count;
      }
    }
    p = position(answer);
    if (p.isPresent() && partStep == PartStep.NOT_SAID && p.get().remainder().signum() != 0
        && p.get().wholePoints().compareTo(cap) < 0) {
      return List.of(answer.describe() + " is part-way through a step of " + plain(step) + unit() + " from "
          + plain(threshold) + unit() + ", and the scoring text does not say how a part of a step counts (pro rata"
          + " or whole steps only)");
    }
    return List.of();
  }

  @Override
  public MethodResult apply(Answer answer, BigDecimal maxPoints) {
    List<Fact> facts = answer instanceof Answer.Rate r ? MethodSupport.rateFacts(r)
        : List.of(Fact.of("count", ((Answer.Count) answer).value().toString()));
    Optional<Position> at = position(answer);
    if (at.isEmpty()) {
      int side = compare(answer);
      BigDecimal pts = side == 0 ? basePoints : otherSidePoints;
      return new MethodResult(pts, facts, side == 0 ? "at the threshold" : "the other side of the threshold",
          List.of(answer.describe() + (side == 0 ? " is at " : " is on the other side of ") + plain(threshold)
              + unit() + " → " + plain(pts)));
    }
    Position p = at.get();
    List<String> steps = new ArrayList<>();
    steps.add(answer.describe() + ": " + p.whole() + " whole step(s) of " + plain(step) + unit() + " from "
        + plain(threshold) + unit() + " → " + plain(basePoints) + " + " + p.whole() + " × " + plain(pointsPerStep)
        + " = " + plain(p.wholePoints()));
    BigDecimal points = p.wholePoints();
    if (points.compareTo(cap) < 0 && p.remainder().signum() != 0 && partStep == PartStep.PRO_RATA) {
      MethodSupport.Quotient part = MethodSupport.divide(pointsPerStep.multiply(p.remainder()), p.stepSize());
      points = points.add(part.value());
      steps.add("a part of a step, pro rata: + " + part.text() + " = " + plain(points));
    }
    if (points.compareTo(cap) > 0) {
      steps.add(plain(points) + " is above the ceiling " + plain(cap) + " → " + plain(cap));
      points = cap;
    }
    return new MethodResult(points, facts, points.compareTo(cap) == 0 ? "ceiling" : "steps", steps);
  }

  /** How far into the steps an answer is: whole steps, what is left of a step, and a step's size (same units). */
  private record Position(BigInteger whole, BigDecimal remainder, BigDecimal stepSize, BigDecimal wholePoints) {}

  /** The answer as {@code n / d} in the measure's unit, compared with the threshold on the steps' side. */
  private Optional<Position> position(Answer answer) {
    BigDecimal[] nd = fraction(answer);
    BigDecimal t = threshold.multiply(nd[1]);
    BigDecimal beyond = direction == Direction.UP ? nd[0].subtract(t) : t.subtract(nd[0]);
    if (beyond.signum() <= 0) {
      return Optional.empty();
    }
    BigDecimal size = step.multiply(nd[1]);
    BigDecimal whole = beyond.divideToIntegralValue(size);
    BigDecimal rest = beyond.subtract(whole.multiply(size));
    return Optional.of(new Position(whole.toBigInteger(), rest, size, basePoints.add(pointsPerStep.multiply(whole))));
  }

  /** Negative, zero or positive as the answer is on the other side, at, or on the steps' side of the threshold. */
  private int compare(Answer answer) {
    BigDecimal[] nd = fraction(answer);
    int c = nd[0].compareTo(threshold.multiply(nd[1]));
    return direction == Direction.UP ? c : -c;
  }

  private BigDecimal[] fraction(Answer answer) {
    if (answer instanceof Answer.Rate r) {
      return new BigDecimal[] {r.numerator().multiply(MethodSupport.HUNDRED), r.denominator()};
    }
    return new BigDecimal[] {new BigDecimal(((Answer.Count) answer).value()), BigDecimal.ONE};
  }

  private String unit() {
    return measure == Measure.PERCENT ? "%" : "";
  }

  private static boolean isWhole(BigDecimal v) {
    return v.signum() == 0 || v.stripTrailingZeros().scale() <= 0;
  }

  /**
   * The JSON kind {@code step-points}: {@code {"measure": "percent", "threshold": 70, "basePoints": 1,
   * "otherSidePoints": 1, "direction": "up", "step": 5, "pointsPerStep": 0.5, "cap": 3, "partStep": "not-said"}}.
   *
   * @since 0.1.0
   */
  public static final class Kind extends MethodKind<StepPoints> {
    /** Used by {@link java.util.ServiceLoader}. */
    public Kind() {
      super(KIND, StepPoints.class, StepPoints::settings, StepPoints::read);
    }
  }

  private static Map<String, Object> settings(StepPoints m) {
    return MethodKind.settingsOf("measure", name(m.measure()), "threshold", m.threshold(), "basePoints",
        m.basePoints(), "otherSidePoints", m.otherSidePoints(), "direction", name(m.direction()), "step", m.step(),
        "pointsPerStep", m.pointsPerStep(), "cap", m.cap(), "partStep", name(m.partStep()));
  }

  private static StepPoints read(MethodSettings s) {
    return new StepPoints(constant(s, "measure", Measure.class), s.decimal("threshold"), s.decimal("basePoints"),
        s.decimal("otherSidePoints"), constant(s, "direction", Direction.class), s.decimal("step"),
        s.decimal("pointsPerStep"), s.decimal("cap"), constant(s, "partStep", PartStep.class));
  }

  private static String name(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static <E extends Enum<E>> E constant(MethodSettings s, String key, Class<E> type) {
    String text = s.string(key);
    E[] all = type.getEnumConstants();
    for (E e : all) {
      if (name(e).equals(text)) {
        return e;
      }
    }
    List<String> names = new ArrayList<>();
    for (E e : all) {
      names.add("\"" + name(e) + "\"");
    }
    s.problem(key, "\"" + text + "\" is not one of " + String.join(", ", names));
    return all[0];
  }
}
