package io.github.parindex.report;

import java.math.BigDecimal;

/** Number formatting shared by the renderers (escaping is {@link io.github.parindex.internal.Escaping}). Internal. */
final class Text {
  private Text() {}

  /** Points as stored, or "≈" and 2 decimals for a quotient with more than 4 decimals. */
  static String approx(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    if (s.scale() > 4) {
      return "≈" + v.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }
    return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
  }

  static String num(BigDecimal v) {
    return v.toPlainString();
  }

  /** Shortens text to {@code max} characters with an ellipsis. */
  static String shorten(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
