package io.github.parindex.rules.published;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.parindex.audit.PublishedRow;
import io.github.parindex.audit.PublishedTable;
import io.github.parindex.model.ParIndexException;
import io.github.parindex.model.Problem.Location;
import io.github.parindex.model.Problem;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads a published result table from CSV, for {@link io.github.parindex.audit.Reconciliation}.
 *
 * <p>The first line that is not a comment is the header. Columns, in any order, all optional but {@code unit}:
 * {@code unit} (the unit's code or name, matched against scorecards), {@code name}, {@code group} (block or
 * cluster), {@code points} (the total), {@code maximum}, {@code index} (percent; a trailing {@code %} is allowed), {@code grade},
 * {@code rank}, {@code notApplicable} (points removed from the scale as not applicable, where the table prints that
 * instead of the maximum), and {@code points:<code>} for the points of a part, e.g. {@code points:I} for the appraisal
 * component. Every figure keeps the decimals it is printed with ({@code 85.780} has three), and passes the
 * library's numeric gate (at most 20 digits before and 20 after the point). A comment line
 * {@code # excerpt of: 20} before the header says the table lists some units of a table of 20. Decimals use a dot ({@code 85.78}, not {@code 85,78}); a figure with a comma must be quoted. An empty
 * cell means the table does not give that figure. Lines starting with {@code #} are comments; comment lines
 * {@code # title: ...} and {@code # source: ...} before the header set the table's title and source (later ones,
 * and text inside quoted cells, are not read as such). The file is UTF-8.
 *
 * <p>The input is read as a stream, row by row. A table has at most 1,000,000 rows (the data rows after the
 * header) and each line before the header at most 100,000 characters; a longer input is refused
 * with the file name and the row where the limit was passed.
 *
 * <pre>{@code
 * # title: Bình Dương 2017, Chỉ số CCHC cấp huyện
 * # source: provincial-sets.md 3.2
 * unit,name,points:I,points:II,points,index,rank
 * TDM,Thành phố Thủ Dầu Một,51.75,32.83,84.58,84.58,1
 * TU,Thị xã Tân Uyên,48.75,33.25,82.00,82.00,2
 * }</pre>
 *
 * <pre>{@code
 * PublishedTable table = PublishedTableCsv.read(Path.of("published/binh-duong-2017.csv"));
 * }</pre>
 *
 * <p>Every bad cell is reported at once, by file name, data row (1 is the first row after the header; the line in the file is given too) and
 * column name, in one
 * {@link ParIndexException}.
 *
 * @since 0.1.0
 */
public final class PublishedTableCsv {
  /** The most data rows a table may have: far above any published table (Vietnam has about 10,000 communes). */
  static final int MAX_ROWS = 1_000_000;

  /** The longest cell of a data row, in characters (a unit's name, a figure: far below it). */
  static final int MAX_CELL_LENGTH = 100_000;

  /** Reads the rows after the header, within the cell limit (never Jackson's default of 20,000,000). */
  private static final CsvMapper CSV = CsvMapper.builder(CsvFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_CELL_LENGTH).build()).build())
      .build();

  private PublishedTableCsv() {}

  /**
   * Reads a file; its name is used in messages and, without a {@code # title:} line, as the title.
   *
   * @param file the CSV file, UTF-8 (a leading byte-order mark is skipped)
   * @return the table
   * @throws ParIndexException listing every bad row and cell, or a byte that is not UTF-8 with the row where it is
   */
  public static PublishedTable read(Path file) {
    Objects.requireNonNull(file, "file");
    String name = file.getFileName().toString();
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, name);
    } catch (IOException e) {
      throw new ParIndexException("published table " + name + " cannot be read",
          List.of(Problem.general(name + ": cannot be read: " + e.getMessage())));
    }
  }

  /**
   * Reads UTF-8 bytes (a leading byte-order mark is skipped); a byte that is not UTF-8 is a problem, never a
   * replacement character.
   *
   * @param in the CSV bytes; the caller closes the stream
   * @param sourceName the file name or another label for messages, and the title if the text has none
   * @return the table
   * @throws ParIndexException listing every bad row and cell
   */
  public static PublishedTable read(InputStream in, String sourceName) {
    Objects.requireNonNull(in, "in");
    return read(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), sourceName);
  }

  /**
   * Reads CSV text.
   *
   * @param in the CSV; the caller closes it
   * @param sourceName the file name or another label for messages, and the title if the text has none
   * @return the table, rows in file order
   * @throws ParIndexException listing every bad row and cell
   */
  public static PublishedTable read(Reader in, String sourceName) {
    return read(in, sourceName, MAX_ROWS);
  }

  /** {@link #read(Reader, String)} with another row limit (for tests). */
  static PublishedTable read(Reader in, String sourceName, int maxRows) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(sourceName, "sourceName");
    List<Problem> problems = new ArrayList<>();
    Reader input = in instanceof BufferedReader ? in : new BufferedReader(in);
    CsvPrelude.Prelude prelude = prelude(input, sourceName);
    int offset = prelude.headerLine() - 1;
    List<PublishedRow> rows = new ArrayList<>();
    CsvMapper mapper = CSV;
    CsvSchema schema = CsvSchema.emptySchema().withComments();
    Reader rest = new CsvPrelude.HeadThenRest(prelude.header().get() + "\n", input);
    JsonParser parser = null;
    try (MappingIterator<String[]> it = mapper.readerFor(String[].class)
        .with(CsvParser.Feature.WRAP_AS_ARRAY).with(CsvParser.Feature.TRIM_SPACES)
        .with(CsvParser.Feature.SKIP_EMPTY_LINES).with(schema).readValues(rest)) {
      parser = it.getParser();
      String[] header = null;
      int count = 0;
      while (it.hasNextValue()) {
        int line = it.getCurrentLocation().getLineNr() + offset;
        String[] cells = it.nextValue();
        if (header == null) {
          header = cells;
          PublishedCells.checkHeader(sourceName, line, header, problems);
          continue;
        }
        if (++count > maxRows) {
          problems.add(Problem.error(Location.ofRow(sourceName, count, line, ""), "more than " + maxRows
              + " rows, the most a published table may have; split the table"));
          break;
        }
        PublishedCells.row(sourceName, count, line, header, cells, problems).ifPresent(rows::add);
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof ParIndexException p) {
        throw p;
      }
      problems.add(Problem.error(Location.ofFile(sourceName, stoppedAt(e, parser, offset), 0, ""),
          "not readable as CSV after " + rows.size() + " rows read"
          + (e instanceof CharacterCodingException ? " (a byte that is not UTF-8)" : "") + ": "
          + (jackson(e) instanceof StreamConstraintsException c ? "a cell is longer than " + MAX_CELL_LENGTH
              + " characters, the most a cell may have (" + c.getOriginalMessage() + ")" : e.getMessage())));
    }
    if (!problems.isEmpty()) {
      throw new ParIndexException("published table " + sourceName + " has errors", problems);
    }
    return table(prelude, rows, sourceName);
  }

  /** The line where reading stopped, when the CSV parser knows it; else 0. */
  private static long stoppedAt(Exception e, JsonParser parser, int offset) {
    JacksonException j = jackson(e);
    if (j != null && j.getLocation() != null && j.getLocation().getLineNr() > 0) {
      return j.getLocation().getLineNr() + offset;
    }
    // Jackson's limit exceptions carry no location: the parser's position is where the limit was passed
    return parser == null || parser.currentLocation().getLineNr() <= 0 ? 0
        : parser.currentLocation().getLineNr() + offset;
  }

  /** The CSV parser's exception behind {@code e} (the iterator wraps it), or null. */
  private static JacksonException jackson(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof JacksonException j && !(t.getCause() instanceof JacksonException)) {
        return j;
      }
    }
    return null;
  }

  /** The comments and the header line, which must be there. */
  private static CsvPrelude.Prelude prelude(Reader input, String sourceName) {
    CsvPrelude.Prelude prelude;
    try {
      prelude = CsvPrelude.Prelude.read(input, sourceName);
    } catch (IOException e) {
      throw new ParIndexException("published table " + sourceName + " has errors", List.of(Problem.general(
          sourceName + ": not readable before the header" + (e instanceof CharacterCodingException
              ? " (a byte that is not UTF-8)" : "") + ": " + e.getMessage())));
    }
    if (prelude.header().isEmpty()) {
      throw new ParIndexException("published table " + sourceName + " has errors",
          List.of(Problem.general(sourceName + ": no header line (expected e.g. unit,points,index,rank)")));
    }
    return prelude;
  }

  /** The table from its rows and what the comments before the header say. */
  private static PublishedTable table(CsvPrelude.Prelude prelude, List<PublishedRow> rows, String sourceName) {
    PublishedTable.Builder b = PublishedTable.builder().title(prelude.title().orElse(sourceName)).rows(rows);
    prelude.source().ifPresent(b::source);
    if (prelude.excerptOf().isPresent()) {
      String n = prelude.excerptOf().get();
      if (!PublishedCells.isRank(n)) {
        throw new ParIndexException("published table " + sourceName + " has errors", List.of(Problem.general(
            sourceName + ": \"# excerpt of: " + n + "\" needs the number of units of the full table, e.g. 20")));
      }
      b.excerptOf(Integer.parseInt(n));
    }
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw new ParIndexException("published table " + sourceName + " has errors",
          List.of(Problem.general(sourceName + ": " + e.getMessage())));
    }
  }
}
