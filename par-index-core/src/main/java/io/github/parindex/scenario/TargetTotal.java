package io.github.parindex.scenario;

import io.github.parindex.engine.NodeScore;
import io.github.parindex.engine.Scorecard;
import io.github.parindex.model.NodeRole;
import io.github.parindex.model.RoundingPolicy;
import io.github.parindex.model.RoundingStage;
import io.github.parindex.model.RuleSet;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Optional;

/** The points a target index needs, with the rule set's rounding, in exact arithmetic. Internal to {@link Gains}. */
final class TargetTotal {
  private TargetTotal() {}

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /**
   * The total before any rounding of components: the scorecard's exact total, except when the rule set rounds each
   * component, where the components' unrounded sums are added instead (the rounding hides fractions the leaves keep).
   */
  static BigDecimal unroundedTotal(Scorecard scorecard, RuleSet ruleSet, RoundingPolicy policy) {
    if (policy.stage() != RoundingStage.COMPONENT) {
      return scorecard.exactTotal();
    }
    BigDecimal total = BigDecimal.ZERO;
    for (NodeScore c : scorecard.nodes()) {
      BigDecimal v;
      if (c.isLeaf()) {
        v = c.exactPoints();
      } else {
        v = BigDecimal.ZERO;
        for (NodeScore child : c.children()) {
          boolean subtract = child.role() == NodeRole.PENALTY && c.role() != NodeRole.PENALTY;
          v = subtract ? v.subtract(child.exactPoints()) : v.add(child.exactPoints());
        }
      }
      total = c.role() == NodeRole.PENALTY ? total.subtract(v) : total.add(v);
    }
    if (!ruleSet.allowAboveMaximum() && total.compareTo(scorecard.effectiveMaximum()) > 0) {
      total = scorecard.effectiveMaximum();
    }
    return total;
  }

  /**
   * The smallest published total (on the points scale) whose published index reaches the target; empty if none up to
   * the most the unit can reach. The published index never falls as the total rises (every rounding mode is
   * monotone), so this bisects, in exact arithmetic, between a total known to fall short and the limit.
   *
   * <p>A total of at most {@code (target − u) × effMax / 100}, {@code u} one unit of the index scale, falls short: its
   * index before rounding is at most {@code target − u}, and rounding to the index scale adds less than {@code u}, so
   * the published index stays below the target.
   */
  static Optional<BigDecimal> neededTotal(Scorecard scorecard, RuleSet ruleSet, BigDecimal totalAvailable,
      BigDecimal target, RoundingPolicy policy) {
    BigDecimal effMax = scorecard.effectiveMaximum();
    if (effMax.signum() <= 0) {
      return Optional.empty();
    }
    int scale = policy.pointsScale();
    BigDecimal limit = ruleSet.allowAboveMaximum() ? effMax.add(totalAvailable) : effMax;
    BigDecimal high = limit.setScale(scale, RoundingMode.FLOOR);
    if (!reaches(high, target, policy, effMax)) {
      return Optional.empty();
    }
    BigDecimal indexUnit = BigDecimal.ONE.movePointLeft(policy.indexScale());
    BigDecimal low = target.subtract(indexUnit).multiply(effMax).divide(HUNDRED, scale, RoundingMode.FLOOR);
    // Invariant: low falls short, high reaches; both are whole numbers of units of the points scale.
    BigInteger lo = low.unscaledValue();
    BigInteger hi = high.unscaledValue();
    while (hi.subtract(lo).compareTo(BigInteger.ONE) > 0) {
      BigInteger mid = lo.add(hi).shiftRight(1);
      if (reaches(new BigDecimal(mid, scale), target, policy, effMax)) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    return Optional.of(new BigDecimal(hi, scale));
  }

  private static boolean reaches(BigDecimal total, BigDecimal target, RoundingPolicy policy, BigDecimal effMax) {
    BigDecimal index = total.multiply(HUNDRED).divide(effMax, policy.indexScale(), policy.indexMode());
    return index.compareTo(target) >= 0;
  }

  /**
   * The least multiple of the points scale's unit that, added to the unrounded total, gives a published (rounded)
   * total of at least the one needed.
   */
  static BigDecimal need(BigDecimal neededTotal, BigDecimal exact, RoundingPolicy policy, BigDecimal ulp) {
    BigDecimal need = neededTotal.subtract(exact).setScale(policy.pointsScale(), RoundingMode.CEILING);
    while (need.compareTo(ulp) > 0 && policy.roundPoints(exact.add(need.subtract(ulp))).compareTo(neededTotal) >= 0) {
      need = need.subtract(ulp);
    }
    return need;
  }
}
