package io.github.parindex.rules.table;

import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import io.github.parindex.model.Node;
import io.github.parindex.model.NodeRole;
import io.github.parindex.model.ParIndexException;
import io.github.parindex.model.PointSource;
import io.github.parindex.model.Problem;
import java.io.IOException;
import java.io.Reader;
import io.github.parindex.rules.internal.StrictText;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
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
 *
 * @since 0.1.0
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
  static final CsvMapper CSV = new CsvMapper();

  static final Pattern DECIMAL = Pattern.compile("\\d+(?:[.,]\\d+)?");
  static final Pattern LEGAL = Pattern.compile(
      "^(?<doc>[^,]+?)(?:\\s*\\((?<d>\\d{1,2})/(?<m>\\d{1,2})/(?<y>\\d{4})\\))?\\s*(?:,\\s*(?<clause>.*\\S))?\\s*$");

  /** The words of the method column that mark a row as directly scored points. */
  static final List<String> DIRECT = List.of("direct", "direct points", "điểm trực tiếp", "chấm trực tiếp",
      "trực tiếp");

  static final Map<String, PointSource> SOURCES = new LinkedHashMap<>();
  static final Map<String, NodeRole> ROLES = new LinkedHashMap<>();

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
   * @throws ParIndexException naming the table if the reader fails otherwise
   */
  public static List<Node> readNodes(Reader reader, String sourceName) {
    return read(reader, sourceName, ReadMode.STRICT).nodes();
  }

  /**
   * Reads a table, choosing what a warning does: {@link ReadMode#STRICT} fails on it as on an error,
   * {@link ReadMode#LENIENT} records it in the result (and the rows with warnings cannot claim a CONFIRMED
   * provenance: they are INFERRED, with the warnings in the note).
   *
   * <pre>{@code
   * TableReading t = RuleSetTable.read(reader, "bo-chi-so.csv", ReadMode.LENIENT);
   * t.warnings().forEach(System.out::println);   // each quotes the words kept as a note
   * }</pre>
   *
   * @param reader the CSV text; the caller opens it as UTF-8 and closes it
   * @param sourceName the name used in problems, e.g. the file name
   * @param mode whether warnings fail
   * @return the nodes, the warnings and what each row's scoring text was read as
   * @throws ParIndexException listing every problem (in strict mode the warnings too)
   *     (a reader that fails is one problem, naming the table and the failure)
   */
  public static TableReading read(Reader reader, String sourceName, ReadMode mode) {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(mode, "mode");
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
      throw StrictText.ioFailure(sourceName, e);
    }
    return new TableReader(sourceName, mode).read(text);
  }

  /**
   * Reads a UTF-8 table file into the rule set's top-level nodes; errors name the file.
   *
   * @param file the CSV file
   * @return the top-level nodes in row order
   * @throws ParIndexException listing every problem, each with the row, column and code, or naming the file if it
   *     cannot be read
   * @throws NullPointerException if {@code file} is null
   */
  public static List<Node> readNodes(Path file) {
    Objects.requireNonNull(file, "file");
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return readNodes(r, file.toString());
    } catch (IOException e) {
      throw StrictText.ioFailure(file.toString(), e);
    }
  }

  /**
   * Reads a UTF-8 table file in the given mode; problems name the file.
   *
   * @param file the table
   * @param mode whether warnings fail
   * @return what was read
   * @throws ParIndexException listing every problem
   *     (a file that cannot be read is one problem, naming it)
   */
  public static TableReading read(Path file, ReadMode mode) {
    Objects.requireNonNull(file, "file");
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(r, file.toString(), mode);
    } catch (IOException e) {
      throw StrictText.ioFailure(file.toString(), e);
    }
  }

  /**
   * Writes nodes (and their subtrees) as a table that {@link #readNodes} reads back to equal nodes. Every column is
   * written, rows parents first. A leaf's method column stays empty when its scoring text reads to its method; it
   * says {@code direct} for directly scored points, and otherwise holds a canonical scoring phrase
   * ({@link ScoringTextParser#canonicalText}).
   *
   * @param nodes the top-level nodes
   * @return the CSV text
   * @throws IllegalArgumentException naming the code, if a node cannot be written: a leaf without a method, a
   *     method that is not built in, or a legal reference whose document contains a comma
   */
  public static String write(List<Node> nodes) {
    return TableWriter.write(nodes);
  }

  static String sourceToken(PointSource s) {
    return s.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
