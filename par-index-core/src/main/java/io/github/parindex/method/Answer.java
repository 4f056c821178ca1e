package io.github.parindex.method;

import io.github.parindex.internal.Numbers;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a unit (or a council, or a survey) answers for one leaf: the input vocabulary of the scoring methods. Each
 * {@link ScoringMethod} reads one kind of answer and says so in its error when given another.
 *
 * <pre>{@code
 * Answer.points("0.75");              // direct points
 * Answer.rate(7234, 7436);            // 7,234 of 7,436 officials have official e-mail (a rate of 97.28...%)
 * Answer.percent("82.30");            // a survey share in percent
 * Answer.yes();  Answer.no();
 * Answer.level("Thực hiện tốt");      // one of a criterion's graded levels
 * Answer.count(3);                    // a number of events
 * Answer.deadline(Answer.Timeliness.LATE);
 * }</pre>
 */
public sealed interface Answer
    permits Answer.Points, Answer.Rate, Answer.YesNo, Answer.Level, Answer.Count, Answer.Deadline, Answer.Figures {

  /** A short, human-readable form for explanations, e.g. {@code "rate 18/18 (100%)"}. */
  String describe();

  /** Points given directly. Range is checked against the leaf's maximum by the scoring method. */
  record Points(BigDecimal value) implements Answer {
    public Points {
      value = Numbers.check(value, "points");
    }

    @Override
    public String describe() {
      return "points " + value.toPlainString();
    }
  }

  /**
   * A rate as a fraction {@code numerator / denominator} (kept exact; {@code percent("80")} is {@code 80/100}).
   * Checked by the scoring method: both non-negative, denominator positive, numerator not above denominator.
   */
  record Rate(BigDecimal numerator, BigDecimal denominator) implements Answer {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Rate {
      numerator = Numbers.check(numerator, "numerator");
      denominator = Numbers.check(denominator, "denominator");
    }

    /** {@code numerator * 100 / denominator} compared with a percentage, exactly (no division). */
    public int comparePercent(BigDecimal percent) {
      if (denominator.compareTo(HUNDRED) == 0) {
        return numerator.compareTo(percent); // x / 100 against p: x against p, without the two products
      }
      return numerator.multiply(HUNDRED).compareTo(percent.multiply(denominator));
    }

    /** Whether this is a percentage between 0 and 100 with a positive denominator. */
    public boolean isValid() {
      return denominator.signum() > 0 && numerator.signum() >= 0 && numerator.compareTo(denominator) <= 0;
    }

    /** Whether the rate was given as a percentage ({@code x / 100}). */
    public boolean isPercent() {
      return denominator.compareTo(HUNDRED) == 0;
    }

    @Override
    public String describe() {
      return isPercent() ? numerator.toPlainString() + "%"
          : numerator.toPlainString() + "/" + denominator.toPlainString();
    }
  }

  /** Có / Không. */
  record YesNo(boolean value) implements Answer {
    @Override
    public String describe() {
      return value ? "yes (Có)" : "no (Không)";
    }
  }

  /** One of a criterion's graded levels, by its label as the rule set names it. */
  record Level(String label) implements Answer {
    public Level {
      Objects.requireNonNull(label, "level label must not be null");
    }

    @Override
    public String describe() {
      return "level \"" + label + "\"";
    }
  }

  /** A count of documents, events, procedures. Checked non-negative by the scoring method. */
  record Count(BigInteger value) implements Answer {
    public Count {
      Numbers.checkCount(value, "count");
    }

    @Override
    public String describe() {
      return "count " + value;
    }
  }

  /** Whether a task was done on time, late, or not at all. */
  record Deadline(Timeliness value) implements Answer {
    public Deadline {
      Objects.requireNonNull(value, "timeliness must not be null");
    }

    @Override
    public String describe() {
      return "deadline " + value;
    }
  }

  /** Named figures (số liệu kê khai) for scoring methods that rule modules add; sorted by name. */
  record Figures(Map<String, BigDecimal> values) implements Answer {
    public Figures {
      Objects.requireNonNull(values, "figures must not be null");
      values.forEach((k, v) -> Numbers.check(v, "figure " + k));
      values = java.util.Collections.unmodifiableMap(new TreeMap<>(values));
    }

    @Override
    public String describe() {
      StringBuilder s = new StringBuilder("figures");
      values.forEach((k, v) -> s.append(' ').append(k).append('=').append(v.toPlainString()));
      return s.toString();
    }
  }

  /** Đúng hạn / chậm / không thực hiện. */
  enum Timeliness {
    ON_TIME,
    LATE,
    NOT_DONE
  }

  static Answer points(String value) {
    return new Points(Numbers.parse(value, "points"));
  }

  static Answer points(BigDecimal value) {
    return new Points(value);
  }

  static Answer percent(String percent) {
    return new Rate(Numbers.parse(percent, "percent"), BigDecimal.valueOf(100));
  }

  static Answer percent(BigDecimal percent) {
    return new Rate(percent, BigDecimal.valueOf(100));
  }

  static Answer rate(long numerator, long denominator) {
    return new Rate(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
  }

  static Answer yes() {
    return new YesNo(true);
  }

  static Answer no() {
    return new YesNo(false);
  }

  static Answer level(String label) {
    return new Level(label);
  }

  static Answer count(long count) {
    return new Count(BigInteger.valueOf(count));
  }

  static Answer deadline(Timeliness timeliness) {
    return new Deadline(timeliness);
  }
}
