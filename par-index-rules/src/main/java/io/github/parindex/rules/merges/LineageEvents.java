package io.github.parindex.rules.merges;

import io.github.parindex.lineage.LineageEvent;
import io.github.parindex.lineage.UnitLineage;
import io.github.parindex.model.LegalReference;
import io.github.parindex.model.Problem;
import io.github.parindex.model.Provenance;
import io.github.parindex.model.ProvenanceStatus;
import io.github.parindex.rules.merges.LineageRows.Row;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The events of a lineage CSV: rows grouped by event id, checked together and against each other. Internal. */
final class LineageEvents {
  private LineageEvents() {}

  /** A unit may be a predecessor in at most one event per day (merged and renamed on one day is ambiguous). */
  static void sameDay(Map<String, List<Row>> events, List<Problem> problems) {
    Map<String, String> firstEvent = new HashMap<>();
    for (Map.Entry<String, List<Row>> e : events.entrySet()) {
      Set<String> units = new LinkedHashSet<>();
      for (Row r : e.getValue()) {
        if (r.effective() != null) {
          units.add(r.predecessorCode() + "@" + r.effective());
        }
      }
      for (String key : units) {
        String other = firstEvent.putIfAbsent(key, e.getKey());
        if (other != null) {
          String unit = key.substring(0, key.lastIndexOf('@'));
          problems.add(Problem.error(e.getValue().get(0).where().whole(), "unit " + unit + " is a predecessor in events "
              + other + " and " + e.getKey() + ", both effective " + key.substring(key.lastIndexOf('@') + 1)
              + " (one unit, one event per day)"));
        }
      }
    }
  }

  /** One event from its rows, added to the lineage, or its problems reported. */
  static void event(String id, List<Row> rows, UnitLineage.Builder lineage, List<Problem> problems) {
    Row first = rows.get(0);
    for (Row r : rows) {
      if (!r.kind().equals(first.kind()) || !r.effective().equals(first.effective()) || !r.basis().equals(first.basis())) {
        problems.add(Problem.error(r.where().whole(), "event " + id + " mixes kinds, dates or bases (first row: "
            + first.where().whole() + ")"));
        return;
      }
    }
    Set<String> preds = new LinkedHashSet<>();
    Set<String> succs = new LinkedHashSet<>();
    ProvenanceStatus status = ProvenanceStatus.CONFIRMED;
    for (Row r : rows) {
      preds.add(r.predecessorCode());
      if (!r.successorCode().isEmpty()) {
        succs.add(r.successorCode());
      }
      if (r.status().ordinal() > status.ordinal()) {
        status = r.status();
      }
    }
    LegalReference basis = first.basisDate() == null ? LegalReference.of(first.basis())
        : LegalReference.of(first.basis(), first.basisDate());
    if (!first.source().isEmpty()) {
      basis = basis.withUrl(first.source());
    }
    Provenance provenance = first.source().isEmpty() ? Provenance.of(status, "event " + id)
        : Provenance.of(status, "event " + id, first.source());
    try {
      lineage.event(new LineageEvent(LineageEvent.Kind.valueOf(first.kind()), first.effective(), List.copyOf(preds),
          List.copyOf(succs), basis, provenance));
    } catch (IllegalArgumentException e) {
      problems.add(Problem.error(first.where().whole(), "event " + id + ": " + e.getMessage()));
    }
  }
}
