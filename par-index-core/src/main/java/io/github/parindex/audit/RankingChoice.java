package io.github.parindex.audit;

import io.github.parindex.engine.Ranking;
import io.github.parindex.engine.Scorecard;
import io.github.parindex.engine.TieBreak;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The ranking a reconciliation makes when none is given: within the table's {@code group} column when it has one,
 * else the units' blocks when every unit has one, else all units together; scorecards in the table's order (for
 * {@link TieBreak.Key#publishedOrder()}), then those the table does not list.
 */
record RankingChoice(Ranking ranking, String basis) {
  static final String NOT_LISTED = "(not in the table)";

  static RankingChoice of(PublishedTable table, Map<PublishedRow, Scorecard> pairs, Collection<Scorecard> cards,
      TieBreak tieBreak) {
    Map<Scorecard, String> groupOf = new IdentityHashMap<>();
    List<Scorecard> ordered = new ArrayList<>();
    pairs.forEach((row, card) -> {
      ordered.add(card);
      row.group().ifPresent(g -> groupOf.put(card, g));
    });
    Set<Scorecard> listed = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    listed.addAll(ordered);
    for (Scorecard c : cards) {
      if (!listed.contains(c)) {
        ordered.add(c);
      }
    }
    String ties = "; ties: " + tieBreak.describe();
    if (table.rows().stream().anyMatch(r -> r.group().isPresent())) {
      Set<String> groups = new LinkedHashSet<>();
      table.rows().forEach(r -> r.group().ifPresent(groups::add));
      Ranking r = Ranking.byGroup(ordered, "the table's group column",
          c -> Optional.ofNullable(groupOf.get(c)).or(() -> c.unit().block()).or(() -> Optional.of(NOT_LISTED)),
          tieBreak);
      return new RankingChoice(r, "the table's group column (" + String.join("; ", groups) + ")" + ties);
    }
    if (!ordered.isEmpty() && ordered.stream().allMatch(c -> c.unit().block().isPresent())) {
      return new RankingChoice(Ranking.of(ordered, Ranking.Scope.BLOCK, tieBreak), "the units' blocks" + ties);
    }
    return new RankingChoice(Ranking.of(ordered, Ranking.Scope.ALL, tieBreak), "all units together" + ties);
  }
}
