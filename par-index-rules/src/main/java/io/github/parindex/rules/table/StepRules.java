package io.github.parindex.rules.table;

import static io.github.parindex.rules.table.Lexicon.END;
import static io.github.parindex.rules.table.Lexicon.F;
import static io.github.parindex.rules.table.Lexicon.NUM;
import static io.github.parindex.rules.table.Lexicon.WB;
import static io.github.parindex.rules.table.Lexicon.num;

import io.github.parindex.method.ScoringMethod;
import io.github.parindex.method.StepPoints;
import io.github.parindex.model.NodeRole;
import io.github.parindex.rules.table.ScoringTextParser.Unreadable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A base score plus points per step beyond a threshold, with a ceiling ({@link StepPoints}): "Tỉnh từ 2.000.000
 * người trở xuống được tính 10 điểm; trên 2.000.000 người thì cứ thêm 60.000 người được tính thêm 0,5 điểm, nhưng
 * tối đa không quá 25 điểm". A text with "cứ thêm", "cứ tăng" or "cứ giảm" is read here or rejected here, with an
 * error naming what does not fit (a gap, an overlap, a missing ceiling, a threshold that differs), never passed on
 * to the case-list reader. Dots that group thousands ({@code 2.000.000}) are read as such when the text writes its
 * decimals with a comma; a single group ({@code 8.000}) in a text without a decimal comma is ambiguous and an error.
 */
final class StepRules {
  private StepRules() {}

  private static final Pattern TRIGGER = Pattern.compile(WB + "cứ\\s+(?:thêm|tăng|giảm)" + END, F);
  /** A run of digits, dots and commas, read by {@link #number}. */
  private static final String RUN = "(?<![\\p{L}\\d.,])\\d[\\d.,]*+";
  private static final String PTS = "\\s?(?:điểm|đ)";
  private static final String CAP = "(?:nhưng\\s+)?(?:tối\\s+đa(?:\\s+không\\s+quá)?|không\\s+quá)(?:\\s+là)?\\s+(?<c>"
      + NUM + ")" + PTS;
  private static final Pattern BASE = Pattern.compile("^(?<label>[^\\d]*?)(?:^|\\s)(?:đạt\\s+|có\\s+)?(?:từ\\s+)?"
      + "(?:mức\\s+)?(?<t>" + RUN + ")(?<tail>[^\\d;:]*?)\\s?trở\\s+(?<side>xuống|lên)\\s?(?:thì\\s+)?(?:được\\s+)?"
      + "(?:tính\\s+|cộng\\s+)?:?\\s?(?<b>" + NUM + ")" + PTS + "$", F);
  private static final Pattern STEP = Pattern.compile("^(?<dir>trên|dưới)\\s+(?<t>" + RUN + ")(?<tu>[^\\d;:]*?)\\s?"
      + "(?:thì\\s+)?cứ\\s+(?<verb>thêm|tăng(?:\\s+thêm)?|giảm(?:\\s+thêm)?)\\s+(?<s>" + RUN + ")(?<su>[^\\d;:]*?)\\s?"
      + "(?:thì\\s+)?(?:được\\s+)?(?:tính\\s+|cộng\\s+)?thêm\\s+(?<i>" + NUM + ")" + PTS + "(?:\\s?,?\\s" + CAP + ")?$",
      F);
  private static final Pattern CAP_ALONE = Pattern.compile("^" + CAP + "$", F);
  private static final Pattern OTHER_SIDE = Pattern.compile("^(?<dir>trên|dưới)\\s+(?<t>" + RUN + ")(?<tu>[^\\d;:]*?)"
      + "\\s?(?::|thì\\s+được\\s+tính|được\\s+tính|thì\\s+được|thì)\\s?(?<f>" + NUM + ")" + PTS + "$", F);
  private static final Pattern RANGE = Pattern.compile(WB + "từ\\s+" + RUN + "\\s?%?\\s?(?:đến|-)\\s?" + RUN, F);
  private static final Pattern NEGATION = Pattern.compile(WB + "(?:không|chưa|trừ|mỗi)" + END, F);
  private static final Pattern COMMA_DECIMAL = Pattern.compile("\\d,\\d");
  private static final Pattern THOUSANDS = Pattern.compile("[1-9]\\d{0,2}(?:\\.\\d{3})++(?:,\\d++)?");
  private static final Pattern DECIMAL = Pattern.compile("\\d++(?:[.,]\\d++)?");
  private static final Pattern SQUARE = Pattern.compile("(?<=\\s|^)(k?m)2(?![\\p{L}\\d])", F);

