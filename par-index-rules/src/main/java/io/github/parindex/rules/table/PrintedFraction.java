package io.github.parindex.rules.table;

import static io.github.parindex.rules.table.Lexicon.F;
import static io.github.parindex.rules.table.Lexicon.NUM;
import static io.github.parindex.rules.table.Lexicon.decimal;
import static io.github.parindex.rules.table.Lexicon.num;

import io.github.parindex.method.Methods;
import io.github.parindex.method.ScoringMethod;
import io.github.parindex.rules.table.ScoringTextParser.Unreadable;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A proportional formula printed as a fraction in a table cell, one part a line, as a converted decision keeps it
 * (Hải Phòng 212/2025/QĐ-UBND, Phụ lục 01 and 03):
 *
 * <pre>
 * Chất lượng công việc được giao
 * =
 * Số lượng công việc hoàn thành đạt yêu cầu
 * x 100% x 10
 * Số lượng công việc được giao
 * </pre>
 *
 * <p>The left side names what is computed, the numerator and the denominator (words without numbers) name the two
 * counts of the rate, and {@code x 100% x M} multiplies the rate by {@code M} points; the factor line may also
 * follow the denominator. It is {@link Methods#proportional()} when {@code M} is the row's maximum, and an error
 * naming both figures when it is not. Only the whole text in this shape is read here: anything more (a threshold, a
 * condition) goes to the other readers, which report it; so do words within the lines that are a condition or the
 * not-applicable sentence, which {@link ScoringTextParser} looks for before it reads a fraction.
 */
final class PrintedFraction {
  private PrintedFraction() {}

  /** One part of the fraction: words, no digits, no operator. */
  private static final String WORDS = "[^\\n\\d=%/×*]++";
  /** {@code x 100% x M}, the points {@code M} named {@code name}. */
  private static String factor(String name) {
    return "(?:x|\\*)\\s?100\\s?%\\s?(?:x|\\*)\\s?(?<" + name + ">" + NUM + ")(?:\\s?điểm)?";
  }

  private static final Pattern SHAPE = Pattern.compile("^(?<left>" + WORDS + ")\\n=\\n(?<num>" + WORDS + ")\\n"
      + "(?:" + factor("m1") + "\\n(?<den1>" + WORDS + ")|(?<den2>" + WORDS + ")\\n" + factor("m2") + ")$", F);

  /**
   * The proportional method the text prints as a fraction, if it is one.
   *
   * @param text the normalised text (NFC, one kind of space, line breaks kept)
   * @param max the row's maximum
   * @return the method, or empty when the text is not a printed fraction
   * @throws Unreadable when the fraction multiplies by other points than the row's maximum
   */
  static Optional<ScoringMethod> read(String text, BigDecimal max) throws Unreadable {
    Matcher m = SHAPE.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    BigDecimal factor = decimal(m.group("m1") != null ? m.group("m1") : m.group("m2"));
    if (factor.compareTo(max) != 0) {
      throw new Unreadable("the formula printed as a fraction multiplies the rate by " + num(factor)
          + " points, but the row's maximum is " + num(max) + "; a formula scoring another figure than the"
          + " maximum is not a built-in method");
    }
    return Optional.of(Methods.proportional());
  }
}
