package io.github.parindex.engine;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Ranks one group of a {@link Ranking} and explains the ties it breaks. Internal. */
final class RankedGroup {
  private RankedGroup() {}

  /**
   * A scorecard with every value its ranking compares, computed once (no division in a comparison), and the
   * tie-break keys only for units whose published index another unit of the group shares ({@link #withKeys}): the
   * unrounded index, a division, is worked out for the tied units alone. The published index is also kept as an
   * unscaled {@code long} with its scale when it fits (as it does at the usual two decimals), so that sorting
   * compares two numbers held in the key itself instead of reading two decimals from wherever the scorecards are.
   */
  record Keyed(Scorecard card, int order, BigDecimal index, List<Optional<BigDecimal>> keys, String unit,
      long unscaled, int scale, boolean compact) {
    /** A unit without its tie-break keys (needed only if its published index is tied). */
    Keyed(Scorecard card, int order) {
      this(card, order, card.index(), List.of(), card.unit().code());
    }

    /** This unit with the tie-break keys of {@code t}. */
    Keyed withKeys(TieBreak t) {
      return new Keyed(card, order, index, keys(card, order, t), unit, unscaled, scale, compact);
    }

    private Keyed(Scorecard card, int order, BigDecimal index, List<Optional<BigDecimal>> keys, String unit) {
      this(card, order, index, keys, unit, index.precision() <= 18 ? index.unscaledValue().longValue() : 0,
          index.scale(), index.precision() <= 18);
    }

    private static List<Optional<BigDecimal>> keys(Scorecard card, int order, TieBreak t) {
      if (t.keys().isEmpty()) {
        return List.of();
      }
      List<Optional<BigDecimal>> keys = new ArrayList<>(t.keys().size());
      for (TieBreak.Key k : t.keys()) {
        keys.add(k.valueOf(card, order));
      }
      return keys;
    }

    /** Compares the published indices, best (highest) first. */
    static int compareIndex(Keyed a, Keyed b) {
      if (a.compact && b.compact && a.scale == b.scale) {
        return Long.compare(b.unscaled, a.unscaled);
      }
      return b.index.compareTo(a.index);
    }

    /** Compares on the index then every key, best first; 0 means tied under the rule. */
    static int compare(Keyed a, Keyed b) {
      int c = compareIndex(a, b);
      for (int i = 0; c == 0 && i < a.keys.size(); i++) {
        c = compareKey(a.keys.get(i), b.keys.get(i));
      }
      return c;
    }

    static int compareKey(Optional<BigDecimal> a, Optional<BigDecimal> b) {
      if (a.isPresent() && b.isPresent()) {
        return b.get().compareTo(a.get());
      }
      return a.isPresent() ? -1 : b.isPresent() ? 1 : 0;
    }
  }

  static List<Ranking.Entry> rank(String group, List<Keyed> cards, TieBreak rule, List<Ranking.BrokenTie> broken) {
    List<Keyed> sorted = new ArrayList<>(cards);
    Comparator<Keyed> byIndex = Keyed::compareIndex;
    sorted.sort(byIndex.thenComparing(Keyed::unit));
    int n = sorted.size();
    if (!rule.keys().isEmpty()) {
      // Runs of one published index: their keys, then the run sorted on them (the index is the first key, so this
      // is the order a sort on index, keys and unit code gives).
      Comparator<Keyed> key = Keyed::compare;
      for (int i = 0; i < n; ) {
        int j = runEnd(sorted, i);
        if (j - i > 1) {
          for (int k = i; k < j; k++) {
            sorted.set(k, sorted.get(k).withKeys(rule));
          }
          sorted.subList(i, j).sort(key.thenComparing(Keyed::unit));
        }
        i = j;
      }
    }
    int[] ranks = new int[n];
    for (int i = 0; i < n; i++) {
      if (i > 0 && Keyed.compare(sorted.get(i - 1), sorted.get(i)) == 0) {
        ranks[i] = ranks[i - 1];
      } else {
        ranks[i] = rule.dense() ? (i == 0 ? 1 : ranks[i - 1] + 1) : i + 1;
      }
    }
    List<Ranking.Entry> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      boolean tied = (i > 0 && ranks[i - 1] == ranks[i]) || (i + 1 < n && ranks[i + 1] == ranks[i]);
      out.add(new Ranking.Entry(sorted.get(i).card(), group, ranks[i], tied));
    }
    for (int i = 0; i < n; ) {
      int j = runEnd(sorted, i);
      if (ranks[j - 1] != ranks[i]) {
        broken.add(explain(group, sorted.subList(i, j), ranks, i, rule));
      }
      i = j;
    }
    return out;
  }

  /** The end (exclusive) of the run of units from {@code i} with the published index of unit {@code i}. */
  private static int runEnd(List<Keyed> sorted, int i) {
    int j = i + 1;
    while (j < sorted.size() && Keyed.compareIndex(sorted.get(j), sorted.get(i)) == 0) {
      j++;
    }
    return j;
  }

  /** How the keys split a run of units with the same published index (positions from {@code first}). */
  private static Ranking.BrokenTie explain(String group, List<Keyed> run, int[] ranks, int first, TieBreak rule) {
    List<String> units = run.stream().map(k -> k.card().unit().code()).toList();
    StringBuilder s = new StringBuilder(String.join(", ", units)).append(run.size() == 2 ? " both have" : " all have")
        .append(" index ").append(run.get(0).index().toPlainString());
    for (int i = 1; i < run.size(); i++) {
      Keyed a = run.get(i - 1);
      Keyed b = run.get(i);
      if (ranks[first + i] == ranks[first + i - 1]) {
        s.append("; ").append(code(b)).append(" is still equal to ").append(code(a))
            .append(" and shares rank ").append(ranks[first + i]);
        continue;
      }
      for (int k = 0; k < a.keys().size(); k++) {
        if (Keyed.compareKey(a.keys().get(k), b.keys().get(k)) != 0) {
          TieBreak.Key key = rule.keys().get(k);
          s.append("; ").append(key.describe()).append(' ').append(value(key, a.keys().get(k), a)).append(" ahead of ")
              .append(value(key, b.keys().get(k), b)).append(": ").append(code(a)).append(" rank ")
              .append(ranks[first + i - 1]).append(", ").append(code(b)).append(" rank ").append(ranks[first + i]);
          break;
        }
      }
    }
    return new Ranking.BrokenTie(group, units, s.toString());
  }

  private static String code(Keyed k) {
    return k.card().unit().code();
  }

  private static String value(TieBreak.Key key, Optional<BigDecimal> v, Keyed k) {
    if (v.isEmpty()) {
      return "(none for " + code(k) + ")";
    }
    if (key.kind() == TieBreak.Key.Kind.PUBLISHED_ORDER) {
      return "(" + code(k) + " listed " + ordinal(k.order() + 1) + ")";
    }
    BigDecimal x = v.get();
    String text = x.toPlainString();
    return (text.length() > 14 ? x.round(new MathContext(12)).toPlainString() + "…" : text)
        + " (" + code(k) + ")";
  }

  private static String ordinal(int n) {
    int t = n % 100;
    String suffix = t >= 11 && t <= 13 ? "th" : n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th";
    return n + suffix;
  }
}