  /** What the fragments of a step text are, once sorted. */
  private static final class Parts {
    Matcher base;
    Matcher step;
    Matcher otherSide;
    Optional<BigDecimal> cap = Optional.empty();
    StepPoints.PartStep part = StepPoints.PartStep.NOT_SAID;
    final List<String> unread = new ArrayList<>();
  }

  /** The step rule, if the text has one; an error if it has one that cannot be read exactly. */
  static Optional<ScoringMethod> read(List<String> fragments, BigDecimal max, NodeRole role) throws Unreadable {
    if (fragments.stream().noneMatch(f -> TRIGGER.matcher(f).find())) {
      return Optional.empty();
    }
    boolean comma = fragments.stream().anyMatch(f -> COMMA_DECIMAL.matcher(f).find());
    Parts p = sort(fragments);
    if (!p.unread.isEmpty()) {
      String first = p.unread.get(0);
      Matcher range = RANGE.matcher(first);
      if (range.find() && p.step != null) {
        throw new Unreadable("the cases leave a gap: \"" + first + "\" starts at a value, and nothing says what a"
            + " value below it scores");
      }
      throw new Unreadable("could not read " + CaseList.quoteAll(p.unread) + " in a rule of steps (expected \"từ T"
          + " trở xuống: n điểm; trên T thì cứ thêm S được tính thêm m điểm, tối đa c điểm\")");
    }
    if (p.base == null) {
      throw new Unreadable("the rule of steps gives no points at its threshold (expected \"từ T trở xuống: n điểm\""
          + " or \"từ T trở lên: n điểm\" beside it)");
    }
    if (p.cap.isEmpty()) {
      throw new Unreadable("the rule of steps prints no ceiling (expected \"tối đa không quá n điểm\")");
    }
    return Optional.of(method(p, comma, max, role));
  }

  private static Parts sort(List<String> fragments) throws Unreadable {
    Parts p = new Parts();
    for (String raw : fragments) {
      String f = SQUARE.matcher(Lexicon.trimPunctuation(raw)).replaceAll("$1²");
      String key = f.toLowerCase(Locale.ROOT);
      Matcher m;
      if (TRIGGER.matcher(f).find()) {
        if (p.step != null) {
          throw new Unreadable("the text gives two rules of steps (\"" + p.step.group() + "\" and \"" + f
              + "\"); a row scores one measure");
        }
        if (!(m = STEP.matcher(f)).matches()) {
          throw new Unreadable("could not read the rule of steps \"" + f + "\" (expected \"trên T thì cứ thêm S"
              + " được tính thêm n điểm\" or \"dưới T thì cứ giảm S được tính thêm n điểm\"; a step that starts"
              + " \"từ T\" overlaps the threshold's own case)");
        }
        p.step = m;
        if (m.group("c") != null) {
          p.cap = Optional.of(cap(p, m.group("c")));
        }
      } else if ((m = BASE.matcher(f)).matches() && p.base == null) {
        p.base = m;
      } else if ((m = CAP_ALONE.matcher(f)).matches()) {
        p.cap = Optional.of(cap(p, m.group("c")));
      } else if ((m = OTHER_SIDE.matcher(f)).matches() && p.otherSide == null) {
        p.otherSide = m;
      } else if (key.equals(StepPoints.PRO_RATA_TEXT) && p.part == StepPoints.PartStep.NOT_SAID) {
        p.part = StepPoints.PartStep.PRO_RATA;
      } else if (key.equals(StepPoints.WHOLE_STEPS_TEXT) && p.part == StepPoints.PartStep.NOT_SAID) {
        p.part = StepPoints.PartStep.WHOLE_STEPS;
      } else {
        p.unread.add(raw.strip());
      }
    }
    return p;
  }

  private static BigDecimal cap(Parts p, String digits) throws Unreadable {
    if (p.cap.isPresent()) {
      throw new Unreadable("the rule of steps prints two ceilings");
    }
    return Lexicon.decimal(digits);
  }

