package io.github.parindex.rules.table;

import io.github.parindex.method.Methods;
import io.github.parindex.method.ScoringMethod;
import io.github.parindex.model.NodeRole;
import io.github.parindex.model.Problem;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The method of a leaf row: from the method column ({@code direct}, a kind such as {@code graded-levels} that
 * declares how the scoring text is read, or a scoring phrase read instead of the text), else from the scoring text.
 */
final class LeafMethod {
  private LeafMethod() {}

  /** The kinds the method column may declare, with the words that name them. */
  private static final List<List<String>> KINDS = List.of(
      List.of("percent-bands", "percent bands", "bands"),
      List.of("yes-no", "yes no", "có/không"),
      List.of("graded-levels", "graded levels", "levels", "mức"),
      List.of("deadline"),
      List.of("count-times-points", "count times points", "per item"),
      List.of("deduction-per-event", "deduction per event"),
      List.of("proportional"),
      List.of("survey-share", "survey share"),
      List.of("point-ranges", "point ranges", "ranges"),
      List.of("count-bands", "count bands"),
      List.of("step-points", "step points", "steps"));

  static final String WAYS_FORWARD = "; to go on, write the scoring phrase or its kind (e.g. \"graded-levels\") in"
      + " the method column (the scoring text is then kept as the label), or \"direct\" if the points are given"
      + " directly";

  static Optional<ScoringMethod> of(TableReader t, Row r) {
    if (r.max == null) {
      return Optional.empty();
    }
    if (!r.method.isEmpty()) {
      if (RuleSetTable.DIRECT.contains(Column.key(r.method))) {
        return Optional.of(Methods.directPoints());
      }
      Optional<String> kind = declaredKind(r.method);
      if (kind.isPresent()) {
        return declared(t, r, kind.get());
      }
      return readText(t, r, Column.METHOD, r.method, false);
    }
    if (r.scoringText.isEmpty()) {
      t.problem(r, t.index.containsKey(Column.SCORING_TEXT) ? Column.SCORING_TEXT : null,
          "a leaf needs a scoring text, or \"direct\" in the method column when its points are given directly");
      return Optional.empty();
    }
    return readText(t, r, Column.SCORING_TEXT, r.scoringText.get(), false);
  }

  private static Optional<String> declaredKind(String cell) {
    String key = cell.strip().toLowerCase(Locale.ROOT);
    for (List<String> words : KINDS) {
      if (words.contains(key)) {
        return Optional.of(words.get(0));
      }
    }
    return Optional.empty();
  }

  /** The scoring text read as the declared kind: conditions in it are warnings, the kind must match. */
  private static Optional<ScoringMethod> declared(TableReader t, Row r, String kind) {
    if (r.scoringText.isEmpty()) {
      t.problem(r, Column.METHOD, "the method column declares " + kind + ", but the row has no scoring text to"
          + " read its cases from");
      return Optional.empty();
    }
    Optional<ScoringMethod> m = readText(t, r, Column.SCORING_TEXT, r.scoringText.get(), true);
    if (m.isPresent() && !m.get().kind().equals(kind)) {
      t.problem(r, Column.METHOD, "the method column declares " + kind + ", but the scoring text reads as "
          + m.get().kind() + " (" + m.get().describe() + ")");
      return Optional.empty();
    }
    return m;
  }

  private static Optional<ScoringMethod> readText(TableReader t, Row r, Column c, String text, boolean declared) {
    NodeRole role = TableReader.roleOf(r);
    ScoringTextReading reading = ScoringTextParser.read(text, r.max, role, c == Column.METHOD ? "" : r.name,
        declared);
    r.reading = Optional.of(reading);
    for (Problem p : reading.problems()) {
      if (p.isError()) {
        t.problem(r, c, p.message() + WAYS_FORWARD);
      } else {
        t.warn(r, c, p.message());
      }
    }
    return reading.errors().isEmpty() ? reading.method() : Optional.empty();
  }
}
