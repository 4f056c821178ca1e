package io.github.parindex.rules.merges;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
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
 * Lines starting with {@code #} are comments; a field may not span lines. Read strictly: unknown or repeated
 * columns, rows with too many or too few values, over-long cells and input that is not text are located errors.
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
 *
 * @since 0.1.0
 */
public final class LineageCsv {
  private LineageCsv() {}

  static final List<String> COLUMNS = List.of("event", "kind", "effective", "predecessor_code", "predecessor_name",
      "successor_code", "successor_name", "status", "basis", "basis_date", "source");

  /** The longest cell read, in characters: {@value}. A longer one stops reading, located. */
  public static final int MAX_CELL_LENGTH = 10_000;

  /** The most data rows read: {@value}. */
  public static final int MAX_ROWS = 1_000_000;

  private static final CsvFactory FACTORY = CsvFactory.builder()
      .enable(CsvParser.Feature.TRIM_SPACES)
      .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_CELL_LENGTH).build())
      .build();

  /**
   * Reads and checks a lineage, strictly: the header must name exactly the {@link #COLUMNS} (in any order, each
   * once; a leading byte order mark is skipped), every row must have one value per column, no cell may be longer
   * than {@link #MAX_CELL_LENGTH}, and no unit may take part as a predecessor in two events effective on the same
   * day (a unit merged and renamed on one day is ambiguous).
   *
   * @param reader the CSV text
   * @param sourceName the file's name, for error messages
   * @return the lineage
   * @throws ParIndexException listing every problem with its line and column; also when the reader fails (bytes
   *     that are not text, an I/O error), located at the line reached
   */
  public static UnitLineage read(Reader reader, String sourceName) {
    return read(reader, sourceName, MAX_ROWS);
  }

  /** {@link #read(Reader, String)} with another row limit (for tests). */
  static UnitLineage read(Reader reader, String sourceName, int maxRows) {
    java.util.Objects.requireNonNull(reader, "reader");
    java.util.Objects.requireNonNull(sourceName, "sourceName");
    List<Problem> problems = new ArrayList<>();
    UnitLineage.Builder lineage = UnitLineage.builder();
    Map<String, List<Row>> events = new LinkedHashMap<>();
    long line = 0;
    try (CsvParser p = FACTORY.createParser(new CommentBlankingReader(skipBom(reader)))) {
      p.setSchema(CsvSchema.emptySchema());
      List<String> header = header(p, sourceName);
      long rows = 0;
      while (p.nextToken() == JsonToken.START_ARRAY) {
        List<String> cells = new ArrayList<>();
        String v;
        while ((v = p.nextTextValue()) != null) {
          if (cells.isEmpty()) {
            line = p.currentTokenLocation().getLineNr(); // the row's first value: its line (not the array start's)
          }
          cells.add(v);
        }
        if (cells.size() == 1 && cells.get(0).isEmpty()) {
          continue; // an empty line (or a comment line, emptied by CommentBlankingReader)
        }
        if (++rows > maxRows) {
          throw fail(sourceName, sourceName + " line " + line + ": more than " + maxRows + " rows; the limit is "
              + maxRows);
        }
        String where = sourceName + " line " + line;
        Map<String, String> map = cells(cells, header, where, problems);
        Row row = map == null ? null : row(map, where, problems);
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
    } catch (JacksonException e) {
      long at = e.getLocation() == null ? line : e.getLocation().getLineNr();
      String msg = e instanceof StreamConstraintsException
          ? "a cell is longer than " + MAX_CELL_LENGTH + " characters; the limit is " + MAX_CELL_LENGTH
          : "malformed CSV: " + e.getOriginalMessage();
      throw fail(sourceName, sourceName + " line " + at + ": " + msg + " (reading stopped)");
    } catch (IOException e) {
      throw fail(sourceName, sourceName + " after line " + line + ": cannot be read: " + (e instanceof
          java.nio.charset.CharacterCodingException ? "not UTF-8 text (" + e.getMessage() + ")" : e.toString()));
    }
    events.forEach((id, rows) -> event(id, rows, lineage, problems));
    sameDay(events, problems);
    if (!problems.isEmpty()) {
      throw new ParIndexException("lineage " + sourceName + " is invalid", problems);
    }
    try {
      return lineage.build();
    } catch (ParIndexException e) {
      throw new ParIndexException("lineage " + sourceName + " is invalid", e.problems(), e);
    }
  }

  private static ParIndexException fail(String sourceName, String message) {
    return new ParIndexException("cannot read lineage " + sourceName, List.of(Problem.general(message)));
  }

  private static Reader skipBom(Reader in) throws IOException {
    java.io.PushbackReader p = new java.io.PushbackReader(in, 1);
    int c = p.read();
    if (c != -1 && c != '\uFEFF') {
      p.unread(c);
    }
    return p;
  }

  /** The header: exactly the known columns, each once. */
  private static List<String> header(CsvParser p, String sourceName) throws IOException {
    List<String> header = new ArrayList<>();
    long line = 0;
    while (header.size() == 1 && header.get(0).isEmpty() || header.isEmpty()) {
      if (p.nextToken() != JsonToken.START_ARRAY) {
        throw fail(sourceName, sourceName + ": no header row (expected " + COLUMNS + ")");
      }
      header.clear();
      String v;
      while ((v = p.nextTextValue()) != null) {
        if (header.isEmpty()) {
          line = p.currentTokenLocation().getLineNr();
        }
        header.add(v);
      }
    }
    List<Problem> problems = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (String h : header) {
      if (!COLUMNS.contains(h)) {
        problems.add(Problem.general(sourceName + " line " + line + ": unknown column \"" + shown(h) + "\" (expected "
            + COLUMNS + ")"));
      } else if (!seen.add(h)) {
        problems.add(Problem.general(sourceName + " line " + line + ": column " + h + " is repeated"));
      }
    }
    List<String> missing = COLUMNS.stream().filter(c -> !seen.contains(c)).toList();
    if (!missing.isEmpty()) {
      problems.add(Problem.general(sourceName + ": missing columns " + missing + " (expected " + COLUMNS + ")"));
    }
    if (!problems.isEmpty()) {
      throw new ParIndexException("cannot read lineage " + sourceName, problems);
    }
    return header;
  }

  /** One row's cells by column, or null (reported) when it has not one value per column. */
  private static Map<String, String> cells(List<String> cells, List<String> header, String where,
      List<Problem> problems) {
    if (cells.size() != header.size()) {
      problems.add(Problem.general(where + ": row has " + cells.size() + " values, the header has "
          + header.size()));
      return null;
    }
    Map<String, String> map = new java.util.HashMap<>();
    for (int i = 0; i < cells.size(); i++) {
      map.put(header.get(i), cells.get(i));
    }
    return map;
  }

  private static String shown(String text) {
    int n = text.length();
    return n <= 40 ? text : text.substring(0, 20) + "…" + text.substring(n - 10) + " (" + n + " characters)";
  }

  /** A unit may be a predecessor in at most one event per day (merged and renamed on one day is ambiguous). */
  private static void sameDay(Map<String, List<Row>> events, List<Problem> problems) {
    Map<String, String> firstEvent = new java.util.HashMap<>();
    for (Map.Entry<String, List<Row>> e : events.entrySet()) {
      Set<String> units = new LinkedHashSet<>();
      for (Row r : e.getValue()) {
        if (r.effective != null) {
          units.add(r.predecessorCode + "@" + r.effective);
        }
      }
      for (String key : units) {
        String other = firstEvent.putIfAbsent(key, e.getKey());
        if (other != null) {
          String unit = key.substring(0, key.lastIndexOf('@'));
          problems.add(Problem.general(e.getValue().get(0).where + ": unit " + unit + " is a predecessor in events "
              + other + " and " + e.getKey() + ", both effective " + key.substring(key.lastIndexOf('@') + 1)
              + " (one unit, one event per day)"));
        }
      }
    }
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
