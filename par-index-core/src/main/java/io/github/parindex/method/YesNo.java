package io.github.parindex.method;

import static io.github.parindex.method.MethodSupport.plain;
import static io.github.parindex.method.MethodSupport.pointsGloss;
import static io.github.parindex.method.MethodSupport.vn;

import io.github.parindex.internal.Numbers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Points for Có (yes) and for Không (no). Reads {@link Answer.YesNo}.
 *
 * <pre>{@code
 * Methods.yesNo("1", "0").apply(Answer.yes(), BigDecimal.ONE).points();   // 1
 * }</pre>
 *
 * @param yesPoints the points for yes
 * @param noPoints the points for no
 * @since 0.1.0
 */
public record YesNo(BigDecimal yesPoints, BigDecimal noPoints) implements ScoringMethod {
  static final String KIND = "yes-no";

  /**
   * Checks the numbers against the numeric gate.
   *
   * @param yesPoints the points for yes
   * @param noPoints the points for no
   * @throws NullPointerException if a number is null
   * @throws io.github.parindex.model.ParIndexException if a number is past the library's limits
   */
  public YesNo {
    yesPoints = Numbers.check(yesPoints, "yesPoints");
    noPoints = Numbers.check(noPoints, "noPoints");
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public String describe() {
    return "yes → " + plain(yesPoints) + "; no → " + plain(noPoints);
  }

  @Override
  public Optional<String> scoringText() {
    return Optional.of("Có: " + vn(yesPoints) + " điểm; Không: " + vn(noPoints) + " điểm");
  }

  @Override
  public String englishGloss() {
    return "Yes: " + pointsGloss(yesPoints) + "; No: " + pointsGloss(noPoints);
  }

  @Override
  public List<String> definitionProblems(BigDecimal maxPoints) {
    List<String> problems = new ArrayList<>();
    MethodSupport.pointsWithin("yes", yesPoints, maxPoints, problems);
    MethodSupport.pointsWithin("no", noPoints, maxPoints, problems);
    if (noPoints.compareTo(yesPoints) > 0) {
      problems.add("yes/no: no gives more points (" + plain(noPoints) + ") than yes (" + plain(yesPoints) + ")");
    }
    return problems;
  }

  @Override
  public List<String> answerProblems(Answer answer, BigDecimal maxPoints) {
    return answer instanceof Answer.YesNo ? List.of() : MethodSupport.wrongKind("yes or no", answer);
  }

  @Override
  public MethodResult apply(Answer answer, BigDecimal maxPoints) {
    boolean yes = ((Answer.YesNo) answer).value();
    BigDecimal points = yes ? yesPoints : noPoints;
    return new MethodResult(points, List.of(Fact.of("answer", yes ? "yes" : "no")), yes ? "yes" : "no",
        List.of((yes ? "yes" : "no") + " → " + plain(points)));
  }

  /** The points alone, as {@link #apply} gives them, without the explanation's text. */
  @Override
  public BigDecimal points(Answer answer, BigDecimal maxPoints) {
    return ((Answer.YesNo) answer).value() ? yesPoints : noPoints;
  }

  /** Yes, when it gives more than now. */
  @Override
  public List<Improvement> improvements(Optional<Answer> current, BigDecimal points, BigDecimal maxPoints) {
    return yesPoints.compareTo(points) > 0 ? List.of(new Improvement(Answer.yes(), "yes", yesPoints)) : List.of();
  }

  /**
   * The JSON codec of {@code "yes-no"}: {@code {"yes": 1, "no": 0}}. Found by {@link java.util.ServiceLoader}.
   *
   * @since 0.1.0
   */
  public static final class Kind extends MethodKind<YesNo> {
    /** Used by {@link java.util.ServiceLoader}. */
    public Kind() {
      super(KIND, YesNo.class, m -> settingsOf("yes", m.yesPoints(), "no", m.noPoints()),
          s -> new YesNo(s.decimal("yes"), s.decimal("no")));
    }
  }
}
