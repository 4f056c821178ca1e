package io.github.parindex.model;

import java.math.BigDecimal;

/** Preconditions with messages that name the bad value. Internal. */
final class Checks {
  private Checks() {}

  static <T> T notNull(T value, String what) {
    if (value == null) {
      throw new NullPointerException(what + " must not be null");
    }
    return value;
  }

  static String notBlank(String value, String what) {
    notNull(value, what);
    if (value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    return value;
  }

  static void check(boolean condition, String format, Object... args) {
    if (!condition) {
      throw new IllegalArgumentException(String.format(format, args));
    }
  }

  static BigDecimal nonNegative(BigDecimal value, String what) {
    notNull(value, what);
    check(value.signum() >= 0, "%s must not be negative, was %s", what, value.toPlainString());
    return value;
  }
}
