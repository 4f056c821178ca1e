package io.github.parindex.method;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * How a leaf turns an answer into points: the service-provider interface for scoring methods.
 *
 * <p>The built-in methods are in {@link Methods}. A rule module adds its own by implementing this interface as an
 * immutable value (a record is ideal) and, if it wants the method in JSON rule files, by registering a codec in
 * {@code par-index-rules}. Implementations must be immutable, thread-safe and pure: the same answer and maximum
 * always give the same result, and {@code apply} never sees an answer that {@code answerProblems} rejected.
 *
 * <pre>{@code
 * record TwoThirdsRule() implements ScoringMethod {
 *   public String kind() { return "example/two-thirds"; }
 *   public String describe() { return "at least 2/3 of the figures met: full points"; }
 *   public List<String> definitionProblems(BigDecimal max) { return List.of(); }
 *   public List<String> answerProblems(Answer a, BigDecimal max) {
 *     return a instanceof Answer.Rate r && r.isValid() ? List.of() : List.of("needs a rate, got " + a.describe());
 *   }
 *   public MethodResult apply(Answer a, BigDecimal max) {
 *     boolean met = ((Answer.Rate) a).numerator().multiply(BigDecimal.valueOf(3))
 *         .compareTo(((Answer.Rate) a).denominator().multiply(BigDecimal.valueOf(2))) >= 0;
 *     BigDecimal points = met ? max : BigDecimal.ZERO;
 *     return new MethodResult(points, List.of(Fact.of("rate", a.describe())), met ? "met" : "not met", List.of());
 *   }
 * }
 * }</pre>
 */
public interface ScoringMethod {

  /** A stable identifier of the method, e.g. {@code "percent-bands"}; rule modules prefix theirs. */
  String kind();

  /** The rule in words, e.g. {@code "100% → 1; from 80% to under 100% → 0.5; under 80% → 0"}. */
  String describe();

  /** What is wrong with this method on a leaf with this maximum (bands with gaps, levels above the maximum, ...). */
  List<String> definitionProblems(BigDecimal maxPoints);

  /** What is wrong with an answer: the wrong kind, or a value out of range. Empty when the answer can be scored. */
  List<String> answerProblems(Answer answer, BigDecimal maxPoints);

  /** The points for an answer that {@link #answerProblems} accepted, unrounded, with how they were reached. */
  MethodResult apply(Answer answer, BigDecimal maxPoints);

  /**
   * The method as a canonical Vietnamese scoring text (cách tính điểm), the way a decision's table prints it, which
   * the scoring-text reader of {@code par-index-rules} reads back to an equal method.
   *
   * <pre>{@code
   * Methods.yesNo("1", "0").scoringText();   // Optional[Có: 1 điểm; Không: 0 điểm]
   * Methods.directPoints().scoringText();    // Optional.empty (the points are given, there is no rule to print)
   * }</pre>
   *
   * @return the text; empty when the method has none (the default)
   */
  default Optional<String> scoringText() {
    return Optional.empty();
  }

  /**
   * The scoring text glossed in English for readers who do not read Vietnamese, clause by clause.
   *
   * <pre>{@code
   * Methods.yesNo("1", "0").englishGloss();   // "Yes: 1 point; No: 0 points"
   * }</pre>
   *
   * @return the gloss; {@link #describe()} unless the method says otherwise
   */
  default String englishGloss() {
    return describe();
  }
}
