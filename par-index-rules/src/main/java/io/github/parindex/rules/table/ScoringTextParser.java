package io.github.parindex.rules.table;

import io.github.parindex.method.ScoringMethod;
import io.github.parindex.model.NodeRole;
import io.github.parindex.model.ParIndexException;
import io.github.parindex.model.Problem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads the Vietnamese scoring text of a decision's table (cách tính điểm) into a built-in scoring method,
 * accounting for every word: each is part of a clause understood, kept as a note (a warning quoting it), or
 * reported as an error. Nothing is guessed: a list of cases that fits no known shape is an error, not "levels".
 *
 * <p>The phrasings understood are listed, one example each, in {@code docs/guide/scoring-texts.md}: percentage
 * bands, yes/no, deadline, graded levels, count bands, points ranges chosen by the council ({@code "Tốt: từ 4 đến 5
 * điểm"}), shares of the maximum, deductions per event (counted up from 0 on a penalty row), points per item with
 * a cap ({@code "Mỗi sáng kiến: 0,5 điểm, tối đa 2 điểm"}), proportional and survey-share formulas, rounding
 * clauses, the not-applicable sentence, a proportional formula printed as a fraction over several lines, single
 * cases, and notes around the cases. Decimal commas, {@code đ} for {@code điểm}, the typos {@code Mới}/{@code đểm}
 * (read, with a warning), Unicode NFC/NFD differences, extra spaces, line breaks and bullets are all accepted. A text longer than {@link #MAX_LENGTH} ({@value #MAX_LENGTH}) characters is an
 * error without being read; reading takes time roughly proportional to the text's length.
 *
 * <pre>{@code
 * ScoringMethod m = ScoringTextParser.parse(
 *     "100%: 1 điểm; từ 80% đến dưới 100%: 0,5 điểm; dưới 80%: 0 điểm", new BigDecimal("1"));
 * // m equals Methods.percentBands(Band.exactly("100", "1"), Band.between("80", "100", "0.5"), Band.below("80", "0"))
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ScoringTextParser {
  private ScoringTextParser() {}

  /**
   * The longest scoring text read, in characters after NFC normalisation and collapsing of spaces: {@value}. A
   * longer text is an error (naming its length), not read, so that a hostile or corrupt cell cannot make reading
   * slow.
   */
  public static final int MAX_LENGTH = 2_000;

  /**
   * Reads a scoring text strictly for a scored leaf: any warning (a note, a typo) fails as an error does.
   *
   * @param text the scoring text as printed in the decision
   * @param maxPoints the leaf's maximum; used by {@code "điểm tối đa"}, shares, a deduction's cap, and to check the
   *     method's definition
   * @return the method the text describes
   * @throws ParIndexException listing every problem (errors and warnings)
   */
  public static ScoringMethod parse(String text, BigDecimal maxPoints) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(maxPoints, "maxPoints");
    ScoringTextReading r = read(text, maxPoints, NodeRole.SCORED, "");
    if (!r.problems().isEmpty() || r.method().isEmpty()) {
      throw new ParIndexException("cannot read the scoring text \"" + Lexicon.abbreviate(text) + "\"",
          r.problems().stream().map(p -> p.isError() ? p : new Problem(Problem.Severity.ERROR, p.unit(), p.code(),
              p.location(), "strict reading cannot accept a warning: " + p.message())).toList());
    }
    return r.method().get();
  }

  /**
   * Reads a scoring text, keeping notes as warnings; the caller decides whether warnings fail (strict) or are
   * recorded (lenient).
   *
   * @param text the scoring text as printed
   * @param maxPoints the leaf's maximum
   * @param role the row's role: on a {@link NodeRole#PENALTY} row the points are those taken off, 0 for no event
   * @param name the criterion's name, so that a first line repeating it is a note ({@code ""} if not known)
   * @return what was understood, with every problem
   * @throws NullPointerException if an argument is null
   */
  public static ScoringTextReading read(String text, BigDecimal maxPoints, NodeRole role, String name) {
    return read(text, maxPoints, role, name, false);
  }

  /**
   * A canonical Vietnamese scoring text for a built-in method on a scored leaf, which {@link #parse} reads back to
   * an equal method; empty for direct points and for methods that are not built in.
   *
   * <pre>{@code
   * ScoringTextParser.canonicalText(Methods.yesNo("1", "0"), BigDecimal.ONE);   // "Có: 1 điểm; Không: 0 điểm"
   * }</pre>
   *
   * @param method the method
   * @param maxPoints the leaf's maximum
   * @return the text, if there is one that reads back to the method
   */
  public static Optional<String> canonicalText(ScoringMethod method, BigDecimal maxPoints) {
    return ScoringTextRenderer.canonical(method, maxPoints, NodeRole.SCORED);
  }

  /**
   * A canonical scoring text for a method on a row of the given role, which {@link #read} reads back to it.
   *
   * @param method the method
   * @param maxPoints the leaf's maximum
   * @param role the row's role
   * @return the text, if there is one that reads back to the method
   */
  public static Optional<String> canonicalText(ScoringMethod method, BigDecimal maxPoints, NodeRole role) {
    return ScoringTextRenderer.canonical(method, maxPoints, role);
  }

  // --- reading ---------------------------------------------------------------------------------------------------

  /** Thrown inside the readers when a fragment cannot be read. */
  static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;

    Unreadable(String message) {
      super(message, null, false, false);
    }
  }

  /**
   * Reads a text; {@code declared} says that the row declares its method elsewhere (the method column), so that
   * conditions in the text are warnings (the text is then only a label) rather than errors.
   */
  static ScoringTextReading read(String raw, BigDecimal max, NodeRole role, String name, boolean declared) {
    Objects.requireNonNull(raw, "text");
    Objects.requireNonNull(max, "maxPoints");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(name, "name");
    String text = Fragments.normalize(raw);
    List<Problem> problems = new ArrayList<>();
    if (text.isBlank()) {
      return failed("the scoring text is empty");
    }
    if (text.length() > MAX_LENGTH) {
      return failed("the scoring text is " + text.length() + " characters long, more than the limit of "
          + MAX_LENGTH + " (it begins \"" + Lexicon.abbreviate(text) + "\"); a decision's scoring text is a few"
          + " lines: split the rule into several criteria");
    }
    Fragments.Sorted s;
    try {
      s = Fragments.sort(text, name);
      // A fraction's lines are words: words that are a condition, a rule beyond the row, the not-applicable sentence
      // or a rounding are not part of a plain rate, and the readers below report them.
      if (s.conditions.isEmpty() && s.cannotExpress.isEmpty() && !s.notApplicable && s.rounding.isEmpty()) {
        Optional<ScoringMethod> fraction = PrintedFraction.read(text, max);
        if (fraction.isPresent()) {
          return new ScoringTextReading(fraction, List.of(), List.of(), Optional.empty(), false);
        }
      }
    } catch (Unreadable e) {
      return failed(e.getMessage());
    }
    aroundTheCases(s, declared, problems);
    Optional<ScoringMethod> method = Optional.empty();
    if (s.scoring.isEmpty()) {
      problems.add(error("the text gives no points"));
    } else {
      try {
        ScoringMethod m = method(s, max, role);
        List<String> definition = m.definitionProblems(max);
        for (String p : definition) {
          problems.add(error("the text reads as " + m.kind() + ", but " + p));
        }
        method = definition.isEmpty() ? Optional.of(m) : Optional.empty();
      } catch (Unreadable e) {
        problems.add(error(e.getMessage()));
      }
    }
    if (problems.stream().anyMatch(Problem::isError)) {
      method = Optional.empty();
    }
    List<String> notes = new ArrayList<>(s.notes);
    if (s.notApplicable) {
      notes.add(s.notApplicableWords);
    }
    return new ScoringTextReading(method, problems, notes, s.rounding, s.notApplicable);
  }

  /**
   * The problems of the words around the cases: a warning per typo and per note, an error per rule the table
   * cannot express, and per condition an error (a warning when the row declares its method).
   */
  private static void aroundTheCases(Fragments.Sorted s, boolean declared, List<Problem> problems) {
    for (String t : s.typos) {
      problems.add(warning("typo: " + t));
    }
    for (String n : s.notes) {
      problems.add(warning("kept as a note, not read as points: \"" + n + "\""));
    }
    for (String c : s.cannotExpress) {
      problems.add(error("could not read \"" + c + "\": it changes points outside this row (the grade or a"
          + " parent's points), a rule the table cannot express"));
    }
    for (String c : s.conditions) {
      String message = "could not read \"" + c + "\": it is a condition that could change the points, and the"
          + " reader applies no condition";
      problems.add(declared ? warning(message + "; kept as a note, the method column decides") : error(message));
    }
  }

  private static ScoringMethod method(Fragments.Sorted s, BigDecimal max, NodeRole role) throws Unreadable {
    Optional<ScoringMethod> m = StepRules.read(s.scoring, max, role);
    if (m.isPresent()) {
      return m.get();
    }
    String flat = String.join("; ", s.scoring);
    m = RuleForms.formula(flat, max);
    if (m.isEmpty()) {
      m = RuleForms.perEvent(flat, max, role);
    }
    if (m.isEmpty()) {
      m = Optional.of(CaseList.method(s.scoring, max, role, s.highestLevel));
    }
    return m.get();
  }

  private static ScoringTextReading failed(String problem) {
    return new ScoringTextReading(Optional.empty(), List.of(error(problem)), List.of(), Optional.empty(), false);
  }

  private static Problem error(String message) {
    return new Problem(Problem.Severity.ERROR, Optional.empty(), Optional.empty(), Optional.empty(), message);
  }

  private static Problem warning(String message) {
    return new Problem(Problem.Severity.WARNING, Optional.empty(), Optional.empty(), Optional.empty(), message);
  }
}
