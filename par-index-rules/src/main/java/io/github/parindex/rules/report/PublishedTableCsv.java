package io.github.parindex.rules.report;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.parindex.audit.PublishedRow;
import io.github.parindex.audit.PublishedTable;
import io.github.parindex.model.ParIndexException;
import io.github.parindex.model.Problem;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Reads a published result table from CSV, for {@link io.github.parindex.audit.Reconciliation}.
 *
 * <p>The first line that is not a comment is the header. Columns, in any order, all optional but {@code unit}:
 * {@code unit} (the unit's code or name, matched against scorecards), {@code name}, {@code group} (block or
 * cluster), {@code points} (the total), {@code maximum}, {@code index} (percent; a trailing {@code %} is allowed), {@code grade},
 * {@code rank}, and {@code points:<code>} for the points of a part, e.g. {@code points:I} for the appraisal
 * component. Decimals use a dot ({@code 85.78}, not {@code 85,78}); a figure with a comma must be quoted. An empty
 * cell means the table does not give that figure. Lines starting with {@code #} are comments;
 * {@code # title: ...} and {@code # source: ...} set the table's title and source. The file is UTF-8.
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
 */
public final class PublishedTableCsv {
  private static final Set<String> COLUMNS =
      Set.of("unit", "name", "group", "points", "maximum", "index", "grade", "rank");

  private PublishedTableCsv() {}

  /** Reads a file; its name is used in messages and, without a {@code # title:} line, as the title. */
  public static PublishedTable read(Path file) {
    Objects.requireNonNull(file, "file");
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in, file.getFileName().toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read published table " + file, e);
    }
  }

  /**
   * Reads CSV text.
   *
   * @param in the CSV; the caller closes it
   * @param sourceName the file name or another label for messages, and the title if the text has none
   * @throws ParIndexException listing every bad row and cell
   */
  public static PublishedTable read(Reader in, String sourceName) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(sourceName, "sourceName");
    String text;
    try {
      StringBuilder s = new StringBuilder();
      char[] buf = new char[8192];
      for (int n; (n = in.read(buf)) >= 0; ) {
        s.append(buf, 0, n);
      }
      text = s.toString();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read published table " + sourceName, e);
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    String title = sourceName;
    String source = null;
    for (String line : text.split("\r?\n", -1)) {
      String t = line.strip();
      if (t.startsWith("# title:")) {
        title = t.substring("# title:".length()).strip();
      } else if (t.startsWith("# source:")) {
        source = t.substring("# source:".length()).strip();
      }
    }
    List<Problem> problems = new ArrayList<>();
    List<PublishedRow> rows = new ArrayList<>();
    CsvMapper mapper = new CsvMapper();
    CsvSchema schema = CsvSchema.emptySchema().withComments();
    try (MappingIterator<String[]> it = mapper.readerFor(String[].class)
        .with(CsvParser.Feature.WRAP_AS_ARRAY).with(CsvParser.Feature.TRIM_SPACES)
        .with(CsvParser.Feature.SKIP_EMPTY_LINES).with(schema).readValues(text)) {
      String[] header = null;
      while (it.hasNextValue()) {
        int line = it.getCurrentLocation().getLineNr();
        String[] cells = it.nextValue();
        if (header == null) {
          header = cells;
          checkHeader(sourceName, line, header, problems);
          continue;
        }
        PublishedRow row = row(sourceName, line, header, cells, problems);
        if (row != null) {
          rows.add(row);
        }
      }
      if (header == null) {
        problems.add(Problem.general(sourceName + ": no header line (expected e.g. unit,points,index,rank)"));
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof ParIndexException p) {
        throw p;
      }
      problems.add(Problem.general(sourceName + ": not readable as CSV: " + e.getMessage()));
    }
    if (!problems.isEmpty()) {
      throw new ParIndexException("published table " + sourceName + " has errors", problems);
    }
    PublishedTable.Builder b = PublishedTable.builder().title(title).rows(rows);
    if (source != null) {
      b.source(source);
    }
    return b.build();
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
            + "\" (known: unit, name, group, points, maximum, index, grade, rank, points:<code>)"));
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
        case "index" -> decimal(where, v.endsWith("%") ? v.substring(0, v.length() - 1).strip() : v, problems,
            b::index);
        case "rank" -> {
          if (v.matches("[1-9][0-9]{0,8}")) {
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

  private static void decimal(String where, String v, List<Problem> problems,
      java.util.function.Consumer<BigDecimal> set) {
    if (v.matches("-?[0-9]+(\\.[0-9]+)?")) {
      set.accept(new BigDecimal(v));
    } else if (v.matches("-?[0-9]+,[0-9]+")) {
      problems.add(Problem.general(where + ": \"" + v + "\" uses a decimal comma; write it with a dot, e.g. "
          + v.replace(',', '.')));
    } else {
      problems.add(Problem.general(where + ": \"" + v + "\" is not a decimal (e.g. 85.78)"));
    }
  }
}
