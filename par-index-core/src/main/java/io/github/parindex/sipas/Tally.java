package io.github.parindex.sipas;

/**
 * The counters of one population (a unit with the units below it, a service field, a group, everyone): per slot
 * the respondent counts, weight sums and squared-weight sums (all equal to the counts when unweighted). Internal.
 */
final class Tally {
  final long[] counts;
  final long[] weights;
  final long[] squares;
  long respondents;
  long weightTotal;
  long squareTotal;

  Tally(int slots, boolean weighted) {
    counts = new long[slots];
    weights = weighted ? new long[slots] : counts;
    squares = weighted ? new long[slots] : counts;
  }

  /** Adds block {@code cell} of {@code t}. */
  void addCell(CounterTable t, int cell) {
    int slots = t.slots;
    int base = cell * slots;
    boolean weighted = weights != counts;
    for (int s = 0; s < slots; s++) {
      counts[s] += t.counts[base + s];
    }
    if (weighted) {
      for (int s = 0; s < slots; s++) {
        weights[s] += t.weights[base + s];
        squares[s] += t.squares[base + s];
      }
      weightTotal += t.weightTotals[cell];
      squareTotal += t.squareTotals[cell];
    } else {
      weightTotal += t.respondents[cell];
      squareTotal += t.respondents[cell];
    }
    respondents += t.respondents[cell];
  }
}
