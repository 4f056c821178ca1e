package io.github.parindex.sipas;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One SIPAS figure (an item share, an element, aspect or overall index, a judgement or expectation share) with
 * everything needed to check it: the published percentage (2 decimals half up), the exact value, the counts, the
 * 95% Wilson interval, the rule used and the arithmetic.
 *
 * <p>For an item or option share, {@code numerator / denominator} is the share (weighted sums, in respondents, when
 * weighted) and {@code respondents} the number of respondents in the denominator. For an aggregate (element, aspect,
 * overall, mean of provinces) {@code numerator} and {@code denominator} are the satisfied and valid answers of the
 * items below summed (exactly the share only for {@code POOLED_ANSWERS}); {@code respondents} and
 * {@code effectiveN} are those of the item with the fewest (the interval's declared, conservative sample size),
 * except for a mean of provinces, where they are summed over the provinces.
 *
 * <pre>{@code
 * Figure f = report.item("1.1");
 * f.percent();          // Optional[80.00]
 * f.interval();         // Optional[95% CI 49.02–94.33 (Wilson, n = 10)]
 * f.summary();          // "80.00% (8 of 10; 95% CI 49.02–94.33 (Wilson, n = 10))"
 * }</pre>
 *
 * @param code the item, element, aspect or option code; {@code "SIPAS"} for the overall figure
 * @param label what the figure is, in words
 * @param percent the published percentage, 2 decimals half up; empty when there is no valid answer
 * @param exactPercent the unrounded percentage to 34 significant digits (after any declared intermediate rounding)
 * @param interval the 95% Wilson interval, in percent
 * @param numerator satisfied answers (or option choices), weighted when weighted
 * @param denominator valid answers, weighted when weighted
 * @param respondents respondents (unweighted) behind the denominator
 * @param effectiveN the sample size used by the interval (Kish's effective size when weighted)
 * @param rule the rule that produced the figure
 * @param arithmetic the calculation, one step per line
 *
 * @since 0.1.0
 */
public record Figure(
    String code,
    String label,
    Optional<BigDecimal> percent,
    Optional<BigDecimal> exactPercent,
    Optional<ConfidenceInterval> interval,
    BigDecimal numerator,
    BigDecimal denominator,
    long respondents,
    BigDecimal effectiveN,
    String rule,
    List<String> arithmetic) {

  /**
   * Checks that no component is missing and copies the arithmetic lines.
   *
   * @param code the item, element, aspect or option code; {@code "SIPAS"} for the overall figure
   * @param label what the figure is, in words
   * @param percent the published percentage, 2 decimals half up; empty when there is no valid answer
   * @param exactPercent the unrounded percentage to 34 significant digits (after any declared intermediate rounding)
   * @param interval the 95% Wilson interval, in percent
   * @param numerator satisfied answers (or option choices), weighted when weighted
   * @param denominator valid answers, weighted when weighted
   * @param respondents respondents (unweighted) behind the denominator
   * @param effectiveN the sample size used by the interval (Kish's effective size when weighted)
   * @param rule the rule that produced the figure
   * @param arithmetic the calculation, one step per line
   * @throws NullPointerException if a component is null
   */
  public Figure {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(percent, "percent");
    Objects.requireNonNull(exactPercent, "exactPercent");
    Objects.requireNonNull(interval, "interval");
    Objects.requireNonNull(numerator, "numerator");
    Objects.requireNonNull(denominator, "denominator");
    Objects.requireNonNull(effectiveN, "effectiveN");
    Objects.requireNonNull(rule, "rule");
    arithmetic = List.copyOf(arithmetic);
  }

  /**
   * Whether the figure has a value.
   *
   * @return true when some valid answer is behind it (then {@link #percent()} is present)
   */
  public boolean isDefined() {
    return percent.isPresent();
  }

  /**
   * The figure on one line.
   *
   * @return e.g. {@code "91.17% (365 of 400.35; 95% CI 88.02–93.57 (Wilson, n = 400))"}, or {@code "no valid answer"}
   */
  public String summary() {
    if (percent.isEmpty()) {
      return "no valid answer";
    }
    return percent.get().toPlainString() + "% (" + plain(numerator) + " of " + plain(denominator)
        + interval.map(i -> "; " + i).orElse("") + ")";
  }

  /**
   * The figure as a few lines for a reader: code, label and summary, then the rule and each arithmetic step.
   *
   * @return the lines, each ended by the platform's line separator
   */
  public String render() {
    StringBuilder s = new StringBuilder();
    String nl = System.lineSeparator();
    s.append(code).append(' ').append(label).append(": ").append(summary()).append(nl);
    s.append("  rule: ").append(rule).append(nl);
    for (String a : arithmetic) {
      s.append("  arithmetic: ").append(a).append(nl);
    }
    return s.toString();
  }

  static String plain(BigDecimal v) {
    BigDecimal x = v.signum() == 0 ? BigDecimal.ZERO : v.stripTrailingZeros();
    return x.scale() < 0 ? x.setScale(0).toPlainString() : x.toPlainString();
  }
}
