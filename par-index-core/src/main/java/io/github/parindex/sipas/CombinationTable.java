package io.github.parindex.sipas;

/**
 * The counters of the (unit, service field, respondent group) combinations seen so far, one {@link CounterTable}
 * block each, found through a small open-addressing map from the packed combination key. A row is counted once,
 * in its combination's block; the blocks are added to the unit, field and group tables ({@link #foldInto}) only
 * when results are taken, on merge, or when the table is full and its blocks have been reused enough to be worth
 * starting again. Memory is bounded by {@code maxBlocks}, whatever the data. Internal; not thread-safe.
 *
 * <p>A combination key is {@code (unit × (fields + 1) + field + 1) × (groups + 1) + group + 1}, field and group
 * being -1 when absent.
 */
final class CombinationTable {
  /** What {@link #find} returns for a combination that has no block. */
  static final int NONE = -1;

  private final int fields;
  private final int groups;
  private final int maxBlocks;
  final CounterTable blocks;
  private long[] keys = new long[0];
  private int used;
  // Open addressing: key + 1 (0 = empty) -> block.
  private long[] mapKeys = new long[16];
  private int[] mapBlocks = new int[16];
  private long lastKey = -1;
  private int lastBlock;

  CombinationTable(int slots, boolean weighted, int fields, int groups, int maxBlocks) {
    this.fields = fields;
    this.groups = groups;
    this.maxBlocks = maxBlocks;
    this.blocks = new CounterTable(slots, weighted, 0);
  }

  long key(int unit, int field, int group) {
    return ((long) unit * (fields + 1) + (field + 1)) * (groups + 1) + (group + 1);
  }

  /** The blocks in use. */
  int size() {
    return used;
  }

  boolean isFull() {
    return used == maxBlocks;
  }

  private static int hash(long key, int mask) {
    return (int) (key * 0x9E3779B97F4A7C15L >>> 40) & mask;
  }

  /** The block of a combination, or {@link #NONE}. */
  int find(long key) {
    if (key == lastKey) {
      return lastBlock;
    }
    long[] ks = mapKeys;
    int mask = ks.length - 1;
    int h = hash(key, mask);
    long k;
    while ((k = ks[h]) != 0) {
      if (k == key + 1) {
        lastKey = key;
        lastBlock = mapBlocks[h];
        return lastBlock;
      }
      h = (h + 1) & mask;
    }
    return NONE;
  }

  /** A new, zeroed block for a combination that has none; the table must not be full. */
  int add(long key) {
    int b = used++;
    if (used > blocks.capacity()) {
      int n = (int) Math.min(maxBlocks, Math.max(8L, 2L * blocks.capacity()));
      blocks.grow(n);
      keys = java.util.Arrays.copyOf(keys, n);
    }
    keys[b] = key;
    if (2 * used > mapKeys.length) {
      rehash();
    } else {
      put(mapKeys, mapBlocks, key, b);
    }
    lastKey = key;
    lastBlock = b;
    return b;
  }

  private void rehash() {
    long[] ks = new long[mapKeys.length * 2];
    int[] bs = new int[ks.length];
    for (int b = 0; b < used; b++) {
      put(ks, bs, keys[b], b);
    }
    mapKeys = ks;
    mapBlocks = bs;
  }

  private static void put(long[] ks, int[] bs, long key, int b) {
    int mask = ks.length - 1;
    int h = hash(key, mask);
    while (ks[h] != 0) {
      h = (h + 1) & mask;
    }
    ks[h] = key + 1;
    bs[h] = b;
  }

  /**
   * Adds every block to the unit, field and group blocks of {@code cells} (units first, then fields, then groups,
   * then one discarded cell {@code sink} that absent fields and groups are counted in).
   */
  void foldInto(CounterTable cells, int units, int sink) {
    for (int b = 0; b < used; b++) {
      long key = keys[b];
      int g = (int) (key % (groups + 1)) - 1;
      long uf = key / (groups + 1);
      int f = (int) (uf % (fields + 1)) - 1;
      int u = (int) (uf / (fields + 1));
      blocks.addBlockTo(b, cells, u, f < 0 ? sink : units + f, g < 0 ? sink : units + fields + g);
    }
  }

  /** Forgets every combination (after its blocks were folded). */
  void clear() {
    blocks.clear(used);
    java.util.Arrays.fill(mapKeys, 0L);
    used = 0;
    lastKey = -1;
  }

  /** The respondents counted in the blocks. */
  long respondents() {
    long n = 0;
    for (int b = 0; b < used; b++) {
      n += blocks.respondents[b];
    }
    return n;
  }
}
