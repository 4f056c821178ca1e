package io.github.parindex.internal;

import io.github.parindex.model.ParIndexException;
import io.github.parindex.model.Problem;
import java.util.List;

/**
 * The key to the builders of the engine's outputs ({@code Scorecard}, {@code NodeScore}, {@code Explanation}), which
 * only the library's own modules hold: this package is exported to them alone, so a user's module cannot name this
 * class, and the builders refuse to open without it. Scorecards come from {@code Engine.score} and from reading a
 * {@code par-index/scorecard@1} report, never from a builder in user code, so that every scorecard is one the
 * engine computed or one it wrote.
 *
 * <pre>{@code
 * Scorecard.Builder b = Scorecard.builder(LibraryAccess.KEY);   // in par-index-rules, reading a report
 * }</pre>
 *
 * @since 0.1.0
 */
public final class LibraryAccess {
  /** The one key. */
  public static final LibraryAccess KEY = new LibraryAccess();

  private LibraryAccess() {}

  /**
   * Checks that a caller passed the key.
   *
   * @param key what the caller passed
   * @throws ParIndexException if it passed none
   */
  public static void check(LibraryAccess key) {
    if (key != KEY) {
      throw new ParIndexException("the builders of engine outputs are for the library's own modules", List.of(
          Problem.general("scorecards come from Engine.score or from reading a par-index/scorecard@1 report")));
    }
  }
}
