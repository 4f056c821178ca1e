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
 *
 * @since 0.1.0
 */
public sealed interface Answer
    permits Answer.Points, Answer.Rate, Answer.YesNo, Answer.Level, Answer.Count, Answer.Deadline, Answer.Figures {

  /** {@return a short, human-readable form for explanations, e.g. {@code "rate 18/18 (100%)"}} */
  String describe();

  /**
   * Points given directly. Range is checked against the leaf's maximum by the scoring method.
   *
   * <pre>{@code
   * Answer.Points p = new Answer.Points(new BigDecimal("2.5"));   // describe(): "points 2.5"
   * }</pre>
   *
   * @param value the points, within the library's numeric bounds
   * @since 0.1.0
   */
  record Points(BigDecimal value) implements Answer {
    /**
     * Checks the value against the library's numeric bounds.
     *
     * @param value the points
     * @throws io.github.parindex.model.ParIndexException if the value is past the library's numeric limits
     */
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
   *
   * <pre>{@code
   * Answer.Rate r = new Answer.Rate(new BigDecimal("15"), new BigDecimal("20"));   // 75%, describe(): "15/20"
   * }</pre>
   *
   * @param numerator how many, e.g. documents issued on time
   * @param denominator out of how many; a percentage {@code x} is {@code x / 100}
   * @since 0.1.0
   */
  record Rate(BigDecimal numerator, BigDecimal denominator) implements Answer {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * Checks both parts against the library's numeric bounds (not their range: the scoring method does).
     *
     * @param numerator how many
     * @param denominator out of how many
     * @throws io.github.parindex.model.ParIndexException if a part is past the library's numeric limits
     */
    public Rate {
      numerator = Numbers.check(numerator, "numerator");
      denominator = Numbers.check(denominator, "denominator");
    }

    /**
     * Compares {@code numerator * 100 / denominator} with a percentage, exactly (no division).
     *
     * @param percent a percentage, e.g. {@code 80} for 80%
     * @return negative, zero or positive as this rate is below, at or above the percentage
     */
    public int comparePercent(BigDecimal percent) {
      if (denominator.compareTo(HUNDRED) == 0) {
        return numerator.compareTo(percent); // x / 100 against p: x against p, without the two products
      }
      return numerator.multiply(HUNDRED).compareTo(percent.multiply(denominator));
    }

    /** {@return whether this is a percentage between 0 and 100 with a positive denominator} */
    public boolean isValid() {
      return denominator.signum() > 0 && numerator.signum() >= 0 && numerator.compareTo(denominator) <= 0;
    }

    /** {@return whether the rate was given as a percentage ({@code x / 100})} */
    public boolean isPercent() {
      return denominator.compareTo(HUNDRED) == 0;
    }

    @Override
    public String describe() {
      return isPercent() ? numerator.toPlainString() + "%"
          : numerator.toPlainString() + "/" + denominator.toPlainString();
    }
  }

  /**
   * Có / Không.
   *
   * <pre>{@code
   * Answer yes = Answer.yes();   // new Answer.YesNo(true), describe(): "yes (Có)"
   * }</pre>
   *
   * @param value {@code true} for Có, {@code false} for Không
   * @since 0.1.0
   */
  record YesNo(boolean value) implements Answer {
    @Override
    public String describe() {
      return value ? "yes (Có)" : "no (Không)";
    }
  }

  /**
   * One of a criterion's graded levels, by its label as the rule set names it.
   *
   * <pre>{@code
   * Answer level = Answer.level("Tốt");   // describe(): "level \"Tốt\""
   * }</pre>
   *
   * @param label the level's label exactly as the rule set names it
   * @since 0.1.0
   */
  record Level(String label) implements Answer {
    /**
     * Checks the label.
     *
     * @param label the level's label
     * @throws NullPointerException if the label is null
     */
    public Level {
      Objects.requireNonNull(label, "level label must not be null");
    }

    @Override
    public String describe() {
      return "level \"" + label + "\"";
    }
  }

  /**
   * A count of documents, events, procedures. Checked non-negative by the scoring method.
   *
   * <pre>{@code
   * Answer three = Answer.count(3);   // new Answer.Count(BigInteger.valueOf(3)), describe(): "count 3"
   * }</pre>
   *
   * @param value the count
   * @since 0.1.0
   */
  record Count(BigInteger value) implements Answer {
    /**
     * Checks the count against the library's numeric bounds.
     *
     * @param value the count
     * @throws io.github.parindex.model.ParIndexException if the count has more digits than the library allows
     */
    public Count {
      Numbers.checkCount(value, "count");
    }

    @Override
    public String describe() {
      return "count " + value;
    }
  }

  /**
   * Whether a task was done on time, late, or not at all.
   *
   * <pre>{@code
   * Answer late = Answer.deadline(Answer.Timeliness.LATE);   // describe(): "deadline LATE"
   * }</pre>
   *
   * @param value on time, late or not done
   * @since 0.1.0
   */
  record Deadline(Timeliness value) implements Answer {
    /**
     * Checks the value.
     *
     * @param value on time, late or not done
     * @throws NullPointerException if the value is null
     */
    public Deadline {
      Objects.requireNonNull(value, "timeliness must not be null");
    }

    @Override
    public String describe() {
      return "deadline " + value;
    }
  }

  /**
   * Named figures (số liệu kê khai) for scoring methods that rule modules add; sorted by name.
   *
   * <pre>{@code
   * Answer f = new Answer.Figures(Map.of("planned", new BigDecimal("12"), "done", new BigDecimal("9")));
   * // describe(): "figures done=9 planned=12"
   * }</pre>
   *
   * @param values the figures by name
   * @since 0.1.0
   */
  record Figures(Map<String, BigDecimal> values) implements Answer {
    /**
     * Checks every figure against the library's numeric bounds and copies them, sorted by name.
     *
     * @param values the figures by name
     * @throws io.github.parindex.model.ParIndexException if a figure is past the library's numeric limits
     */
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

  /**
   * Đúng hạn / chậm / không thực hiện.
   *
   * @since 0.1.0
   */
  enum Timeliness {
    /** Done by the deadline (đúng hạn). */
    ON_TIME,
    /** Done after the deadline (chậm). */
    LATE,
    /** Not done (không thực hiện). */
    NOT_DONE
  }

  /**
   * Points given directly, as decimal text.
   *
   * @param value the points, e.g. {@code "2.5"}
   * @return a {@link Points} answer
   * @throws io.github.parindex.model.ParIndexException if the text is not a decimal or is past the numeric limits
   */
  static Answer points(String value) {
    return new Points(Numbers.parse(value, "points"));
  }

  /**
   * Points given directly.
   *
   * @param value the points
   * @return a {@link Points} answer
   * @throws io.github.parindex.model.ParIndexException if the value is past the library's numeric limits
   */
  static Answer points(BigDecimal value) {
    return new Points(value);
  }

  /**
   * A percentage, as decimal text.
   *
   * @param percent the percentage, e.g. {@code "80"} for 80% (the rate 80/100)
   * @return a {@link Rate} answer over 100
   * @throws io.github.parindex.model.ParIndexException if the text is not a decimal or is past the numeric limits
   */
  static Answer percent(String percent) {
    return new Rate(Numbers.parse(percent, "percent"), BigDecimal.valueOf(100));
  }

  /**
   * A percentage.
   *
   * @param percent the percentage, e.g. {@code 80} for 80%
   * @return a {@link Rate} answer over 100
   * @throws io.github.parindex.model.ParIndexException if the value is past the library's numeric limits
   */
  static Answer percent(BigDecimal percent) {
    return new Rate(percent, BigDecimal.valueOf(100));
  }

  /**
   * A rate from two counts, kept exact.
   *
   * @param numerator how many, e.g. 15 documents issued on time
   * @param denominator out of how many, e.g. 20 documents
   * @return a {@link Rate} answer
   */
  static Answer rate(long numerator, long denominator) {
    return new Rate(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
  }

  /** {@return the answer Có (yes)} */
  static Answer yes() {
    return new YesNo(true);
  }

  /** {@return the answer Không (no)} */
  static Answer no() {
    return new YesNo(false);
  }

  /**
   * A graded level.
   *
   * @param label the level's label exactly as the rule set names it, e.g. {@code "Tốt"}
   * @return a {@link Level} answer
   */
  static Answer level(String label) {
    return new Level(label);
  }

  /**
   * A count.
   *
   * @param count how many documents, events or procedures
   * @return a {@link Count} answer
   */
  static Answer count(long count) {
    return new Count(BigInteger.valueOf(count));
  }

  /**
   * A deadline answer.
   *
   * @param timeliness on time, late or not done
   * @return a {@link Deadline} answer
   */
  static Answer deadline(Timeliness timeliness) {
    return new Deadline(timeliness);
  }
}
