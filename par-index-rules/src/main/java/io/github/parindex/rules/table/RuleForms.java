package io.github.parindex.rules.table;

import static io.github.parindex.rules.table.Lexicon.END;
import static io.github.parindex.rules.table.Lexicon.F;
import static io.github.parindex.rules.table.Lexicon.NUM;
import static io.github.parindex.rules.table.Lexicon.PTS;
import static io.github.parindex.rules.table.Lexicon.RATE;
import static io.github.parindex.rules.table.Lexicon.TIMES;
import static io.github.parindex.rules.table.Lexicon.WB;
import static io.github.parindex.rules.table.Lexicon.decimal;
import static io.github.parindex.rules.table.Lexicon.num;

import io.github.parindex.method.CountTimesPoints;
import io.github.parindex.method.DeductionPerEvent;
import io.github.parindex.method.Methods;
import io.github.parindex.method.ProportionalThreshold;
import io.github.parindex.method.ScoringMethod;
import io.github.parindex.model.NodeRole;
import io.github.parindex.rules.table.ScoringTextParser.Unreadable;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules that are not a list of cases: formulas (proportional, survey share), a deduction per event and points
 * per item. On a penalty row a deduction's points are the points taken off, counted up from 0 for no event.
 */
final class RuleForms {
  private RuleForms() {}

  private static final Pattern SURVEY_WORDS = Pattern.compile(
      WB + "(?:sipas|chỉ\\s+số\\s+hài\\s+lòng|mức\\s+độ\\s+hài\\s+lòng|" + RATE + "\\s+hài\\s+lòng)" + END, F);
  private static final Pattern TIMES_MAX = Pattern.compile(TIMES + "(?:số\\s+)?điểm\\s+tối\\s+đa" + END, F);
  private static final Pattern PROPORTIONAL = Pattern.compile(
      "(?:" + WB + "điểm\\s+tối\\s+đa" + TIMES + RATE
          + "|" + WB + "tính\\s+(?:điểm\\s+)?(?:theo|bằng)\\s+" + RATE
          + "|" + WB + "điểm\\s+tối\\s+đa" + TIMES + "\\([^;()/]*+/[^;()]*+\\))",
      F);
  private static final Pattern FROM_THRESHOLD = Pattern.compile(
      "^(?:nếu\\s+)?(?:" + RATE + "\\s+)?(?:đạt\\s+)?(?:từ|>=|≥)\\s?" + NUM + "\\s?%\\s?(?:trở\\s+lên)?\\s?(?:thì\\s+)?:?", F);
  private static final Pattern RATE_WORD = Pattern.compile(WB + RATE, F);

