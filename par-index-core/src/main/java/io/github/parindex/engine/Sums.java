package io.github.parindex.engine;

import io.github.parindex.model.NodeRole;
import java.math.BigDecimal;

/**
 * The figures of every node of one run, by plan index, and what a parent adds up from its children in one pass: the
 * effective maximum of the scored children, the exact points, and the (rounded) self-assessed, appraised and
 * difference figures of the children that have them (null when none has). With {@code signed}, penalty children
 * subtract; inside a bonus or penalty subtree everything adds. Kept as arrays so that adding up reads no
 * {@code Optional}. Internal.
 *
 * <p>Each figure is also kept as an unscaled {@code long} with its scale when it fits (as points and maxima do), and
 * a sum is added up in {@code long} and made a {@code BigDecimal} once, instead of one {@code BigDecimal} per child
 * and figure. The result is the one {@code BigDecimal.add} gives, scale included: the value of the sum at the
 * largest scale of the values added, and of zero ({@code BigDecimal.ZERO}, scale 0, where a sum starts). A figure
 * that does not fit, or a sum that would overflow, is added up with {@code BigDecimal} as before.
 */
final class Sums {
  private static final int FIGURES = 5;
  private static final int MAX = 0;
  private static final int EXACT = 1;
  private static final int SELF = 2;
  private static final int APPRAISED = 3;
  private static final int DIFFERENCE = 4;
  /** The scale noted for a figure that is not held as a {@code long}. */
  private static final byte WIDE = Byte.MIN_VALUE;
  private static final long[] TEN = new long[19];

  static {
    TEN[0] = 1;
    for (int i = 1; i < TEN.length; i++) {
      TEN[i] = TEN[i - 1] * 10;
    }
  }

  final NodeRole[] role;
  final BigDecimal[] effectiveMaximum;
  final BigDecimal[] exact;
  final BigDecimal[] self;
  final BigDecimal[] appraised;
  final BigDecimal[] difference;
  final boolean[] applicable;
  /** Figure {@code f} of node {@code i} at {@code i * FIGURES + f}: unscaled value and scale (or {@link #WIDE}). */
  private final long[] unscaled;
  private final byte[] scale;

  Sums(int size) {
    role = new NodeRole[size];
    effectiveMaximum = new BigDecimal[size];
    exact = new BigDecimal[size];
    self = new BigDecimal[size];
    appraised = new BigDecimal[size];
    difference = new BigDecimal[size];
    applicable = new boolean[size];
    unscaled = new long[size * FIGURES];
    scale = new byte[size * FIGURES];
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
    int at = i * FIGURES;
    note(at + MAX, effMax);
    note(at + EXACT, exactPoints);
    note(at + SELF, s);
    note(at + APPRAISED, ap);
    note(at + DIFFERENCE, d);
  }

  /** Notes a figure as a {@code long} and a scale when it fits (at most 18 digits, scale within ±18). */
  private void note(int slot, BigDecimal v) {
    if (v == null) {
      return; // absent: the BigDecimal array says so
    }
    int s = v.scale();
    if (s >= -18 && s <= 18 && v.precision() <= 18) {
      unscaled[slot] = v.scaleByPowerOfTen(s).longValueExact(); // the unscaled value, without a BigInteger
      scale[slot] = (byte) s;
    } else {
      scale[slot] = WIDE;
    }
  }

  /** The sums over some nodes: a parent's children, or the top nodes. */
  static final class Total {
    BigDecimal scoredMaximum;
    BigDecimal exact;
    BigDecimal self;
    BigDecimal appraised;
    BigDecimal difference;
    boolean anyApplicable;
  }

  Total over(int[] nodes, boolean signed) {
    Total t = new Total();
    t.scoredMaximum = sum(MAX, effectiveMaximum, nodes, false, true, false);
    t.exact = sum(EXACT, exact, nodes, signed, false, false);
    t.self = sum(SELF, self, nodes, signed, false, true);
    t.appraised = sum(APPRAISED, appraised, nodes, signed, false, true);
    t.difference = sum(DIFFERENCE, difference, nodes, signed, false, true);
    for (int c : nodes) {
      t.anyApplicable |= applicable[c];
    }
    return t;
  }

  /**
   * One figure summed over the nodes: penalty nodes subtracted when {@code signed}, only scored nodes when
   * {@code scoredOnly}, absent (null) values skipped; null when {@code optional} and none is present, else from zero.
   */
  private BigDecimal sum(int figure, BigDecimal[] values, int[] nodes, boolean signed, boolean scoredOnly,
      boolean optional) {
    long acc = 0;
    int accScale = 0;
    boolean any = false;
    for (int c : nodes) {
      if (values[c] == null || (scoredOnly && role[c] != NodeRole.SCORED)) {
        continue;
      }
      any = true;
      int slot = c * FIGURES + figure;
      int s = scale[slot];
      if (s == WIDE || Math.abs(s - accScale) > 18) {
        return wide(values, nodes, signed, scoredOnly, optional);
      }
      long u = signed && role[c] == NodeRole.PENALTY ? -unscaled[slot] : unscaled[slot];
      try {
        if (s > accScale) {
          acc = Math.multiplyExact(acc, TEN[s - accScale]);
          accScale = s;
        } else if (s < accScale) {
          u = Math.multiplyExact(u, TEN[accScale - s]);
        }
        acc = Math.addExact(acc, u);
      } catch (ArithmeticException overflow) {
        return wide(values, nodes, signed, scoredOnly, optional);
      }
    }
    return optional && !any ? null : BigDecimal.valueOf(acc, accScale);
  }

  /** {@link #sum} with {@code BigDecimal} arithmetic, for figures that do not fit a {@code long}. */
  private BigDecimal wide(BigDecimal[] values, int[] nodes, boolean signed, boolean scoredOnly, boolean optional) {
    BigDecimal sum = optional ? null : BigDecimal.ZERO;
    for (int c : nodes) {
      BigDecimal v = values[c];
      if (v == null || (scoredOnly && role[c] != NodeRole.SCORED)) {
        continue;
      }
      BigDecimal from = sum == null ? BigDecimal.ZERO : sum;
      sum = signed && role[c] == NodeRole.PENALTY ? from.subtract(v) : from.add(v);
    }
    return sum;
  }
}
