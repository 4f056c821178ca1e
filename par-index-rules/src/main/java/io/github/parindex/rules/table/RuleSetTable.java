package io.github.parindex.rules.table;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.parindex.method.DirectPoints;
import io.github.parindex.method.Methods;
import io.github.parindex.method.ScoringMethod;
import io.github.parindex.model.LegalReference;
import io.github.parindex.model.Node;
import io.github.parindex.model.NodeRole;
import io.github.parindex.model.ParIndexException;
import io.github.parindex.model.PointSource;
import io.github.parindex.model.Problem;
import io.github.parindex.model.Provenance;
import io.github.parindex.model.ProvenanceStatus;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and writes a rule set's tree as a CSV table (UTF-8) shaped like the decisions' tables: one row per
 * component, criterion and sub-criterion, with its code, name, maximum points and Vietnamese scoring text.
 *
 * <p>Columns (header names are case-insensitive; Vietnamese headers are accepted too, see
 * {@code docs/guide/rule-sets-and-tables.md}, "Authoring a rule set from a table"): {@code code}, {@code name}, {@code gloss}, {@code max_points} (decimal comma
 * or point), {@code source} ({@code appraisal}, {@code leaders-survey}, {@code citizens-survey},
 * {@code outcome-data} or their Vietnamese names such as {@code thẩm định}, {@code SIPAS}), {@code role}
 * ({@code scored}, {@code bonus}, {@code penalty}; default scored), {@code scoring_text} (verbatim, read by
 * {@link ScoringTextParser}), {@code method} (empty: read the scoring text; {@code direct}: points given directly
 * when the text cannot be read; or a scoring phrase read instead of the scoring text), {@code legal_reference}
 * ({@code "876/QĐ-BNV (10/11/2022), Phụ lục, Bảng 2"}), {@code legal_url}, {@code provenance} (CONFIRMED,
 * INFERRED, INCOMPLETE or ILLUSTRATIVE), {@code provenance_note} and {@code provenance_source}. Only
 * {@code code}, {@code name} and {@code max_points} are required. The separator may be a comma, a semicolon or a
 * tab (taken from the header line); a UTF-8 byte-order mark is ignored.
 *
 * <p>The tree comes from the codes: the parent of {@code 1.2.3} is {@code 1.2}; children keep the order of their
 * rows. Every problem is reported at once, each naming the row (the header is row 1), the column and the code:
 * cells that do not read, duplicate codes, a missing parent, children whose maxima do not add up to their
 * parent's, leaves without a source or with a scoring text that cannot be read.
 *
 * <pre>{@code
 * List<Node> nodes;
 * try (Reader r = Files.newBufferedReader(Path.of("bo-chi-so.csv"))) {
 *   nodes = RuleSetTable.readNodes(r, "bo-chi-so.csv");
 * }
 * RuleSet rs = RuleSet.builder().id("...")...addAllNodes(nodes).build();
 * String csv = RuleSetTable.write(rs.nodes());   // reads back to the same nodes
 * }</pre>
 */
public final class RuleSetTable {
  private RuleSetTable() {}

  /**
   * The most data rows a table may have: {@value}. The decisions' tables have a few hundred rows; more is an error
   * naming the first row beyond the limit.
   */
  public static final int MAX_ROWS = 10_000;

  /**
   * The longest cell, in characters: {@value}. A longer cell is an error naming its row and column (scoring texts
   * have their own, smaller limit, {@link ScoringTextParser#MAX_LENGTH}).
   */
  public static final int MAX_CELL_LENGTH = 10_000;

  /** The longest table read, in characters: {@value}; a longer input is an error, not read to its end. */
  public static final int MAX_TABLE_LENGTH = 5_000_000;

  /** Configured once, then only used to make readers and writers: thread-safe. */
  private static final CsvMapper CSV = new CsvMapper();

  private static final Pattern DECIMAL = Pattern.compile("\\d+(?:[.,]\\d+)?");
  private static final Pattern LEGAL = Pattern.compile(
      "^(?<doc>[^,]+?)(?:\\s*\\((?<d>\\d{1,2})/(?<m>\\d{1,2})/(?<y>\\d{4})\\))?\\s*(?:,\\s*(?<clause>.*\\S))?\\s*$");

