package io.github.parindex.audit;

import io.github.parindex.engine.Ranking;
import io.github.parindex.engine.Scorecard;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Compares published ranks with a {@link Ranking}: by position, or, for an excerpt whose groups were not scored in
 * full, by order. Rows with the same published index are found through a map, so the check is linear in the rows.
 */
final class RankCheck {
  private final PublishedTable table;
  private final Ranking ranking;
  private final List<Discrepancy> out;
  private final TableTies ties;
  private final Map<String, Ranking.BrokenTie> brokenByUnit = new HashMap<>();

  RankCheck(PublishedTable table, TableTies ties, Ranking ranking, List<Discrepancy> out) {
    this.table = table;
    this.ties = ties;
    this.ranking = ranking;
    this.out = out;
    for (Ranking.BrokenTie t : ranking.brokenTies()) {
      t.units().forEach(u -> brokenByUnit.put(u, t));
    }
  }

  /** Checks every matched row's rank. */
  void run(Map<PublishedRow, Scorecard> pairs) {
    Map<String, List<Map.Entry<PublishedRow, Ranking.Entry>>> excerptGroups = new LinkedHashMap<>();
    for (Map.Entry<PublishedRow, Scorecard> p : pairs.entrySet()) {
      PublishedRow row = p.getKey();
      if (row.rank().isEmpty()) {
        continue;
      }
      Optional<Ranking.Entry> entry = ranking.entryOf(p.getValue().unit().code());
      if (entry.isEmpty()) {
        out.add(new Discrepancy(row.unit(), "rank", Discrepancy.Kind.VALUE_MISMATCH,
            Optional.of(Integer.toString(row.rank().getAsInt())), Optional.empty(),
            "the unit is not in the ranking given"));
      } else if (orderOnly(entry.get().group())) {
        excerptGroups.computeIfAbsent(entry.get().group(), g -> new ArrayList<>()).add(Map.entry(row, entry.get()));
      } else {
        position(row, entry.get());
      }
    }
    excerptGroups.values().forEach(this::order);
  }

  /** An excerpt whose group was not scored in full: only the order of the ranks can be checked. */
  private boolean orderOnly(String group) {
    return table.excerptOf().isPresent() && ranking.group(group).size() < table.excerptOf().getAsInt();
  }

  private void position(PublishedRow row, Ranking.Entry e) {
    int published = row.rank().getAsInt();
    if (e.rank() == published) {
      return;
    }
    String unit = row.unit();
    Scorecard card = e.scorecard();
    Ranking.BrokenTie broken = brokenByUnit.get(card.unit().code());
    boolean publishedTie = ties.tiedInTable(row);
    if (e.tied() || broken != null || publishedTie) {
      long tiedWith = ranking.group(e.group()).stream().filter(o -> o.rank() == e.rank()).count();
      String rule = ranking.tieRule() == Ranking.TieRule.DECLARED ? "the declared tie rule ("
          + ranking.tieBreak().describe() + ") gives" : "the rules (" + ranking.tieRule() + ") give";
      String why = broken != null ? broken.explanation() + "; " + rule + " rank " + e.rank() + ", the table "
          + published
          : e.tied() ? "index " + card.index().toPlainString() + " is tied with " + (tiedWith - 1)
              + " other unit(s); " + rule + " rank " + e.rank() + ", the table " + published
          : "the table gives index " + row.index().get().toPlainString() + " to another unit too and ranks the tie"
              + " its own way; " + rule + " rank " + e.rank();
      out.add(new Discrepancy(unit, "rank", Discrepancy.Kind.TIE, Optional.of(Integer.toString(published)),
          Optional.of(Integer.toString(e.rank())), why));
      return;
    }
    out.add(new Discrepancy(unit, "rank", Discrepancy.Kind.VALUE_MISMATCH, Optional.of(Integer.toString(published)),
        Optional.of(Integer.toString(e.rank())), "with index " + card.index().toPlainString() + " the unit ranks "
            + e.rank() + " in " + e.group() + (row.index().isPresent()
                && row.index().get().compareTo(card.index()) != 0 ? " (its published index differs)" : "")));
  }

  /**
   * Ranks of an excerpt: sorted by published rank, each unit must rank after the ones listed above it, and no unit
   * can hold a better published rank than its place among the units scored.
   */
  private void order(List<Map.Entry<PublishedRow, Ranking.Entry>> rows) {
    List<Map.Entry<PublishedRow, Ranking.Entry>> sorted = new ArrayList<>(rows);
    sorted.sort(Comparator.comparingInt(x -> x.getKey().rank().getAsInt()));
    int of = table.excerptOf().getAsInt();
    for (int i = 0; i < sorted.size(); i++) {
      PublishedRow row = sorted.get(i).getKey();
      Ranking.Entry e = sorted.get(i).getValue();
      int published = row.rank().getAsInt();
      if (i > 0) {
        PublishedRow prevRow = sorted.get(i - 1).getKey();
        Ranking.Entry prev = sorted.get(i - 1).getValue();
        int prevPublished = prevRow.rank().getAsInt();
        boolean inverted = prevPublished < published ? prev.rank() > e.rank() : prev.rank() != e.rank();
        if (inverted) {
          out.add(new Discrepancy(row.unit(), "rank", prevPublished == published ? Discrepancy.Kind.TIE
              : Discrepancy.Kind.VALUE_MISMATCH, Optional.of(Integer.toString(published)),
              Optional.of(Integer.toString(e.rank()) + " of the " + ranking.group(e.group()).size() + " scored"),
              "out of order in an excerpt of " + of + " units: the table ranks " + prevRow.unit() + " "
                  + prevPublished + " and " + row.unit() + " " + published + ", but their indices "
                  + prev.scorecard().index().toPlainString() + " and " + e.scorecard().index().toPlainString()
                  + " rank them " + prev.rank() + " and " + e.rank() + " among the units scored"));
          continue;
        }
      }
      if (published < e.rank()) {
        out.add(new Discrepancy(row.unit(), "rank", Discrepancy.Kind.VALUE_MISMATCH,
            Optional.of(Integer.toString(published)), Optional.of(Integer.toString(e.rank()) + " of the "
                + ranking.group(e.group()).size() + " scored"), "the table ranks the unit " + published + " of " + of
                + ", but " + (e.rank() - 1) + " of the units scored rank above it"));
      }
    }
  }
}
