package io.github.parindex.rules;

import io.github.parindex.model.ParIndexException;
import io.github.parindex.model.Problem;
import java.util.List;

/**
 * A document the library reads strictly (a rule file, a folder of them, a scorecard report) could not be read:
 * every problem found, each a {@link Problem} with its {@link Problem.Location} (file, line, column and JSON path;
 * or, for a table, row and column). It is a {@link ParIndexException}, so callers that catch the library's one
 * exception catch this too; it is its own type so that a program can tell "this file is bad" (show the problems to
 * whoever wrote the file) from "this call is wrong" (a programming error).
 *
 * <pre>{@code
 * try {
 *   RuleSetRegistry registry = RuleSetRegistry.load(Path.of("rules"));
 * } catch (RuleFileException e) {
 *   for (Problem p : e.problems()) {
 *     Problem.Location at = p.location().orElseThrow();
 *     System.err.println(at.source() + " line " + at.line() + ": " + p.message());
 *   }
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class RuleFileException extends ParIndexException {
  private static final long serialVersionUID = 1L;

  /**
   * A failure listing located problems.
   *
   * @param summary what could not be read, e.g. {@code "rule file a.json cannot be read"}
   * @param problems every problem, each with its location, in the order found
   */
  public RuleFileException(String summary, List<Problem> problems) {
    super(summary, problems);
  }
}
