package io.github.parindex.method;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What a {@link ScoringMethod} returns: the unrounded points and how they were reached. Rounding is the engine's job
 * (it follows the rule set's policy), so methods return exact points, or points to 34 significant digits where a
 * division does not terminate (the arithmetic says so).
 *
 * <pre>{@code
 * MethodResult r = Methods.countTimesPoints("0.25").apply(Answer.count(7), BigDecimal.ONE);
 * r.points();       // 1 (7 × 0.25 = 1.75, capped)
 * r.arithmetic();   // [7 × 0.25 = 1.75, 1.75 is above the cap 1 → 1]
 * }</pre>
 *
 * @param points the points, unrounded
 * @param inputs the values read from the answer
 * @param matched the band, level or case that applied, e.g. {@code "from 80% to under 100%"}
 * @param arithmetic the calculation, one step per line, e.g. {@code "2.5 × 1124/1124 = 2.5"}
 * @since 0.1.0
 */
public record MethodResult(BigDecimal points, List<Fact> inputs, String matched, List<String> arithmetic) {
  /**
   * Checks the components and copies the collections.
   *
   * @param points the points, unrounded
   * @param inputs the values read from the answer
   * @param matched the band, level or case that applied, e.g. {@code "from 80% to under 100%"}
   * @param arithmetic the calculation, one step per line, e.g. {@code "2.5 × 1124/1124 = 2.5"}
   */
  public MethodResult {
    Objects.requireNonNull(points, "points");
    Objects.requireNonNull(matched, "matched");
    inputs = List.copyOf(inputs);
    arithmetic = List.copyOf(arithmetic);
  }
}