  /** The words of the method column that mark a row as directly scored points. */
  private static final List<String> DIRECT = List.of("direct", "direct points", "điểm trực tiếp", "chấm trực tiếp",
      "trực tiếp");

  private static final Map<String, PointSource> SOURCES = new LinkedHashMap<>();
  private static final Map<String, NodeRole> ROLES = new LinkedHashMap<>();

  static {
    for (PointSource s : PointSource.values()) {
      SOURCES.put(Column.key(s.name()), s);
      SOURCES.put(Column.key(s.vietnameseLabel()), s);
    }
    sources(PointSource.APPRAISAL, "appraisal", "thẩm định", "điểm thẩm định", "tự đánh giá");
    sources(PointSource.LEADERS_SURVEY, "leaders survey", "leaders' survey", "leader survey",
        "khảo sát lãnh đạo", "khảo sát lãnh đạo, quản lý", "khảo sát cán bộ, công chức");
    sources(PointSource.CITIZENS_SURVEY, "citizens survey", "citizens' survey", "citizen survey", "sipas",
        "khảo sát người dân", "khảo sát người dân, tổ chức");
    sources(PointSource.OUTCOME_DATA, "outcome data", "outcome", "số liệu", "số liệu kết quả", "tác động",
        "tác động kinh tế - xã hội");
    roles(NodeRole.SCORED, "scored", "tính điểm");
    roles(NodeRole.BONUS, "bonus", "điểm thưởng", "thưởng", "điểm cộng", "cộng");
    roles(NodeRole.PENALTY, "penalty", "điểm trừ", "trừ");
  }

  private static void sources(PointSource s, String... words) {
    for (String w : words) {
      SOURCES.put(Column.key(w), s);
    }
  }

  private static void roles(NodeRole r, String... words) {
    for (String w : words) {
      ROLES.put(Column.key(w), r);
    }
  }

  /**
   * Reads a table into the rule set's top-level nodes (components), each with its subtree.
   *
   * @param reader the CSV text; the caller opens it as UTF-8 and closes it
   * @param sourceName the name used in error messages, e.g. the file name
   * @return the top-level nodes in row order
   * @throws ParIndexException listing every problem, each with the row, column and code (or saying that the text is
   *     not UTF-8, when the reader reports a malformed input)
   * @throws UncheckedIOException if the reader fails otherwise
   */
  public static List<Node> readNodes(Reader reader, String sourceName) {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(sourceName, "sourceName");
    String text;
    try {
      StringBuilder sb = new StringBuilder();
      char[] buf = new char[8192];
      for (int n; (n = reader.read(buf)) >= 0; ) {
        sb.append(buf, 0, n);
        if (sb.length() > MAX_TABLE_LENGTH) {
          throw new ParIndexException(sourceName + ": the rule-set table has problems", List.of(Problem.general(
              sourceName + ": the table is longer than the limit of " + MAX_TABLE_LENGTH
                  + " characters (RuleSetTable.MAX_TABLE_LENGTH); it was not read to its end")));
        }
      }
      text = sb.toString();
    } catch (CharacterCodingException e) {
      throw new ParIndexException(sourceName + ": the rule-set table has problems", List.of(Problem.general(
          sourceName + ": the file is not UTF-8 text (" + e + "); save it as \"CSV UTF-8\"")), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + sourceName + ": " + e.getMessage(), e);
    }
    return new TableReader(sourceName).read(text);
  }

