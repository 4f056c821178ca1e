package io.github.parindex.rules.table;

import io.github.parindex.method.ScoringMethod;
import io.github.parindex.model.Problem;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link ScoringTextParser#read(String, BigDecimal, io.github.parindex.model.NodeRole, String)} understood of
 * one scoring text: the method (when the text reads), every problem (errors that stop it, warnings that quote the
 * words kept as notes), the notes themselves, a rounding clause and whether the text lets the criterion be not
 * applicable. No word of the text is dropped: each is part of the method, a note, or a problem.
 *
 * <pre>{@code
 * ScoringTextReading r = ScoringTextParser.read("Có: 1 điểm; Không: 0 điểm (Nguồn: báo cáo của Sở)",
 *     BigDecimal.ONE, NodeRole.SCORED, "");
 * r.method();     // Optional[YesNo[yesPoints=1, noPoints=0]]
 * r.warnings();   // one warning quoting "(Nguồn: báo cáo của Sở)"
 * }</pre>
 *
 * @param method the method the text describes, empty when an error stops it
 * @param problems every error and warning, in the order found (without a location: a table adds its row)
 * @param notes the words kept as notes (data sources, headings, remarks), as written
 * @param roundingStep the step a rounding clause names ({@code 0.01} for "làm tròn 02 chữ số"), if any
 * @param mayBeNotApplicable whether the text says the criterion's maximum is removed when it does not apply
 * @since 0.1.0
 */
public record ScoringTextReading(Optional<ScoringMethod> method, List<Problem> problems, List<String> notes,
    Optional<BigDecimal> roundingStep, boolean mayBeNotApplicable) {

  /**
   * Checks and copies the parts.
   *
   * @param method the method the text describes, empty when an error stops it
   * @param problems every error and warning, in the order found (without a location: a table adds its row)
   * @param notes the words kept as notes (data sources, headings, remarks), as written
   * @param roundingStep the step a rounding clause names ({@code 0.01} for "làm tròn 02 chữ số"), if any
   * @param mayBeNotApplicable whether the text says the criterion's maximum is removed when it does not apply
   * @throws NullPointerException if a part is null
   */
  public ScoringTextReading {
    Objects.requireNonNull(method, "method");
    problems = List.copyOf(problems);
    notes = List.copyOf(notes);
    Objects.requireNonNull(roundingStep, "roundingStep");
  }

  /**
   * The errors: words that could change the points and were not understood, or an inconsistent method.
   *
   * @return the problems of severity ERROR
   */
  public List<Problem> errors() {
    return problems.stream().filter(Problem::isError).toList();
  }

  /**
   * The warnings: words kept as notes, typos read as the word meant.
   *
   * @return the problems of severity WARNING
   */
  public List<Problem> warnings() {
    return problems.stream().filter(p -> !p.isError()).toList();
  }

  /**
   * Whether the text reads to a method with no error (warnings allowed).
   *
   * @return {@code true} when {@link #method()} is present and there is no error
   */
  public boolean isRead() {
    return method.isPresent() && errors().isEmpty();
  }
}
