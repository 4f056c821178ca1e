package io.github.parindex.testkit;

import io.github.parindex.audit.PublishedRow;
import io.github.parindex.audit.TableRules;
import io.github.parindex.engine.Ranking;
import io.github.parindex.engine.TieBreak;
import io.github.parindex.model.LeafInput;
import io.github.parindex.model.AdministrativeUnit;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A whole case file, read: the rule set (by id) or the rule-set header of published totals, the units, the ranking
 * and the tolerance. Internal.
 */
record CaseSpec(String title, Optional<String> source, Optional<String> ruleSetId, Optional<TableRules> rules,
    int year, List<UnitCase> units, Ranking.Scope scope, TieBreak ties, Optional<BigDecimal> tolerance,
    Optional<String> toleranceReason) {

  /** One unit of a case: who, what was answered (or the published totals), what is expected. */
  record UnitCase(AdministrativeUnit unit, List<LeafInput> inputs, Optional<PublishedRow> published,
      Expected expected) {}

  /** Expected figures; empty means not checked. */
  record Expected(Optional<BigDecimal> total, Optional<BigDecimal> index, Optional<String> grade,
      Optional<BigDecimal> maximum, Optional<BigDecimal> effectiveMaximum, Optional<Integer> rank,
      Map<String, Map<String, Object>> nodes) {

    static Expected none() {
      return new Expected(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
          Optional.empty(), Map.of());
    }
  }
}
