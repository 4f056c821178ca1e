package io.github.parindex.rules.table;

import io.github.parindex.method.ScoringMethod;
import io.github.parindex.model.NodeRole;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The canonical Vietnamese scoring text of a built-in method: a text {@link ScoringTextParser} reads back to the
 * very same method on a row of the same maximum and role (checked before it is returned). The text comes from the
 * method itself ({@link ScoringMethod#scoringText()}); the English
 * gloss is the method's {@link ScoringMethod#englishGloss()}.
 */
final class ScoringTextRenderer {
  private ScoringTextRenderer() {}

  static Optional<String> canonical(ScoringMethod method, BigDecimal max, NodeRole role) {
    // The method's own text; only a text that reads back to the very
    // same method is canonical (level labels such as "Có" and "Không" would read back as yes/no, a label with
    // numbers could read as count bands).
    return candidates(method, role).stream().filter(text -> {
      ScoringTextReading r = ScoringTextParser.read(text, max, role, "", false);
      return r.problems().isEmpty() && r.method().equals(Optional.of(method));
    }).findFirst();
  }

  private static List<String> candidates(ScoringMethod method, NodeRole role) {
    // On a penalty row a per-item text counts the points taken off, so the method's own text serves every role;
    // where the row's maximum is the only ceiling, a penalty row says so in words (a text without a ceiling on a
    // penalty row whose first event reaches the maximum is rejected as ambiguous).
    return method.scoringText().stream().flatMap(t -> Stream.of(t, t + ", tối đa bằng điểm tối đa")).toList();
  }
}
