package io.github.parindex.testkit;

import io.github.parindex.engine.Scorecard;
import io.github.parindex.model.Assessment;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of one case file: every mismatch (empty when the case passes), or the problems that kept it from
 * running (a bad file, an unknown rule set, an assessment the engine refuses).
 *
 * <pre>{@code
 * CaseResult r = CaseFiles.check(Path.of("cases/ninh-thuan-2022.yaml"), RuleSetResolver.registry());
 * r.passed();
 * r.mismatches().forEach(System.out::println);
 * r.assertPassed();   // throws an AssertionError listing everything
 * }</pre>
 *
 * @param file the case file's name
 * @param title the case's title
 * @param problems why the case could not run, each naming the place in the file
 * @param mismatches every expected result not reproduced
 * @param scorecards the scorecards computed, one per unit in the file's order (empty if the case could not run)
 * @param assessments the assessments the file describes, in the same order (for a
 *     {@link io.github.parindex.audit.SelfAssessmentReview}); empty if the case could not run
 *
 * @since 0.1.0
 */
public record CaseResult(String file, String title, List<String> problems, List<Mismatch> mismatches,
    List<Scorecard> scorecards, List<Assessment> assessments) {

  /**
   * Checks the components and copies the collections.
   *
   * @param file the case file's name
   * @param title the case's title
   * @param problems why the case could not run, each naming the place in the file
   * @param mismatches every expected result not reproduced
   * @param scorecards the scorecards computed, one per unit in the file's order (empty if the case could not run)
   * @param assessments the assessments the file describes, in the same order (for a
   *     {@link io.github.parindex.audit.SelfAssessmentReview}); empty if the case could not run
   */
  public CaseResult {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(title, "title");
    problems = List.copyOf(problems);
    mismatches = List.copyOf(mismatches);
    scorecards = List.copyOf(scorecards);
    assessments = List.copyOf(assessments);
  }

  /**
   * Whether the case ran and reproduced every expected result.
   *
   * @return true when there is no problem and no mismatch
   */
  public boolean passed() {
    return problems.isEmpty() && mismatches.isEmpty();
  }

  /**
   * Everything wrong, one line each, headed by the file name (and title).
   *
   * @return the report; its first line ends with {@code ": passed"} when the case passed
   */
  public String report() {
    StringBuilder s = new StringBuilder(file);
    if (!title.isEmpty()) {
      s.append(" (").append(title).append(')');
    }
    if (!problems.isEmpty()) {
      s.append(": the case cannot run (").append(problems.size())
          .append(problems.size() == 1 ? " problem)" : " problems)");
      problems.forEach(p -> s.append(System.lineSeparator()).append("  - ").append(file).append(": ").append(p));
    } else if (!mismatches.isEmpty()) {
      s.append(": ").append(mismatches.size()).append(mismatches.size() == 1 ? " mismatch" : " mismatches");
      mismatches.forEach(m -> s.append(System.lineSeparator()).append("  - ").append(m));
    } else {
      s.append(": passed");
    }
    return s.toString();
  }

  /** Throws an {@link AssertionError} with {@link #report()} unless the case passed. */
  public void assertPassed() {
    if (!passed()) {
      throw new AssertionError(report());
    }
  }
}
