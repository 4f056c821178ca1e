package io.github.parindex.rules.table;

import static io.github.parindex.rules.table.Lexicon.END;
import static io.github.parindex.rules.table.Lexicon.F;
import static io.github.parindex.rules.table.Lexicon.NUM;
import static io.github.parindex.rules.table.Lexicon.PTS;
import static io.github.parindex.rules.table.Lexicon.WB;

import io.github.parindex.method.Deadline;
import io.github.parindex.method.Level;
import io.github.parindex.method.ScoringMethod;
import io.github.parindex.method.YesNo;
import io.github.parindex.model.NodeRole;
import io.github.parindex.rules.table.CaseList.Case;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The case lists whose wording makes them yes/no or a deadline rather than graded levels: one case on its own,
 * two cases that say yes and no (or on time and late), three that say on time, late and not done.
 */
final class ShapedCases {
  private ShapedCases() {}

  private static final Pattern NEGATION = Pattern.compile(WB + "(?:không|chưa|vẫn\\s+còn)" + END, F);
  private static final Pattern PER_ITEM = Pattern.compile(WB + "(?:mỗi|tối\\s+đa)" + END + "|/", F);
  private static final Pattern YES = Pattern.compile("^(?:có|đạt)" + END, F);
  private static final Pattern NO = Pattern.compile("^(?:không|chưa)" + END, F);
  static final Pattern LATE = Pattern.compile(
      WB + "(?:chậm|trễ|quá\\s+(?:thời\\s+)?hạn|không\\s+đúng\\s+(?:thời\\s+)?hạn|sau\\s+thời\\s+hạn"
          + "|không\\s+kịp\\s+thời|không\\s+đúng\\s+tiến\\s+độ)" + END, F);
  private static final Pattern ON_TIME = Pattern.compile(
      WB + "(?:đúng\\s+(?:thời\\s+)?hạn|đúng\\s+thời\\s+gian|trước\\s+thời\\s+hạn|kịp\\s+thời|đúng\\s+tiến\\s+độ)"
          + END, F);
  /** "tối thiểu 01", "ít nhất 2": a number that states the single case's condition. */
  private static final Pattern AT_LEAST = Pattern.compile(WB + "(?:tối\\s+thiểu|ít\\s+nhất)\\s+" + NUM + END, F);
  /**
   * "Địa phương/UBND": a slash between two words, the second written with a capital, is "or"; but not before a unit
   * of time or of occurrences ("Sáng kiến/Năm" is per year, a count). Not case-insensitive, under which
   * {@code \p{Lu}} would match any letter.
   */
  private static final Pattern ALTERNATIVES = Pattern.compile("(?<=\\p{L})/(?=\\p{Lu})"
      + "(?!(?iu:năm|tháng|quý|tuần|ngày|kỳ|kì|lần|đợt)" + END + ")");
  /** "được tính 2 điểm" at the end of a single case on a scored row: the points awarded when it holds. */
  private static final Pattern AWARD = Pattern.compile(
      WB + "(?:được\\s+(?:tính|cộng)|thì\\s+được)\\s+" + NUM + PTS + "[\\s.;,]*$", F);

  /**
   * Yes/no, deadline, or one case: one event on a bonus or penalty row, or on a scored row one case awarding the
   * maximum ("Xã an toàn khu được tính 2 điểm").
   */
  static Optional<ScoringMethod> shaped(List<Case> cases, List<Level> levels, BigDecimal max, NodeRole role) {
    if (cases.size() == 1 && singleCase(cases.get(0), levels.get(0).points(), max, role)) {
      return Optional.of(new YesNo(levels.get(0).points(), BigDecimal.ZERO));
    }
    if (cases.size() == 2) {
      String a = cases.get(0).label();
      String b = cases.get(1).label();
      if (ON_TIME.matcher(a).find() && LATE.matcher(b).find() && NEGATION.matcher(b).find()) {
        // "đúng hạn: 8 điểm; không có hoặc quá hạn: 0 điểm": late and not done score the same
        return Optional.of(new Deadline(levels.get(0).points(), levels.get(1).points(), levels.get(1).points()));
      }
      if (YES.matcher(a).find() && NO.matcher(b).find() || negates(b, a)) {
        return Optional.of(new YesNo(levels.get(0).points(), levels.get(1).points()));
      }
      if (NO.matcher(a).find() && YES.matcher(b).find() || negates(a, b)) {
        return Optional.of(new YesNo(levels.get(1).points(), levels.get(0).points()));
      }
    }
    return cases.size() == 3 ? deadline(cases, levels) : Optional.empty();
  }

  /** Three cases on time, late and not done, in any order: a deadline. */
  private static Optional<ScoringMethod> deadline(List<Case> cases, List<Level> levels) {
    BigDecimal onTime = null;
    BigDecimal late = null;
    BigDecimal notDone = null;
    for (int i = 0; i < 3; i++) {
      String l = cases.get(i).label();
      BigDecimal p = levels.get(i).points();
      if (LATE.matcher(l).find()) {
        late = late == null ? p : late;
      } else if (ON_TIME.matcher(l).find()) {
        onTime = onTime == null ? p : onTime;
      } else if (NO.matcher(l).find()) {
        notDone = notDone == null ? p : notDone;
      }
    }
    if (onTime != null && late != null && notDone != null) {
      return Optional.of(new Deadline(onTime, late, notDone));
    }
    return Optional.empty();
  }

  /**
   * Whether one case alone is a yes/no rule, its points when it holds and 0 when it does not. Its wording must be
   * one condition: no number (but "tối thiểu 01 …", "ít nhất 2 …", which state the condition), no per-item word, and
   * a slash only between alternatives written with capitals ("Địa phương/UBND cấp xã"). On a bonus or penalty row
   * the case is the event; on a scored row the case must award the maximum with "được tính", "được cộng" or "thì
   * được" (Nghị định 307/2025/NĐ-CP: "Có đường biên giới quốc gia trên đất liền được tính 3 điểm"), so that a list
   * whose other cases were left out ("Có: 1 điểm" alone) stays an error.
   */
  private static boolean singleCase(Case c, BigDecimal points, BigDecimal max, NodeRole role) {
    String label = AT_LEAST.matcher(c.label()).replaceAll(" ");
    label = ALTERNATIVES.matcher(label).replaceAll(" hoặc ");
    if (Lexicon.hasDigit(label) || PER_ITEM.matcher(label).find()) {
      return false;
    }
    return role != NodeRole.SCORED || points.compareTo(max) == 0 && AWARD.matcher(c.fragment()).find();
  }

  /** Whether {@code no} is {@code yes} negated: "Không thực hiện" / "Thực hiện". */
  private static boolean negates(String no, String yes) {
    String n = no.toLowerCase(Locale.ROOT);
    String y = yes.toLowerCase(Locale.ROOT);
    return n.equals("không " + y) || n.equals("chưa " + y);
  }
}
