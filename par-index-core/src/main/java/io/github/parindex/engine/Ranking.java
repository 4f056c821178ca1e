package io.github.parindex.engine;

import io.github.parindex.model.ParIndexException;
import io.github.parindex.model.Problem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Scorecards ranked by index, highest first, within a scope (all units, each block or each cluster) under a declared
 * tie rule.
 *
 * <p>Units are compared on the published index, since that is what the published tables rank. Ties at the published
 * precision happen (two decimals); {@link TieRule} says what to do with them.
 *
 * <pre>{@code
 * Ranking ranking = Ranking.of(scorecards, Ranking.Scope.CLUSTER, Ranking.TieRule.SHARED);
 * for (Ranking.Entry e : ranking.entries()) {
 *   System.out.println(e.group() + " #" + e.rank() + " " + e.scorecard().unit().name() + " " + e.scorecard().index());
 * }
 * ranking.rankOf("BD-TDM");   // Optional[1]
 * }</pre>
 */
public final class Ranking {

  /** What units are ranked against each other. */
  public enum Scope {
    /** Every unit together. */
    ALL,
    /** Each block (khối) separately; every unit must have a block. */
    BLOCK,
    /** Each cluster (cụm) separately; every unit must have a cluster. */
    CLUSTER
  }

  /** What happens when two units have the same published index. */
  public enum TieRule {
    /** Tied units share the rank and the next rank is skipped: 1, 2, 2, 4 (standard competition ranking). */
    SHARED,
    /** Tied units share the rank and the next rank follows on: 1, 2, 2, 3. */
    DENSE,
    /**
     * The unrounded index decides between tied units; units still equal share the rank as in {@link #SHARED}.
     */
    EXACT_INDEX_THEN_SHARED
  }

  /**
   * One ranked unit.
   *
   * @param scorecard the unit's scorecard
   * @param group the block or cluster label, or {@code "all"}
   * @param rank the rank within the group, 1 being the best
   * @param tied whether another unit in the group has the same rank
   */
  public record Entry(Scorecard scorecard, String group, int rank, boolean tied) {
    public Entry {
      Objects.requireNonNull(scorecard, "scorecard");
      Objects.requireNonNull(group, "group");
    }
  }

  private final Scope scope;
  private final TieRule tieRule;
  private final List<Entry> entries;

  private Ranking(Scope scope, TieRule tieRule, List<Entry> entries) {
    this.scope = scope;
    this.tieRule = tieRule;
    this.entries = List.copyOf(entries);
  }

  /**
   * Ranks scorecards.
   *
   * @throws ParIndexException if a unit appears twice, or lacks the block or cluster the scope needs
   */
  public static Ranking of(Collection<Scorecard> scorecards, Scope scope, TieRule tieRule) {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(tieRule, "tieRule");
    List<Problem> problems = new ArrayList<>();
    Map<String, List<Scorecard>> groups = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    for (Scorecard card : scorecards) {
      String unit = card.unit().code();
      if (!seen.add(unit)) {
        problems.add(Problem.general("appears more than once in the ranking").forUnit(unit));
        continue;
      }
      Optional<String> group = switch (scope) {
        case ALL -> Optional.of("all");
        case BLOCK -> card.unit().block();
        case CLUSTER -> card.unit().cluster();
      };
      if (group.isEmpty()) {
        problems.add(Problem.general("has no " + (scope == Scope.BLOCK ? "block" : "cluster")
            + " to be ranked in").forUnit(unit));
        continue;
      }
      groups.computeIfAbsent(group.get(), g -> new ArrayList<>()).add(card);
    }
    if (!problems.isEmpty()) {
      throw new ParIndexException("cannot rank", problems);
    }
    List<Entry> entries = new ArrayList<>();
    groups.forEach((group, cards) -> entries.addAll(rankGroup(group, cards, tieRule)));
    return new Ranking(scope, tieRule, entries);
  }

  private static List<Entry> rankGroup(String group, List<Scorecard> cards, TieRule rule) {
    Comparator<Scorecard> byIndex = Comparator.comparing(Scorecard::index).reversed();
    Comparator<Scorecard> key = rule == TieRule.EXACT_INDEX_THEN_SHARED
        ? byIndex.thenComparing(Comparator.comparing(Scorecard::exactIndex).reversed()) : byIndex;
    List<Scorecard> sorted = new ArrayList<>(cards);
    sorted.sort(key.thenComparing(c -> c.unit().code()));
    int[] ranks = new int[sorted.size()];
    for (int i = 0; i < sorted.size(); i++) {
      if (i > 0 && key.compare(sorted.get(i - 1), sorted.get(i)) == 0) {
        ranks[i] = ranks[i - 1];
      } else {
        ranks[i] = rule == TieRule.DENSE ? (i == 0 ? 1 : ranks[i - 1] + 1) : i + 1;
      }
    }
    List<Entry> out = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      boolean tied = (i > 0 && ranks[i - 1] == ranks[i]) || (i + 1 < sorted.size() && ranks[i + 1] == ranks[i]);
      out.add(new Entry(sorted.get(i), group, ranks[i], tied));
    }
    return out;
  }

  public Scope scope() {
    return scope;
  }

  public TieRule tieRule() {
    return tieRule;
  }

  /** Every entry, group by group in the order the groups first appeared, best first within a group. */
  public List<Entry> entries() {
    return entries;
  }

  /** The entries of one group, best first. */
  public List<Entry> group(String group) {
    return entries.stream().filter(e -> e.group().equals(group)).toList();
  }

  /** The rank of a unit, by its code. */
  public Optional<Integer> rankOf(String unitCode) {
    return entries.stream().filter(e -> e.scorecard().unit().code().equals(unitCode)).map(Entry::rank).findFirst();
  }

  /** The mean published index of a group, unrounded (to 34 significant digits), as provinces publish per block. */
  public BigDecimal meanIndex(String group) {
    List<Entry> g = group(group);
    if (g.isEmpty()) {
      throw new IllegalArgumentException("no group named " + group + " in this ranking");
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (Entry e : g) {
      sum = sum.add(e.scorecard().index());
    }
    return sum.divide(BigDecimal.valueOf(g.size()), java.math.MathContext.DECIMAL128);
  }
}
