package io.github.parindex.audit;

import io.github.parindex.engine.NodeScore;
import io.github.parindex.engine.Ranking;
import io.github.parindex.engine.Scorecard;
import io.github.parindex.internal.Escaping;
import io.github.parindex.model.GradeBand;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A published table compared with the library's scorecards: every discrepancy at once, each classified, and notes on
 * differences the rules explain (such as published parts that do not add up to a total the rules reproduce).
 *
 * <p>Rows are matched to scorecards by the unit's code, then by its name. For each matched unit, the figures the
 * table gives are compared exactly (by value: {@code 46.8} equals {@code 46.80}) with the scorecard: the maximum
 * with the effective maximum, each part {@code points:<code>} with that node's points, the points with the total,
 * the index, the grade label, and the rank with the {@link Ranking}. A difference is classified as
 * {@linkplain Discrepancy.Kind#ROUNDING_MODE rounding vs truncation} when the published value is the exact value
 * rounded another recognised way (half up, half even or truncated, at the rule's number of decimals or at fewer),
 * as a {@linkplain Discrepancy.Kind#TIE tie} when a rank differs between units of equal index,
 * as {@linkplain Discrepancy.Kind#PARTS_DO_NOT_ADD_UP parts that do not add up} when the published parts do not give
 * the published total, as a {@linkplain Discrepancy.Kind#GRADE_BAND grade band mismatch}, as a missing unit on
 * either side, or else as a plain value mismatch.
 *
 * <pre>{@code
 * List<Scorecard> cards = assessments.stream().map(a -> Engine.score(ruleSet, a)).toList();
 * Reconciliation r = Reconciliation.of(table, cards, Ranking.of(cards, Ranking.Scope.ALL, Ranking.TieRule.SHARED));
 * r.isClean();                      // true when every published figure is reproduced
 * r.discrepancies().forEach(System.out::println);
 * // NĐ-SNV index: ROUNDING_MODE, published 89.45, computed 89.46: 62.62 / 70 × 100 = 89.457142… truncated ...
 * System.out.println(r.toMarkdown());
 * }</pre>
 */
public final class Reconciliation {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  /**
   * The ways published tables round (docs: most round half up, some half even, some truncate); a published value
   * that is the exact value rounded up, toward a ceiling or a floor is not a recognised practice, so it is a
   * mismatch.
   */
  private static final RoundingMode[] MODES = {RoundingMode.HALF_UP, RoundingMode.HALF_EVEN, RoundingMode.DOWN};

  private final String title;
  private final List<Discrepancy> discrepancies;
  private final List<String> notes;
  private final int matched;

  private Reconciliation(String title, List<Discrepancy> discrepancies, List<String> notes, int matched) {
    this.title = title;
    this.discrepancies = List.copyOf(discrepancies);
    this.notes = List.copyOf(notes);
    this.matched = matched;
  }

  /**
   * Compares a table with scorecards, ranking the scorecards all together with shared ranks for ties
   * ({@code Ranking.of(scorecards, ALL, SHARED)}) when the table has ranks.
   */
  public static Reconciliation of(PublishedTable table, Collection<Scorecard> scorecards) {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(scorecards, "scorecards");
    boolean ranks = table.rows().stream().anyMatch(r -> r.rank().isPresent());
    return of(table, scorecards,
        ranks ? Optional.of(Ranking.of(scorecards, Ranking.Scope.ALL, Ranking.TieRule.SHARED)) : Optional.empty());
  }

  /** Compares a table with scorecards, published ranks with the given ranking. */
  public static Reconciliation of(PublishedTable table, Collection<Scorecard> scorecards, Ranking ranking) {
    Objects.requireNonNull(ranking, "ranking");
    return of(table, scorecards, Optional.of(ranking));
  }

  private static Reconciliation of(PublishedTable table, Collection<Scorecard> scorecards, Optional<Ranking> ranking) {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(scorecards, "scorecards");
    List<Discrepancy> out = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    Map<PublishedRow, Scorecard> pairs = new LinkedHashMap<>();
    Set<Scorecard> used = Collections.newSetFromMap(new IdentityHashMap<>());
    for (PublishedRow row : table.rows()) {
      Optional<Scorecard> card = find(row, scorecards, used);
      if (card.isEmpty()) {
        out.add(new Discrepancy(row.unit(), "unit", Discrepancy.Kind.MISSING_IN_LIBRARY, Optional.of(row.unit()),
            Optional.empty(), "the table lists " + row.unit() + row.location().map(l -> " (" + l + ")").orElse("")
                + " but no scorecard has that unit code or name"));
      } else {
        used.add(card.get());
        pairs.put(row, card.get());
      }
    }
    pairs.forEach((row, card) -> compare(table, row, card, ranking, out, notes));
    for (Scorecard card : scorecards) {
      if (!used.contains(card)) {
        out.add(new Discrepancy(card.unit().code(), "unit", Discrepancy.Kind.MISSING_IN_PUBLISHED, Optional.empty(),
            Optional.of(card.unit().code()), "the scorecard of " + card.unit() + " (index "
                + card.index().toPlainString() + ") has no row in the table"));
      }
    }
    return new Reconciliation(table.title(), out, notes, pairs.size());
  }

  private static Optional<Scorecard> find(PublishedRow row, Collection<Scorecard> cards, Set<Scorecard> used) {
    for (Scorecard c : cards) {
      if (!used.contains(c) && c.unit().code().equals(row.unit())) {
        return Optional.of(c);
      }
    }
    for (Scorecard c : cards) {
      if (!used.contains(c) && (c.unit().name().equals(row.unit())
          || row.name().map(n -> n.equals(c.unit().name())).orElse(false))) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  private static void compare(PublishedTable table, PublishedRow row, Scorecard card, Optional<Ranking> ranking,
      List<Discrepancy> out, List<String> notes) {
    String unit = row.unit();
    int pointsScale = card.rounding().pointsScale();
    RoundingMode pointsMode = card.rounding().pointsMode();
    row.maximum().ifPresent(max -> {
      if (max.compareTo(card.effectiveMaximum()) != 0) {
        out.add(mismatch(unit, "maximum", max, card.effectiveMaximum(),
            "the published maximum differs from the unit's effective maximum (maximum "
                + card.maximum().toPlainString() + " less what does not apply)"));
      }
    });
    boolean partsMatch = true;
    for (Map.Entry<String, BigDecimal> part : row.parts().entrySet()) {
      String field = "points:" + part.getKey();
      Optional<NodeScore> node = card.node(part.getKey());
      if (node.isEmpty()) {
        partsMatch = false;
        out.add(new Discrepancy(unit, field, Discrepancy.Kind.VALUE_MISMATCH, Optional.of(plain(part.getValue())),
            Optional.empty(), "rule set " + card.ruleSetId() + " has no node " + part.getKey()));
        continue;
      }
      BigDecimal published = part.getValue();
      if (published.compareTo(node.get().points()) != 0) {
        partsMatch = false;
        out.add(classifyRounding(unit, field, published, node.get().points(), node.get().exactPoints(),
            "node " + part.getKey() + " exact points", pointsScale, pointsMode)
            .orElseGet(() -> mismatch(unit, field, published, node.get().points(),
                "node " + part.getKey() + " (" + node.get().name() + ") scores differently")));
      }
    }
    boolean pointsMatch = true;
    if (row.points().isPresent()) {
      BigDecimal published = row.points().get();
      Map<String, BigDecimal> tops = topLevelParts(row, card);
      Optional<BigDecimal> partsSum = tops.isEmpty() ? Optional.empty()
          : Optional.of(tops.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
      boolean partsAddUp = partsSum.map(s -> s.compareTo(published) == 0).orElse(true);
      if (published.compareTo(card.totalPoints()) != 0) {
        pointsMatch = false;
        Optional<Discrepancy> rounding = classifyRounding(unit, "points", published, card.totalPoints(),
            card.exactTotal(), "exact total", pointsScale, pointsMode);
        if (rounding.isPresent()) {
          out.add(rounding.get());
        } else if (!partsAddUp) {
          out.add(new Discrepancy(unit, "points", Discrepancy.Kind.PARTS_DO_NOT_ADD_UP, Optional.of(plain(published)),
              Optional.of(plain(card.totalPoints())), "the published parts " + describeParts(tops) + " add up to "
                  + plain(partsSum.get()) + ", not to the published total " + plain(published)
                  + "; the rules give " + plain(card.totalPoints())));
        } else {
          out.add(mismatch(unit, "points", published, card.totalPoints(), "the total differs"
              + (partsSum.isPresent() ? " although the published parts add up to it" : "")));
        }
      } else if (!partsAddUp && partsMatch) {
        notes.add(unit + ": the published parts " + describeParts(tops) + " add up to " + plain(partsSum.get())
            + ", not to the published total " + plain(published) + "; the rules reproduce both (rounding "
            + card.rounding().describe() + ")");
      } else if (!partsAddUp) {
        out.add(new Discrepancy(unit, "points", Discrepancy.Kind.PARTS_DO_NOT_ADD_UP, Optional.of(plain(published)),
            Optional.of(plain(card.totalPoints())), "the published parts " + describeParts(tops) + " add up to "
                + plain(partsSum.get()) + ", not to the published total " + plain(published)
                + ", and the rules do not reproduce every part"));
      }
    }
    boolean indexMatch = true;
    if (row.index().isPresent()) {
      BigDecimal published = row.index().get();
      if (published.compareTo(card.index()) != 0) {
        indexMatch = false;
        BigDecimal exact = card.effectiveMaximum().signum() == 0 ? BigDecimal.ZERO
            : card.totalPoints().multiply(HUNDRED).divide(card.effectiveMaximum(), MathContext.DECIMAL128);
        Optional<Discrepancy> d = classifyRounding(unit, "index", published, card.index(), exact,
            plain(card.totalPoints()) + " / " + plain(card.effectiveMaximum()) + " × 100",
            card.rounding().indexScale(), card.rounding().indexMode());
        if (d.isEmpty()) {
          d = classifyRounding(unit, "index", published, card.index(), card.exactIndex(), "exact index",
              card.rounding().indexScale(), card.rounding().indexMode());
        }
        out.add(d.orElseGet(() -> mismatch(unit, "index", published, card.index(),
            pointsMatchText(row, card))));
      }
    }
    if (row.grade().isPresent()) {
      String published = row.grade().get();
      Optional<String> computed = card.grade().map(GradeBand::label);
      if (!computed.map(published::equals).orElse(false)) {
        String why = computed.isPresent()
            ? "index " + plain(card.index()) + " falls in band " + computed.get() + " (from "
                + plain(card.grade().get().minimumIndex()) + "%)"
            : "index " + plain(card.index()) + " is below every band of the rule set";
        if (!indexMatch) {
          why += "; the published index " + plain(row.index().get()) + " differs too";
        }
        out.add(new Discrepancy(unit, "grade", Discrepancy.Kind.GRADE_BAND, Optional.of(published), computed,
            "published grade " + published + ", but the " + why));
      }
    }
    if (row.rank().isPresent() && ranking.isPresent()) {
      int published = row.rank().getAsInt();
      Optional<Ranking.Entry> entry = ranking.get().entries().stream()
          .filter(e -> e.scorecard().unit().code().equals(card.unit().code())).findFirst();
      if (entry.isEmpty()) {
        out.add(new Discrepancy(unit, "rank", Discrepancy.Kind.VALUE_MISMATCH, Optional.of(Integer.toString(published)),
            Optional.empty(), "the unit is not in the ranking given"));
      } else if (entry.get().rank() != published) {
        Ranking.Entry e = entry.get();
        Optional<PublishedRow> publishedTie = row.index().isEmpty() ? Optional.empty()
            : table.rows().stream().filter(o -> o != row && o.index().isPresent()
                && o.index().get().compareTo(row.index().get()) == 0).findFirst();
        if (e.tied() || publishedTie.isPresent()) {
          long tiedWith = ranking.get().group(e.group()).stream().filter(o -> o.rank() == e.rank()).count();
          out.add(new Discrepancy(unit, "rank", Discrepancy.Kind.TIE, Optional.of(Integer.toString(published)),
              Optional.of(Integer.toString(e.rank())), e.tied()
                  ? "index " + plain(card.index()) + " is tied with " + (tiedWith - 1) + " other unit(s); the rules ("
                      + ranking.get().tieRule() + ") give rank " + e.rank() + ", the table " + published
                  : "the table gives index " + plain(row.index().get()) + " to " + publishedTie.get().unit()
                      + " too and ranks the tie its own way"));
        } else {
          out.add(new Discrepancy(unit, "rank", Discrepancy.Kind.VALUE_MISMATCH,
              Optional.of(Integer.toString(published)), Optional.of(Integer.toString(e.rank())),
              "with index " + plain(card.index()) + " the unit ranks " + e.rank() + " in " + e.group()
                  + (indexMatch ? "" : " (its published index differs)")));
        }
      }
    }
    if (!pointsMatch && !indexMatch) {
      notes.add(unit + ": the index differs because the points differ");
    }
  }

  private static String pointsMatchText(PublishedRow row, Scorecard card) {
    if (row.points().isPresent() && row.points().get().compareTo(card.totalPoints()) != 0) {
      return "the index differs (so do the points)";
    }
    return "the index differs: the rules give " + plain(card.totalPoints()) + " / " + plain(card.effectiveMaximum())
        + " × 100 = " + plain(card.index());
  }

  /**
   * A {@code ROUNDING_MODE} discrepancy if the published value is the exact value rounded in a recognised way
   * (half up, half even, or truncated) other than the rule's: at the rule's scale, or at the published value's own
   * scale when it has fewer decimals than the rule's (e.g. 84.58 published as 84.6). Anything else is left to the
   * caller as a mismatch.
   */
  private static Optional<Discrepancy> classifyRounding(String unit, String field, BigDecimal published,
      BigDecimal computed, BigDecimal exact, String exactText, int scale, RoundingMode ruleMode) {
    List<Integer> scales = new ArrayList<>(List.of(scale));
    int publishedScale = Math.max(published.scale(), 0);
    if (publishedScale < scale) {
      scales.add(publishedScale);
    }
    for (int s : scales) {
      for (RoundingMode m : MODES) {
        if (s == scale && m == ruleMode) {
          continue;
        }
        if (exact.setScale(s, m).compareTo(published) == 0) {
          String how = m == RoundingMode.DOWN ? "truncated (DOWN)" : "rounded " + m;
          return Optional.of(new Discrepancy(unit, field, Discrepancy.Kind.ROUNDING_MODE, Optional.of(plain(published)),
              Optional.of(plain(computed)), exactText + " = " + plain(exact) + "; the table has it " + how + " to "
                  + s + " decimals, the rule set rounds " + ruleMode + " to " + scale + " decimals"));
        }
      }
    }
    return Optional.empty();
  }

  private static Discrepancy mismatch(String unit, String field, BigDecimal published, BigDecimal computed,
      String why) {
    return new Discrepancy(unit, field, Discrepancy.Kind.VALUE_MISMATCH, Optional.of(plain(published)),
        Optional.of(plain(computed)), why);
  }

  /**
   * The published parts that are the scorecard's components (top-level nodes), when the table gives every one of
   * them; empty otherwise (parts deeper in the tree, or only some components, do not add up to the total).
   */
  private static Map<String, BigDecimal> topLevelParts(PublishedRow row, Scorecard card) {
    Map<String, BigDecimal> tops = new LinkedHashMap<>();
    for (NodeScore top : card.nodes()) {
      BigDecimal v = row.parts().get(top.code());
      if (v == null) {
        return Map.of();
      }
      tops.put(top.code(), top.role() == io.github.parindex.model.NodeRole.PENALTY ? v.negate() : v);
    }
    return tops;
  }

  private static String describeParts(Map<String, BigDecimal> parts) {
    StringBuilder s = new StringBuilder();
    parts.forEach((code, v) -> s.append(s.length() == 0 ? "" : " + ").append(plain(v)).append(" (")
        .append(code).append(')'));
    return s.toString();
  }

  private static String plain(BigDecimal v) {
    return v.toPlainString();
  }

  /** The table's title. */
  public String title() {
    return title;
  }

  /** Every discrepancy: missing units in the table's order, then unit by unit in the table's order, then units missing from the table. */
  public List<Discrepancy> discrepancies() {
    return discrepancies;
  }

  /** Differences the rules explain, for the reader: they are not discrepancies. */
  public List<String> notes() {
    return notes;
  }

  /** How many rows were matched with a scorecard. */
  public int matchedUnits() {
    return matched;
  }

  /** Whether every published figure was reproduced and every unit is on both sides. */
  public boolean isClean() {
    return discrepancies.isEmpty();
  }

  /** The discrepancies of one kind. */
  public List<Discrepancy> ofKind(Discrepancy.Kind kind) {
    return discrepancies.stream().filter(d -> d.kind() == kind).toList();
  }

  /** The discrepancies of one unit. */
  public List<Discrepancy> forUnit(String unit) {
    return discrepancies.stream().filter(d -> d.unit().equals(unit)).toList();
  }

  /** A Markdown report: a summary line, a table of discrepancies, and the notes. */
  public String toMarkdown() {
    StringBuilder s = new StringBuilder();
    s.append("# Reconciliation: ").append(Escaping.markdown(title)).append("\n\n");
    s.append(matched).append(" units matched; ").append(discrepancies.size())
        .append(discrepancies.size() == 1 ? " discrepancy" : " discrepancies").append(".\n");
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
