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
import io.github.parindex.internal.Numbers;
import io.github.parindex.model.ParIndexException;
import io.github.parindex.model.Problem;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

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
 * <p>Every bad cell is reported at once, by file name, row (the line number in the file) and column, in one
 * {@link ParIndexException}.
 *
 * @since 0.1.0
 */
public final class PublishedTableCsv {
  private static final Set<String> COLUMNS =
      Set.of("unit", "name", "group", "points", "maximum", "notApplicable", "index", "grade", "rank");
  /** The most data rows a table may have: far above any published table (Vietnam has about 10,000 communes). */
  static final int MAX_ROWS = 1_000_000;
  /** The longest comment or header line, in characters. */
  static final int MAX_PRELUDE_LINE = 100_000;
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
    Prelude prelude;
    try {
      prelude = Prelude.read(input, sourceName);
    } catch (IOException e) {
      throw new ParIndexException("published table " + sourceName + " has errors", List.of(Problem.general(
          sourceName + ": not readable before the header" + (e instanceof CharacterCodingException
              ? " (a byte that is not UTF-8)" : "") + ": " + e.getMessage())));
    }
    if (prelude.header().isEmpty()) {
      throw new ParIndexException("published table " + sourceName + " has errors",
          List.of(Problem.general(sourceName + ": no header line (expected e.g. unit,points,index,rank)")));
    }
    int offset = prelude.headerLine() - 1;
    List<PublishedRow> rows = new ArrayList<>();
    CsvMapper mapper = CSV;
    CsvSchema schema = CsvSchema.emptySchema().withComments();
    Reader rest = new HeadThenRest(prelude.header().get() + "\n", input);
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
          checkHeader(sourceName, line, header, problems);
          continue;
        }
        if (++count > maxRows) {
          problems.add(Problem.general(sourceName + ", row " + line + ": more than " + maxRows
              + " rows, the most a published table may have; split the table"));
          break;
        }
        PublishedRow row = row(sourceName, line, header, cells, problems);
        if (row != null) {
          rows.add(row);
        }
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof ParIndexException p) {
        throw p;
      }
      problems.add(Problem.general(sourceName + stoppedAt(e, parser, offset) + ": not readable as CSV after " + rows.size()
          + " rows read" + (e instanceof CharacterCodingException ? " (a byte that is not UTF-8)" : "") + ": "
          + (jackson(e) instanceof StreamConstraintsException c ? "a cell is longer than " + MAX_CELL_LENGTH
              + " characters, the most a cell may have (" + c.getOriginalMessage() + ")" : e.getMessage())));
    }
    if (!problems.isEmpty()) {
      throw new ParIndexException("published table " + sourceName + " has errors", problems);
    }
    PublishedTable.Builder b = PublishedTable.builder().title(prelude.title().orElse(sourceName)).rows(rows);
    prelude.source().ifPresent(b::source);
    if (prelude.excerptOf().isPresent()) {
      String n = prelude.excerptOf().get();
      if (!isRank(n)) {
        throw new ParIndexException("published table " + sourceName + " has errors", List.of(Problem.general(
            sourceName + ": \"# excerpt of: " + n + "\" needs the number of units of the full table, e.g. 20")));
      }
      b.excerptOf(Integer.parseInt(n));
    }
    try {
      return b.build();
    } catch (ParIndexException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw new ParIndexException("published table " + sourceName + " has errors",
          List.of(Problem.general(sourceName + ": " + e.getMessage())));
    }
  }

  /** {@code ", row 7"}: the line where reading stopped, when the CSV parser knows it; else nothing. */
  private static String stoppedAt(Exception e, JsonParser parser, int offset) {
    JacksonException j = jackson(e);
    if (j != null && j.getLocation() != null && j.getLocation().getLineNr() > 0) {
      return ", row " + (j.getLocation().getLineNr() + offset);
    }
    // Jackson's limit exceptions carry no location: the parser's position is where the limit was passed
    return parser == null || parser.currentLocation().getLineNr() <= 0 ? ""
        : ", row " + (parser.currentLocation().getLineNr() + offset);
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

  /**
   * The lines before the header: blank lines and comments, where {@code # title:} and {@code # source:} are read;
   * then the header line itself (1-based {@code headerLine}), if there is one.
   */
  private record Prelude(Optional<String> title, Optional<String> source, Optional<String> excerptOf,
      Optional<String> header, int headerLine) {
    static Prelude read(Reader in, String src) throws IOException {
      Optional<String> title = Optional.empty();
      Optional<String> source = Optional.empty();
      Optional<String> excerptOf = Optional.empty();
      int lineNo = 0;
      for (String line; (line = line(in, src, lineNo + 1)) != null; ) {
        lineNo++;
        if (lineNo == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        String t = line.strip();
        if (t.startsWith("# title:")) {
          title = Optional.of(t.substring("# title:".length()).strip());
        } else if (t.startsWith("# source:")) {
          source = Optional.of(t.substring("# source:".length()).strip());
        } else if (t.startsWith("# excerpt of:")) {
          excerptOf = Optional.of(t.substring("# excerpt of:".length()).strip());
        } else if (!t.isEmpty() && !t.startsWith("#")) {
          return new Prelude(title, source, excerptOf, Optional.of(line), lineNo);
        }
      }
      return new Prelude(title, source, excerptOf, Optional.empty(), lineNo);
    }

    /** One line without its line break, or null at the end of the input. */
    private static String line(Reader in, String src, int lineNo) throws IOException {
      StringBuilder s = new StringBuilder();
      int c;
      while ((c = in.read()) >= 0 && c != '\n') {
        if (s.length() == MAX_PRELUDE_LINE) {
          throw new ParIndexException("published table " + src + " has errors", List.of(Problem.general(src
              + ", row " + lineNo + ": a comment or header line longer than " + MAX_PRELUDE_LINE + " characters")));
        }
        s.append((char) c);
      }
      if (c < 0 && s.length() == 0) {
        return null;
      }
      int n = s.length();
      return n > 0 && s.charAt(n - 1) == '\r' ? s.substring(0, n - 1) : s.toString();
    }
  }

  /** The header line again, then the rest of the input, unread so far; closing it leaves the input open. */
  private static final class HeadThenRest extends Reader {
    private final String head;
    private final Reader rest;
    private int pos;

    HeadThenRest(String head, Reader rest) {
      this.head = head;
      this.rest = rest;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      if (pos < head.length()) {
        int n = Math.min(len, head.length() - pos);
        head.getChars(pos, pos + n, buf, off);
        pos += n;
        return n;
      }
      return rest.read(buf, off, len);
    }

    @Override
    public void close() {
      // the caller owns the input
    }
  }

  private static void checkHeader(String src, int line, String[] header, List<Problem> problems) {
    Set<String> seen = new HashSet<>();
    boolean unit = false;
    for (int i = 0; i < header.length; i++) {
      String h = header[i];
      if (!seen.add(h)) {
        problems.add(Problem.general(src + ", row " + line + ", column " + (i + 1) + ": column " + h
            + " appears twice"));
      }
      if (h.equals("unit")) {
        unit = true;
      } else if (!COLUMNS.contains(h) && !(h.startsWith("points:") && h.length() > "points:".length())) {
        problems.add(Problem.general(src + ", row " + line + ", column " + (i + 1) + ": unknown column \"" + h
            + "\" (known: unit, name, group, points, maximum, notApplicable, index, grade, rank, points:<code>)"));
      }
    }
    if (!unit) {
      problems.add(Problem.general(src + ", row " + line + ": the header has no unit column"));
    }
  }

  private static PublishedRow row(String src, int line, String[] header, String[] cells, List<Problem> problems) {
    if (cells.length > header.length) {
      problems.add(Problem.general(src + ", row " + line + ": " + cells.length + " cells but the header has "
          + header.length + " columns"));
      return null;
    }
    PublishedRow.Builder b = PublishedRow.builder().location(src + ", row " + line);
    int before = problems.size();
    boolean hasUnit = false;
    for (int i = 0; i < cells.length; i++) {
      String h = header[i];
      String v = cells[i];
      if (v.isEmpty()) {
        continue;
      }
      String where = src + ", row " + line + ", column " + h;
      switch (h) {
        case "unit" -> {
          b.unit(v);
          hasUnit = true;
        }
        case "name" -> b.name(v);
        case "group" -> b.group(v);
        case "grade" -> b.grade(v);
        case "points" -> decimal(where, v, problems, b::points);
        case "maximum" -> decimal(where, v, problems, b::maximum);
        case "notApplicable" -> decimal(where, v, problems, b::notApplicable);
        case "index" -> decimal(where, v.endsWith("%") ? v.substring(0, v.length() - 1).strip() : v, problems,
            b::index);
        case "rank" -> {
          if (isRank(v)) {
            b.rank(Integer.parseInt(v));
          } else {
            problems.add(Problem.general(where + ": \"" + v + "\" is not a rank (a whole number from 1)"));
          }
        }
        default -> {
          if (h.startsWith("points:")) {
            String code = h.substring("points:".length());
            decimal(where, v, problems, d -> b.putParts(code, d));
          }
        }
      }
    }
    if (!hasUnit) {
      problems.add(Problem.general(src + ", row " + line + ", column unit: empty (every row needs a unit)"));
    }
    return problems.size() == before ? b.build() : null;
  }

  /** A whole number from 1 to 999,999,999, checked character by character. */
  private static boolean isRank(String v) {
    if (v.isEmpty() || v.length() > 9 || v.charAt(0) == '0') {
      return false;
    }
    for (int i = 0; i < v.length(); i++) {
      if (v.charAt(i) < '0' || v.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * A decimal in plain notation (digits, an optional minus and dot), kept with the decimals it was printed with,
   * through the library's numeric gate {@link Numbers}; a decimal comma is named as such. Checked in one pass over
   * the cell, so a cell of any length costs time linear in its length.
   */
  private static void decimal(String where, String v, List<Problem> problems,
      java.util.function.Consumer<BigDecimal> set) {
    String quoted = Numbers.quote(v);
    if (!isPlain(v, '.')) {
      problems.add(Problem.general(where + ": " + quoted + (isPlain(v, ',') ? " uses a decimal comma; write it with"
          + " a dot, e.g. " + v.replace(',', '.') : " is not a decimal (e.g. 85.78)")));
      return;
    }
    String tooBig = Numbers.problemOf(v, "the figure");
    if (tooBig != null) {
      problems.add(Problem.general(where + ": " + tooBig));
      return;
    }
    set.accept(Numbers.parse(v, "the figure"));
  }

  /** {@code -?digits(<point>digits)?}, in one pass. */
  private static boolean isPlain(String v, char point) {
    int i = v.startsWith("-") ? 1 : 0;
    int start = i;
    while (i < v.length() && v.charAt(i) >= '0' && v.charAt(i) <= '9') {
      i++;
    }
    if (i == start) {
      return false;
    }
    if (i == v.length()) {
      return true;
    }
    if (v.charAt(i) != point) {
      return false;
    }
    int frac = ++i;
    while (i < v.length() && v.charAt(i) >= '0' && v.charAt(i) <= '9') {
      i++;
    }
    return i == v.length() && i > frac;
  }
}
