package io.github.parindex.sipas;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/** An exact non-negative fraction of big integers, used to aggregate shares without rounding. Internal. */
record Ratio(BigInteger num, BigInteger den) {
  static final MathContext MC = MathContext.DECIMAL128;
  static final Ratio ZERO = new Ratio(BigInteger.ZERO, BigInteger.ONE);
  private static final BigInteger HUNDRED = BigInteger.valueOf(100);

  Ratio {
    if (den.signum() <= 0) {
      throw new IllegalArgumentException("denominator must be positive, was " + den);
    }
    BigInteger g = num.gcd(den);
    if (!g.equals(BigInteger.ONE) && g.signum() != 0) {
      num = num.divide(g);
      den = den.divide(g);
    }
  }

  /** {@code 100 × part / whole} as a percentage. */
  static Ratio percent(long part, long whole) {
    return new Ratio(BigInteger.valueOf(part).multiply(HUNDRED), BigInteger.valueOf(whole));
  }

  static Ratio of(BigDecimal value) {
    BigDecimal v = value.stripTrailingZeros();
    if (v.scale() <= 0) {
      return new Ratio(v.toBigIntegerExact(), BigInteger.ONE);
    }
    return new Ratio(v.unscaledValue(), BigInteger.TEN.pow(v.scale()));
  }

  Ratio plus(Ratio o) {
    return new Ratio(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
  }

  Ratio dividedBy(long k) {
    return new Ratio(num, den.multiply(BigInteger.valueOf(k)));
  }

  /** Exactly rounded to {@code scale} decimals in {@code mode} (no intermediate decimal expansion). */
  BigDecimal round(int scale, RoundingMode mode) {
    return new BigDecimal(num).divide(new BigDecimal(den), scale, mode);
  }

  /** This ratio rounded to {@code scale} decimals, as a ratio again (for declared intermediate rounding). */
  Ratio rounded(int scale) {
    return of(round(scale, RoundingMode.HALF_UP));
  }

  /** The value to 34 significant digits (exact when it terminates within them). */
  BigDecimal decimal() {
    BigDecimal q = new BigDecimal(num).divide(new BigDecimal(den), MC);
    return q.signum() == 0 ? BigDecimal.ZERO : q.stripTrailingZeros();
  }

  /** Whether {@link #decimal()} is exact. */
  boolean terminates() {
    BigInteger d = den;
    while (d.mod(BigInteger.TWO).signum() == 0) {
      d = d.shiftRight(1);
    }
    BigInteger five = BigInteger.valueOf(5);
    while (d.mod(five).signum() == 0) {
      d = d.divide(five);
    }
    return d.equals(BigInteger.ONE) && decimal().precision() <= 34;
  }

  int compareTo(Ratio o) {
    return num.multiply(o.den).compareTo(o.num.multiply(den));
  }

  /** Plain text, e.g. {@code 91.1666...} to 34 digits with a marker when not exact. */
  String text() {
    BigDecimal d = decimal();
    String s = d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    return terminates() ? s : s + "…";
  }
}
