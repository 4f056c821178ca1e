package io.github.parindex.sipas;

import java.util.Arrays;

/**
 * Exact {@code long} counters in flat blocks, one block per population cell or per (unit, field, group)
 * combination: per slot of the {@link SlotLayout} the respondents counted, and when weighted the sums of weights and
 * of squared weights (in thousandths); per block the respondents, weight total and squared-weight total. When
 * unweighted the weight arrays are the count arrays (weight 1 everywhere), so nothing is stored twice. Internal;
 * not thread-safe.
 */
final class CounterTable {
  final int slots;
  final boolean weighted;
  long[] counts;
  long[] weights;
  long[] squares;
  long[] respondents;
  long[] weightTotals;
  long[] squareTotals;

  CounterTable(int slots, boolean weighted, int blocks) {
    this.slots = slots;
    this.weighted = weighted;
    allocate(blocks);
  }

  private CounterTable(CounterTable from) {
    this.slots = from.slots;
    this.weighted = from.weighted;
    this.counts = from.counts.clone();
    this.respondents = from.respondents.clone();
    this.weights = weighted ? from.weights.clone() : counts;
    this.squares = weighted ? from.squares.clone() : counts;
    this.weightTotals = weighted ? from.weightTotals.clone() : respondents;
    this.squareTotals = weighted ? from.squareTotals.clone() : respondents;
  }

  private void allocate(int blocks) {
    counts = new long[blocks * slots];
    respondents = new long[blocks];
    weights = weighted ? new long[blocks * slots] : counts;
    squares = weighted ? new long[blocks * slots] : counts;
    weightTotals = weighted ? new long[blocks] : respondents;
    squareTotals = weighted ? new long[blocks] : respondents;
  }

  /** The blocks there is room for. */
  int capacity() {
    return respondents.length;
  }

  /** A copy with every counter. */
  CounterTable copy() {
    return new CounterTable(this);
  }

  /** Room for {@code blocks} blocks, keeping the counters. */
  void grow(int blocks) {
    counts = Arrays.copyOf(counts, blocks * slots);
    respondents = Arrays.copyOf(respondents, blocks);
    if (weighted) {
      weights = Arrays.copyOf(weights, blocks * slots);
      squares = Arrays.copyOf(squares, blocks * slots);
      weightTotals = Arrays.copyOf(weightTotals, blocks);
      squareTotals = Arrays.copyOf(squareTotals, blocks);
    } else {
      weights = counts;
      squares = counts;
      weightTotals = respondents;
      squareTotals = respondents;
    }
  }

  /** Zeroes the first {@code blocks} blocks. */
  void clear(int blocks) {
    Arrays.fill(counts, 0, blocks * slots, 0L);
    Arrays.fill(respondents, 0, blocks, 0L);
    if (weighted) {
      Arrays.fill(weights, 0, blocks * slots, 0L);
      Arrays.fill(squares, 0, blocks * slots, 0L);
      Arrays.fill(weightTotals, 0, blocks, 0L);
      Arrays.fill(squareTotals, 0, blocks, 0L);
    }
  }

  /** Adds every counter of {@code other} (a table of the same shape) to this one. */
  void addAll(CounterTable other) {
    add(counts, other.counts);
    add(respondents, other.respondents);
    if (weighted) {
      add(weights, other.weights);
      add(squares, other.squares);
      add(weightTotals, other.weightTotals);
      add(squareTotals, other.squareTotals);
    }
  }

  private static void add(long[] into, long[] from) {
    for (int i = 0; i < into.length; i++) {
      into[i] += from[i];
    }
  }

  /** Adds block {@code b} to blocks {@code x}, {@code y} and {@code z} of {@code into} (a unit, a field, a group). */
  void addBlockTo(int b, CounterTable into, int x, int y, int z) {
    addSlots(counts, b, into.counts, x, y, z);
    into.respondents[x] += respondents[b];
    into.respondents[y] += respondents[b];
    into.respondents[z] += respondents[b];
    if (weighted) {
      addSlots(weights, b, into.weights, x, y, z);
      addSlots(squares, b, into.squares, x, y, z);
      into.weightTotals[x] += weightTotals[b];
      into.weightTotals[y] += weightTotals[b];
      into.weightTotals[z] += weightTotals[b];
      into.squareTotals[x] += squareTotals[b];
      into.squareTotals[y] += squareTotals[b];
      into.squareTotals[z] += squareTotals[b];
    }
  }

  private void addSlots(long[] from, int b, long[] into, int x, int y, int z) {
    int src = b * slots;
    int bx = x * slots;
    int by = y * slots;
    int bz = z * slots;
    for (int s = 0; s < slots; s++) {
      long v = from[src + s];
      if (v != 0) {
        into[bx + s] += v;
        into[by + s] += v;
        into[bz + s] += v;
      }
    }
  }

  /** Counts one respondent in block {@code b}. */
  void countRespondent(int b, long weight, long w2) {
    respondents[b]++;
    if (weighted) {
      weightTotals[b] += weight;
      squareTotals[b] += w2;
    }
  }
}
