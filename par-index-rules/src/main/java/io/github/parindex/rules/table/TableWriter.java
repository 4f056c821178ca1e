package io.github.parindex.rules.table;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.parindex.internal.Escaping;
import io.github.parindex.method.DirectPoints;
import io.github.parindex.method.ScoringMethod;
import io.github.parindex.model.Node;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes nodes as a table that {@link RuleSetTable#readNodes} reads back to equal nodes. Every data cell goes
 * through {@link Escaping#formula}: one that starts with {@code = + - @}, a tab or a carriage return (after any
 * apostrophes) is written with one more apostrophe in front, so no spreadsheet runs it; the reader removes exactly
 * that apostrophe ({@link Escaping#unformula}).
 */
final class TableWriter {
  private TableWriter() {}

  /**
   * Writes nodes (and their subtrees) as a table that {@link #readNodes} reads back to equal nodes. Every column is
   * written, rows parents first. A leaf's method column stays empty when its scoring text reads to its method; it
   * says {@code direct} for directly scored points, and otherwise holds a canonical scoring phrase
   * ({@link ScoringTextParser#canonicalText}).
   *
   * @throws IllegalArgumentException naming the code, if a node cannot be written: a leaf without a method, a
   *     method that is not built in, or a legal reference whose document contains a comma
   */
  static String write(List<Node> nodes) {
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
      return RuleSetTable.CSV.writer(CsvSchema.emptySchema().withLineSeparator("\n")).writeValueAsString(rows);
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
      // a cell a spreadsheet would run as a formula (=HYPERLINK(...), +1, -5, @x) gets an apostrophe in front,
      // which the reader takes off again: see Escaping.formula
      row[c.ordinal()] = Escaping.formula(cells.getOrDefault(c, ""));
    }
    return row;
  }

  private static String methodCell(Node n) {
    ScoringMethod method = n.method().orElseThrow(() -> new IllegalArgumentException(
        "criterion " + n.code() + " is a leaf without a scoring method; it cannot be written"));
    if (method instanceof DirectPoints) {
      return RuleSetTable.DIRECT.get(0);
    }
    if (n.scoringText().isPresent()) {
      ScoringTextReading r = ScoringTextParser.read(n.scoringText().get(), n.maxPoints(), n.role(), n.name());
      if (r.problems().isEmpty() && r.method().equals(Optional.of(method))) {
        return "";
      }
    }
    return ScoringTextParser.canonicalText(method, n.maxPoints(), n.role()).orElseThrow(() -> new IllegalArgumentException(
        "criterion " + n.code() + ": its " + method.kind() + " method (" + method.describe()
            + ") has no scoring text that reads back to it"));
  }

}
