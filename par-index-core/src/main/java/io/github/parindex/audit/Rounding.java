package io.github.parindex.audit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** How published figures relate to exact values by rounding: the classifications of {@link Reconciliation}. */
final class Rounding {
  /**
   * The ways published tables round (docs: most round half up, some half even, some truncate); a published value
   * that is the exact value rounded up, toward a ceiling or a floor is not a recognised practice, so it is a
   * mismatch.
   */
  static final RoundingMode[] MODES = {RoundingMode.HALF_UP, RoundingMode.HALF_EVEN, RoundingMode.DOWN};

  private Rounding() {}

  /**
   * A {@code ROUNDING_MODE} discrepancy if the published value is the exact value rounded in a recognised way
   * (half up, half even, or truncated) other than the rule's: at the rule's scale, or at the published value's own
   * scale when it has fewer decimals than the rule's (e.g. 84.58 published as 84.6). Anything else is left to the
   * caller as a mismatch.
   */
  static Optional<Discrepancy> classify(String unit, String field, BigDecimal published, BigDecimal computed,
      BigDecimal exact, String exactText, int scale, RoundingMode ruleMode) {
    List<Integer> scales = new ArrayList<>(List.of(scale));
    int publishedScale = Math.max(published.scale(), 0);
    if (publishedScale < scale) {
      scales.add(publishedScale);
    }
    for (int s : scales) {
      for (RoundingMode m : MODES) {
        if (s == scale && m == ruleMode) {
          continue;
        }
        if (exact.setScale(s, m).compareTo(published) == 0) {
          String how = m == RoundingMode.DOWN ? "truncated (DOWN)" : "rounded " + m;
          return Optional.of(new Discrepancy(unit, field, Discrepancy.Kind.ROUNDING_MODE,
              Optional.of(published.toPlainString()), Optional.of(computed.toPlainString()), exactText + " = "
                  + exact.toPlainString() + "; the table has it " + how + " to " + s
                  + " decimals, the rule set rounds " + ruleMode + " to " + scale + " decimals"));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a published total can be the once-rounded sum of unrounded parts that were each printed rounded: each
   * printed part {@code p} with {@code d} decimals stands for a value in {@code [p − ½·10^−d, p + ½·10^−d]}, so the
   * unrounded sum lies within the sum of those half-units of the printed sum; the total is explained when a value in
   * that interval rounds (half up, to the total's decimals) to the published total. E.g. 54.20 + 31.59 = 85.79
   * printed as 85.78: the unrounded sum may be 85.7801, which rounds to 85.78.
   *
   * @return the widest gap rounding can explain, when it explains this one; empty otherwise
   */
  static Optional<BigDecimal> explainsSum(Collection<BigDecimal> parts, BigDecimal total) {
    BigDecimal sum = BigDecimal.ZERO;
    BigDecimal slack = BigDecimal.ZERO;
    for (BigDecimal p : parts) {
      sum = sum.add(p);
      slack = slack.add(half(p.scale()));
    }
    BigDecimal halfTotal = half(total.scale());
    // total is the rounding of x iff x in [total − h, total + h); x in (sum − slack, sum + slack), open when the
    // parts were rounded half up at their last decimal (the bounds themselves round away).
    BigDecimal lo = total.subtract(halfTotal).max(sum.subtract(slack));
    BigDecimal hi = total.add(halfTotal).min(sum.add(slack));
    boolean overlap = lo.compareTo(hi) < 0;
    return overlap ? Optional.of(slack.add(halfTotal)) : Optional.empty();
  }

  /** Half a unit of the last decimal of a figure printed with {@code scale} decimals: 0.005 for 2. */
  static BigDecimal half(int scale) {
    return BigDecimal.valueOf(5, Math.max(scale, 0) + 1);
  }
}
