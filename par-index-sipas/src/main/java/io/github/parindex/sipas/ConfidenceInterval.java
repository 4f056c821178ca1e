package io.github.parindex.sipas;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A 95% Wilson score interval for a share, in percent: the bounds to 34 significant digits and as published
 * (2 decimals, half up).
 *
 * <p>For a share {@code p = x / n} and {@code z = 1.96}:
 * <pre>
 *   centre     = (p + z²/(2n)) / (1 + z²/n)
 *   half-width = z / (1 + z²/n) × √( p(1 − p)/n + z²/(4n²) )
 * </pre>
 * computed with {@link BigDecimal} in {@link MathContext#DECIMAL128} (34 significant digits; the square root is
 * {@link BigDecimal#sqrt(MathContext)} at the same precision), so the published bounds are correct to the last
 * shown digit. With respondent weights {@code n} is Kish's effective sample size {@code (Σw)² / Σw²}.
 *
 * <pre>{@code
 * ConfidenceInterval ci = ConfidenceInterval.wilson(new BigDecimal("8"), new BigDecimal("10"));
 * ci.lower();   // 49.02 (percent)
 * ci.upper();   // 94.33
 * }</pre>
 *
 * @param exactLower the lower bound in percent, 34 significant digits
 * @param exactUpper the upper bound in percent, 34 significant digits
 * @param n the sample size used (effective sample size when weighted)
 *
 * @since 0.1.0
 */
public record ConfidenceInterval(BigDecimal exactLower, BigDecimal exactUpper, BigDecimal n) {
  /** The normal quantile used, 1.96 (95%, two-sided), as conventionally printed. */
  public static final BigDecimal Z = new BigDecimal("1.96");

  /** The precision of every intermediate step, including the square root. */
  public static final MathContext PRECISION = MathContext.DECIMAL128;

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal TWO = BigDecimal.valueOf(2);
  private static final BigDecimal FOUR = BigDecimal.valueOf(4);

  /**
   * Checks that no bound is missing.
   *
   * @param exactLower the lower bound in percent, 34 significant digits
   * @param exactUpper the upper bound in percent, 34 significant digits
   * @param n the sample size used (effective sample size when weighted)
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if {@code n} is past the limits of a sample size (see {@link #wilson})
   */
  public ConfidenceInterval {
    Objects.requireNonNull(exactLower, "exactLower");
    Objects.requireNonNull(exactUpper, "exactUpper");
    Objects.requireNonNull(n, "n");
    bounded(n);
  }

  /**
   * A sample size has at most 20 digits before the point ({@code Numbers.MAX_INTEGER_DIGITS}) and 100 after it (an
   * effective size carries 34 significant digits): past them the arithmetic and the text of {@code n}, written out,
   * would be unbounded ({@code 1E+999999999} has a billion digits). Messages name such values in scientific notation.
   */
  private static void bounded(BigDecimal n) {
    if ((long) n.precision() - n.scale() > io.github.parindex.internal.Numbers.MAX_INTEGER_DIGITS
        || n.scale() > 100) {
      throw new IllegalArgumentException("sample size " + n + " is past the limits of 20 digits before the decimal"
          + " point and 100 after it");
    }
  }

  /**
   * The Wilson interval for {@code successes} out of {@code n}; {@code successes} may be fractional (a weighted
   * count scaled to the effective sample size).
   *
   * @param successes the number of successes, within {@code 0..n}
   * @param n the (effective) sample size, greater than 0
   * @return the interval, bounds clamped to 0–100 percent
   * @throws IllegalArgumentException if {@code n <= 0}, {@code successes} is outside {@code 0..n}, or {@code n} has
   *     more than 20 digits before the decimal point or 100 after it
   * @throws NullPointerException if an argument is null
   */
  public static ConfidenceInterval wilson(BigDecimal successes, BigDecimal n) {
    Objects.requireNonNull(successes, "successes");
    Objects.requireNonNull(n, "n");
    bounded(n);
    if (n.signum() <= 0) {
      throw new IllegalArgumentException("Wilson interval needs n > 0, was " + n);
    }
    if (successes.signum() < 0 || successes.compareTo(n) > 0) {
      throw new IllegalArgumentException("successes must be within 0.." + n + ", was " + successes);
    }
    return ofShare(successes.divide(n, PRECISION), n);
  }

  /**
   * The Wilson interval for a share {@code p} observed on an (effective) sample of size {@code n}.
   *
   * @param p the observed share as a fraction, within {@code 0..1} (not percent)
   * @param n the (effective) sample size, greater than 0; may be fractional (Kish's effective size)
   * @return the interval, bounds clamped to 0–100 percent
   * @throws IllegalArgumentException if {@code n <= 0}, {@code p} is outside {@code 0..1}, or {@code n} has more
   *     than 20 digits before the decimal point or 100 after it
   * @throws NullPointerException if an argument is null
   */
  public static ConfidenceInterval ofShare(BigDecimal p, BigDecimal n) {
    Objects.requireNonNull(p, "p");
    Objects.requireNonNull(n, "n");
    bounded(n);
    if (n.signum() <= 0) {
      throw new IllegalArgumentException("Wilson interval needs n > 0, was " + n);
    }
    if (p.signum() < 0 || p.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException("share must be within 0..1, was " + p);
    }
    MathContext mc = PRECISION;
    BigDecimal z2 = Z.multiply(Z);
    BigDecimal z2n = z2.divide(n, mc);
    BigDecimal denom = BigDecimal.ONE.add(z2n, mc);
    BigDecimal centre = p.add(z2.divide(TWO.multiply(n), mc), mc).divide(denom, mc);
    BigDecimal radicand = p.multiply(BigDecimal.ONE.subtract(p), mc).divide(n, mc)
        .add(z2.divide(FOUR.multiply(n).multiply(n), mc), mc);
    BigDecimal half = Z.divide(denom, mc).multiply(radicand.sqrt(mc), mc);
    BigDecimal lo = centre.subtract(half, mc).max(BigDecimal.ZERO).min(BigDecimal.ONE);
    BigDecimal hi = centre.add(half, mc).max(BigDecimal.ZERO).min(BigDecimal.ONE);
    return new ConfidenceInterval(lo.multiply(HUNDRED), hi.multiply(HUNDRED), n);
  }

  /**
   * The lower bound as published.
   *
   * @return the lower bound in percent, 2 decimals half up, within 0–100
   */
  public BigDecimal lower() {
    return exactLower.setScale(2, RoundingMode.HALF_UP);
  }

  /**
   * The upper bound as published.
   *
   * @return the upper bound in percent, 2 decimals half up, within 0–100
   */
  public BigDecimal upper() {
    return exactUpper.setScale(2, RoundingMode.HALF_UP);
  }

  /** E.g. {@code "95% CI 49.02–94.33 (Wilson, n = 10)"}. */
  @Override
  public String toString() {
    BigDecimal nn = n.stripTrailingZeros();
    String ns = nn.scale() < 0 ? nn.setScale(0).toPlainString() : nn.round(new MathContext(8)).toPlainString();
    return "95% CI " + lower().toPlainString() + "–" + upper().toPlainString() + " (Wilson, n = " + ns + ")";
  }
}
