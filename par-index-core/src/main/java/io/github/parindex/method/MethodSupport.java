package io.github.parindex.method;

import io.github.parindex.internal.Decimals;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.List;
import java.util.Optional;

/** Checks, texts and exact division shared by the built-in methods. Internal to this package. */
final class MethodSupport {
  private MethodSupport() {}

  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** How many larger (or smaller) counts a count's improvement options list at most. */
  static final int MAX_COUNT_STEPS = 100;

  private static final int DIGITS = MathContext.DECIMAL128.getPrecision();

  /** A quotient to 34 significant digits, and whether it is exact. */
  record Quotient(BigDecimal value, boolean exact) {
    String text() {
      return text("");
    }

    String text(String unit) {
      return plain(value) + unit + (exact ? "" : " (to 34 significant digits)");
    }
  }

  /**
   * {@code dividend / divisor} to 34 significant digits; an exact quotient without trailing zeros. Exactness is
   * decided without multiplying back where it can be: a quotient rounded to 34 digits always has 34 digits, so one
   * with fewer is exact; and a fraction whose reduced denominator has a prime factor other than 2 and 5 never
   * terminates.
   */
  static Quotient divide(BigDecimal dividend, BigDecimal divisor) {
    BigDecimal terminating = terminating(dividend, divisor);
    if (terminating != null) {
      return new Quotient(terminating, true);
    }
    BigDecimal q = dividend.divide(divisor, MathContext.DECIMAL128);
    boolean exact;
    if (q.precision() < DIGITS) {
      exact = true;
    } else if (neverTerminates(dividend, divisor)) {
      exact = false;
    } else {
      exact = q.multiply(divisor).compareTo(dividend) == 0;
    }
    return new Quotient(exact ? q.stripTrailingZeros() : q, exact);
  }

  /**
   * The exact quotient without trailing zeros, worked out by one multiplication, when both operands are small and
   * not negative and the reduced fraction's denominator is 2^a × 5^b: {@code n / (2^a 5^b) = n × 2^(k-a) 5^(k-b) /
   * 10^k} with {@code k = max(a, b)}. Such a quotient has at most 19 digits, so it is what a division to 34 digits
   * gives, stripped; null when this quick way does not apply (the caller divides). A division to 34 digits of a
   * terminating quotient costs a long division and a strip of some 30 trailing zeros.
   */
  private static BigDecimal terminating(BigDecimal dividend, BigDecimal divisor) {
    if (dividend.signum() < 0 || divisor.signum() <= 0 || dividend.precision() > 18 || divisor.precision() > 18) {
      return null;
    }
    long num = dividend.unscaledValue().longValue();
    long den = divisor.unscaledValue().longValue();
    long g = gcd(num, den);
    num /= g;
    den /= g;
    int twos = Long.numberOfTrailingZeros(den);
    den >>= twos;
    int fives = 0;
    while (den % 5 == 0) {
      den /= 5;
      fives++;
    }
    if (den != 1) {
      return null;
    }
    int k = Math.max(twos, fives);
    long scale = (long) k + dividend.scale() - divisor.scale();
    if (scale > Integer.MAX_VALUE || scale < Integer.MIN_VALUE) {
      return null;
    }
    try {
      long m = Math.multiplyExact(num, Math.multiplyExact(1L << (k - twos), pow5(k - fives)));
      return BigDecimal.valueOf(m, (int) scale).stripTrailingZeros();
    } catch (ArithmeticException overflow) {
      return null; // beyond a long: the caller divides
    }
  }

  private static long pow5(int e) {
    long p = 1;
    for (int i = 0; i < e; i++) {
      p = Math.multiplyExact(p, 5);
    }
    return p;
  }

  /** Whether the decimal expansion of {@code dividend / divisor} is infinite, when that is quick to tell. */
  private static boolean neverTerminates(BigDecimal dividend, BigDecimal divisor) {
    BigInteger n = dividend.unscaledValue();
    BigInteger d = divisor.unscaledValue();
    if (n.bitLength() > 62 || d.bitLength() > 62 || d.signum() == 0) {
      return false; // not sure: let the caller multiply back
    }
    long den = Math.abs(d.longValue());
    long num = Math.abs(n.longValue());
    long g = gcd(num, den);
    den /= g;
    den >>= Long.numberOfTrailingZeros(den);
    while (den % 5 == 0) {
      den /= 5;
    }
    return den != 1;
  }

  private static long gcd(long a, long b) {
    while (b != 0) {
      long t = a % b;
      a = b;
      b = t;
    }
    return a == 0 ? 1 : a;
  }

  static String plain(BigDecimal value) {
    return Decimals.plain(value);
  }

  /** A number as Vietnamese scoring texts print it: decimal comma, scale kept ({@code 0,50}). */
  static String vn(BigDecimal value) {
    return Decimals.withComma(value);
  }

  /** E.g. {@code "1 point"}, {@code "0.5 points"}, {@code "0 points"}. */
  static String pointsGloss(BigDecimal value) {
    return plain(value) + (value.compareTo(BigDecimal.ONE) == 0 ? " point" : " points");
  }

  static List<String> wrongKind(String expected, Answer answer) {
    return List.of("expects " + expected + ", got " + answer.describe());
  }

  static List<String> pointsInRange(BigDecimal points, BigDecimal max) {
    if (points.signum() < 0) {
      return List.of("points " + plain(points) + " are negative");
    }
    if (points.compareTo(max) > 0) {
      return List.of("points " + plain(points) + " are above the maximum " + plain(max));
    }
    return List.of();
  }

  static void pointsWithin(String what, BigDecimal points, BigDecimal max, List<String> problems) {
    if (points.signum() < 0 || points.compareTo(max) > 0) {
      problems.add(what + " gives " + plain(points) + " points, outside 0.." + plain(max));
    }
  }

  static List<String> rateAnswerProblems(Answer answer, String expected) {
    return answer instanceof Answer.Rate r ? rateProblems(r) : wrongKind(expected, answer);
  }

  static List<String> rateProblems(Answer.Rate r) {
    if (r.denominator().signum() <= 0) {
      return List.of("rate " + r.describe() + " has a denominator that is not positive");
    }
    if (r.numerator().signum() < 0 || r.numerator().compareTo(r.denominator()) > 0) {
      return List.of("percentage " + r.describe() + " is outside 0..100%");
    }
    return List.of();
  }

  static List<String> countAnswerProblems(Answer answer, String expected) {
    return answer instanceof Answer.Count c ? countProblems(c) : wrongKind(expected, answer);
  }

  static void positive(String what, BigDecimal value, List<String> problems) {
    if (value.signum() <= 0) {
      problems.add(what + " must be positive, was " + plain(value));
    }
  }

  static List<String> countProblems(Answer.Count c) {
    return c.value().signum() < 0 ? List.of("count " + c.value() + " is negative") : List.of();
  }

  /** The rate's facts; a count ratio's percentage is divided once, here, and only for its text. */
  static List<Fact> rateFacts(Answer.Rate rate) {
    if (rate.isPercent()) {
      return List.of(Fact.of("percentage", plain(rate.numerator()) + "%"));
    }
    Quotient p = divide(rate.numerator().multiply(HUNDRED), rate.denominator());
    return List.of(Fact.of("numerator", plain(rate.numerator())), Fact.of("denominator", plain(rate.denominator())),
        Fact.of("percentage", p.text("%")));
  }

  /** The count an answer holds, if it is a count. */
  static Optional<BigInteger> count(Optional<Answer> answer) {
    return answer.filter(Answer.Count.class::isInstance).map(a -> ((Answer.Count) a).value());
  }
}
