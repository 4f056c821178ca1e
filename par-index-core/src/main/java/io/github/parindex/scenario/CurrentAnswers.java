package io.github.parindex.scenario;

import io.github.parindex.internal.Decimals;
import io.github.parindex.method.Answer;
import io.github.parindex.model.LeafInput;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;

/** The answer that counts on a leaf now, and answers in the words of {@link Gains}. Internal. */
final class CurrentAnswers {
  private CurrentAnswers() {}

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** The answer that counts now: an appraised answer, else a measured result, else the self-assessed answer. */
  static Optional<Answer> of(Optional<LeafInput> input) {
    if (input.isEmpty()) {
      return Optional.empty();
    }
    LeafInput in = input.get();
    if (in.appraisal().isPresent()) {
      return in.appraisal().get().answer();
    }
    return in.measured().or(in::selfAssessed);
  }

  /** The current answer in words, or the appraised points, or "none". */
  static String describe(Optional<Answer> current, Optional<LeafInput> input) {
    return current.map(CurrentAnswers::describe).orElseGet(() -> input.flatMap(LeafInput::appraisal)
        .flatMap(a -> a.points()).map(p -> "appraised points " + Decimals.plain(p)).orElse("none"));
  }

  /** An answer in words: {@code "60%"}, {@code "7/10 (70.00%)"}, {@code "yes"}, {@code "count 3"}, ... */
  static String describe(Answer a) {
    if (a instanceof Answer.Rate r) {
      if (r.isPercent()) {
        return Decimals.plain(r.numerator()) + "%";
      }
      return Decimals.plain(r.numerator()) + "/" + Decimals.plain(r.denominator()) + " ("
          + Decimals.plain(r.numerator().multiply(HUNDRED).divide(r.denominator(), 2, RoundingMode.HALF_UP)) + "%)";
    }
    if (a instanceof Answer.Points p) {
      return Decimals.plain(p.value()) + " points";
    }
    if (a instanceof Answer.YesNo y) {
      return y.value() ? "yes" : "no";
    }
    if (a instanceof Answer.Level l) {
      return "\"" + l.label() + "\"";
    }
    if (a instanceof Answer.Count c) {
      return "count " + c.value();
    }
    if (a instanceof Answer.Deadline d) {
      return d.value().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
    return a.describe();
  }
}
