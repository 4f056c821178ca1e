package io.github.parindex.rules;

import io.github.parindex.model.ParIndexException;
import io.github.parindex.model.Problem;
import java.util.List;

/**
 * A rule file (or a folder of them) could not be read: every problem found, each with its file, JSON path, line
 * and column. It is a {@link ParIndexException}, so callers that catch the library's one exception catch this too.
 *
 * <pre>{@code
 * try {
 *   RuleSetRegistry registry = RuleSetRegistry.load(Path.of("rules"));
 * } catch (RuleFileException e) {
 *   for (FileProblem p : e.fileProblems()) {
 *     System.err.println(p.source() + " line " + p.line() + ": " + p.message());
 *   }
 * }
 * }</pre>
 */
public final class RuleFileException extends ParIndexException {
  private static final long serialVersionUID = 1L;

  private final transient List<FileProblem> fileProblems;

  public RuleFileException(String summary, List<FileProblem> fileProblems) {
    super(summary, fileProblems.stream().map(p -> Problem.general(p.toString())).toList());
    this.fileProblems = List.copyOf(fileProblems);
  }

  /** Every problem, in the order found (file by file, top to bottom). */
  public List<FileProblem> fileProblems() {
    return fileProblems;
  }
}
