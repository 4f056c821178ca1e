package io.github.parindex.rules.table;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.parindex.internal.Escaping;
import io.github.parindex.method.ScoringMethod;
import io.github.parindex.model.Node;
import io.github.parindex.model.NodeRole;
import io.github.parindex.model.ParIndexException;
import io.github.parindex.model.Problem;
import io.github.parindex.model.Provenance;
import io.github.parindex.model.ProvenanceStatus;
import io.github.parindex.rules.internal.StrictText;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The state of one read of a table: headers, problems and warnings found so far, the leaves read. */
final class TableReader {
  final String source;
  /** Problems with the row they are on (0 for the file as a whole), sorted by row when reported. */
  private final List<Located> problems = new ArrayList<>();
  final Map<Column, Integer> index = new EnumMap<>(Column.class);
  final Map<Column, String> headerText = new EnumMap<>(Column.class);

  private final ReadMode mode;
  private final List<Located> warnings = new ArrayList<>();
  private final List<TableReading.Leaf> leaves = new ArrayList<>();

  TableReader(String source, ReadMode mode) {
    this.source = source;
    this.mode = mode;
  }

  TableReading read(String text) {
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
      rows.add(RowCells.row(this, i + 1, cells));
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
    List<Located> sortedWarnings = new ArrayList<>(warnings);
    sortedWarnings.sort(Comparator.comparingInt(Located::row));
    return new TableReading(source, nodes, sortedWarnings.stream().map(Located::problem).toList(), leaves);
  }

  private ParIndexException failure() {
    List<Located> sorted = new ArrayList<>(problems);
    sorted.sort(Comparator.comparingInt(Located::row));
    return new ParIndexException(source + ": the rule-set table has problems",
        sorted.stream().map(Located::problem).toList());
  }

  void general(int row, String message) {
    problems.add(new Located(row, Problem.general(message)));
  }

  private List<List<String>> records(String text) {
    char sep = separator(text);
    ObjectReader reader = RuleSetTable.CSV.readerForListOf(String.class)
        .with(CsvParser.Feature.WRAP_AS_ARRAY)
        .with(CsvSchema.emptySchema().withColumnSeparator(sep));
    List<List<String>> records = new ArrayList<>();
    try (MappingIterator<List<String>> it = reader.readValues(text)) {
      while (it.hasNextValue()) {
        if (records.size() > RuleSetTable.MAX_ROWS) {
          // the header and MAX_ROWS data rows are read; this one is beyond the limit
          general(records.size() + 1, source + " row " + (records.size() + 1) + ": the table has more than "
              + RuleSetTable.MAX_ROWS + " data rows (RuleSetTable.MAX_ROWS); the rows from here on were not read");
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
      throw StrictText.ioFailure(source, e); // from a String: not expected, but never unchecked
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

  /**
   * A data cell as written: a cell that {@link TableWriter} defused (an apostrophe before a formula character) loses
   * exactly that apostrophe ({@link Escaping#unformula}), so {@code '-5} reads as {@code -5} and {@code ''=x} as
   * {@code '=x}.
   */
  String cell(List<String> cells, Column c) {
    Integer i = index.get(c);
    return i == null || i >= cells.size() ? "" : Escaping.unformula(cells.get(i));
  }

  private String at(Row r, Column c) {
    return source + " row " + r.number + ", column " + headerText.getOrDefault(c, c.header());
  }

  /** A warning on a row: fails the read in strict mode, is recorded with the row in lenient mode. */
  void warn(Row r, Column c, String message) {
    if (mode == ReadMode.STRICT) {
      problem(r, c, "strict reading cannot accept a warning: " + message
            + " (read the table in lenient mode to record it, or write the method column)");
      return;
    }
    String where = c == null ? source + " row " + r.number : at(r, c);
    Problem p = Problem.at(r.code, where + ": " + message).asWarning();
    warnings.add(new Located(r.number, p));
    r.warnings.add(p);
  }

  void problem(Row r, Column c, String message) {
    String where = c == null ? source + " row " + r.number : at(r, c);
    problems.add(new Located(r.number, r.code == null || r.code.isEmpty() ? Problem.general(where + ": " + message)
        : Problem.at(r.code, where + ": " + message)));
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
      method = LeafMethod.of(this, r);
      if (!r.sourceGiven) {
        problem(r, index.containsKey(Column.SOURCE) ? Column.SOURCE : null,
            "a leaf needs a source (appraisal, leaders-survey, citizens-survey or outcome-data)");
      }
    } else {
      checkParent(r, role);
    }
    if (childFailed || problems.size() > before || r.max == null || r.name.isEmpty() || r.code.isEmpty()
        || (r.children.isEmpty() && method.isEmpty())) {
      return null;
    }
    return build(r, role, children, method);
  }

  /**
   * The checks of a row with children: no source or method of its own, the scored children's maxima adding up to
   * its maximum, and on a bonus or penalty row children of the same role.
   */
  private void checkParent(Row r, NodeRole role) {
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

  /** The node of a row whose checks passed; null (with a problem) if the node's own checks refuse it. */
  private Node build(Row r, NodeRole role, List<Node> children, Optional<ScoringMethod> method) {
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
      provenance(r).ifPresent(b::provenance);
      Node node = b.build();
      if (r.children.isEmpty()) {
        leaves.add(new TableReading.Leaf(r.number, r.code, r.name, r.max, role, r.scoringText, r.method, node,
            r.reading, r.warnings));
      }
      return node;
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
      problem(r, null, e.getMessage());
      return null;
    }
  }

  /**
   * The row's provenance: as written, except that a row read with warnings cannot claim CONFIRMED (nor be left to
   * inherit the rule set's): it is INFERRED, with the warnings in the note.
   */
  private Optional<Provenance> provenance(Row r) {
    if (r.warnings.isEmpty()) {
      return r.provenance;
    }
    String why = "scoring text read with " + r.warnings.size() + " warning(s): "
        + String.join("; ", r.warnings.stream().map(Problem::message).toList());
    Optional<Provenance> given = r.provenance;
    if (given.isPresent() && given.get().status() != ProvenanceStatus.CONFIRMED) {
      return given;
    }
    String note = given.map(p -> p.note().isEmpty() ? why : p.note() + "; " + why).orElse(why);
    return Optional.of(new Provenance(ProvenanceStatus.INFERRED, note, given.flatMap(Provenance::source)));
  }

  /** The row's role; a blank role is the parent's when that is bonus or penalty, else scored. */
  static NodeRole roleOf(Row r) {
    if (r.role.isPresent()) {
      return r.role.get();
    }
    return r.parent == null ? NodeRole.SCORED : roleOf(r.parent);
  }

}
