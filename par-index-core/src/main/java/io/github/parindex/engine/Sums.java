package io.github.parindex.engine;

import io.github.parindex.model.NodeRole;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * What a parent adds up from its children, in one pass: the effective maximum of the scored children, the exact
 * points, and the self-assessed, appraised and difference figures of the children that have them (null when none
 * has). With {@code signed}, penalty children subtract; inside a bonus or penalty subtree everything adds. Internal.
 */
final class Sums {
  BigDecimal scoredMaximum = BigDecimal.ZERO;
  BigDecimal exact = BigDecimal.ZERO;
  BigDecimal self;
  BigDecimal appraised;
  BigDecimal difference;
  boolean anyApplicable;

  private Sums() {}

  static Sums of(List<NodeScore> children, boolean signed) {
    Sums s = new Sums();
    for (NodeScore n : children) {
      boolean minus = signed && n.role() == NodeRole.PENALTY;
      if (n.role() == NodeRole.SCORED) {
        s.scoredMaximum = s.scoredMaximum.add(n.effectiveMaximum());
      }
      s.exact = add(s.exact, n.exactPoints(), minus);
      s.self = add(s.self, n.selfAssessedPoints(), minus);
      s.appraised = add(s.appraised, n.appraisedPoints(), minus);
      s.difference = add(s.difference, n.difference(), minus);
      s.anyApplicable |= n.applicable();
    }
    return s;
  }

  /** The scored children add, penalty children subtract: the total of the top nodes. */
  static BigDecimal signedTotal(List<NodeScore> tops) {
    return of(tops, true).exact;
  }

  private static BigDecimal add(BigDecimal sum, Optional<BigDecimal> value, boolean minus) {
    if (value.isEmpty()) {
      return sum;
    }
    return add(sum == null ? BigDecimal.ZERO : sum, value.get(), minus);
  }

  private static BigDecimal add(BigDecimal sum, BigDecimal value, boolean minus) {
    return minus ? sum.subtract(value) : sum.add(value);
  }
}
