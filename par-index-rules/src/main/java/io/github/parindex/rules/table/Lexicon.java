package io.github.parindex.rules.table;

import io.github.parindex.internal.Numbers;
import io.github.parindex.model.ParIndexException;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * The words and number shapes shared by the scoring-text readers. Every pattern here is matched with
 * {@code find}/{@code matches} on one fragment of a text; none nests unbounded repetitions, so each match attempt at
 * a position costs at most a bounded number of steps beyond the characters it consumes (possessive runs, no lazy
 * prefix followed by an unbounded tail).
 */
final class Lexicon {
  private Lexicon() {}

  static final BigDecimal HUNDRED = new BigDecimal("100");

  static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
  /** A number with a decimal comma or point; a whole run of digits, taken possessively. */
  static final String NUM = "((?<![\\d.,])\\d++(?:[.,]\\d++)?)";
  /** Not inside a word. */
  static final String WB = "(?<![\\p{L}\\p{N}])";
  static final String END = "(?![\\p{L}\\p{N}])";
  /** "điểm" or its abbreviation "đ". */
  static final String PTS = "\\s?(?:điểm|đ)" + END;
  static final String TIMES = "\\s?(?:x|\\*|×|nhân(?:\\s+với)?)\\s?";
  static final String RATE = "t[ỷỉ]\\s+lệ";

  static final Pattern DIGIT = Pattern.compile("\\d");
  static final Pattern PERCENT = Pattern.compile(NUM + "\\s?%", F);
  static final Pattern POINTS = Pattern.compile(NUM + PTS, F);
  /** A date inside a label: 15/12, 15/12/2024, 15-12-2024. */
  static final Pattern DATE = Pattern.compile("(?<!\\d)\\d{1,2}[/-]\\d{1,2}(?:[/-]\\d{2,4})?(?![\\d/])");

  /**
   * Reads a number written with a decimal comma or point through the library's numeric gate.
   *
   * @param s the digits as written, e.g. {@code "0,5"} or {@code "02"}
   * @return the value
   * @throws ScoringTextParser.Unreadable naming the number when it is past the gate's limits
   */
  static BigDecimal decimal(String s) throws ScoringTextParser.Unreadable {
    try {
      return Numbers.parse(s.strip().replace(',', '.'), "the number");
    } catch (ParIndexException e) {
      throw new ScoringTextParser.Unreadable("cannot read the number \"" + abbreviate(s) + "\": "
          + e.problems().get(0).message());
    }
  }

  /** A number with a decimal comma, keeping its scale ("0,50" stays "0,50"). */
  static String num(BigDecimal value) {
    return value.toPlainString().replace('.', ',');
  }

  /** At most the first 80 characters, for quoting a text that may be long. */
  static String abbreviate(String s) {
    return s.length() <= 80 ? s : s.substring(0, 80) + "…";
  }

  static boolean hasDigit(String s) {
    return DIGIT.matcher(s).find();
  }

  /** The text without leading and trailing spaces and punctuation that only separates. */
  static String trimPunctuation(String s) {
    int from = 0;
    int to = s.length();
    while (from < to && " ,;.:-=→\n".indexOf(s.charAt(from)) >= 0) {
      from++;
    }
    while (to > from && " ,;.:-=→\n".indexOf(s.charAt(to - 1)) >= 0) {
      to--;
    }
    return s.substring(from, to);
  }
}
