package io.github.parindex.rules.merges;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.parindex.lineage.UnitLineage;
import io.github.parindex.model.ParIndexException;
import io.github.parindex.model.Problem.Location;
import io.github.parindex.model.Problem;
import io.github.parindex.rules.merges.LineageRows.Place;
import io.github.parindex.rules.merges.LineageRows.Row;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(sourceName, "sourceName");
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
          throw fail(new Place(sourceName, rows, line).whole(), "more than " + maxRows + " rows; the limit is "
              + maxRows);
        }
        Place where = new Place(sourceName, rows, line);
        Optional<Row> read = LineageRows.cells(cells, header, where, problems)
            .flatMap(m -> LineageRows.row(m, where, problems));
        if (read.isPresent()) {
          add(read.get(), lineage, events);
        }
      }
    } catch (IOException e) {
      throw unreadable(e, sourceName, line);
    }
    events.forEach((id, rows) -> LineageEvents.event(id, rows, lineage, problems));
    LineageEvents.sameDay(events, problems);
    if (!problems.isEmpty()) {
      throw new ParIndexException("lineage " + sourceName + " is invalid", problems);
    }
    try {
      return lineage.build();
    } catch (ParIndexException e) {
      throw new ParIndexException("lineage " + sourceName + " is invalid", e.problems(), e);
    }
  }

  /** A row read: its units into the lineage, and the row into its event (all but UNCHANGED rows). */
  private static void add(Row row, UnitLineage.Builder lineage, Map<String, List<Row>> events) {
    lineage.unit(row.predecessorCode(), row.predecessorName());
    if (!row.successorCode().isEmpty()) {
      lineage.unit(row.successorCode(), row.successorName());
    }
    if (!row.kind().equals("UNCHANGED")) {
      events.computeIfAbsent(row.event(), e -> new ArrayList<>()).add(row);
    }
  }

  /** The input stopped being readable (malformed CSV, an over-long cell, bytes that are not UTF-8, I/O). */
  private static ParIndexException unreadable(IOException e, String sourceName, long line) {
    if (e instanceof JacksonException j) {
      long at = j.getLocation() == null ? line : Math.max(0, j.getLocation().getLineNr());
      long column = j.getLocation() == null ? 0 : Math.max(0, j.getLocation().getColumnNr());
      String msg = j instanceof StreamConstraintsException
          ? "a cell is longer than " + MAX_CELL_LENGTH + " characters; the limit is " + MAX_CELL_LENGTH
          : "malformed CSV: " + j.getOriginalMessage();
      return fail(Location.ofFile(sourceName, at, column, ""), msg + " (reading stopped)");
    }
    return fail(Location.ofFile(sourceName, line, 0, ""), "cannot be read" + (line > 0 ? " past this line" : "")
        + ": " + (e instanceof CharacterCodingException ? "not UTF-8 text (" + e.getMessage() + ")" : e.toString()));
  }

  static ParIndexException fail(Location where, String message) {
    return new ParIndexException("cannot read lineage " + where.source(), List.of(Problem.error(where, message)));
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
        throw fail(Location.ofFile(sourceName, 0, 0, ""), "no header row (expected " + COLUMNS + ")");
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
        problems.add(Problem.error(Location.ofRow(sourceName, 0, line, shown(h)), "unknown column \"" + shown(h)
            + "\" (expected " + COLUMNS + ")"));
      } else if (!seen.add(h)) {
        problems.add(Problem.error(Location.ofRow(sourceName, 0, line, h), "column " + h + " is repeated"));
      }
    }
    List<String> missing = COLUMNS.stream().filter(c -> !seen.contains(c)).toList();
    if (!missing.isEmpty()) {
      problems.add(Problem.error(Location.ofRow(sourceName, 0, line, ""), "missing columns " + missing + " (expected "
          + COLUMNS + ")"));
    }
    if (!problems.isEmpty()) {
      throw new ParIndexException("cannot read lineage " + sourceName, problems);
    }
    return header;
  }

  static String shown(String text) {
    int n = text.length();
    return n <= 40 ? text : text.substring(0, 20) + "…" + text.substring(n - 10) + " (" + n + " characters)";
  }
}