  private static final String CAP = "(?:tối\\s+đa(?:\\s+không\\s+quá)?|không\\s+quá)(?:\\s+(?:bị\\s+)?trừ)?"
      + "(?:\\s+là)?\\s+" + NUM + PTS;
  private static final Pattern DEDUCTION = Pattern.compile(
      "(?:" + WB + "mỗi\\s+(?<what>(?:(?!mỗi" + END + ")[^;:])+?)\\s?:?\\s+(?:thì\\s+)?(?:bị\\s+)?trừ\\s+(?<per1>" + NUM
          + ")" + PTS
          + "|" + WB + "(?:bị\\s+)?trừ\\s+(?<per2>" + NUM + ")" + PTS + "\\s?/\\s?(?<what2>[^,;.]+?)(?=[,;.(]|$)"
          + "|" + WB + "(?:bị\\s+)?trừ\\s+(?<per3>" + NUM + ")" + PTS
          + "\\s+(?:cho|với|đối\\s+với)\\s+mỗi\\s+(?<what3>[^,;.]+?)(?=[,;.(]|$))",
      F);
  private static final Pattern DEDUCTION_CAP = Pattern.compile(
      "^[\\s,;.(]*(?:nhưng\\s+)?(?:(?:tổng\\s+)?(?:số\\s+)?(?:điểm\\s+)?(?:bị\\s+)?trừ\\s+)?" + CAP
          + "(?:\\s+(?:điểm\\s+)?trừ)?", F);
  private static final Pattern DEDUCTION_FLOOR = Pattern.compile(
      "^[\\s,;.(]*(?:nhưng\\s+)?(?:số\\s+)?(?:điểm\\s+)?(?:tối\\s+thiểu|không\\s+thấp\\s+hơn|không\\s+dưới)"
          + "(?:\\s+(?:là|bằng))?\\s+" + NUM + PTS,
      F);
  private static final Pattern DEDUCTION_TO_ZERO = Pattern.compile(
      "^[\\s,;.(]*(?:trừ\\s+)?(?:đến\\s+khi\\s+|cho\\s+đến\\s+)?hết(?:\\s+số)?\\s+điểm" + END, F);
  private static final Pattern MAX_PREFIX = Pattern.compile(
      "^\\s?(?:điểm\\s+)?tối\\s+đa(?:\\s+là)?\\s?:?\\s?" + NUM + PTS + "\\s?[,;.:]?", F);
  private static final Pattern COUNT = Pattern.compile(
      "(?:" + WB + "mỗi\\s+(?<what>(?:(?!mỗi" + END + ")[^;:])+?)\\s?(?::\\s?|\\s(?:thì\\s+)?(?:được|cộng|tính)\\s+"
          + "(?:thêm\\s+)?)(?:được\\s+|cộng\\s+)?(?<per1>" + NUM + ")" + PTS
          + "|" + WB + "(?<!từ\\s)(?:được\\s+|cộng\\s+)?(?<per2>" + NUM + ")" + PTS + "\\s?/\\s?(?<what2>[^,;.]+?)"
          + "(?=[,;.(]|$)"
          + "|" + WB + "(?:được|cộng)\\s+(?:thêm\\s+)?(?<per3>" + NUM + ")" + PTS
          + "\\s+(?:cho|với)\\s+mỗi\\s+(?<what3>[^,;.]+?)(?=[,;.(]|$))",
      F);
  private static final Pattern COUNT_CAP = Pattern.compile("^[\\s,;.(]*(?:nhưng\\s+)?(?:được\\s+)?(?:tổng\\s+)?"
      + "(?:số\\s+)?(?:điểm\\s+)?" + CAP, F);
  /** "tối đa bằng điểm tối đa": the row's own maximum is the ceiling, said in words. */
  private static final Pattern ROW_MAX_CAP = Pattern.compile(
      "^[\\s,;.(]*(?:tối\\s+đa\\s+(?:trừ\\s+)?bằng|không\\s+quá)\\s+(?:số\\s+)?điểm\\s+tối\\s+đa(?:\\s+của\\s+tiêu\\s+chí)?" + END,
      F);
  private static final Pattern GRACE = Pattern.compile(
      WB + "(?:quá|sau|chậm)\\s+(?:từ\\s+)?" + NUM + "\\s+(?:ngày|tháng|tuần)" + END, F);

  /** A formula, if the text is one: survey share or proportional; checks that nothing else gives points. */
  static Optional<ScoringMethod> formula(String flat, BigDecimal max) throws Unreadable {
    if (SURVEY_WORDS.matcher(flat).find() && TIMES_MAX.matcher(flat).find()) {
      onlyRestatedMaximum(flat, max);
      return Optional.of(Methods.surveyShare());
    }
    if (isProportional(flat)) {
      Optional<BigDecimal> threshold = Optional.empty();
      StringBuilder rest = new StringBuilder();
      for (String part : flat.split(";")) {
        String p = part.strip();
        Matcher below = Fragments.THRESHOLD.matcher(Lexicon.trimPunctuation(p));
        Matcher from = FROM_THRESHOLD.matcher(p);
        if (below.matches()) {
          threshold = sameThreshold(threshold, decimal(below.group(1)), p);
        } else if (from.find()) {
          threshold = sameThreshold(threshold, decimal(from.group(1)), p);
          rest.append(p.substring(from.end())).append("; ");
        } else {
          rest.append(p).append("; ");
        }
      }
      onlyRestatedMaximum(rest.toString(), max);
      return Optional.of(threshold.isPresent() ? new ProportionalThreshold(threshold.get()) : Methods.proportional());
    }
    return Optional.empty();
  }

  private static Optional<BigDecimal> sameThreshold(Optional<BigDecimal> known, BigDecimal found, String where)
      throws Unreadable {
    if (known.isPresent() && known.get().compareTo(found) != 0) {
      throw new Unreadable("the formula's threshold is " + num(known.get()) + "%, but \"" + where + "\" names "
          + num(found) + "%");
    }
    return Optional.of(found);
  }

