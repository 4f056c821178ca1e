package io.github.parindex.model;

import java.util.List;

/**
 * The library's one exception: something given to it is inconsistent. It lists every problem found, not only the
 * first, each naming the unit and the criterion code where it applies.
 *
 * <pre>{@code
 * try {
 *   Engine.score(ruleSet, assessment);
 * } catch (ParIndexException e) {
 *   e.problems().forEach(p -> System.err.println(p));   // unit NT, criterion 3.1.2: points 1.5 above the maximum 1
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public class ParIndexException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  /**
   * An exception listing problems; its message is the summary followed by every problem, one per line.
   *
   * @param summary what failed, e.g. {@code "rule set vn-bnv-876-2022-province has 2 problems"}
   * @param problems every problem found, in the order found; copied
   */
  public ParIndexException(String summary, List<Problem> problems) {
    super(format(summary, problems));
    this.problems = List.copyOf(problems);
  }

  /**
   * An exception listing problems, with the exception that caused them (e.g. an {@link java.io.IOException}).
   *
   * @param summary what failed
   * @param problems every problem found, in the order found; copied
   * @param cause the underlying exception
   */
  public ParIndexException(String summary, List<Problem> problems, Throwable cause) {
    super(format(summary, problems), cause);
    this.problems = List.copyOf(problems);
  }

  /** {@return every problem found, in the order found} */
  public List<Problem> problems() {
    return problems;
  }

  private static String format(String summary, List<Problem> problems) {
    StringBuilder s = new StringBuilder(summary);
    s.append(" (").append(problems.size()).append(problems.size() == 1 ? " problem)" : " problems)");
    for (Problem p : problems) {
      s.append(System.lineSeparator()).append("  - ").append(p);
    }
    return s.toString();
  }
}
