package io.github.parindex.method;

import static io.github.parindex.method.MethodSupport.plain;
import static io.github.parindex.method.MethodSupport.pointsGloss;
import static io.github.parindex.method.MethodSupport.vn;

import io.github.parindex.internal.Numbers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Points for a task done on time, late, or not done (đúng hạn / chậm / không thực hiện). Reads
 * {@link Answer.Deadline}.
 *
 * <pre>{@code
 * Methods.deadline("1", "0.5", "0").apply(Answer.deadline(Answer.Timeliness.LATE), BigDecimal.ONE).points();  // 0.5
 * }</pre>
 *
 * @param onTime the points for on time
 * @param late the points for late
 * @param notDone the points for not done
 * @since 0.1.0
 */
public record Deadline(BigDecimal onTime, BigDecimal late, BigDecimal notDone) implements ScoringMethod {
  static final String KIND = "deadline";

  /**
   * Checks the numbers against the numeric gate.
   *
   * @param onTime the points for on time
   * @param late the points for late
   * @param notDone the points for not done
   * @throws NullPointerException if a number is null
   * @throws io.github.parindex.model.ParIndexException if a number is past the library's limits
   */
  public Deadline {
    onTime = Numbers.check(onTime, "onTime");
    late = Numbers.check(late, "late");
    notDone = Numbers.check(notDone, "notDone");
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public String describe() {
    return "on time → " + plain(onTime) + "; late → " + plain(late) + "; not done → " + plain(notDone);
  }

  @Override
  public Optional<String> scoringText() {
    return Optional.of("Đúng hạn: " + vn(onTime) + " điểm; Chậm: " + vn(late) + " điểm; Không thực hiện: "
        + vn(notDone) + " điểm");
  }

  @Override
  public String englishGloss() {
    return "On time: " + pointsGloss(onTime) + "; Late: " + pointsGloss(late) + "; Not done: "
        + pointsGloss(notDone);
  }

  @Override
  public List<String> definitionProblems(BigDecimal maxPoints) {
    List<String> problems = new ArrayList<>();
    MethodSupport.pointsWithin("on time", onTime, maxPoints, problems);
    MethodSupport.pointsWithin("late", late, maxPoints, problems);
    MethodSupport.pointsWithin("not done", notDone, maxPoints, problems);
    if (late.compareTo(onTime) > 0 || notDone.compareTo(late) > 0) {
      problems.add("deadline points must not rise from on time to late to not done: " + describe());
    }
    return problems;
  }

  @Override
  public List<String> answerProblems(Answer answer, BigDecimal maxPoints) {
    return answer instanceof Answer.Deadline ? List.of() : MethodSupport.wrongKind("on time, late or not done", answer);
  }

  @Override
  public MethodResult apply(Answer answer, BigDecimal maxPoints) {
    Answer.Timeliness t = ((Answer.Deadline) answer).value();
    BigDecimal points = switch (t) {
      case ON_TIME -> onTime;
      case LATE -> late;
      case NOT_DONE -> notDone;
    };
    String name = t.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return new MethodResult(points, List.of(Fact.of("timeliness", name)), name, List.of(name + " → " + plain(points)));
  }

  /** The points alone, as {@link #apply} gives them, without the explanation's text. */
  @Override
  public BigDecimal points(Answer answer, BigDecimal maxPoints) {
    return switch (((Answer.Deadline) answer).value()) {
      case ON_TIME -> onTime;
      case LATE -> late;
      case NOT_DONE -> notDone;
    };
  }

  /** Late (when it gives more than now and less than on time), then on time. */
  @Override
  public List<Improvement> improvements(Optional<Answer> current, BigDecimal points, BigDecimal maxPoints) {
    List<Improvement> options = new ArrayList<>();
    if (late.compareTo(points) > 0 && late.compareTo(onTime) < 0) {
      options.add(new Improvement(Answer.deadline(Answer.Timeliness.LATE), "late", late));
    }
    if (onTime.compareTo(points) > 0) {
      options.add(new Improvement(Answer.deadline(Answer.Timeliness.ON_TIME), "on time", onTime));
    }
    return options;
  }

  /**
   * The JSON codec of {@code "deadline"}: {@code {"onTime": 1, "late": 0.5, "notDone": 0}}. Found by
   * {@link java.util.ServiceLoader}.
   *
   * @since 0.1.0
   */
  public static final class Kind extends MethodKind<Deadline> {
    /** Used by {@link java.util.ServiceLoader}. */
    public Kind() {
      super(KIND, Deadline.class, m -> settingsOf("onTime", m.onTime(), "late", m.late(), "notDone", m.notDone()),
          s -> new Deadline(s.decimal("onTime"), s.decimal("late"), s.decimal("notDone")));
    }
  }
}