  /**
   * "tỷ lệ ... x điểm tối đa" or "a / b x điểm tối đa", and the formulas of {@link #PROPORTIONAL}. One search
   * from the first rate word and one from each case's first slash: the text is scanned a bounded number of times.
   */
  private static boolean isProportional(String flat) {
    if (PROPORTIONAL.matcher(flat).find()) {
      return true;
    }
    Matcher timesMax = TIMES_MAX.matcher(flat);
    Matcher rate = RATE_WORD.matcher(flat);
    if (rate.find() && timesMax.find(rate.end())) {
      return true;
    }
    int from = 0;
    while (from < flat.length()) {
      int end = flat.indexOf(';', from);
      end = end < 0 ? flat.length() : end;
      int slash = flat.indexOf('/', from);
      if (slash >= 0 && slash < end) {
        timesMax.region(slash + 1, end);
        if (timesMax.find()) {
          return true;
        }
      }
      from = end + 1;
    }
    return false;
  }

  private static void onlyRestatedMaximum(String flat, BigDecimal max) throws Unreadable {
    Matcher percent = Lexicon.PERCENT.matcher(flat);
    if (percent.find()) {
      throw new Unreadable("the text reads as a formula, but also names \"" + percent.group().strip()
          + "\" (a threshold or a band around a formula is not a built-in method); could not read it in \""
          + Lexicon.abbreviate(flat) + "\"");
    }
    Matcher m = Lexicon.POINTS.matcher(flat);
    while (m.find()) {
      if (decimal(m.group(1)).compareTo(max) != 0) {
        throw new Unreadable("the text reads as a formula, but also gives \"" + m.group().strip()
            + "\", which is not the maximum " + num(max) + "; could not read it in \"" + Lexicon.abbreviate(flat)
            + "\"");
      }
    }
  }

  /** A deduction per event or points per item, if the text is one. */
  static Optional<ScoringMethod> perEvent(String flat, BigDecimal max, NodeRole role) throws Unreadable {
    Matcher deduction = DEDUCTION.matcher(flat);
    if (deduction.find()) {
      return Optional.of(deduction(flat, deduction, max, role));
    }
    Matcher count = COUNT.matcher(flat);
    if (count.find()) {
      return Optional.of(countTimesPoints(flat, count, max, role));
    }
    return Optional.empty();
  }

  private static ScoringMethod deduction(String flat, Matcher m, BigDecimal max, NodeRole role) throws Unreadable {
    BigDecimal per = decimal(firstOf(m, "per1", "per2", "per3"));
    String before = flat.substring(0, m.start());
    String after = flat.substring(m.end());
    Optional<BigDecimal> most = Optional.empty();
    Optional<BigDecimal> floor = Optional.empty();
    Matcher cap = DEDUCTION_CAP.matcher(after);
    Matcher fl = DEDUCTION_FLOOR.matcher(after);
    Matcher zero = DEDUCTION_TO_ZERO.matcher(after);
    Matcher rowMax = ROW_MAX_CAP.matcher(after);
    boolean explicit = false;
    if (rowMax.find()) {
      explicit = true;
      after = after.substring(rowMax.end());
    } else if (cap.find()) {
      most = Optional.of(decimal(cap.group(1)));
      if (most.get().compareTo(max) > 0) {
        throw new Unreadable("the deduction is capped at " + num(most.get()) + " points (\"" + cap.group().strip()
            + "\"), more than the maximum " + num(max));
      }
      after = after.substring(cap.end());
    } else if (fl.find()) {
      floor = Optional.of(decimal(fl.group(1)));
      after = after.substring(fl.end());
    } else if (zero.find()) {
      after = after.substring(zero.end());
    }
    lead(before, m.group().strip(), max);
    rest(after, m.group().strip());
    if (floor.isEmpty() && !explicit) {
      uncapped(role, per, most, max, m.group().strip());
    }
    if (role == NodeRole.PENALTY && floor.isEmpty()) {
      // The points of a penalty row are the points taken off: 0 for no event, per event up to the cap.
      return new CountTimesPoints(per, most);
    }
    BigDecimal f = floor.orElse(most.map(max::subtract).orElse(BigDecimal.ZERO));
    return new DeductionPerEvent(per, f);
  }

  /**
   * A penalty per event that prints no ceiling on a row whose maximum the first event already (almost) reaches:
   * the maximum would silently cap a second event, so it is an error naming the missing ceiling.
   */
  private static void uncapped(NodeRole role, BigDecimal per, Optional<BigDecimal> cap, BigDecimal max, String rule)
      throws Unreadable {
    if (role == NodeRole.PENALTY && cap.isEmpty() && per.multiply(BigDecimal.valueOf(2)).compareTo(max) > 0) {
      throw new Unreadable("the deduction \"" + rule + "\" prints no ceiling, and the row's maximum " + num(max)
          + " is reached by the first event: a second event could not be taken off; write the ceiling (\"tối đa"
          + " trừ n điểm\", or \"tối đa bằng điểm tối đa\" for the row's maximum) or give the row the largest"
          + " deduction as its maximum");
    }
  }

