package io.github.parindex.lineage;

import io.github.parindex.engine.NodeScore;
import io.github.parindex.engine.Scorecard;
import io.github.parindex.model.GradeBand;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A unit's scorecards across years, with its predecessors mapped to it through a {@link UnitLineage}: each year is
 * compared with the one before, component by component. When the two years were scored under different rule sets
 * the comparison says so, and when maxima differ it compares by index (percent of the maximum), not raw points.
 *
 * <p>A merged unit has several predecessors in the years before the merge; each is compared with the successor on
 * its own line. No combined figure is computed for the predecessors, since no official method combines them.
 *
 * <pre>{@code
 * YearComparison c = YearComparison.of(lineage, "tuyen-quang", LocalDate.of(2025, 7, 1), scorecards);
 * for (YearComparison.Pair p : c.pairs()) {
 *   System.out.println(p.summary());   // Hà Giang 2024 → Tuyên Quang 2025: index 81.20% → 84.00% (+2.80) ...
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class YearComparison {

  /**
   * What a pair of years is compared on.
   *
   * @since 0.1.0
   */
  public enum Basis {
    /** Same maxima: points and indices are both comparable. */
    POINTS,
    /** Maxima differ (or components differ): only indices are comparable. */
    INDEX
  }

  /**
   * One component in two years.
   *
   * @param code the component's code
   * @param name its name (the later year's when in both)
   * @param earlier the component in the earlier scorecard, if there
   * @param later the component in the later scorecard, if there
   * @since 0.1.0
   */
  public record ComponentChange(String code, String name, Optional<NodeScore> earlier, Optional<NodeScore> later) {
    /**
     * Checks the components.
     *
     * @param code the component's code
     * @param name its name (the later year's when in both)
     * @param earlier the component in the earlier scorecard, if there
     * @param later the component in the later scorecard, if there
     */
    public ComponentChange {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(earlier, "earlier");
      Objects.requireNonNull(later, "later");
    }

    /** {@return later index less earlier, in percentage points, when both years have the component with an index} */
    public Optional<BigDecimal> indexChange() {
      Optional<BigDecimal> a = earlier.flatMap(NodeScore::index);
      Optional<BigDecimal> b = later.flatMap(NodeScore::index);
      return a.isPresent() && b.isPresent() ? Optional.of(b.get().subtract(a.get())) : Optional.empty();
    }

    /** {@return whether the component's effective maximum is the same in both years} */
    public boolean sameMaximum() {
      return earlier.isPresent() && later.isPresent()
          && earlier.get().effectiveMaximum().compareTo(later.get().effectiveMaximum()) == 0;
    }

    /**
     * {@return later points less earlier, only when the maxima are the same (raw points are not comparable otherwise)}
     */
    public Optional<BigDecimal> pointsChange() {
      return sameMaximum() ? Optional.of(later.get().points().subtract(earlier.get().points())) : Optional.empty();
    }
  }

  /**
   * One earlier scorecard compared with one later scorecard of the unit (or of its successor).
   *
   * @param earlier the earlier year's scorecard (the unit's or a predecessor's)
   * @param later the later year's scorecard
   * @param lineage how the earlier unit maps to the later one, in words
   * @param ruleSetChanged whether the two were scored under different rule sets (id or version)
   * @param basis what the figures can be compared on
   * @param components every component of either year, later year's order first
   * @since 0.1.0
   */
  public record Pair(Scorecard earlier, Scorecard later, String lineage, boolean ruleSetChanged, Basis basis,
      List<ComponentChange> components) {
    /**
     * Checks the components and copies the collections.
     *
     * @param earlier the earlier year's scorecard (the unit's or a predecessor's)
     * @param later the later year's scorecard
     * @param lineage how the earlier unit maps to the later one, in words
     * @param ruleSetChanged whether the two were scored under different rule sets (id or version)
     * @param basis what the figures can be compared on
     * @param components every component of either year, later year's order first
     */
    public Pair {
      Objects.requireNonNull(earlier, "earlier");
      Objects.requireNonNull(later, "later");
      Objects.requireNonNull(lineage, "lineage");
      Objects.requireNonNull(basis, "basis");
      components = List.copyOf(components);
    }

    /** {@return later index less earlier, in percentage points} */
    public BigDecimal indexChange() {
      return later.index().subtract(earlier.index());
    }

    /** {@return whether the earlier scorecard is of another unit (a predecessor)} */
    public boolean acrossUnits() {
      return !earlier.unit().code().equals(later.unit().code());
    }

    /** {@return one line, e.g. {@code "Hà Giang 2024 → Tuyên Quang 2025: index 81.2% → 84% (+2.8), grade B → B"}} */
    public String summary() {
      return earlier.unit().name() + " " + earlier.year() + " → " + later.unit().name() + " " + later.year()
          + ": index " + earlier.index().toPlainString() + "% → " + later.index().toPlainString() + "% ("
          + signed(indexChange()) + "), grade " + grade(earlier) + " → " + grade(later);
    }

    /** {@return the summary, the rule-set note, and each component} */
    public String render() {
      String nl = System.lineSeparator();
      StringBuilder s = new StringBuilder(summary()).append(nl);
      if (acrossUnits()) {
        s.append("  lineage: ").append(lineage).append(nl);
      }
      if (ruleSetChanged) {
        s.append("  rule sets differ: ").append(earlier.ruleSetId()).append(" v").append(earlier.ruleSetVersion())
            .append(" → ").append(later.ruleSetId()).append(" v").append(later.ruleSetVersion()).append(nl);
      }
      s.append("  compared by ").append(basis == Basis.POINTS ? "points and index (same maxima)"
          : "index only (maxima differ)").append(nl);
      for (ComponentChange c : components) {
        s.append("  ").append(c.code()).append(' ').append(c.name()).append(": ");
        s.append(c.earlier().flatMap(NodeScore::index).map(i -> i.toPlainString() + "%").orElse("—")).append(" → ")
            .append(c.later().flatMap(NodeScore::index).map(i -> i.toPlainString() + "%").orElse("—"));
        c.indexChange().ifPresent(d -> s.append(" (").append(signed(d)).append(')'));
        if (c.pointsChange().isPresent()) {
          s.append("; points ").append(c.earlier().get().points().toPlainString()).append(" → ")
              .append(c.later().get().points().toPlainString());
        } else if (c.earlier().isPresent() && c.later().isPresent()) {
          s.append("; maximum ").append(c.earlier().get().effectiveMaximum().toPlainString()).append(" → ")
              .append(c.later().get().effectiveMaximum().toPlainString());
        }
        s.append(nl);
      }
      return s.toString();
    }
  }

  private final String unitCode;
  private final LocalDate asOf;
  private final List<Scorecard> history;
  private final List<Pair> pairs;

  private YearComparison(String unitCode, LocalDate asOf, List<Scorecard> history, List<Pair> pairs) {
    this.unitCode = unitCode;
    this.asOf = asOf;
    this.history = List.copyOf(history);
    this.pairs = List.copyOf(pairs);
  }

  /**
   * Compares the scorecards of a unit and of every unit that had become (part of) it by {@code asOf}; other
   * scorecards in {@code scorecards} are ignored.
   *
   * @param lineage the units' lineage
   * @param unitCode the unit's code at {@code asOf}
   * @param asOf the day whose units the comparison is expressed in, e.g. 2025-07-01 after the province merges
   * @param scorecards scorecards of any units and years
   * @return the comparison, year by year
   * @throws IllegalArgumentException if the unit is unknown to the lineage or two scorecards are of the same unit
   *     and year
   */
  public static YearComparison of(UnitLineage lineage, String unitCode, LocalDate asOf,
      Collection<Scorecard> scorecards) {
    Objects.requireNonNull(lineage, "lineage");
    Set<String> members = lineage.predecessorsOf(unitCode, asOf);
    TreeMap<Integer, List<Scorecard>> byYear = new TreeMap<>();
    Set<String> seen = new LinkedHashSet<>();
    for (Scorecard c : scorecards) {
      if (!members.contains(c.unit().code())) {
        continue;
      }
      if (!seen.add(c.unit().code() + "@" + c.year())) {
        throw new IllegalArgumentException("two scorecards of unit " + c.unit().code() + " for " + c.year());
      }
      byYear.computeIfAbsent(c.year(), y -> new ArrayList<>()).add(c);
    }
    byYear.values().forEach(l -> l.sort(Comparator.comparing((Scorecard c) -> !c.unit().code().equals(unitCode))
        .thenComparing(c -> c.unit().code())));
    List<Scorecard> history = new ArrayList<>();
    byYear.values().forEach(history::addAll);
    List<Pair> pairs = new ArrayList<>();
    Integer previous = null;
    for (Integer year : byYear.keySet()) {
      if (previous != null) {
        for (Scorecard later : byYear.get(year)) {
          for (Scorecard earlier : byYear.get(previous)) {
            pairs.add(pair(lineage, earlier, later, asOf));
          }
        }
      }
      previous = year;
    }
    return new YearComparison(unitCode, asOf, history, pairs);
  }

  /**
   * Compares the scorecards of a unit that never merged, split or changed its code (a department, say): the unit's
   * own scorecards in {@code scorecards}, year by year.
   *
   * @param unitCode the unit's code
   * @param scorecards scorecards of any units and years; those of other units are ignored
   * @return the comparison, year by year
   */
  public static YearComparison of(String unitCode, Collection<Scorecard> scorecards) {
    Objects.requireNonNull(unitCode, "unitCode");
    UnitLineage.Builder b = UnitLineage.builder();
    for (Scorecard c : scorecards) {
      if (c.unit().code().equals(unitCode)) {
        b.unit(unitCode, c.unit().name());
      }
    }
    if (scorecards.stream().noneMatch(c -> c.unit().code().equals(unitCode))) {
      throw new IllegalArgumentException("no scorecard of unit " + unitCode + " among " + scorecards.size());
    }
    return of(b.build(), unitCode, LocalDate.MAX, scorecards);
  }

  private static Pair pair(UnitLineage lineage, Scorecard earlier, Scorecard later, LocalDate asOf) {
    boolean ruleSetChanged = !earlier.ruleSetId().equals(later.ruleSetId())
        || !earlier.ruleSetVersion().equals(later.ruleSetVersion());
    Set<String> codes = new LinkedHashSet<>();
    later.nodes().forEach(n -> codes.add(n.code()));
    earlier.nodes().forEach(n -> codes.add(n.code()));
    List<ComponentChange> components = new ArrayList<>();
    boolean sameMaxima = earlier.effectiveMaximum().compareTo(later.effectiveMaximum()) == 0;
    for (String code : codes) {
      Optional<NodeScore> a = earlier.nodes().stream().filter(n -> n.code().equals(code)).findFirst();
      Optional<NodeScore> b = later.nodes().stream().filter(n -> n.code().equals(code)).findFirst();
      ComponentChange c = new ComponentChange(code, b.or(() -> a).orElseThrow().name(), a, b);
      sameMaxima &= c.sameMaximum();
      components.add(c);
    }
    String how = earlier.unit().code().equals(later.unit().code()) ? later.unit().name()
        : lineage.name(earlier.unit().code()).isPresent() ? lineage.describe(earlier.unit().code(), asOf)
        : earlier.unit().name();
    return new Pair(earlier, later, how, ruleSetChanged, sameMaxima ? Basis.POINTS : Basis.INDEX, components);
  }

  /** {@return the unit the comparison is about} */
  public String unitCode() {
    return unitCode;
  }

  /** {@return the date at which predecessors are mapped to the unit} */
  public LocalDate asOf() {
    return asOf;
  }

  /** {@return every scorecard used, by year, the unit's own first within a year} */
  public List<Scorecard> history() {
    return history;
  }

  /** {@return each year compared with the year before (every predecessor of that year on its own)} */
  public List<Pair> pairs() {
    return pairs;
  }

  /** {@return every pair rendered, one block each} */
  public String render() {
    StringBuilder s = new StringBuilder();
    for (Pair p : pairs) {
      s.append(p.render());
    }
    return s.toString();
  }

  @Override
  public String toString() {
    return "comparison of " + unitCode + " over " + history.size() + " scorecards";
  }

  static String grade(Scorecard c) {
    return c.grade().map(GradeBand::label).orElse("no grade");
  }

  static String signed(BigDecimal v) {
    return (v.signum() > 0 ? "+" : "") + v.toPlainString();
  }
}
