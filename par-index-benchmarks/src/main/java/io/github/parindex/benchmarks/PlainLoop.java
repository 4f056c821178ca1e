package io.github.parindex.benchmarks;

/**
 * The hand-written baseline of the aggregation benchmarks: per row, one counter per item and answer code (multi-select
 * bits expanded) in each of the unit, service field and group tables, plus respondent counters, in flat
 * {@code long} arrays, without validation. The same tables as {@code SurveyAccumulator} fills.
 */
final class PlainLoop {
  private PlainLoop() {}

  static long count(int units, int fields, int groups, int[] off, boolean[] multi, int[] u, int[] f, int[] g,
      int[][] all, int rows) {
    int slots = off[off.length - 1];
    long[] counts = new long[(units + fields + groups + 1) * slots];
    long[] respondents = new long[units + fields + groups + 1];
    int sink = units + fields + groups;
    for (int r = 0; r < rows; r++) {
      int cu = u[r];
      int cf = f[r] < 0 ? sink : units + f[r];
      int cg = g[r] < 0 ? sink : units + fields + g[r];
      respondents[cu]++;
      respondents[cf]++;
      respondents[cg]++;
      int bu = cu * slots;
      int bf = cf * slots;
      int bg = cg * slots;
      int[] a = all[r];
      for (int i = 0; i < a.length; i++) {
        int c = a[i];
        if (multi[i] && c > 0) {
          for (int m = c; m != 0; m &= m - 1) {
            int s = off[i] + 2 + Integer.numberOfTrailingZeros(m);
            counts[bu + s]++;
            counts[bf + s]++;
            counts[bg + s]++;
          }
        } else {
          int s = off[i] + c + 1;
          counts[bu + s]++;
          counts[bf + s]++;
          counts[bg + s]++;
        }
      }
    }
    return counts[slots + 3] + respondents[0];
  }
}
