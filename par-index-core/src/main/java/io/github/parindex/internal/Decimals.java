package io.github.parindex.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one place that turns a decimal into text for explanations, descriptions and scoring texts. Internal:
 * exported only to the library's own modules.
 *
 * <pre>{@code
 * Decimals.plain(new BigDecimal("2.50"));        // "2.5"
 * Decimals.plain(new BigDecimal("2E+1"));        // "20"
 * Decimals.approx(new BigDecimal("1.234567"));   // "≈1.23"
 * Decimals.withComma(new BigDecimal("0.50"));    // "0,50" (the scale is kept)
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Decimals {
  private Decimals() {}

  /**
   * Plain notation without trailing zeros and without exponent.
   *
   * @param value the decimal
   * @return e.g. {@code "2.5"} for {@code 2.50}, {@code "20"} for {@code 2E+1}, {@code "0"} for {@code 0.00}
   */
  public static String plain(BigDecimal value) {
    BigDecimal v = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    return v.scale() < 0 ? v.setScale(0).toPlainString() : v.toPlainString();
  }

  /**
   * Plain text, or "≈" and 2 decimals (half up) for a value with more than 4 decimals (the quotient of a rate).
   *
   * @param value the decimal
   * @return e.g. {@code "0.75"}, or {@code "≈1.23"} for {@code 1.234567}
   */
  public static String approx(BigDecimal value) {
    BigDecimal s = value.stripTrailingZeros();
    return s.scale() > 4 ? "≈" + value.setScale(2, RoundingMode.HALF_UP).toPlainString() : plain(value);
  }

  /**
   * A decimal with a decimal comma, as Vietnamese texts print it, keeping its scale ({@code 0.50} stays
   * {@code "0,50"}).
   *
   * @param value the decimal
   * @return e.g. {@code "0,50"}
   */
  public static String withComma(BigDecimal value) {
    return value.toPlainString().replace('.', ',');
  }
}