  private static ScoringMethod method(Parts p, boolean comma, BigDecimal max, NodeRole role) throws Unreadable {
    Matcher base = p.base;
    Matcher step = p.step;
    String label = base.group("label");
    if (NEGATION.matcher(label).find() || NEGATION.matcher(base.group("tail")).find()) {
      throw new Unreadable("could not read \"" + base.group() + "\" as the threshold's case: its wording has a"
          + " negation or a deduction");
    }
    BigDecimal t = number(base.group("t"), comma);
    boolean percent = base.group("tail").strip().startsWith("%");
    BigDecimal stepT = number(step.group("t"), comma);
    if (stepT.compareTo(t) != 0) {
      throw new Unreadable("the rule of steps starts at " + num(stepT) + " (\"" + step.group() + "\"), but the"
          + " threshold's case is at " + num(t) + " (\"" + base.group() + "\")");
    }
    if (percent != step.group("tu").strip().startsWith("%") || percent != step.group("su").strip().startsWith("%")) {
      throw new Unreadable("the threshold and the step of \"" + step.group() + "\" are not in the same unit");
    }
    boolean up = step.group("dir").equalsIgnoreCase("trên");
    if (up == step.group("verb").toLowerCase(Locale.ROOT).startsWith("giảm")) {
      throw new Unreadable("could not read \"" + step.group() + "\": \"" + step.group("dir") + "\" with \"cứ "
          + step.group("verb") + "\" counts the steps both ways");
    }
    BigDecimal points = Lexicon.decimal(base.group("b"));
    boolean coversOtherSide = base.group("side").equalsIgnoreCase(up ? "xuống" : "lên");
    BigDecimal other = otherSide(p, coversOtherSide, up, t, comma, points, role);
    BigDecimal cap = p.cap.orElseThrow();
    if (role == NodeRole.SCORED && cap.compareTo(max) != 0) {
      throw new Unreadable("the rule of steps is capped at " + num(cap) + " points, but the row's maximum is "
          + num(max));
    }
    return new StepPoints(percent ? StepPoints.Measure.PERCENT : StepPoints.Measure.COUNT, t, points, other,
        up ? StepPoints.Direction.UP : StepPoints.Direction.DOWN, number(step.group("s"), comma),
        Lexicon.decimal(step.group("i")), cap, p.part);
  }

  /** The points on the side of the threshold away from the steps. */
  private static BigDecimal otherSide(Parts p, boolean coveredByBase, boolean up, BigDecimal t, boolean comma,
      BigDecimal basePoints, NodeRole role) throws Unreadable {
    String side = up ? "below" : "above";
    if (p.otherSide != null) {
      Matcher o = p.otherSide;
      if (coveredByBase) {
        throw new Unreadable("the cases overlap: \"" + p.base.group() + "\" and \"" + o.group() + "\" both score a"
            + " value " + side + " " + num(t));
      }
      if (o.group("dir").equalsIgnoreCase("trên") == up || number(o.group("t"), comma).compareTo(t) != 0) {
        throw new Unreadable("could not read \"" + o.group() + "\" beside the rule of steps from " + num(t));
      }
      return Lexicon.decimal(o.group("f"));
    }
    if (coveredByBase) {
      return basePoints;
    }
    if (role == NodeRole.SCORED) {
      throw new Unreadable("the cases leave a gap: nothing says what a value " + side + " " + num(t) + " scores");
    }
    return BigDecimal.ZERO; // a bonus (or penalty) not reached earns (or takes off) nothing
  }

  /**
   * A threshold or step as written: {@code 2.000.000} (dots grouping thousands), {@code 0,5}, {@code 7}; a single
   * group {@code 8.000} is thousands only in a text whose decimals are written with a comma.
   */
  static BigDecimal number(String run, boolean commaDecimals) throws Unreadable {
    String s = Lexicon.trimPunctuation(run);
    if (THOUSANDS.matcher(s).matches() && (commaDecimals || s.indexOf('.') != s.lastIndexOf('.'))) {
      return Lexicon.decimal(s.replace(".", ""));
    }
    if (THOUSANDS.matcher(s).matches()) {
      throw new Unreadable("the number \"" + s + "\" could be " + s.replace(".", "") + " (dots grouping thousands)"
          + " or a decimal; write its decimals with a comma elsewhere in the text, or drop the dot");
    }
    if (!DECIMAL.matcher(s).matches()) {
      throw new Unreadable("could not read the number \"" + s + "\"");
    }
    return Lexicon.decimal(s);
  }
}
