package io.github.parindex.rules.survey;

import java.util.Objects;

/**
 * One thing wrong in an input file: the data row (1 = first row after the header; 0 = the header itself), the
 * line in the file where the row starts, the column, the value read and the reason.
 *
 * <pre>{@code
 * problem.toString();   // row 17 (line 18), column 2.3: "7": answer code 7 is outside 1..5, blank or no opinion
 * }</pre>
 *
 * @param row the data row number, 1-based (0 for the header, or for the whole file when it cannot be read)
 * @param line the line (CSV) or line of the object's start (JSON) in the file, 1-based
 * @param column the column (CSV) or field (JSON) name; {@code "-"} for the whole row
 * @param value the value read, as text (may be empty)
 * @param reason what is wrong
 */
public record RowProblem(long row, long line, String column, String value, String reason) {
  public RowProblem {
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(reason, "reason");
  }

  @Override
  public String toString() {
    return "row " + row + " (line " + line + "), column " + column + (value.isEmpty() ? "" : ": \"" + value + "\"")
        + ": " + reason;
  }
}
