package io.github.parindex.rules.merges;

import io.github.parindex.model.Problem.Location;
import io.github.parindex.model.Problem;
import io.github.parindex.model.ProvenanceStatus;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The data rows of a lineage CSV, value by value; every problem is located at its row and column. Internal. */
final class LineageRows {
  private LineageRows() {}

  /**
   * Where a data row is: the file, its 1-based data row and the line it starts on.
   *
   * @param source the file's name
   * @param row the 1-based data row
   * @param line the line the row starts on
   */
  record Place(String source, long row, long line) {
    Location whole() {
      return Location.ofRow(source, row, line, "");
    }

    Location at(String column) {
      return Location.ofRow(source, row, line, column);
    }
  }

  /** One row's cells by column, or empty (reported) when it has not one value per column. */
  static Optional<Map<String, String>> cells(List<String> cells, List<String> header, Place where,
      List<Problem> problems) {
    if (cells.size() != header.size()) {
      problems.add(Problem.error(where.whole(), "row has " + cells.size() + " values, the header has "
          + header.size()));
      return Optional.empty();
    }
    Map<String, String> map = new HashMap<>();
    for (int i = 0; i < cells.size(); i++) {
      map.put(header.get(i), cells.get(i));
    }
    return Optional.of(map);
  }

  /** One row, checked. */
  record Row(Place where, String event, String kind, LocalDate effective, String predecessorCode,
      String predecessorName, String successorCode, String successorName, ProvenanceStatus status, String basis,
      LocalDate basisDate, String source) {}

  /** The row of {@code m}, or empty (reported) when a value is missing or not of its kind. */
  static Optional<Row> row(Map<String, String> m, Place where, List<Problem> problems) {
    int before = problems.size();
    String kind = m.getOrDefault("kind", "").toUpperCase(Locale.ROOT);
    Set<String> kinds = Set.of("MERGE", "SPLIT", "RENAME", "ABOLISH", "UNCHANGED");
    if (!kinds.contains(kind)) {
      problems.add(Problem.error(where.at("kind"), "\"" + m.get("kind") + "\" is not one of " + kinds));
    }
    String event = m.getOrDefault("event", "");
    if (!kind.equals("UNCHANGED") && event.isEmpty()) {
      problems.add(Problem.error(where.at("event"), "a " + kind + " row needs an event id"));
    }
    LocalDate effective = kind.equals("UNCHANGED") && m.getOrDefault("effective", "").isEmpty() ? null
        : date(m, "effective", where, problems, true);
    String pc = required(m, "predecessor_code", where, problems);
    String pn = required(m, "predecessor_name", where, problems);
    String sc = m.getOrDefault("successor_code", "");
    String sn = m.getOrDefault("successor_name", "");
    if (!kind.equals("ABOLISH") && (sc.isEmpty() || sn.isEmpty())) {
      problems.add(Problem.error(where.at(sc.isEmpty() ? "successor_code" : "successor_name"), "a " + kind
          + " row needs a successor (successor_code and successor_name)"));
    }
    if (kind.equals("UNCHANGED") && !pc.equals(sc)) {
      problems.add(Problem.error(where.at("successor_code"), "an UNCHANGED row must have the same predecessor and"
          + " successor code, got " + pc + " and " + sc));
    }
    ProvenanceStatus status = null;
    try {
      status = ProvenanceStatus.valueOf(m.getOrDefault("status", "").toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      problems.add(Problem.error(where.at("status"), "\"" + m.get("status") + "\" is not one of "
          + List.of(ProvenanceStatus.values())));
    }
    String basis = required(m, "basis", where, problems);
    LocalDate basisDate = m.getOrDefault("basis_date", "").isEmpty() ? null
        : date(m, "basis_date", where, problems, false);
    String source = m.getOrDefault("source", "");
    if (problems.size() > before) {
      return Optional.empty();
    }
    return Optional.of(new Row(where, event, kind, effective, pc, pn, sc, sn, status, basis, basisDate, source));
  }

  private static String required(Map<String, String> m, String column, Place where, List<Problem> problems) {
    String v = m.getOrDefault(column, "");
    if (v.isEmpty()) {
      problems.add(Problem.error(where.at(column), "must not be empty"));
    }
    return v;
  }

  private static LocalDate date(Map<String, String> m, String column, Place where, List<Problem> problems,
      boolean required) {
    String v = m.getOrDefault(column, "");
    if (v.isEmpty()) {
      if (required) {
        problems.add(Problem.error(where.at(column), "must not be empty"));
      }
      return null;
    }
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      problems.add(Problem.error(where.at(column), "\"" + v + "\" is not a date like 2025-07-01"));
      return null;
    }
  }
}