  /**
   * What comes before a deduction: nothing, words without numbers ("Đối với văn bản chậm:", "thiếu,"), the maximum
   * ("Tối đa 2 điểm;") or a full-marks case ("Đủ số kỳ: 2 điểm;").
   */
  private static void lead(String before, String deduction, BigDecimal max) throws Unreadable {
    Matcher grace = GRACE.matcher(before);
    if (grace.find()) {
      throw new Unreadable("the deduction \"" + deduction + "\" starts after a grace period (\""
          + grace.group().strip() + "\"), which is not a built-in method; count only the events beyond it in a"
          + " text of its own, or give the points directly");
    }
    for (String part : before.split(";")) {
      String lead = part.strip();
      if (isContext(lead)) {
        continue;
      }
      Matcher mp = MAX_PREFIX.matcher(lead);
      if (mp.matches()) {
        BigDecimal stated = decimal(mp.group(1));
        if (stated.compareTo(max) != 0) {
          throw new Unreadable("the text states a maximum of " + num(stated) + " points (\"" + lead
              + "\"), but the row's maximum is " + num(max));
        }
        continue;
      }
      Optional<CaseList.Case> full = CaseList.caseOf(Lexicon.trimPunctuation(lead));
      if (full.isEmpty() || full.get().fixedPoints().map(p -> p.compareTo(max) != 0).orElse(true)) {
        Matcher pct = Lexicon.PERCENT.matcher(lead);
        throw new Unreadable("could not read \"" + lead + "\" before the deduction \"" + deduction + "\""
            + (pct.find() ? ": \"" + pct.group().strip() + "\" may be a threshold on which events count, a condition"
                + " the reader does not apply; count only those events and write the deduction without it" : ""));
      }
    }
  }

  private static ScoringMethod countTimesPoints(String flat, Matcher m, BigDecimal max, NodeRole role)
      throws Unreadable {
    BigDecimal each = decimal(firstOf(m, "per1", "per2", "per3"));
    String before = flat.substring(0, m.start()).strip();
    String after = flat.substring(m.end());
    Optional<BigDecimal> cap = Optional.empty();
    Matcher c = COUNT_CAP.matcher(after);
    Matcher rowMax = ROW_MAX_CAP.matcher(after);
    boolean explicit = false;
    if (rowMax.find()) {
      explicit = true;
      after = after.substring(rowMax.end());
    } else if (c.find()) {
      cap = Optional.of(decimal(c.group(1)));
      after = after.substring(c.end());
    } else if (!before.isEmpty()) {
      Matcher mp = MAX_PREFIX.matcher(before);
      if (mp.matches()) {
        cap = Optional.of(decimal(mp.group(1)));
        before = "";
      }
    }
    if (!isContext(before)) {
      throw new Unreadable("could not read \"" + before + "\" before \"" + m.group().strip() + "\"");
    }
    rest(after, m.group().strip());
    if (!explicit) {
      uncapped(role, each, cap, max, m.group().strip());
    }
    return new CountTimesPoints(each, cap);
  }

  /** Words that only introduce a rule: empty, or without numbers and without a second case. */
  private static boolean isContext(String lead) {
    return Lexicon.trimPunctuation(lead).isEmpty() || !Lexicon.hasDigit(lead) && !lead.contains(";");
  }

  private static String firstOf(Matcher m, String... groups) {
    for (String g : groups) {
      if (m.group(g) != null) {
        return m.group(g);
      }
    }
    throw new IllegalStateException("none of the groups matched in " + m.group());
  }

  private static void rest(String after, String rule) throws Unreadable {
    String left = Lexicon.trimPunctuation(after.replace("(", " ").replace(")", " ")).strip();
    if (left.isEmpty()) {
      return;
    }
    Optional<CaseList.Case> none = CaseList.caseOf(left);
    if (none.isPresent() && none.get().fixedPoints().map(p -> p.signum() == 0).orElse(false)
        && !none.get().label().isEmpty() && !Lexicon.hasDigit(none.get().label())) {
      // "…; không ban hành: 0 điểm": the case of no item, which the rule already scores 0
      return;
    }
    if (DEDUCTION.matcher(left).find() || COUNT.matcher(left).find()) {
      throw new Unreadable("the text gives two rates (\"" + rule + "\" and \"" + Lexicon.abbreviate(left)
          + "\"); a row counts one kind of event: split it into one row per rate");
    }
    throw new Unreadable("could not read \"" + left + "\" after \"" + rule + "\"");
  }
}
