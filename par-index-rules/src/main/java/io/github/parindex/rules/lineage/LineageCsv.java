package io.github.parindex.rules.lineage;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.parindex.lineage.LineageEvent;
import io.github.parindex.lineage.UnitLineage;
import io.github.parindex.model.LegalReference;
import io.github.parindex.model.ParIndexException;
import io.github.parindex.model.Problem;
import io.github.parindex.model.Provenance;
import io.github.parindex.model.ProvenanceStatus;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a unit lineage from CSV: one row per (predecessor, successor) link, rows of one event sharing an event id.
 * Lines starting with {@code #} are comments; a field may not span lines.
 *
 * <p>Columns: {@code event} (an id grouping the rows of one merge or split; empty for UNCHANGED), {@code kind}
 * (MERGE, SPLIT, RENAME, ABOLISH or UNCHANGED), {@code effective} (ISO date; empty for UNCHANGED),
 * {@code predecessor_code}, {@code predecessor_name}, {@code successor_code}, {@code successor_name} (empty for
 * ABOLISH), {@code status} (CONFIRMED, INFERRED, INCOMPLETE or ILLUSTRATIVE), {@code basis} (the legal act),
 * {@code basis_date} (ISO date, may be empty), {@code source} (where the data was read).
 *
 * <pre>{@code
 * try (Reader r = Files.newBufferedReader(Path.of("commune-merges.csv"))) {
 *   UnitLineage lineage = LineageCsv.read(r, "commune-merges.csv");
 * }
 * }</pre>
 */
public final class LineageCsv {
  private LineageCsv() {}

  static final List<String> COLUMNS = List.of("event", "kind", "effective", "predecessor_code", "predecessor_name",
      "successor_code", "successor_name", "status", "basis", "basis_date", "source");

  /**
   * Reads and checks a lineage.
   *
   * @param reader the CSV text
   * @param sourceName the file's name, for error messages
   * @throws ParIndexException listing every problem with its row and column
   * @throws UncheckedIOException if the reader fails
   */
  public static UnitLineage read(Reader reader, String sourceName) {
    CsvMapper mapper = new CsvMapper();
    mapper.enable(CsvParser.Feature.TRIM_SPACES);
    CsvSchema schema = CsvSchema.emptySchema().withHeader().withComments();
    List<Problem> problems = new ArrayList<>();
    UnitLineage.Builder lineage = UnitLineage.builder();
    Map<String, List<Row>> events = new LinkedHashMap<>();
    String text;
    try {
      text = readAll(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lineage " + sourceName, e);
    }
    // Physical line numbers of the data rows (after the header; comment and blank lines skipped).
    List<Integer> dataLines = new ArrayList<>();
    String[] physical = text.split("\r?\n", -1);
    boolean header = true;
    for (int i = 0; i < physical.length; i++) {
      String l = physical[i].strip();
      if (l.isEmpty() || l.startsWith("#")) {
        continue;
      }
      if (header) {
        header = false;
      } else {
        dataLines.add(i + 1);
      }
    }
    try (MappingIterator<Map<String, String>> rows =
        mapper.readerForMapOf(String.class).with(schema).readValues(text)) {
      boolean headerChecked = false;
      int index = 0;
      while (rows.hasNextValue()) {
        Map<String, String> map = rows.nextValue();
        String where = sourceName + " line " + (index < dataLines.size() ? dataLines.get(index) : "?");
        index++;
        if (!headerChecked) {
          headerChecked = true;
          List<String> missing = COLUMNS.stream().filter(c -> !map.containsKey(c)).toList();
          if (!missing.isEmpty()) {
            throw new ParIndexException("cannot read lineage " + sourceName,
                List.of(Problem.general(sourceName + ": missing columns " + missing + " (expected " + COLUMNS + ")")));
          }
        }
        Row row = row(map, where, problems);
        if (row == null) {
          continue;
        }
        lineage.unit(row.predecessorCode, row.predecessorName);
        if (!row.successorCode.isEmpty()) {
          lineage.unit(row.successorCode, row.successorName);
        }
        if (!row.kind.equals("UNCHANGED")) {
          events.computeIfAbsent(row.event, e -> new ArrayList<>()).add(row);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lineage " + sourceName, e);
    } catch (RuntimeException e) {
      if (e instanceof ParIndexException) {
        throw e;
      }
      throw new ParIndexException("cannot read lineage " + sourceName,
          List.of(Problem.general(sourceName + ": malformed CSV: " + e.getMessage())), e);
    }
    events.forEach((id, rows) -> event(id, rows, lineage, problems));
    if (!problems.isEmpty()) {
      throw new ParIndexException("lineage " + sourceName + " is invalid", problems);
    }
    try {
      return lineage.build();
    } catch (ParIndexException e) {
      throw new ParIndexException("lineage " + sourceName + " is invalid", e.problems(), e);
    }
  }

  private static String readAll(Reader reader) throws IOException {
    StringBuilder s = new StringBuilder();
    char[] buf = new char[8192];
    for (int n; (n = reader.read(buf)) > 0; ) {
      s.append(buf, 0, n);
    }
    return s.toString();
  }

  private record Row(String where, String event, String kind, LocalDate effective, String predecessorCode,
      String predecessorName, String successorCode, String successorName, ProvenanceStatus status, String basis,
      LocalDate basisDate, String source) {}

  private static Row row(Map<String, String> m, String where, List<Problem> problems) {
    int before = problems.size();
    String kind = m.getOrDefault("kind", "").toUpperCase(Locale.ROOT);
    Set<String> kinds = Set.of("MERGE", "SPLIT", "RENAME", "ABOLISH", "UNCHANGED");
    if (!kinds.contains(kind)) {
      problems.add(Problem.general(where + ", column kind: \"" + m.get("kind") + "\" is not one of " + kinds));
    }
    String event = m.getOrDefault("event", "");
    if (!kind.equals("UNCHANGED") && event.isEmpty()) {
      problems.add(Problem.general(where + ", column event: a " + kind + " row needs an event id"));
    }
    LocalDate effective = kind.equals("UNCHANGED") && m.getOrDefault("effective", "").isEmpty() ? null
        : date(m, "effective", where, problems, true);
    String pc = required(m, "predecessor_code", where, problems);
    String pn = required(m, "predecessor_name", where, problems);
    String sc = m.getOrDefault("successor_code", "");
    String sn = m.getOrDefault("successor_name", "");
    if (!kind.equals("ABOLISH") && (sc.isEmpty() || sn.isEmpty())) {
      problems.add(Problem.general(where + ", columns successor_code/successor_name: a " + kind
          + " row needs a successor"));
    }
    if (kind.equals("UNCHANGED") && !pc.equals(sc)) {
      problems.add(Problem.general(where + ": an UNCHANGED row must have the same predecessor and successor code, got "
          + pc + " and " + sc));
    }
    ProvenanceStatus status = null;
    try {
      status = ProvenanceStatus.valueOf(m.getOrDefault("status", "").toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      problems.add(Problem.general(where + ", column status: \"" + m.get("status") + "\" is not one of "
          + List.of(ProvenanceStatus.values())));
    }
    String basis = required(m, "basis", where, problems);
    LocalDate basisDate = m.getOrDefault("basis_date", "").isEmpty() ? null
        : date(m, "basis_date", where, problems, false);
    String source = m.getOrDefault("source", "");
    if (problems.size() > before) {
      return null;
    }
    return new Row(where, event, kind, effective, pc, pn, sc, sn, status, basis, basisDate, source);
  }

  private static String required(Map<String, String> m, String column, String where, List<Problem> problems) {
    String v = m.getOrDefault(column, "");
    if (v.isEmpty()) {
      problems.add(Problem.general(where + ", column " + column + ": must not be empty"));
    }
    return v;
  }

  private static LocalDate date(Map<String, String> m, String column, String where, List<Problem> problems,
      boolean required) {
    String v = m.getOrDefault(column, "");
    if (v.isEmpty()) {
      if (required) {
        problems.add(Problem.general(where + ", column " + column + ": must not be empty"));
      }
      return null;
    }
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      problems.add(Problem.general(where + ", column " + column + ": \"" + v + "\" is not a date like 2025-07-01"));
      return null;
    }
  }

  private static void event(String id, List<Row> rows, UnitLineage.Builder lineage, List<Problem> problems) {
    Row first = rows.get(0);
    for (Row r : rows) {
      if (!r.kind.equals(first.kind) || !r.effective.equals(first.effective) || !r.basis.equals(first.basis)) {
        problems.add(Problem.general(r.where + ": event " + id + " mixes kinds, dates or bases (first row at "
            + first.where + ")"));
        return;
      }
    }
    Set<String> preds = new LinkedHashSet<>();
    Set<String> succs = new LinkedHashSet<>();
    ProvenanceStatus status = ProvenanceStatus.CONFIRMED;
    for (Row r : rows) {
      preds.add(r.predecessorCode);
      if (!r.successorCode.isEmpty()) {
        succs.add(r.successorCode);
      }
      if (r.status.ordinal() > status.ordinal()) {
        status = r.status;
      }
    }
    LegalReference basis = first.basisDate == null ? LegalReference.of(first.basis)
        : LegalReference.of(first.basis, first.basisDate);
    if (!first.source.isEmpty()) {
      basis = basis.withUrl(first.source);
    }
    Provenance provenance = first.source.isEmpty() ? Provenance.of(status, "event " + id)
        : Provenance.of(status, "event " + id, first.source);
    try {
      lineage.event(new LineageEvent(LineageEvent.Kind.valueOf(first.kind), first.effective, List.copyOf(preds),
          List.copyOf(succs), basis, provenance));
    } catch (IllegalArgumentException e) {
      problems.add(Problem.general(first.where + ": event " + id + ": " + e.getMessage()));
    }
  }
}
