package io.github.parindex.rules.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.parindex.method.Answer;
import io.github.parindex.method.ScoringMethod;
import io.github.parindex.model.NodeRole;
import io.github.parindex.model.Problem;
import java.math.BigDecimal;

/**
 * The reading helpers the scoring-text tests share: read a text on a row of a given maximum and role, expect a
 * method (with no problem at all, or, where {@code warningsAllowed}, with no error), expect errors, score an answer.
 *
 * @param name the criterion name the texts are read under ({@code ""} for none)
 * @param warningsAllowed whether {@link #method} accepts a reading with warnings (notes) but no error
 */
record TextReadings(String name, boolean warningsAllowed) {

  ScoringTextReading read(String text, String max, NodeRole role) {
    return ScoringTextParser.read(text, new BigDecimal(max), role, name);
  }

  ScoringMethod method(String text, String max, NodeRole role) {
    ScoringTextReading r = read(text, max, role);
    assertThat(warningsAllowed ? r.errors() : r.problems()).as(text).isEmpty();
    return r.method().orElseThrow();
  }

  String errors(String text, String max, NodeRole role) {
    ScoringTextReading r = read(text, max, role);
    assertThat(r.method()).as("%s must not read", text).isEmpty();
    return String.join(" | ", r.errors().stream().map(Problem::message).toList());
  }

  static BigDecimal score(ScoringMethod m, Answer a, String max) {
    assertThat(m.answerProblems(a, new BigDecimal(max))).as(a.describe()).isEmpty();
    return m.apply(a, new BigDecimal(max)).points();
  }
}
