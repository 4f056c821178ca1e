package io.github.parindex.method;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * How a leaf turns an answer into points: the service-provider interface for scoring methods.
 *
 * <p>The built-in methods are records of this package, made by {@link Methods}. Everything the rest of the library
 * needs from a method is asked of the method: its points ({@link #apply}), its checks, its canonical scoring text
 * ({@link #scoringText()}, {@link #englishGloss()}), the better answers {@code Gains} suggests
 * ({@link #improvements}, {@link #answerFor}); its settings in rule files are read and written through its
 * {@link MethodKind}, found by {@link java.util.ServiceLoader}. A rule module adds its own method the same way the
 * built-ins are made: a record implementing this interface and a {@link MethodKind} declared as a service.
 *
 * <p>Implementations must be immutable, thread-safe and pure: the same answer and maximum always give the
 * same result, and {@code apply} never sees an answer that {@code answerProblems} rejected.
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
 *
 * @since 0.1.0
 */
public interface ScoringMethod {

  /**
   * A stable identifier of the method; rule modules prefix theirs. Its {@link MethodKind} has the same name.
   *
   * @return e.g. {@code "percent-bands"}
   */
  String kind();

  /**
   * The rule in words.
   *
   * @return e.g. {@code "100% → 1; from 80% to under 100% → 0.5; under 80% → 0"}
   */
  String describe();

  /**
   * What is wrong with this method on a leaf with this maximum (bands with gaps, levels above the maximum, ...).
   *
   * @param maxPoints the leaf's maximum
   * @return the problems; empty when the method can score the leaf
   */
  List<String> definitionProblems(BigDecimal maxPoints);

  /**
   * What is wrong with an answer: the wrong kind, or a value out of range.
   *
   * @param answer the answer
   * @param maxPoints the leaf's maximum
   * @return the problems; empty when the answer can be scored
   */
  List<String> answerProblems(Answer answer, BigDecimal maxPoints);

  /**
   * The points for an answer that {@link #answerProblems} accepted, unrounded, with how they were reached.
   *
   * @param answer the answer
   * @param maxPoints the leaf's maximum
   * @return the points, the values read, the case that applied and the arithmetic
   */
  MethodResult apply(Answer answer, BigDecimal maxPoints);

  /**
   * The points alone, exactly as {@link #apply} gives them ({@code apply(answer, maxPoints).points()}, the default),
   * without the facts and arithmetic of an explanation. The engine calls it on every score and asks {@code apply}
   * for the rest only when an explanation is read, so a method overrides it when its explanation costs more than
   * its points (text, a percentage to show). It must agree with {@code apply} for every answer.
   *
   * <pre>{@code
   * Methods.proportional().points(Answer.rate(1, 4), new BigDecimal("2"));   // 0.5, as apply(...).points()
   * }</pre>
   *
   * @param answer an answer that {@link #answerProblems} accepted
   * @param maxPoints the leaf's maximum
   * @return the points, unrounded
   */
  default BigDecimal points(Answer answer, BigDecimal maxPoints) {
    return apply(answer, maxPoints).points();
  }

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

  /**
   * The answers that would give the leaf more points than it has now, fewest points first, for
   * {@code scenario.Gains}. A method that can give any points from 0 to the maximum (see {@link #answerFor}) offers
   * only its best answer. A method that offers nothing is listed by {@code Gains} with its available points but never
   * suggested.
   *
   * <pre>{@code
   * Methods.deadline("1", "0.5", "0").improvements(Optional.of(Answer.deadline(Timeliness.NOT_DONE)),
   *     BigDecimal.ZERO, BigDecimal.ONE);   // [late → 0.5, on time → 1]
   * }</pre>
   *
   * @param current the answer that counts now, if any
   * @param points the leaf's current points, unrounded
   * @param maxPoints the leaf's maximum
   * @return the better answers; empty by default
   */
  default List<Improvement> improvements(Optional<Answer> current, BigDecimal points, BigDecimal maxPoints) {
    return List.of();
  }

  /**
   * For a method that can give any points from 0 to the maximum (direct points, rates): the answer that gives at
   * least these points, so that {@code Gains} can ask for exactly the points a path needs.
   *
   * <pre>{@code
   * Methods.proportional().answerFor(new BigDecimal("0.5"), new BigDecimal("2"));   // 25% (0.5 of 2)
   * }</pre>
   *
   * @param points the points wanted, between 0 and the maximum
   * @param maxPoints the leaf's maximum
   * @return the answer; empty (the default) for methods whose answers give only some points
   */
  default Optional<Improvement> answerFor(BigDecimal points, BigDecimal maxPoints) {
    return Optional.empty();
  }
}
