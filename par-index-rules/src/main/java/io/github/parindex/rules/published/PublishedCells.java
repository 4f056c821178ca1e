package io.github.parindex.rules.published;

import io.github.parindex.audit.PublishedRow;
import io.github.parindex.internal.Numbers;
import io.github.parindex.model.Problem.Location;
import io.github.parindex.model.Problem;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/** The header and data rows of a published table's CSV, cell by cell, every problem located by row and column. */
final class PublishedCells {
  private static final Set<String> COLUMNS =
      Set.of("unit", "name", "group", "points", "maximum", "notApplicable", "index", "grade", "rank");

  private PublishedCells() {}

  /** Checks the header (data row 0 on {@code line}): known columns, each once, and a unit column. */
  static void checkHeader(String src, int line, String[] header, List<Problem> problems) {
    Set<String> seen = new HashSet<>();
    boolean unit = false;
    for (int i = 0; i < header.length; i++) {
      String h = header[i];
      if (!seen.add(h)) {
        problems.add(Problem.error(Location.ofRow(src, 0, line, h), "column " + h + " appears twice"));
      }
      if (h.equals("unit")) {
        unit = true;
      } else if (!COLUMNS.contains(h) && !(h.startsWith("points:") && h.length() > "points:".length())) {
        problems.add(Problem.error(Location.ofRow(src, 0, line, h), "unknown column \"" + h
            + "\" (known: unit, name, group, points, maximum, notApplicable, index, grade, rank, points:<code>)"));
      }
    }
    if (!unit) {
      problems.add(Problem.error(Location.ofRow(src, 0, line, ""), "the header has no unit column"));
    }
  }

  /**
   * One data row ({@code row}, 1-based, on {@code line}), or empty with its problems added.
   */
  static Optional<PublishedRow> row(String src, int row, int line, String[] header, String[] cells,
      List<Problem> problems) {
    if (cells.length > header.length) {
      problems.add(Problem.error(Location.ofRow(src, row, line, ""), cells.length + " cells but the header has "
          + header.length + " columns"));
      return Optional.empty();
    }
    PublishedRow.Builder b = PublishedRow.builder().location(Location.ofRow(src, row, line, "").toString());
    int before = problems.size();
    boolean hasUnit = false;
    for (int i = 0; i < cells.length; i++) {
      String h = header[i];
      String v = cells[i];
      if (v.isEmpty()) {
        continue;
      }
      Location where = Location.ofRow(src, row, line, h);
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
            problems.add(Problem.error(where, "\"" + v + "\" is not a rank (a whole number from 1)"));
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
      problems.add(Problem.error(Location.ofRow(src, row, line, "unit"), "empty (every row needs a unit)"));
    }
    return problems.size() == before ? Optional.of(b.build()) : Optional.empty();
  }

  /** A whole number from 1 to 999,999,999, checked character by character. */
  static boolean isRank(String v) {
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
  private static void decimal(Location where, String v, List<Problem> problems, Consumer<BigDecimal> set) {
    String quoted = Numbers.quote(v);
    if (!isPlain(v, '.')) {
      problems.add(Problem.error(where, quoted + (isPlain(v, ',') ? " uses a decimal comma; write it with"
          + " a dot, e.g. " + v.replace(',', '.') : " is not a decimal (e.g. 85.78)")));
      return;
    }
    String tooBig = Numbers.problemOf(v, "the figure");
    if (tooBig != null) {
      problems.add(Problem.error(where, tooBig));
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
