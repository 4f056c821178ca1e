package io.github.parindex.engine;

import java.math.BigDecimal;

/**
 * The one place where the engine's exact values are normalised: a decimal never keeps a negative scale
 * ({@code 2E+1}, the exact points of a proportional leaf after {@code stripTrailingZeros()}, becomes {@code 20}).
 * Applied when a {@link NodeScore}, a {@link Scorecard} or a {@link RoundingStep} is built, so that every value they
 * hold is written in plain notation and reads back {@code equals} from a {@code par-index/scorecard@1} report.
 * Internal.
 */
final class ExactValues {
  private ExactValues() {}

  /** The value with scale 0 when its scale is negative, else itself (numerically equal either way). */
  static BigDecimal of(BigDecimal v) {
    return v.scale() < 0 ? v.setScale(0) : v;
  }

  /** Whether the value needs {@link #of}. */
  static boolean negative(BigDecimal v) {
    return v.scale() < 0;
  }

  /** Whether none of four values needs {@link #of} (the check of every node score and scorecard). */
  static boolean plain(BigDecimal a, BigDecimal b, BigDecimal c, BigDecimal d) {
    return a.scale() >= 0 && b.scale() >= 0 && c.scale() >= 0 && d.scale() >= 0;
  }

  /** Whether none of four optional values needs {@link #of}. */
  static boolean plain(java.util.Optional<BigDecimal> a, java.util.Optional<BigDecimal> b,
      java.util.Optional<BigDecimal> c, java.util.Optional<BigDecimal> d) {
    return !negative(a) && !negative(b) && !negative(c) && !negative(d);
  }

  /** Whether an optional value needs {@link #of}. */
  static boolean negative(java.util.Optional<BigDecimal> v) {
    return v.isPresent() && v.get().scale() < 0;
  }
}
