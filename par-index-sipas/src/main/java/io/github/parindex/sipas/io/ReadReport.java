package io.github.parindex.sipas.io;

import io.github.parindex.model.ParIndexException;
import io.github.parindex.model.Problem;
import java.util.List;
import java.util.Objects;

/**
 * What a survey reader did: rows read, accepted and rejected, every problem counted and (up to a limit) listed with
 * row, column and reason, and whether reading stopped early because the file itself was malformed. Nothing is
 * dropped silently: {@code rowsRead = rowsAccepted + rowsRejected}, and {@code problemCount} counts every problem
 * even when only the first {@code listed} are kept.
 *
 * <pre>{@code
 * ReadReport r = SurveyCsvReader.of(q, frame).read(Path.of("sipas-2024.csv"), accumulator);
 * if (!r.isClean()) {
 *   System.err.println(r.render());      // 3 of 40000 rows rejected ... row 17 (line 18), column 2.3: ...
 * }
 * }</pre>
 *
 * @param source the file or stream name
 * @param rowsRead data rows seen
 * @param rowsAccepted rows given to the sink
 * @param rowsRejected rows with at least one problem (not given to the sink)
 * @param problemCount every problem found
 * @param problems the problems listed, in file order (at most the reader's limit), each located by a
 *     {@link Problem.Location#ofRow row location} (source, row, line, column)
 * @param ignoredColumns header columns that are neither known fields nor items (read and ignored)
 * @param stopped why reading stopped before the end of the input, if it did (malformed file); empty otherwise
 *
 * @since 0.1.0
 */
public record ReadReport(String source, long rowsRead, long rowsAccepted, long rowsRejected, long problemCount,
    List<Problem> problems, List<String> ignoredColumns, String stopped) {

  /**
   * Checks the components and copies the lists.
   *
   * @param source the file or stream name
   * @param rowsRead data rows seen
   * @param rowsAccepted rows given to the sink
   * @param rowsRejected rows with at least one problem (not given to the sink)
   * @param problemCount every problem found
   * @param problems the problems listed, in file order (at most the reader's limit)
   * @param ignoredColumns header columns that are neither known fields nor items (read and ignored)
   * @param stopped why reading stopped before the end of the input, if it did; empty otherwise
   * @throws NullPointerException if a component is null
   */
  public ReadReport {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(stopped, "stopped");
    problems = List.copyOf(problems);
    ignoredColumns = List.copyOf(ignoredColumns);
  }

  /**
   * Whether every row was accepted and the whole input was read.
   *
   * @return true when no row was rejected, no problem was found and reading did not stop early
   */
  public boolean isClean() {
    return rowsRejected == 0 && problemCount == 0 && stopped.isEmpty();
  }

  /**
   * Problems found but not listed, beyond the reader's limit.
   *
   * @return {@code problemCount - problems().size()}, 0 or more
   */
  public long unlistedProblems() {
    return problemCount - problems.size();
  }

  /**
   * A plain-text summary followed by every listed problem.
   *
   * @return the text, lines ended by the platform's line separator
   */
  public String render() {
    StringBuilder s = new StringBuilder();
    String nl = System.lineSeparator();
    s.append(source).append(": ").append(rowsRead).append(" rows read, ").append(rowsAccepted).append(" accepted, ")
        .append(rowsRejected).append(" rejected, ").append(problemCount).append(" problems");
    if (!stopped.isEmpty()) {
      s.append("; reading stopped: ").append(stopped);
    }
    if (!ignoredColumns.isEmpty()) {
      s.append("; ignored columns ").append(ignoredColumns);
    }
    s.append(nl);
    problems.forEach(p -> s.append("  - ").append(p).append(nl));
    if (unlistedProblems() > 0) {
      s.append("  ... and ").append(unlistedProblems()).append(" more problems not listed").append(nl);
    }
    return s.toString();
  }

  /**
   * Throws unless {@link #isClean()}; for callers that accept only a clean input.
   *
   * @return this report, when clean
   * @throws ParIndexException listing the listed problems, why reading stopped and how many problems were not listed
   */
  public ReadReport throwIfNotClean() {
    if (!isClean()) {
      throw toException();
    }
    return this;
  }

  ParIndexException toException() {
    List<Problem> list = new java.util.ArrayList<>();
    list.addAll(problems);
    if (!stopped.isEmpty()) {
      list.add(Problem.general(source + ": reading stopped: " + stopped));
    }
    if (unlistedProblems() > 0) {
      list.add(Problem.general(source + ": " + unlistedProblems() + " more problems not listed"));
    }
    if (list.isEmpty()) {
      list.add(Problem.general(source + ": " + rowsRejected + " rows rejected"));
    }
    return new ParIndexException("survey input " + source + " has bad rows", list);
  }
}
