package io.github.parindex.engine;

import io.github.parindex.model.RoundingPolicy;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * What one leaf of a plan rounds its points to and what index that gives, remembered for the last few (eight) point
 * values (the same instance or an equal one, scale included). Built-in methods mostly answer with the same few {@code BigDecimal} instances (the maximum,
 * half of it, a band's or level's points, zero), so most units of a batch round the same instance: the memo then
 * gives the rounded value and the index without a rounding, a product and a division, and every scorecard holds
 * the same two (immutable) values instead of new copies. A value seen for the first time is worked out as before;
 * the result is the same either way. Internal.
 *
 * <p>Shared between threads without locks: an entry is immutable and written whole, so a reader sees either an old
 * entry, a new one or none (then it works the value out).
 */
final class LeafMemo {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final int SIZE = 8;

  /**
   * One remembered value.
   *
   * @param exact the value rounded
   * @param rounded the value rounded to the policy's points scale
   * @param changed whether the rounding changed the value (then it is a rounding step of the explanation)
   * @param index the leaf's index for {@code rounded} points, empty when it has none
   * @param shown {@code rounded}, as the optional a node score holds (made once, not on every score)
   */
  record Entry(BigDecimal exact, BigDecimal rounded, boolean changed, Optional<BigDecimal> index,
      Optional<BigDecimal> shown) {}

  private final RoundingPolicy policy;
  private final BigDecimal maximum;
  private final boolean indexed;
  private final Entry[] entries = new Entry[SIZE];
  private int next;

  /**
   * @param policy the rule set's rounding
   * @param maximum the leaf's maximum (the index is rounded points / maximum × 100)
   * @param indexed whether the leaf has an index (a scored leaf with a maximum above zero)
   */
  LeafMemo(RoundingPolicy policy, BigDecimal maximum, boolean indexed) {
    this.policy = policy;
    this.maximum = maximum;
    this.indexed = indexed;
  }

  /** The entry for a value: remembered, or worked out now and remembered. */
  Entry of(BigDecimal exact) {
    Entry[] e = entries;
    for (int i = 0; i < SIZE; i++) {
      Entry m = e[i];
      if (m != null && (m.exact == exact || m.exact.equals(exact))) { // same value, same scale
        return m;
      }
    }
    Entry made = make(exact);
    int slot = next;
    e[slot] = made;
    next = (slot + 1) % SIZE;
    return made;
  }

  private Entry make(BigDecimal exact) {
    BigDecimal rounded = policy.roundPoints(exact);
    boolean changed = rounded != exact && rounded.compareTo(exact) != 0;
    return new Entry(exact, rounded, changed, index(rounded), Optional.of(rounded));
  }

  /** The index of these points on this leaf, as the engine writes it for every node. */
  Optional<BigDecimal> index(BigDecimal points) {
    if (!indexed) {
      return Optional.empty();
    }
    return Optional.of(points.multiply(HUNDRED).divide(maximum, policy.indexScale(), policy.indexMode()));
  }
}
