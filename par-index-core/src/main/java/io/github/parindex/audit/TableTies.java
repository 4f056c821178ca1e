package io.github.parindex.audit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The rows of a published table that share an index, found through maps (linear in the table's size). */
final class TableTies {
  private final PublishedTable table;
  private final Map<String, List<PublishedRow>> rowsByIndex = new HashMap<>();
  private final Map<String, Map<String, Integer>> countsByScale = new HashMap<>();

  TableTies(PublishedTable table) {
    this.table = table;
    for (PublishedRow r : table.rows()) {
      r.index().ifPresent(i -> rowsByIndex.computeIfAbsent(key(r.group(), i), k -> new ArrayList<>()).add(r));
    }
  }

  /** Whether another row of the same group has the same published index. */
  boolean tiedInTable(PublishedRow row) {
    return row.index().map(i -> rowsByIndex.getOrDefault(key(row.group(), i), List.of()).size() > 1).orElse(false);
  }

  /**
   * Whether another row of the same group has the same published index once both are rounded to {@code scale}
   * decimals, e.g. 85.781 and 85.779 at 2 decimals: a tie that extra decimals separate.
   */
  boolean tiedAt(PublishedRow row, int scale, RoundingMode mode) {
    if (row.index().isEmpty()) {
      return false;
    }
    Map<String, Integer> counts = countsByScale.computeIfAbsent(scale + " " + mode, k -> {
      Map<String, Integer> c = new HashMap<>();
      for (PublishedRow r : table.rows()) {
        r.index().ifPresent(i -> c.merge(key(r.group(), i.setScale(scale, mode)), 1, Integer::sum));
      }
      return c;
    });
    return counts.getOrDefault(key(row.group(), row.index().get().setScale(scale, mode)), 0) > 1;
  }

  private static String key(Optional<String> group, BigDecimal index) {
    return group.orElse("") + "\u0000" + index.stripTrailingZeros().toPlainString();
  }
}