  /** Reads a UTF-8 table file; errors name the file. */
  public static List<Node> readNodes(Path file) {
    Objects.requireNonNull(file, "file");
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return readNodes(r, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Writes nodes (and their subtrees) as a table that {@link #readNodes} reads back to equal nodes. Every column is
   * written, rows parents first. A leaf's method column stays empty when its scoring text reads to its method; it
   * says {@code direct} for directly scored points, and otherwise holds a canonical scoring phrase
   * ({@link ScoringTextParser#canonicalText}).
   *
   * @throws IllegalArgumentException naming the code, if a node cannot be written: a leaf without a method, a
   *     method that is not built in, or a legal reference whose document contains a comma
   */
  public static String write(List<Node> nodes) {
    Objects.requireNonNull(nodes, "nodes");
    List<String[]> rows = new ArrayList<>();
    String[] header = new String[Column.values().length];
    for (Column c : Column.values()) {
      header[c.ordinal()] = c.header();
    }
    rows.add(header);
    for (Node top : nodes) {
      top.forEach(n -> rows.add(row(n)));
    }
    try {
      return CSV.writer(CsvSchema.emptySchema().withLineSeparator("\n")).writeValueAsString(rows);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the table: " + e.getOriginalMessage(), e);
    }
  }

  private static String[] row(Node n) {
    Map<Column, String> cells = new EnumMap<>(Column.class);
    cells.put(Column.CODE, n.code());
    cells.put(Column.NAME, n.name());
    cells.put(Column.GLOSS, n.gloss().orElse(""));
    cells.put(Column.MAX_POINTS, n.maxPoints().toPlainString());
    cells.put(Column.SOURCE, n.source().map(RuleSetTable::sourceToken).orElse(""));
    cells.put(Column.ROLE, n.role().name().toLowerCase(Locale.ROOT));
    cells.put(Column.SCORING_TEXT, n.scoringText().orElse(""));
    cells.put(Column.METHOD, n.isLeaf() ? methodCell(n) : "");
    n.legalReference().ifPresent(ref -> {
      if (ref.document().contains(",")) {
        throw new IllegalArgumentException("criterion " + n.code() + ": the legal reference's document \""
            + ref.document() + "\" contains a comma, which the legal_reference column cannot hold");
      }
      StringBuilder s = new StringBuilder(ref.document());
      ref.date().ifPresent(d -> s.append(String.format(" (%02d/%02d/%04d)", d.getDayOfMonth(), d.getMonthValue(),
          d.getYear())));
      ref.clause().ifPresent(c -> s.append(", ").append(c));
      cells.put(Column.LEGAL_REFERENCE, s.toString());
      cells.put(Column.LEGAL_URL, ref.url().orElse(""));
    });
    n.provenance().ifPresent(p -> {
      cells.put(Column.PROVENANCE, p.status().name());
      cells.put(Column.PROVENANCE_NOTE, p.note());
      cells.put(Column.PROVENANCE_SOURCE, p.source().orElse(""));
    });
    String[] row = new String[Column.values().length];
    for (Column c : Column.values()) {
      row[c.ordinal()] = cells.getOrDefault(c, "");
    }
    return row;
  }

  private static String methodCell(Node n) {
    ScoringMethod method = n.method().orElseThrow(() -> new IllegalArgumentException(
        "criterion " + n.code() + " is a leaf without a scoring method; it cannot be written"));
    if (method instanceof DirectPoints) {
      return DIRECT.get(0);
    }
    if (n.scoringText().isPresent()
        && ScoringTextParser.read(n.scoringText().get(), n.maxPoints()).method().equals(Optional.of(method))) {
      return "";
    }
    return ScoringTextParser.canonicalText(method, n.maxPoints()).orElseThrow(() -> new IllegalArgumentException(
        "criterion " + n.code() + ": its " + method.kind() + " method (" + method.describe()
            + ") has no scoring text that reads back to it"));
  }

  static String sourceToken(PointSource s) {
    return s.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  // ---------------------------------------------------------------------------------------------------------------

  /** One data row, read cell by cell. */
  private static final class Row {
    int number;
    String code;
    String name;
    Optional<String> gloss = Optional.empty();
    BigDecimal max;
    Optional<PointSource> source = Optional.empty();
    boolean sourceGiven;
    Optional<NodeRole> role = Optional.empty();
    Optional<String> scoringText = Optional.empty();
    String method = "";
    Optional<LegalReference> legal = Optional.empty();
    Optional<Provenance> provenance = Optional.empty();
    Row parent;
    /** A cell is longer than {@link #MAX_CELL_LENGTH}: reported, and the row makes no node. */
    boolean oversized;
    final List<Row> children = new ArrayList<>();
  }

  /** A problem and the row it is on. */
  private record Located(int row, Problem problem) {}

  /** The state of one read: headers, problems found so far. */
  private static final class TableReader {
    private final String source;
    /** Problems with the row they are on (0 for the file as a whole), sorted by row when reported. */
    private final List<Located> problems = new ArrayList<>();
    private final Map<Column, Integer> index = new EnumMap<>(Column.class);
    private final Map<Column, String> headerText = new EnumMap<>(Column.class);

    TableReader(String source) {
      this.source = source;
    }

    List<Node> read(String text) {
      if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
        text = text.substring(1);
      }
      List<List<String>> records = records(text);
      if (!problems.isEmpty()) {
        // Malformed CSV: the rows after it cannot be trusted, nor the tree they would make.
        throw failure();
      }
      if (records.isEmpty()) {
        general(0, source + ": the table is empty; it needs a header row");
        throw failure();
      }
      header(records.get(0));
      if (!problems.isEmpty()) {
        throw failure();
      }
      List<Row> rows = new ArrayList<>();
      for (int i = 1; i < records.size(); i++) {
        List<String> cells = records.get(i);
        if (cells.stream().allMatch(String::isBlank)) {
          continue;
        }
        rows.add(row(i + 1, cells));
      }
      if (rows.isEmpty() && problems.isEmpty()) {
        general(0, source + ": the table has a header but no rows");
      }
      List<Row> roots = tree(rows);
      List<Node> nodes = new ArrayList<>();
      for (Row r : roots) {
        Node n = node(r);
        if (n != null) {
          nodes.add(n);
        }
      }
      if (!problems.isEmpty()) {
        throw failure();
      }
      return List.copyOf(nodes);
    }

    private ParIndexException failure() {
      List<Located> sorted = new ArrayList<>(problems);
      sorted.sort(Comparator.comparingInt(Located::row));
      return new ParIndexException(source + ": the rule-set table has problems",
          sorted.stream().map(Located::problem).toList());
    }

    private void general(int row, String message) {
      problems.add(new Located(row, Problem.general(message)));
    }

    private List<List<String>> records(String text) {
      char sep = separator(text);
      ObjectReader reader = CSV.readerForListOf(String.class)
          .with(CsvParser.Feature.WRAP_AS_ARRAY)
          .with(CsvSchema.emptySchema().withColumnSeparator(sep));
      List<List<String>> records = new ArrayList<>();
      try (MappingIterator<List<String>> it = reader.readValues(text)) {
        while (it.hasNextValue()) {
          if (records.size() > MAX_ROWS) {
            // the header and MAX_ROWS data rows are read; this one is beyond the limit
            general(records.size() + 1, source + " row " + (records.size() + 1) + ": the table has more than "
                + MAX_ROWS + " data rows (RuleSetTable.MAX_ROWS); the rows from here on were not read");
            break;
          }
          records.add(it.nextValue());
        }
      } catch (JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
        general(records.size() + 1, source + " row " + (records.size() + 1) + where + ": malformed CSV: "
            + e.getOriginalMessage().lines().findFirst().orElse("")
            + "; a quoted cell must end with a quote, and a quote inside it is written twice (\"\")");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return records;
    }

    /** The separator the header line uses most: comma (default), semicolon or tab. */
    private static char separator(String text) {
      int end = text.indexOf('\n');
      String first = end < 0 ? text : text.substring(0, end);
      long commas = first.chars().filter(c -> c == ',').count();
      long semis = first.chars().filter(c -> c == ';').count();
      long tabs = first.chars().filter(c -> c == '\t').count();
      if (tabs > commas && tabs > semis) {
        return '\t';
      }
      return semis > commas ? ';' : ',';
    }

    private void header(List<String> cells) {
      for (int i = 0; i < cells.size(); i++) {
        String h = cells.get(i);
        if (h.isBlank()) {
          general(1, source + " row 1, column " + (i + 1) + ": the header is blank");
          continue;
        }
        Optional<Column> c = Column.forHeader(h);
        if (c.isEmpty()) {
          general(1, source + " row 1, column " + (i + 1) + ": unknown column \"" + h.strip()
              + "\"; the columns are " + String.join(", ",
              Arrays.stream(Column.values()).map(Column::header).toList()));
        } else if (index.containsKey(c.get())) {
          general(1, source + " row 1, column " + (i + 1) + ": \"" + h.strip()
              + "\" repeats column \"" + headerText.get(c.get()) + "\"");
        } else {
          index.put(c.get(), i);
          headerText.put(c.get(), h.strip());
        }
      }
      for (Column c : Column.values()) {
        if (c.required && !index.containsKey(c)) {
          general(1, source + " row 1: the required column \"" + c.header() + "\" is missing");
        }
      }
    }

    private String cell(List<String> cells, Column c) {
      Integer i = index.get(c);
      return i == null || i >= cells.size() ? "" : cells.get(i);
    }

    private String at(Row r, Column c) {
      return source + " row " + r.number + ", column " + headerText.getOrDefault(c, c.header());
    }

    private void problem(Row r, Column c, String message) {
      String where = c == null ? source + " row " + r.number : at(r, c);
      problems.add(new Located(r.number, r.code == null || r.code.isEmpty() ? Problem.general(where + ": " + message)
          : Problem.at(r.code, where + ": " + message)));
    }

    private Row row(int number, List<String> cells) {
      Row r = new Row();
      r.number = number;
      if (cells.size() > index.size()) {
        for (int i = 0; i < cells.size(); i++) {
          if (!index.containsValue(i) && !cells.get(i).isBlank()) {
            general(number, source + " row " + number + ", column " + (i + 1) + ": the cell \""
                + cells.get(i).strip() + "\" has no column header");
          }
        }
      }
      for (int i = 0; i < cells.size(); i++) {
        if (cells.get(i).length() > MAX_CELL_LENGTH) {
          int at = i;
          String column = index.entrySet().stream().filter(e -> e.getValue() == at)
              .map(e -> headerText.get(e.getKey())).findFirst().orElse(String.valueOf(i + 1));
          general(number, source + " row " + number + ", column " + column + ": the cell is " + cells.get(i).length()
              + " characters long, more than the limit of " + MAX_CELL_LENGTH + " (RuleSetTable.MAX_CELL_LENGTH)");
          r.oversized = true;
        }
      }
      if (r.oversized) {
        // Nothing else of the row is read: its cells are not trusted, and a huge cell would only slow reading.
        String code = cell(cells, Column.CODE).strip();
        r.code = code.length() <= MAX_CELL_LENGTH ? code : "";
        r.name = "";
        return r;
      }
      String code = cell(cells, Column.CODE).strip();
      if (code.endsWith(".")) {
        code = code.substring(0, code.length() - 1);
      }
      r.code = code;
      if (code.isEmpty()) {
        problem(r, Column.CODE, "the code is blank");
      } else if (!code.matches("[\\p{L}\\p{N}]+(?:\\.[\\p{L}\\p{N}]+)*")) {
        problem(r, Column.CODE, "the code \"" + code + "\" is not a dotted code such as 1, 1.2 or 1.2.3");
      }
      r.name = cell(cells, Column.NAME).strip();
      if (r.name.isEmpty()) {
        problem(r, Column.NAME, "the name is blank");
      }
      String gloss = cell(cells, Column.GLOSS).strip();
      r.gloss = gloss.isEmpty() ? Optional.empty() : Optional.of(gloss);
      String max = cell(cells, Column.MAX_POINTS).strip();
      if (max.isEmpty()) {
        problem(r, Column.MAX_POINTS, "the maximum points are blank");
      } else if (!DECIMAL.matcher(max).matches()) {
        problem(r, Column.MAX_POINTS, "\"" + max + "\" is not a number of points (write e.g. 1, 0,5 or 2.25)");
      } else {
        r.max = ScoringTextParser.decimal(max);
      }
      String src = cell(cells, Column.SOURCE);
      if (!src.isBlank()) {
        r.sourceGiven = true;
        PointSource s = SOURCES.get(Column.key(src));
        if (s == null) {
          problem(r, Column.SOURCE, "unknown source \"" + src.strip()
              + "\"; write appraisal, leaders-survey, citizens-survey or outcome-data (or thẩm định, khảo sát lãnh"
              + " đạo, SIPAS, số liệu)");
        }
        r.source = Optional.ofNullable(s);
      }
      String role = cell(cells, Column.ROLE);
      if (!role.isBlank()) {
        NodeRole nr = ROLES.get(Column.key(role));
        if (nr == null) {
          problem(r, Column.ROLE, "unknown role \"" + role.strip() + "\"; write scored, bonus or penalty");
        }
        r.role = Optional.ofNullable(nr);
      }
      String scoring = cell(cells, Column.SCORING_TEXT);
      r.scoringText = scoring.isBlank() ? Optional.empty() : Optional.of(scoring);
      r.method = cell(cells, Column.METHOD).strip();
      String legal = cell(cells, Column.LEGAL_REFERENCE).strip();
      String url = cell(cells, Column.LEGAL_URL).strip();
      if (!legal.isEmpty()) {
        r.legal = legal(r, legal, url);
      } else if (!url.isEmpty()) {
        problem(r, Column.LEGAL_URL, "a legal URL needs a legal reference");
      }
      String status = cell(cells, Column.PROVENANCE).strip();
      String note = cell(cells, Column.PROVENANCE_NOTE).strip();
      String provSource = cell(cells, Column.PROVENANCE_SOURCE).strip();
      if (!status.isEmpty()) {
        try {
          ProvenanceStatus ps = ProvenanceStatus.valueOf(status.toUpperCase(Locale.ROOT));
          r.provenance = Optional.of(new Provenance(ps, note,
              provSource.isEmpty() ? Optional.empty() : Optional.of(provSource)));
        } catch (IllegalArgumentException e) {
          problem(r, Column.PROVENANCE, "unknown provenance \"" + status
              + "\"; write CONFIRMED, INFERRED, INCOMPLETE or ILLUSTRATIVE");
        }
      } else if (!note.isEmpty() || !provSource.isEmpty()) {
        problem(r, Column.PROVENANCE, "a provenance note or source needs a provenance status");
      }
      return r;
    }

    private Optional<LegalReference> legal(Row r, String text, String url) {
      Matcher m = LEGAL.matcher(text);
      if (!m.matches()) {
        problem(r, Column.LEGAL_REFERENCE, "cannot read \"" + text
            + "\"; write e.g. \"876/QĐ-BNV (10/11/2022), Phụ lục, Bảng 2\"");
        return Optional.empty();
      }
      Optional<LocalDate> date = Optional.empty();
      if (m.group("y") != null) {
        try {
          date = Optional.of(LocalDate.of(Integer.parseInt(m.group("y")), Integer.parseInt(m.group("m")),
              Integer.parseInt(m.group("d"))));
        } catch (DateTimeException e) {
          problem(r, Column.LEGAL_REFERENCE, "\"" + m.group("d") + "/" + m.group("m") + "/" + m.group("y")
              + "\" is not a date (day/month/year)");
          return Optional.empty();
        }
      }
      return Optional.of(new LegalReference(m.group("doc").strip(), date,
          Optional.ofNullable(m.group("clause")), url.isEmpty() ? Optional.empty() : Optional.of(url)));
    }

    /** Links rows to parents by code; returns the roots in row order. */
    private List<Row> tree(List<Row> rows) {
      Map<String, Row> byCode = new LinkedHashMap<>();
      List<Row> valid = new ArrayList<>();
      for (Row r : rows) {
        if (r.code.isEmpty()) {
          continue;
        }
        Row first = byCode.putIfAbsent(r.code, r);
        if (first != null) {
          problem(r, Column.CODE, "the code " + r.code + " is already used in row " + first.number);
        } else {
          valid.add(r);
        }
      }
      List<Row> roots = new ArrayList<>();
      for (Row r : valid) {
        int dot = r.code.lastIndexOf('.');
        if (dot < 0) {
          roots.add(r);
          continue;
        }
        String parentCode = r.code.substring(0, dot);
        Row parent = byCode.get(parentCode);
        if (parent == null) {
          // The nearest ancestor present, to say what is there.
          String nearest = parentCode;
          Row found = null;
          while (found == null && nearest.contains(".")) {
            nearest = nearest.substring(0, nearest.lastIndexOf('.'));
            found = byCode.get(nearest);
          }
          problem(r, Column.CODE, "its parent " + parentCode + " is not in the table"
              + (found == null ? "" : " (" + nearest + " is, in row " + found.number + ")"));
          continue;
        }
        r.parent = parent;
        parent.children.add(r);
      }
      return roots;
    }

    /** Builds the node of a row and its subtree, checking it; null if the row has problems. */
    private Node node(Row r) {
      List<Node> children = new ArrayList<>();
      boolean childFailed = false;
      for (Row c : r.children) {
        Node n = node(c);
        if (n == null) {
          childFailed = true;
        } else {
          children.add(n);
        }
      }
      if (r.oversized) {
        return null;
      }
      NodeRole role = roleOf(r);
      int before = problems.size();
      Optional<ScoringMethod> method = Optional.empty();
      if (r.children.isEmpty()) {
        method = method(r);
        if (!r.sourceGiven) {
          problem(r, index.containsKey(Column.SOURCE) ? Column.SOURCE : null,
              "a leaf needs a source (appraisal, leaders-survey, citizens-survey or outcome-data)");
        }
      } else {
        if (r.source.isPresent()) {
          problem(r, Column.SOURCE, "has children and so cannot have a source of its own");
        }
        if (!r.method.isEmpty()) {
          problem(r, Column.METHOD, "has children and so cannot have a method of its own");
        }
        if (r.max != null && r.children.stream().allMatch(c -> c.max != null)) {
          boolean anyScored = false;
          BigDecimal sum = BigDecimal.ZERO;
          List<String> parts = new ArrayList<>();
          for (Row c : r.children) {
            if (roleOf(c) == NodeRole.SCORED) {
              anyScored = true;
              sum = sum.add(c.max);
              parts.add(c.code + ": " + c.max.toPlainString());
            }
          }
          if (anyScored && sum.compareTo(r.max) != 0) {
            problem(r, Column.MAX_POINTS, "the children's maxima add up to " + sum.toPlainString() + " ("
                + String.join(", ", parts) + "), not to the maximum " + r.max.toPlainString());
          }
        }
        if (role != NodeRole.SCORED) {
          for (Row c : r.children) {
            if (roleOf(c) != role) {
              problem(c, Column.ROLE, "a child of a " + role.name().toLowerCase(Locale.ROOT) + " row must have "
                  + "the same role, but " + c.code + " is " + roleOf(c).name().toLowerCase(Locale.ROOT));
            }
          }
        }
      }
      if (childFailed || problems.size() > before || r.max == null || r.name.isEmpty() || r.code.isEmpty()
          || (r.children.isEmpty() && method.isEmpty())) {
        return null;
      }
      try {
        Node.Builder b = Node.builder().code(r.code).name(r.name).maxPoints(r.max).role(role)
            .addAllChildren(children);
        r.gloss.ifPresent(b::gloss);
        if (r.children.isEmpty()) {
          r.source.ifPresent(b::source);
          method.ifPresent(b::method);
        }
        r.scoringText.ifPresent(b::scoringText);
        r.legal.ifPresent(b::legalReference);
        r.provenance.ifPresent(b::provenance);
        return b.build();
      } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
        problem(r, null, e.getMessage());
        return null;
      }
    }

    /** The row's role; a blank role is the parent's when that is bonus or penalty, else scored. */
    private static NodeRole roleOf(Row r) {
      if (r.role.isPresent()) {
        return r.role.get();
      }
      return r.parent == null ? NodeRole.SCORED : roleOf(r.parent);
    }

    private Optional<ScoringMethod> method(Row r) {
      if (r.max == null) {
        return Optional.empty();
      }
      if (!r.method.isEmpty()) {
        if (DIRECT.contains(Column.key(r.method))) {
          return Optional.of(Methods.directPoints());
        }
        return parsed(r, Column.METHOD, r.method);
      }
      if (r.scoringText.isEmpty()) {
        problem(r, index.containsKey(Column.SCORING_TEXT) ? Column.SCORING_TEXT : null,
            "a leaf needs a scoring text, or \"direct\" in the method column when its points are given directly");
        return Optional.empty();
      }
      return parsed(r, Column.SCORING_TEXT, r.scoringText.get());
    }

    private Optional<ScoringMethod> parsed(Row r, Column c, String text) {
      ScoringTextParser.Outcome o = ScoringTextParser.read(text, r.max);
      for (String p : o.problems()) {
        problem(r, c, p + (c == Column.SCORING_TEXT
            ? " (write \"direct\" in the method column if the points are given directly)" : ""));
      }
      return o.method();
    }
  }
}
