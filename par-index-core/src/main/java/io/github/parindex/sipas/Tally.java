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

  /** Adds cell {@code cell} of the flat per-cell arrays. */
  void addCell(int cell, int slots, long[] c, long[] w, long[] q, long[] resp, long[] wt, long[] qt) {
    int base = cell * slots;
    boolean weighted = weights != counts;
    for (int s = 0; s < slots; s++) {
      counts[s] += c[base + s];
    }
    if (weighted) {
      for (int s = 0; s < slots; s++) {
        weights[s] += w[base + s];
        squares[s] += q[base + s];
      }
      weightTotal += wt[cell];
      squareTotal += qt[cell];
    } else {
      weightTotal += resp[cell];
      squareTotal += resp[cell];
    }
    respondents += resp[cell];
  }
}
