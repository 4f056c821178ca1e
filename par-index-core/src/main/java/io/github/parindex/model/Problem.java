package io.github.parindex.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One thing wrong with a rule set, an assessment or a file: how serious it is, where it is, and what is wrong.
 * This is the library's one problem type: the engine's checks, the rule-file, table, survey, case-file and report
 * readers all report through it, so a caller handles problems the same way wherever input entered.
 *
 * <pre>{@code
 * Problem.at("3.1.2", "points 1.5 are above the maximum 1").forUnit("NT");
 * // toString(): "unit NT, criterion 3.1.2: points 1.5 are above the maximum 1"
 *
 * Problem.error(Location.ofFile("rules.json", 12, 5, "$.nodes[0].code"), "expected a string, got the number 3");
 * // toString(): "rules.json:12:5: $.nodes[0].code: expected a string, got the number 3"
 * }</pre>
 *
 * @param severity {@link Severity#ERROR} for a problem that stops the input being used, {@link Severity#WARNING}
 *     for one that leaves the figures unchanged but must be shown (a lenient reader keeps warnings, a strict one
 *     fails on them)
 * @param unit the unit's code, for assessment problems
 * @param code the criterion code, when the problem is at a node
 * @param location where in a file or document, when the problem came from one
 * @param message what is wrong, naming the bad value
 * @since 0.1.0
 */
public record Problem(
    Severity severity, Optional<String> unit, Optional<String> code, Optional<Location> location, String message) {

  /**
   * How serious a problem is.
   *
   * @since 0.1.0
   */
  public enum Severity {
    /** The input cannot be used as it is. */
    ERROR,
    /** The input can be used, but something in it was not understood as figures (a note, a heading) or is odd. */
    WARNING
  }

  /**
   * Checks the parts.
   *
   * @param severity whether the problem stops the input being used
   * @param unit the unit's code, for assessment problems
   * @param code the criterion code, when the problem is at a node
   * @param location where in a file or document, when the problem came from one
   * @param message what is wrong, naming the bad value; not blank
   * @throws NullPointerException if any part is null
   * @throws IllegalArgumentException if the message is blank
   */
  public Problem {
    Checks.notNull(severity, "severity");
    Checks.notNull(unit, "unit");
    Checks.notNull(code, "code");
    Checks.notNull(location, "location");
    Checks.notBlank(message, "message");
  }

  /**
   * The same as {@code new Problem(ERROR, unit, code, empty, message)}: the form used before problems had a
   * severity and a location.
   *
   * @param unit the unit's code, if any
   * @param code the criterion code, if any
   * @param message what is wrong
   */
  public Problem(Optional<String> unit, Optional<String> code, String message) {
    this(Severity.ERROR, unit, code, Optional.empty(), message);
  }

  /**
   * An error at a criterion.
   *
   * @param code the criterion code
   * @param message what is wrong
   * @return the problem
   */
  public static Problem at(String code, String message) {
    return new Problem(Severity.ERROR, Optional.empty(), Optional.of(code), Optional.empty(), message);
  }

  /**
   * An error not tied to a criterion or a place.
   *
   * @param message what is wrong
   * @return the problem
   */
  public static Problem general(String message) {
    return new Problem(Severity.ERROR, Optional.empty(), Optional.empty(), Optional.empty(), message);
  }

  /**
   * An error at a place in a file or document.
   *
   * @param location where
   * @param message what is wrong
   * @return the problem
   */
  public static Problem error(Location location, String message) {
    return new Problem(Severity.ERROR, Optional.empty(), Optional.empty(), Optional.of(location), message);
  }

  /**
   * A warning at a place in a file or document.
   *
   * @param location where
   * @param message what was noticed, quoting the words concerned
   * @return the problem
   */
  public static Problem warning(Location location, String message) {
    return new Problem(Severity.WARNING, Optional.empty(), Optional.empty(), Optional.of(location), message);
  }

  /**
   * This problem for a unit.
   *
   * @param unitCode the unit's code
   * @return a copy naming the unit
   */
  public Problem forUnit(String unitCode) {
    return new Problem(severity, Optional.of(unitCode), code, location, message);
  }

  /**
   * This problem at a criterion.
   *
   * @param criterionCode the criterion code
   * @return a copy naming the criterion
   */
  public Problem atCode(String criterionCode) {
    return new Problem(severity, unit, Optional.of(criterionCode), location, message);
  }

  /**
   * This problem at a place.
   *
   * @param where the place
   * @return a copy with the location
   */
  public Problem at(Location where) {
    return new Problem(severity, unit, code, Optional.of(where), message);
  }

  /**
   * This problem as a warning.
   *
   * @return a copy with severity {@link Severity#WARNING}
   */
  public Problem asWarning() {
    return new Problem(Severity.WARNING, unit, code, location, message);
  }

  /**
   * Whether this problem stops the input being used.
   *
   * @return {@code true} for {@link Severity#ERROR}
   */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /**
   * E.g. {@code "unit NT, criterion 3.1.2: points 1.5 above the maximum 1"}, {@code "rules.json:12:5: $.a: ..."}
   * or {@code "warning: table.csv: row 4 (line 5), column scoring: ..."}.
   *
   * @return the problem as one line
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    if (severity == Severity.WARNING) {
      s.append("warning: ");
    }
    location.ifPresent(l -> s.append(l).append(": "));
    StringBuilder who = new StringBuilder();
    unit.ifPresent(u -> who.append("unit ").append(u));
    code.ifPresent(c -> who.append(who.length() > 0 ? ", " : "").append("criterion ").append(c));
    if (who.length() > 0) {
      s.append(who).append(": ");
    }
    return s.append(message).toString();
  }

  /**
   * Where in a file or document a problem is. Parts that do not apply are empty or 0.
   *
   * <pre>{@code
   * Location.ofFile("rules.json", 12, 5, "$.nodes[0].code");  // "rules.json:12:5: $.nodes[0].code"
   * Location.ofRow("survey.csv", 17, 18, "2.3");              // "survey.csv: row 17 (line 18), column 2.3"
   * }</pre>
   *
   * @param source the file's name or path, a resource name, or {@code ""} when not known
   * @param line the 1-based line, 0 when not known
   * @param column the 1-based column (character position), 0 when not known
   * @param path the JSON path, YAML path or CSV column name of the value, {@code ""} when none
   * @param row the 1-based data row of a table (0 = its header), -1 when the document has no rows
   * @since 0.1.0
   */
  public record Location(String source, long line, long column, String path, long row) {
    /**
     * Checks the parts.
     *
     * @param source the file's name or path, a resource name, or {@code ""} when not known
     * @param line the 1-based line, 0 when not known
     * @param column the 1-based column (character position), 0 when not known
     * @param path the JSON path, YAML path or CSV column name of the value, {@code ""} when none
     * @param row the 1-based data row of a table (0 = its header), -1 when the document has no rows
     * @throws NullPointerException if source or path is null
     * @throws IllegalArgumentException if line or column is negative or row is below -1
     */
    public Location {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(path, "path");
      Checks.check(line >= 0, "line must not be negative, was %s", line);
      Checks.check(column >= 0, "column must not be negative, was %s", column);
      Checks.check(row >= -1, "row must be -1 (none) or more, was %s", row);
    }

    /**
     * A place in a file read as a document (JSON, YAML).
     *
     * @param source the file's name
     * @param line the 1-based line, 0 when not known
     * @param column the 1-based column, 0 when not known
     * @param path the JSON/YAML path, {@code ""} when none
     * @return the location
     */
    public static Location ofFile(String source, long line, long column, String path) {
      return new Location(source, line, column, path, -1);
    }

    /**
     * A cell or row of a table (CSV).
     *
     * @param source the file's name
     * @param row the 1-based data row (0 = the header)
     * @param line the 1-based line where the row starts, 0 when not known
     * @param column the column's name, {@code ""} for the whole row
     * @return the location
     */
    public static Location ofRow(String source, long row, long line, String column) {
      return new Location(source, line, 0, column, row);
    }

    /**
     * Whether this place is a table row.
     *
     * @return {@code true} when {@link #row()} is 0 or more
     */
    public boolean isRow() {
      return row >= 0;
    }

    /**
     * {@code "file:line:column: path"} for documents ({@code "file:line: path"} when the column is not known),
     * {@code "file: row R (line L), column C"} for tables.
     *
     * @return the location as text
     */
    @Override
    public String toString() {
      StringBuilder s = new StringBuilder(source);
      if (isRow()) {
        s.append(source.isEmpty() ? "" : ": ").append("row ").append(row);
        if (line > 0) {
          s.append(" (line ").append(line).append(')');
        }
        if (!path.isEmpty()) {
          s.append(", column ").append(path);
        }
        return s.toString();
      }
      if (line > 0) {
        s.append(':').append(line);
        if (column > 0) {
          s.append(':').append(column);
        }
      }
      if (!path.isEmpty()) {
        s.append(s.length() > 0 ? ": " : "").append(path);
      }
      return s.toString();
    }
  }
}
