package io.github.parindex.engine;

import io.github.parindex.model.NodeRole;
import java.math.BigDecimal;

/**
 * The figures of every node of one run, by plan index, and what a parent adds up from its children in one pass: the
 * effective maximum of the scored children, the exact points, and the (rounded) self-assessed, appraised and
 * difference figures of the children that have them (null when none has). With {@code signed}, penalty children
 * subtract; inside a bonus or penalty subtree everything adds. Kept as arrays so that adding up reads no
 * {@code Optional}. Internal.
 */
final class Sums {
  final NodeRole[] role;
  final BigDecimal[] effectiveMaximum;
  final BigDecimal[] exact;
  final BigDecimal[] self;
  final BigDecimal[] appraised;
  final BigDecimal[] difference;
  final boolean[] applicable;

  Sums(int size) {
    role = new NodeRole[size];
    effectiveMaximum = new BigDecimal[size];
    exact = new BigDecimal[size];
    self = new BigDecimal[size];
    appraised = new BigDecimal[size];
    difference = new BigDecimal[size];
    applicable = new boolean[size];
  }

  /** Records a node's figures (self-assessed, appraised and difference as published, or null). */
  void put(int i, NodeRole r, BigDecimal effMax, BigDecimal exactPoints, BigDecimal s, BigDecimal ap, BigDecimal d,
      boolean applies) {
    role[i] = r;
    effectiveMaximum[i] = effMax;
    exact[i] = exactPoints;
    self[i] = s;
    appraised[i] = ap;
    difference[i] = d;
    applicable[i] = applies;
  }

  /** The sums over some nodes: a parent's children, or the top nodes. */
  static final class Total {
    BigDecimal scoredMaximum = BigDecimal.ZERO;
    BigDecimal exact = BigDecimal.ZERO;
    BigDecimal self;
    BigDecimal appraised;
    BigDecimal difference;
    boolean anyApplicable;
  }

  Total over(int[] nodes, boolean signed) {
    Total t = new Total();
    for (int c : nodes) {
      boolean minus = signed && role[c] == NodeRole.PENALTY;
      if (role[c] == NodeRole.SCORED) {
        t.scoredMaximum = t.scoredMaximum.add(effectiveMaximum[c]);
      }
      t.exact = add(t.exact, exact[c], minus);
      t.self = addPresent(t.self, self[c], minus);
      t.appraised = addPresent(t.appraised, appraised[c], minus);
      t.difference = addPresent(t.difference, difference[c], minus);
      t.anyApplicable |= applicable[c];
    }
    return t;
  }

  private static BigDecimal addPresent(BigDecimal sum, BigDecimal value, boolean minus) {
    if (value == null) {
      return sum;
    }
    return add(sum == null ? BigDecimal.ZERO : sum, value, minus);
  }

  private static BigDecimal add(BigDecimal sum, BigDecimal value, boolean minus) {
    return minus ? sum.subtract(value) : sum.add(value);
  }
}
