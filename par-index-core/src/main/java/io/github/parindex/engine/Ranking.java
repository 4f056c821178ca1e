// Longer than 400 lines for a reason: its code is about 209 lines; the rest is the javadoc of its public API
// (full doclint: every public member documented) and blank lines.
package io.github.parindex.engine;

import io.github.parindex.model.ParIndexException;
import io.github.parindex.model.Problem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

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
 * Ranking declared = Ranking.of(scorecards, Ranking.Scope.BLOCK, TieBreak.sharing(TieBreak.Key.nodePoints("I")));
 * declared.brokenTies().forEach(t -> System.out.println(t.explanation()));
 * }</pre>
 *
 * <p>Every value a comparison needs is computed once per unit before sorting (a tie break's keys only for units
 * whose published index is tied), so ranking n units takes O(n log n) time; {@link #rankOf}, {@link #entryOf} and
 * {@link #group} are map look-ups.
 *
 * @since 0.1.0
 */
public final class Ranking {

  /**
   * What units are ranked against each other.
   *
   * @since 0.1.0
   */
  public enum Scope {
    /** Every unit together. */
    ALL,
    /** Each block (khối) separately; every unit must have a block. */
    BLOCK,
    /** Each cluster (cụm) separately; every unit must have a cluster. */
    CLUSTER
  }

  /**
   * What happens when two units have the same published index: the three common rules, or {@link #DECLARED} for a
   * {@link TieBreak} given as data (see {@link Ranking#tieBreak()}).
   *
   * @since 0.1.0
   */
  public enum TieRule {
    /** Tied units share the rank and the next rank is skipped: 1, 2, 2, 4 (standard competition ranking). */
    SHARED,
    /** Tied units share the rank and the next rank follows on: 1, 2, 2, 3. */
    DENSE,
    /**
     * The unrounded index decides between tied units; units still equal share the rank as in {@link #SHARED}.
     */
    EXACT_INDEX_THEN_SHARED,
    /** Another {@link TieBreak}, declared as data: see {@link Ranking#tieBreak()}. */
    DECLARED;

    /**
     * The tie break this rule stands for.
     *
     * @return the tie break
     * @throws IllegalStateException for {@link #DECLARED}, which stands for no one tie break
     */
    public TieBreak tieBreak() {
      return switch (this) {
        case SHARED -> TieBreak.SHARED;
        case DENSE -> TieBreak.DENSE;
        case EXACT_INDEX_THEN_SHARED -> TieBreak.EXACT_INDEX_THEN_SHARED;
        case DECLARED -> throw new IllegalStateException("DECLARED stands for a tie break given as data");
      };
    }

    static TieRule of(TieBreak t) {
      for (TieRule r : List.of(SHARED, DENSE, EXACT_INDEX_THEN_SHARED)) {
        if (r.tieBreak().equals(t)) {
          return r;
        }
      }
      return DECLARED;
    }
  }

  /**
   * One ranked unit.
   *
   * @param scorecard the unit's scorecard
   * @param group the block or cluster label, or {@code "all"}
   * @param rank the rank within the group, 1 being the best
   * @param tied whether another unit in the group has the same rank
   *
   * @since 0.1.0
   */
  public record Entry(Scorecard scorecard, String group, int rank, boolean tied) {
    /**
     * Checks the components.
     *
     * @param scorecard the unit's scorecard
     * @param group the block or cluster label, or {@code "all"}
     * @param rank the rank within the group, 1 being the best
     * @param tied whether another unit in the group has the same rank
     * @throws NullPointerException if the scorecard or group is null
     */
    public Entry {
      Objects.requireNonNull(scorecard, "scorecard");
      Objects.requireNonNull(group, "group");
    }
  }

  /**
   * A tie the ranking broke: units with the same published index that received different ranks, and how.
   *
   * @param group the block or cluster
   * @param units the tied units' codes, best first
   * @param explanation which key split them, with the values, e.g. {@code "VP and SNV both have index 91.47;
   *     unrounded index 91.4712… > 91.4688…: VP rank 2, SNV rank 3"}
   * @since 0.1.0
   */
  public record BrokenTie(String group, List<String> units, String explanation) {
    /**
     * Checks the components and copies the unit list.
     *
     * @param group the block or cluster
     * @param units the tied units' codes, best first
     * @param explanation which key split them, with the values, e.g. {@code "VP and SNV both have index 91.47;
     *     unrounded index 91.4712… > 91.4688…: VP rank 2, SNV rank 3"}
     * @throws NullPointerException if a component is null
     */
    public BrokenTie {
      Objects.requireNonNull(group, "group");
      units = List.copyOf(units);
      Objects.requireNonNull(explanation, "explanation");
    }
  }

  /**
   * One unit ranked on one component (lĩnh vực), as the Ministry ranks provinces per component.
   *
   * @param scorecard the unit's scorecard
   * @param group the block or cluster label, or {@code "all"}
   * @param code the component's code
   * @param index the unit's index on the component, in percent
   * @param rank the rank on the component within the group (shared ranks for equal indices, 1, 2, 2, 4)
   * @since 0.1.0
   */
  public record ComponentEntry(Scorecard scorecard, String group, String code, BigDecimal index, int rank) {
    /**
     * Checks the components.
     *
     * @param scorecard the unit's scorecard
     * @param group the block or cluster label, or {@code "all"}
     * @param code the component's code
     * @param index the unit's index on the component, in percent
     * @param rank the rank on the component within the group (shared ranks for equal indices, 1, 2, 2, 4)
     * @throws NullPointerException if a component is null
     */
    public ComponentEntry {
      Objects.requireNonNull(scorecard, "scorecard");
      Objects.requireNonNull(group, "group");
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(index, "index");
    }
  }

  private final Scope scope;
  private final String grouping;
  private final TieBreak tieBreak;
  private final List<Entry> entries;
  /** Every entry by unit code, made on first look-up (a batch that reads the entries needs no map). */
  private volatile Map<String, Entry> byUnit;
  private final Map<String, List<Entry>> byGroup;
  private final List<BrokenTie> brokenTies;

  private Ranking(Scope scope, String grouping, TieBreak tieBreak, Map<String, List<Entry>> groups,
      List<BrokenTie> brokenTies) {
    this.scope = scope;
    this.grouping = grouping;
    this.tieBreak = tieBreak;
    List<Entry> all = new ArrayList<>();
    Map<String, List<Entry>> g = new LinkedHashMap<>();
    groups.forEach((name, list) -> {
      g.put(name, List.copyOf(list));
      all.addAll(list);
    });
    this.entries = List.copyOf(all);
    this.byGroup = Collections.unmodifiableMap(g);
    this.brokenTies = List.copyOf(brokenTies);
  }

  /**
   * Ranks scorecards.
   *
   * @param scorecards the scorecards; for {@link TieBreak.Key#publishedOrder()}, in the published order
   * @param scope what units are ranked against each other
   * @param tieRule one of the common tie rules
   * @return the ranking
   * @throws ParIndexException if a unit appears twice, or lacks the block or cluster the scope needs
   * @throws IllegalStateException for {@link TieRule#DECLARED} (give the {@link TieBreak} itself)
   */
  public static Ranking of(Collection<Scorecard> scorecards, Scope scope, TieRule tieRule) {
    Objects.requireNonNull(tieRule, "tieRule");
    return of(scorecards, scope, tieRule.tieBreak());
  }

  /**
   * Ranks scorecards under a tie break given as data.
   *
   * @param scorecards the scorecards; for {@link TieBreak.Key#publishedOrder()}, in the published order
   * @param scope what units are ranked against each other
   * @param tieBreak how ties are broken
   * @return the ranking
   * @throws ParIndexException if a unit appears twice, or lacks the block or cluster the scope needs
   */
  public static Ranking of(Collection<Scorecard> scorecards, Scope scope, TieBreak tieBreak) {
    Objects.requireNonNull(scope, "scope");
    return of(scorecards, scope, scope.name().toLowerCase(Locale.ROOT), card -> switch (scope) {
      case ALL -> Optional.of("all");
      case BLOCK -> card.unit().block();
      case CLUSTER -> card.unit().cluster();
    }, tieBreak);
  }

  /**
   * Ranks scorecards within groups given by a function, e.g. the {@code group} column of a published table.
   *
   * <pre>{@code
   * Ranking r = Ranking.byGroup(cards, "the table's group column", c -> Optional.of(groupOf.get(c)), TieBreak.SHARED);
   * }</pre>
   *
   * @param scorecards the scorecards; for {@link TieBreak.Key#publishedOrder()}, in the published order
   * @param grouping what the groups are, in words, for reports
   * @param groupOf the group of a scorecard; empty is a problem
   * @param tieBreak how ties are broken
   * @return the ranking, with scope {@link Scope#BLOCK}
   * @throws ParIndexException if a unit appears twice or has no group
   */
  public static Ranking byGroup(Collection<Scorecard> scorecards, String grouping,
      Function<Scorecard, Optional<String>> groupOf, TieBreak tieBreak) {
    Objects.requireNonNull(grouping, "grouping");
    Objects.requireNonNull(groupOf, "groupOf");
    return of(scorecards, Scope.BLOCK, grouping, groupOf, tieBreak);
  }

  private static Ranking of(Collection<Scorecard> scorecards, Scope scope, String grouping,
      Function<Scorecard, Optional<String>> groupOf, TieBreak tieBreak) {
    Objects.requireNonNull(scorecards, "scorecards");
    Objects.requireNonNull(tieBreak, "tieBreak");
    List<Problem> problems = new ArrayList<>();
    Map<String, List<RankedGroup.Keyed>> groups = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>(Math.max(16, scorecards.size() * 2));
    int order = 0;
    for (Scorecard card : scorecards) {
      String unit = card.unit().code();
      if (!seen.add(unit)) {
        problems.add(Problem.general("appears more than once in the ranking").forUnit(unit));
        continue;
      }
      Optional<String> group = groupOf.apply(card);
      if (group.isEmpty()) {
        problems.add(Problem.general("has no " + (scope == Scope.CLUSTER ? "cluster" : scope == Scope.BLOCK
            && grouping.equals("block") ? "block" : "group (" + grouping + ")") + " to be ranked in").forUnit(unit));
        continue;
      }
      groups.computeIfAbsent(group.get(), g -> new ArrayList<>()).add(new RankedGroup.Keyed(card, order++));
    }
    if (!problems.isEmpty()) {
      throw new ParIndexException("cannot rank", problems);
    }
    Map<String, List<Entry>> ranked = new LinkedHashMap<>();
    List<BrokenTie> broken = new ArrayList<>();
    groups.forEach((group, cards) -> ranked.put(group, RankedGroup.rank(group, cards, tieBreak, broken)));
    return new Ranking(scope, grouping, tieBreak, ranked, broken);
  }

  /** @return what units are ranked against each other */
  public Scope scope() {
    return scope;
  }

  /**
   * What the groups are, in words: {@code "all"}, {@code "block"}, {@code "cluster"}, or what
   * {@link #byGroup} was given (e.g. {@code "the table's group column"}).
   *
   * @return the grouping
   */
  public String grouping() {
    return grouping;
  }

  /** @return the common tie rule this ranking used, or {@link TieRule#DECLARED} for another {@link #tieBreak()} */
  public TieRule tieRule() {
    return TieRule.of(tieBreak);
  }

  /** @return how ties were broken */
  public TieBreak tieBreak() {
    return tieBreak;
  }

  /** @return every tie the ranking broke, group by group, and how */
  public List<BrokenTie> brokenTies() {
    return brokenTies;
  }

  /** @return every entry, group by group in the order the groups first appeared, best first within a group */
  public List<Entry> entries() {
    return entries;
  }

  /**
   * The entries of one group, best first.
   *
   * @param group the group's label
   * @return the entries, empty for an unknown group
   */
  public List<Entry> group(String group) {
    return byGroup.getOrDefault(group, List.of());
  }

  /** @return the groups' labels, in the order they first appeared */
  public List<String> groups() {
    return List.copyOf(byGroup.keySet());
  }

  /**
   * The entry of a unit.
   *
   * @param unitCode the unit's code
   * @return the entry, if the unit is ranked
   */
  public Optional<Entry> entryOf(String unitCode) {
    return Optional.ofNullable(byUnit().get(unitCode));
  }

  /** The entries by unit code; two threads that ask at once make equal maps. */
  private Map<String, Entry> byUnit() {
    Map<String, Entry> u = byUnit;
    if (u == null) {
      Map<String, Entry> made = new HashMap<>(entries.size() * 2);
      for (Entry e : entries) {
        made.put(e.scorecard().unit().code(), e);
      }
      u = Collections.unmodifiableMap(made);
      byUnit = u;
    }
    return u;
  }

  /**
   * The rank of a unit, by its code.
   *
   * @param unitCode the unit's code
   * @return the rank, if the unit is ranked
   */
  public Optional<Integer> rankOf(String unitCode) {
    return entryOf(unitCode).map(Entry::rank);
  }

  /**
   * Every unit ranked on one component within its group, by the component's index (highest first, equal indices
   * sharing a rank); units to which the component does not apply are left out.
   *
   * @param code the component's (or any node's) code
   * @return the entries, group by group, best first
   */
  public List<ComponentEntry> byComponent(String code) {
    Objects.requireNonNull(code, "code");
    List<ComponentEntry> out = new ArrayList<>();
    byGroup.forEach((group, list) -> {
      List<Map.Entry<Scorecard, BigDecimal>> scored = new ArrayList<>();
      for (Entry e : list) {
        e.scorecard().node(code).flatMap(NodeScore::index).ifPresent(i -> scored.add(Map.entry(e.scorecard(), i)));
      }
      scored.sort(Comparator.<Map.Entry<Scorecard, BigDecimal>, BigDecimal>comparing(Map.Entry::getValue)
          .reversed().thenComparing(x -> x.getKey().unit().code()));
      for (int i = 0; i < scored.size(); i++) {
        int rank = i > 0 && scored.get(i).getValue().compareTo(scored.get(i - 1).getValue()) == 0
            ? out.get(out.size() - 1).rank() : i + 1;
        out.add(new ComponentEntry(scored.get(i).getKey(), group, code, scored.get(i).getValue(), rank));
      }
    });
    return out;
  }

  /**
   * The mean published index of a group, unrounded (to 34 significant digits), as provinces publish per block.
   *
   * @param group the group's label
   * @return the mean
   * @throws IllegalArgumentException if there is no such group
   */
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
