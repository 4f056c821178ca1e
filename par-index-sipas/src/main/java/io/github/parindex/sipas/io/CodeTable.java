package io.github.parindex.sipas.io;

import java.util.List;

/** A small open-addressing table from code to position, for the per-row lookups of readers. Internal. */
final class CodeTable {
  private final String[] keys;
  private final int[] values;
  private final int mask;

  CodeTable(List<String> codes) {
    int size = Integer.highestOneBit(Math.max(4, codes.size() * 4 - 1)) << 1;
    keys = new String[size];
    values = new int[size];
    mask = size - 1;
    for (int i = 0; i < codes.size(); i++) {
      int h = hash(codes.get(i)) & mask;
      while (keys[h] != null) {
        h = (h + 1) & mask;
      }
      keys[h] = codes.get(i);
      values[h] = i;
    }
  }

  /** A cheap hash of a code: its length and three of its characters (every candidate is confirmed by equals). */
  private static int hash(String s) {
    int n = s.length();
    if (n == 0) {
      return 0;
    }
    int h = ((n * 31 + s.charAt(0)) * 31 + s.charAt(n - 1)) * 31 + s.charAt(n >> 1);
    return h ^ (h >>> 7);
  }

  /** The position of {@code code}, or -1. */
  int get(String code) {
    int h = hash(code) & mask;
    String k;
    while ((k = keys[h]) != null) {
      if (k.equals(code)) {
        return values[h];
      }
      h = (h + 1) & mask;
    }
    return -1;
  }
}
