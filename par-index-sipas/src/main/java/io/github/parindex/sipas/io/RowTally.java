package io.github.parindex.sipas.io;

import io.github.parindex.internal.Numbers;
import io.github.parindex.model.ParIndexException;
import io.github.parindex.model.Problem;
import io.github.parindex.model.Problem.Location;
import java.util.ArrayList;
import java.util.List;

/**
 * What one read has counted and listed for its {@link ReadReport}: rows read, accepted and rejected, every problem
 * counted and the first {@code limit} listed; in {@link ErrorMode#FAIL_FAST} the first problem stops the read,
 * saying how many rows had been delivered. The {@link RowAssembler} of the read reports each row here. Internal.
 */
final class RowTally {
  private final String source;
  private final ErrorMode mode;
  private final int limit;
  private final List<Problem> listed = new ArrayList<>();
  private long read;
  private long accepted;
  private long rejected;
  private long problemCount;

  RowTally(String source, ErrorMode mode, int limit) {
    this.source = source;
    this.mode = mode;
    this.limit = limit;
  }

  /** Counts a row given to the sink. */
  void accepted() {
    read++;
    accepted++;
  }

  /** Counts a rejected row and its problems; in FAIL_FAST, stops the read. */
  void rejected(long row, List<Problem> problems) {
    read++;
    rejected++;
    for (Problem p : problems) {
      count(p);
    }
    if (mode == ErrorMode.FAIL_FAST) {
      throw new ParIndexException("survey input " + source + ": bad row " + row + " (" + accepted
          + " rows had been delivered to the sink before it)", problems);
    }
  }

  /** Counts a row that could not even be split into cells (malformed), as rejected. */
  void unreadable() {
    read++;
    rejected++;
  }

  /** A problem with the file as a whole (header, malformed content): counted, listed, and fatal in FAIL_FAST. */
  void fileProblem(long rowNumber, long lineNumber, String column, String value, String reason) {
    Problem p = located(rowNumber, lineNumber, column, value, reason);
    count(p);
    if (mode == ErrorMode.FAIL_FAST) {
      throw new ParIndexException("survey input " + source + " cannot be read (" + accepted
          + " rows had been delivered to the sink before the stop)", List.of(p));
    }
  }

  private void count(Problem p) {
    problemCount++;
    if (listed.size() < limit) {
      listed.add(p);
    }
  }

  /**
   * A problem at a row and column ({@code "-"} or {@code ""} for the whole row), quoting the value read (long values
   * shortened).
   */
  Problem located(long rowNumber, long lineNumber, String column, String value, String reason) {
    Location at = Location.ofRow(source, rowNumber, Math.max(0, lineNumber), column.equals("-") ? "" : column);
    return Problem.error(at, value.isEmpty() ? reason : Numbers.quote(value) + ": " + reason);
  }

  /** The rows given to the sink so far. */
  long delivered() {
    return accepted;
  }

  ReadReport report(String stopped, List<String> ignored) {
    return new ReadReport(source, read, accepted, rejected, problemCount, listed, ignored, stopped);
  }
}
