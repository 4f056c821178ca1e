package io.github.parindex.internal;

import io.github.parindex.model.ParIndexException;
import io.github.parindex.model.Problem;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

/**
 * The one numeric gate: every decimal that enters the library (String and BigDecimal factories, JSON, CSV, YAML,
 * published tables, reports, scenario changes) passes here, so that no number can exhaust memory or time
 * ({@code new BigDecimal("1e999999999")} is cheap, but printing or rescaling it is not). Internal: exported only
 * to the library's own modules; the limits are documented for users in {@code docs/guide/limits.md}.
 *
 * <p>Limits: a decimal's text is at most {@value #MAX_TEXT_LENGTH} characters of the form
 * {@code [+-]digits[.digits][(e|E)[+-]digits]} (no spaces, no {@code NaN}, no hexadecimal), has at most
 * {@value #MAX_INTEGER_DIGITS} digits before the decimal point and at most {@value #MAX_SCALE} after it (after
 * applying the exponent; trailing zeros count). A whole-number count has at most {@value #MAX_INTEGER_DIGITS}
 * digits. A value with
 * a negative scale ({@code 2E+1}) is returned with scale 0 ({@code 20}), exactly.
 *
 * <pre>{@code
 * Numbers.parse("0.75", "points");         // 0.75
 * Numbers.parse("1e999999999", "weight");  // ParIndexException: weight "1e999999999" has 1000000000 digits
 *                                          // before the decimal point; the limit is 20
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Numbers {
  private Numbers() {}

  /** The longest decimal text read, in characters: {@value}. */
  public static final int MAX_TEXT_LENGTH = 64;

  /** The most digits before the decimal point: {@value} (values below 10^20 in magnitude). */
  public static final int MAX_INTEGER_DIGITS = 20;

  /** The most digits after the decimal point: {@value}. */
  public static final int MAX_SCALE = 20;

  /**
   * The largest whole-number count (of events, items, respondents): 10^20 − 1, the same
   * {@value #MAX_INTEGER_DIGITS} digits as a decimal's whole part (so counts beyond a {@code long} stay exact).
   */
  public static final BigInteger MAX_COUNT = BigInteger.TEN.pow(MAX_INTEGER_DIGITS).subtract(BigInteger.ONE);

  /**
   * Reads a decimal within the limits.
   *
   * @param text the decimal's text
   * @param what what the value is, for the message (e.g. {@code "points"}, {@code "weight"})
   * @return the value, with scale 0 or more
   * @throws ParIndexException naming the value and the limit when the text is not a decimal or is past a limit
   */
  public static BigDecimal parse(String text, String what) {
    String problem = problemOf(text, what);
    if (problem != null) {
      throw failure(problem);
    }
    return normalise(new BigDecimal(text));
  }

  /**
   * What is wrong with a decimal's text, for readers that collect every problem before failing.
   *
   * @param text the decimal's text, may be null
   * @param what what the value is, for the message
   * @return the message naming the value and the limit, or {@code null} when the text is a decimal within the
   *     limits (internal API: the null saves an allocation on readers' hot paths)
   */
  public static String problemOf(String text, String what) {
    if (text == null) {
      return what + " is missing";
    }
    if (text.length() > MAX_TEXT_LENGTH) {
      return what + " " + quote(text) + " is " + text.length() + " characters long; the limit is "
          + MAX_TEXT_LENGTH;
    }
    int i = 0;
    int n = text.length();
    if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
      i++;
    }
    int digits = 0;
    while (i < n && isDigit(text.charAt(i))) {
      i++;
      digits++;
    }
    if (i < n && text.charAt(i) == '.') {
      i++;
      while (i < n && isDigit(text.charAt(i))) {
        i++;
        digits++;
      }
    }
    if (digits == 0) {
      return what + " " + quote(text) + " is not a decimal number";
    }
    if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
      i++;
      if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
        i++;
      }
      int expDigits = 0;
      while (i < n && isDigit(text.charAt(i))) {
        i++;
        expDigits++;
      }
      if (expDigits == 0) {
        return what + " " + quote(text) + " is not a decimal number";
      }
      if (expDigits > 9) {
        return what + " " + quote(text) + " has an exponent past the limits of " + MAX_INTEGER_DIGITS
            + " digits before and " + MAX_SCALE + " after the decimal point";
      }
    }
    if (i != n) {
      return what + " " + quote(text) + " is not a decimal number";
    }
    return problemOf(new BigDecimal(text), what, text);
  }

  /**
   * Checks a decimal given as a {@link BigDecimal} against the limits.
   *
   * @param value the value
   * @param what what the value is, for the message
   * @return the value, with scale 0 or more
   * @throws ParIndexException naming the value and the limit when it is past a limit
   * @throws NullPointerException if value is null
   */
  public static BigDecimal check(BigDecimal value, String what) {
    if (value == null) {
      throw new NullPointerException(what + " must not be null");
    }
    String problem = problemOf(value, what, null);
    if (problem != null) {
      throw failure(problem);
    }
    return normalise(value);
  }

  /**
   * Checks a whole-number count against {@link #MAX_COUNT}.
   *
   * @param value the count
   * @param what what is counted, for the message
   * @return the value
   * @throws ParIndexException when it has more than {@value #MAX_INTEGER_DIGITS} digits (negative counts are the
   *     caller's check)
   * @throws NullPointerException if value is null
   */
  public static BigInteger checkCount(BigInteger value, String what) {
    if (value == null) {
      throw new NullPointerException(what + " must not be null");
    }
    if (value.abs().compareTo(MAX_COUNT) > 0) {
      // (bits - 1) * 3 / 10 is a lower bound of the digits, as log10(2) > 0.3; exact enough for a message.
      throw failure(what + " has more than " + ((value.abs().bitLength() - 1) * 3L / 10) + " digits; the limit is "
          + MAX_INTEGER_DIGITS + " digits");
    }
    return value;
  }

  /**
   * What is wrong with a decimal given as a {@link BigDecimal}, for readers that collect every problem.
   *
   * @param value the value
   * @param what what the value is, for the message
   * @return the message naming the value and the limit, or {@code null} when it is within the limits
   */
  public static String problemOf(BigDecimal value, String what) {
    return problemOf(value, what, null);
  }

  private static String problemOf(BigDecimal value, String what, String text) {
    long scale = value.scale();
    long integerDigits = value.signum() == 0 ? 1 : (long) value.precision() - scale;
    String shown = text != null ? quote(text) : "with scale " + scale;
    if (scale > MAX_SCALE) {
      return what + " " + shown + " has " + scale + " digits after the decimal point; the limit is " + MAX_SCALE;
    }
    if (integerDigits > MAX_INTEGER_DIGITS || (value.signum() == 0 && scale < -MAX_INTEGER_DIGITS)) {
      long shownDigits = value.signum() == 0 ? 1 - scale : integerDigits;
      return what + " " + shown + " has " + shownDigits + " digits before the decimal point; the limit is "
          + MAX_INTEGER_DIGITS;
    }
    return null;
  }

  private static BigDecimal normalise(BigDecimal value) {
    return value.scale() < 0 ? value.setScale(0) : value;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * The value as quoted in a message: at most 40 characters, so a long value does not flood the message.
   *
   * @param text the value's text
   * @return the text in double quotes, or (past 40 characters) its first 20 and last 10 characters in quotes
   *     followed by its length in characters
   */
  public static String quote(String text) {
    if (text.length() <= 40) {
      return '"' + text + '"';
    }
    return '"' + text.substring(0, 20) + "…" + text.substring(text.length() - 10) + "\" (" + text.length()
        + " characters)";
  }

  private static ParIndexException failure(String message) {
    return new ParIndexException("a number is past the library's limits", List.of(Problem.general(message)));
  }
}
