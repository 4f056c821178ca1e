package io.github.parindex.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * One rounding the engine applied: what was rounded, the value before and after, and the rule used.
 *
 * <pre>{@code
 * scorecard.roundingSteps();   // [index 89.457142… → 89.45 (2 decimals, DOWN)]
 * }</pre>
 *
 * @param what the figure rounded, e.g. {@code "points"}, {@code "total"}, {@code "index"}
 * @param before the value before rounding
 * @param after the value after rounding
 * @param scale the decimals kept
 * @param mode the rounding mode ({@code DOWN} is truncation)
 *
 * @since 0.1.0
 */
public record RoundingStep(String what, BigDecimal before, BigDecimal after, int scale, RoundingMode mode) {
  /**
   * Checks the components; decimals with a negative scale are kept with scale 0, so that reports read back equal.
   *
   * @param what the figure rounded, e.g. {@code "points"}, {@code "total"}, {@code "index"}
   * @param before the value before rounding
   * @param after the value after rounding
   * @param scale the decimals kept
   * @param mode the rounding mode ({@code DOWN} is truncation)
   * @throws NullPointerException if {@code what}, {@code before}, {@code after} or {@code mode} is null
   */
  public RoundingStep {
    Objects.requireNonNull(what, "what");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    Objects.requireNonNull(mode, "mode");
    before = ExactValues.of(before);
    after = ExactValues.of(after);
  }

  /** E.g. {@code "index 89.457142… → 89.45 (2 decimals, DOWN)"}. */
  @Override
  public String toString() {
    return what + " " + before.toPlainString() + " → " + after.toPlainString() + " (" + scale + " decimals, " + mode
        + ")";
  }
}
