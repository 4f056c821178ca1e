package io.github.parindex.audit;

import io.github.parindex.engine.Ranking;
import io.github.parindex.engine.Scorecard;
import io.github.parindex.engine.TieBreak;
import io.github.parindex.internal.Escaping;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A published table compared with the library's scorecards: every discrepancy at once, each classified, and notes on
 * differences the rules explain (such as published parts that do not add up to a total the rules reproduce).
 *
 * <p>Rows are matched to scorecards by the unit's code, then by its name; then, for rows still unmatched, after
 * Unicode NFC normalisation and case and white-space folding ({@code Sở Y Tế} is {@code Sở Y tế}), each such loose
 * match reported in the {@linkplain #notes() notes}. Grade labels match the band's label or a declared alias
 * ({@code Nhóm A} for {@code A}), noted too. For each matched unit, the figures the
 * table gives are compared exactly (by value: {@code 46.8} equals {@code 46.80}) with the scorecard: the maximum
 * with the effective maximum, each part {@code points:<code>} with that node's points, the points with the total,
 * the index, the grade label, and the rank with the {@link Ranking}. A difference is classified as
 * {@linkplain Discrepancy.Kind#ROUNDING_MODE rounding vs truncation} when the published value is the exact value
 * rounded another recognised way (half up, half even or truncated, at the rule's number of decimals or at fewer),
 * as a {@linkplain Discrepancy.Kind#TIE tie} when a rank differs between units of equal index,
 * as {@linkplain Discrepancy.Kind#PARTS_DO_NOT_ADD_UP parts that do not add up} when the published parts do not give
 * the published total, as a {@linkplain Discrepancy.Kind#GRADE_BAND grade band mismatch}, as a missing unit on
 * either side, or else as a plain value mismatch. An index printed with more decimals than the rules print is
 * compared at its own precision: a {@linkplain Discrepancy.Kind#PRECISION precision} difference unless
 * {@link Options#tieDecimals()} allows it for a tie. Published parts that miss the published total by no more than
 * rounding the unrounded parts once can explain (Ninh Thuận 2022: 54.2 + 31.59 = 85.79, printed 85.78) are a
 * note, never a discrepancy.
 *
 * <p>Ranks are compared within the table's {@code group} column when it has one, else within the units' blocks
 * when every unit has one, else all together ({@link #rankingBasis()} says which), under
 * {@link Options#tieBreak()}. A table that is an {@linkplain PublishedTable#excerptOf() excerpt} has its ranks
 * checked for order when its groups were not scored in full.
 *
 * <pre>{@code
 * List<Scorecard> cards = assessments.stream().map(a -> Engine.score(ruleSet, a)).toList();
 * Reconciliation r = Reconciliation.of(table, cards, Ranking.of(cards, Ranking.Scope.ALL, Ranking.TieRule.SHARED));
 * r.isClean();                      // true when every published figure is reproduced
 * r.discrepancies().forEach(System.out::println);
 * // NĐ-SNV index: ROUNDING_MODE, published 89.45, computed 89.46: 62.62 / 70 × 100 = 89.457142… truncated ...
 * System.out.println(r.toMarkdown());
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Reconciliation {

  /**
   * What the rules say beyond the scorecards: how ties are broken and whether an index may be printed with extra
   * decimals to separate a tie.
   *
   * <pre>{@code
   * Reconciliation.Options o = Reconciliation.Options.defaults()
   *     .withTieBreak(TieBreak.sharing(TieBreak.Key.indexDecimals(3)))
   *     .withTieDecimals(3);
   * }</pre>
   *
   * @param tieBreak the tie rule of the ranking made when none is given
   * @param tieDecimals the most decimals an index may be printed with where that separates a tie
   * @since 0.1.0
   */
  public record Options(TieBreak tieBreak, OptionalInt tieDecimals) {
    /**
     * Checks the components.
     *
     * @param tieBreak the tie rule of the ranking made when none is given
     * @param tieDecimals the most decimals an index may be printed with where that separates a tie
     * @throws IllegalArgumentException if {@code tieDecimals} is outside 0..10
     */
    public Options {
      Objects.requireNonNull(tieBreak, "tieBreak");
      Objects.requireNonNull(tieDecimals, "tieDecimals");
      tieDecimals.ifPresent(d -> {
        if (d < 0 || d > 10) {
          throw new IllegalArgumentException("tieDecimals must be within 0..10, was " + d);
        }
      });
    }

    /** @return shared ranks for ties, no extra decimals */
    public static Options defaults() {
      return new Options(TieBreak.SHARED, OptionalInt.empty());
    }

    /**
     * @param t the tie rule
     * @return a copy with it
     */
    public Options withTieBreak(TieBreak t) {
      return new Options(t, tieDecimals);
    }

    /**
     * @param decimals the most decimals an index may be printed with to separate a tie
     * @return a copy with it
     */
    public Options withTieDecimals(int decimals) {
      return new Options(tieBreak, OptionalInt.of(decimals));
    }
  }

  private final String title;
  private final List<Discrepancy> discrepancies;
  private final List<String> notes;
  private final int matched;
  private final Optional<String> rankingBasis;

  private Reconciliation(String title, List<Discrepancy> discrepancies, List<String> notes, int matched,
      Optional<String> rankingBasis) {
    this.title = title;
    this.discrepancies = List.copyOf(discrepancies);
    this.notes = List.copyOf(notes);
    this.matched = matched;
    this.rankingBasis = rankingBasis;
  }

  /**
   * Compares a table with scorecards under {@link Options#defaults()}: when the table has ranks, they are compared
   * with a ranking made within the table's groups (or the units' blocks), ties sharing a rank.
   *
   * @param table the published table
   * @param scorecards the library's scorecards
   * @return the reconciliation
   */
  public static Reconciliation of(PublishedTable table, Collection<Scorecard> scorecards) {
    return of(table, scorecards, Options.defaults());
  }

  /**
   * Compares a table with scorecards under declared options.
   *
   * @param table the published table
   * @param scorecards the library's scorecards
   * @param options the tie rule and the decimals allowed for ties
   * @return the reconciliation
   */
  public static Reconciliation of(PublishedTable table, Collection<Scorecard> scorecards, Options options) {
    Objects.requireNonNull(options, "options");
    return run(table, scorecards, Optional.empty(), options);
  }

  /**
   * Compares a table with scorecards, published ranks with the given ranking.
   *
   * @param table the published table
   * @param scorecards the library's scorecards
   * @param ranking the ranking to compare published ranks with
   * @return the reconciliation
   */
  public static Reconciliation of(PublishedTable table, Collection<Scorecard> scorecards, Ranking ranking) {
    Objects.requireNonNull(ranking, "ranking");
    return run(table, scorecards, Optional.of(ranking), Options.defaults().withTieBreak(ranking.tieBreak()));
  }

  private static Reconciliation run(PublishedTable table, Collection<Scorecard> scorecards, Optional<Ranking> given,
      Options options) {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(scorecards, "scorecards");
    List<Discrepancy> out = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    UnitMatcher matcher = new UnitMatcher(scorecards);
    Map<PublishedRow, Scorecard> pairs = matcher.match(table.rows(), notes);
    for (PublishedRow row : table.rows()) {
      if (!pairs.containsKey(row)) {
        out.add(new Discrepancy(row.unit(), "unit", Discrepancy.Kind.MISSING_IN_LIBRARY, Optional.of(row.unit()),
            Optional.empty(), "the table lists " + row.unit() + row.location().map(l -> " (" + l + ")").orElse("")
                + " but no scorecard has that unit code or name"));
      }
    }
    boolean ranks = table.rows().stream().anyMatch(r -> r.rank().isPresent());
    Optional<String> basis = Optional.empty();
    Optional<Ranking> ranking = given;
    if (given.isPresent()) {
      basis = Optional.of("the ranking given (" + given.get().grouping() + "; " + given.get().tieBreak().describe()
          + ")");
    } else if (ranks) {
      RankingChoice choice = RankingChoice.of(table, pairs, scorecards, options.tieBreak());
      ranking = Optional.of(choice.ranking());
      basis = Optional.of(choice.basis());
    }
    TableTies ties = new TableTies(table);
    pairs.forEach((row, card) -> new FigureCheck(row, card, options,
        ties.tiedAt(row, card.rounding().indexScale(), card.rounding().indexMode()), out, notes).run());
    ranking.ifPresent(r -> new RankCheck(table, ties, r, out).run(pairs));
    if (table.excerptOf().isEmpty()) {
      for (Scorecard card : scorecards) {
        if (!matcher.isUsed(card)) {
          out.add(new Discrepancy(card.unit().code(), "unit", Discrepancy.Kind.MISSING_IN_PUBLISHED,
              Optional.empty(), Optional.of(card.unit().code()), "the scorecard of " + card.unit() + " (index "
                  + card.index().toPlainString() + ") has no row in the table"));
        }
      }
    }
    return new Reconciliation(table.title(), sorted(table, out), notes, pairs.size(), basis);
  }

  /** Missing units first, then unit by unit in the table's order (figures before ranks), then units not listed. */
  private static List<Discrepancy> sorted(PublishedTable table, List<Discrepancy> out) {
    Map<String, Integer> position = new java.util.HashMap<>();
    for (int i = 0; i < table.rows().size(); i++) {
      position.putIfAbsent(table.rows().get(i).unit(), i);
    }
    List<Discrepancy> missing = new ArrayList<>();
    List<Discrepancy> units = new ArrayList<>();
    List<Discrepancy> unlisted = new ArrayList<>();
    for (Discrepancy d : out) {
      (d.kind() == Discrepancy.Kind.MISSING_IN_LIBRARY ? missing
          : d.kind() == Discrepancy.Kind.MISSING_IN_PUBLISHED ? unlisted : units).add(d);
    }
    List<Discrepancy> ordered = new ArrayList<>(units);
    ordered.sort(java.util.Comparator.comparingInt(d -> position.getOrDefault(d.unit(), Integer.MAX_VALUE)));
    List<Discrepancy> all = new ArrayList<>(missing);
    all.addAll(ordered);
    all.addAll(unlisted);
    return all;
  }

  /**
   * What the published ranks were compared within, e.g. {@code "the table's group column (Sở, ban, ngành;
   * UBND cấp huyện); ties: …"}; empty when the table has no ranks.
   *
   * @return the basis of the rank comparison
   */
  public Optional<String> rankingBasis() {
    return rankingBasis;
  }

  /** {@return the table's title} */
  public String title() {
    return title;
  }

  /**
   * {@return every discrepancy: missing units in the table's order, then unit by unit in the table's order, then units
   * missing from the table}
   */
  public List<Discrepancy> discrepancies() {
    return discrepancies;
  }

  /** {@return differences the rules explain, for the reader: they are not discrepancies} */
  public List<String> notes() {
    return notes;
  }

  /** {@return how many rows were matched with a scorecard} */
  public int matchedUnits() {
    return matched;
  }

  /** {@return whether every published figure was reproduced and every unit is on both sides} */
  public boolean isClean() {
    return discrepancies.isEmpty();
  }

  /**
   * The discrepancies of one kind.
   *
   * @param kind the kind, e.g. {@link Discrepancy.Kind#VALUE_MISMATCH}
   * @return those discrepancies, in the order of {@link #discrepancies()}
   */
  public List<Discrepancy> ofKind(Discrepancy.Kind kind) {
    return discrepancies.stream().filter(d -> d.kind() == kind).toList();
  }

  /**
   * The discrepancies of one unit.
   *
   * @param unit the unit as the table names it
   * @return those discrepancies, in the order of {@link #discrepancies()}
   */
  public List<Discrepancy> forUnit(String unit) {
    return discrepancies.stream().filter(d -> d.unit().equals(unit)).toList();
  }

  /** {@return a Markdown report: a summary line, a table of discrepancies, and the notes} */
  public String toMarkdown() {
    StringBuilder s = new StringBuilder();
    s.append("# Reconciliation: ").append(Escaping.markdown(title)).append("\n\n");
    s.append(matched).append(" units matched; ").append(discrepancies.size())
        .append(discrepancies.size() == 1 ? " discrepancy" : " discrepancies").append(".\n");
    rankingBasis.ifPresent(b -> s.append("Ranks compared within ").append(Escaping.markdown(b)).append(".\n"));
    if (!discrepancies.isEmpty()) {
      s.append("\n| Unit | Field | Kind | Published | Computed | Why |\n|---|---|---|---:|---:|---|\n");
      for (Discrepancy d : discrepancies) {
        s.append("| ").append(Escaping.markdown(d.unit())).append(" | ").append(Escaping.markdown(d.field())).append(" | ")
            .append(d.kind()).append(" | ").append(Escaping.markdown(d.published().orElse("")))
            .append(" | ").append(Escaping.markdown(d.computed().orElse(""))).append(" | ")
            .append(Escaping.markdown(d.explanation())).append(" |\n");
      }
    }
    if (!notes.isEmpty()) {
      s.append("\n## Notes\n\n");
      notes.forEach(n -> s.append("- ").append(Escaping.markdown(n)).append('\n'));
    }
    return s.toString();
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("reconciliation of " + title + ": " + discrepancies.size()
        + (discrepancies.size() == 1 ? " discrepancy" : " discrepancies"));
    discrepancies.forEach(d -> s.append(System.lineSeparator()).append("  - ").append(d));
    return s.toString();
  }
}
