package io.github.parindex.rules.table;

import io.github.parindex.internal.Decimals;
import io.github.parindex.method.CountTimesPoints;
import io.github.parindex.method.ScoringMethod;
import io.github.parindex.method.YesNo;
import io.github.parindex.model.NodeRole;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The canonical Vietnamese scoring text of a built-in method: a text {@link ScoringTextParser} reads back to the
 * very same method on a row of the same maximum and role (checked before it is returned). The text comes from the
 * method itself ({@link ScoringMethod#scoringText()}), and on a penalty row a per-event or yes/no method is written
 * as the points taken off ({@code "Mỗi lần vi phạm trừ 0,5 điểm, tối đa trừ 1 điểm"}); the English gloss is the
 * method's {@link ScoringMethod#englishGloss()}.
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
    // On a penalty row the points are those taken off: its texts say "trừ" where the method's own text (written
    // for a scored row) says "được"; the method's own text reads the same and is the fallback. Where the row's
    // maximum is the only ceiling, a penalty row says so in words (a text without a ceiling on a penalty row whose
    // first event reaches the maximum is rejected as ambiguous).
    List<String> penalty = role != NodeRole.PENALTY ? List.of() : penaltyText(method).stream().toList();
    return Stream.concat(penalty.stream(), method.scoringText().stream())
        .flatMap(t -> Stream.of(t, t + ", tối đa bằng điểm tối đa")).toList();
  }

  private static Optional<String> penaltyText(ScoringMethod method) {
    if (method instanceof CountTimesPoints c) {
      return Optional.of("Mỗi lần vi phạm trừ " + Decimals.withComma(c.pointsEach()) + " điểm"
          + c.cap().map(cap -> ", tối đa trừ " + Decimals.withComma(cap) + " điểm").orElse(""));
    }
    if (method instanceof YesNo y && y.noPoints().signum() == 0) {
      return Optional.of("Có vi phạm: trừ " + Decimals.withComma(y.yesPoints()) + " điểm; Không vi phạm: 0 điểm");
    }
    return Optional.empty();
  }
}
