package io.github.parindex.rules.table;

import static io.github.parindex.rules.table.Lexicon.END;
import static io.github.parindex.rules.table.Lexicon.F;
import static io.github.parindex.rules.table.Lexicon.HUNDRED;
import static io.github.parindex.rules.table.Lexicon.NUM;
import static io.github.parindex.rules.table.Lexicon.PTS;
import static io.github.parindex.rules.table.Lexicon.WB;
import static io.github.parindex.rules.table.Lexicon.decimal;
import static io.github.parindex.rules.table.Lexicon.num;

import io.github.parindex.method.Level;
import io.github.parindex.method.Methods;
import io.github.parindex.method.PointRanges;
import io.github.parindex.method.ScoringMethod;
import io.github.parindex.model.NodeRole;
import io.github.parindex.rules.table.ScoringTextParser.Unreadable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list of labelled cases ("Có: 1 điểm; Không: 0 điểm") and the method it makes: points ranges chosen by the
 * council, percentage bands, count bands ({@link BandLabels}), yes/no or deadline ({@link ShapedCases}), or graded
 * levels when every label is a plain wording.
 * There is no fallback: a list that fits none of these is an error naming why.
 */
final class CaseList {
  private CaseList() {}

  /** The kinds of points a case can give. */
  enum Spec { FIXED, FULL, SHARE, DEDUCT, RANGE, CAP }

  /**
   * One case as written: its label and the points phrase that ends it.
   *
   * @param fragment the case as written
   * @param label the words before the points
   * @param spec the kind of points
   * @param a the points, the share in percent, or the lower end of a range
   * @param b the upper end of a range (else {@code a})
   * @param deducted whether the points are written as a deduction ("trừ")
   */
  record Case(String fragment, String label, Spec spec, BigDecimal a, BigDecimal b, boolean deducted) {
    Optional<BigDecimal> fixedPoints() {
      return spec == Spec.FIXED && !deducted ? Optional.of(a) : Optional.empty();
    }
  }

  private static final String TO = "\\s?(?:đến|tới|-|=>|->|→|÷)\\s?";
  private static final Pattern SPEC = Pattern.compile(
      "(?<rneg>(?:bị\\s+)?trừ\\s+)?(?:điểm\\s+)?(?:từ\\s+)?(?<ra>" + NUM + ")(?:\\s?(?:điểm|đ)" + END + ")?" + TO
          + "(?<rb>" + NUM + ")" + PTS
          + "|" + WB + "điểm\\s+từ\\s+(?<ta>" + NUM + ")" + TO + "(?<tb>" + NUM + ")" + END
          + "|" + WB + "(?:đạt\\s+)?(?:điểm\\s+)?tối\\s+đa(?:\\s+là)?\\s+(?<cap>" + NUM + ")" + PTS
          + "|(?:" + WB + "(?:đạt|được)\\s+)?(?<sneg>(?:bị\\s+)?trừ\\s+)?(?<share>" + NUM + ")\\s?%\\s?(?:(?:số|tổng)\\s+)?"
          + "điểm(?:\\s+tối\\s+đa)?(?:\\s+của\\s+(?:tiêu\\s+chí|chỉ\\s+số))?" + END
          + "|" + WB + "(?:bị\\s+)?trừ\\s+(?<ded>" + NUM + ")" + PTS
          + "|(?<fix>" + NUM + ")" + PTS + "(?:\\s+(?:của\\s+)?toàn(?:\\s+bộ)?\\s+(?:tiêu\\s+chí|chỉ\\s+số)" + END + ")?"
          + "|" + WB + "(?<full>(?:đạt\\s+)?(?:điểm\\s+tối\\s+đa|tối\\s+đa\\s+điểm|đủ\\s+điểm))" + END,
      F);
  private static final Pattern CONNECTOR = Pattern.compile(
      "(?:(?:\\s|^)(?:thì\\s+được\\s+tính|được\\s+tính|thì\\s+được|thì|được|cho|là)|\\s?:\\s?đạt)$", F);
  private static final Pattern NOT_A_LEVEL = Pattern.compile(
      WB + "(?<w>mỗi|tối\\s+đa|trừ|cộng\\s+thêm|/)" + END, F);
  private static final Pattern BEFORE_DATE = Pattern.compile(
      WB + "trước\\s+(?:ngày\\s+)?\\d{1,2}[/-]\\d{1,2}", F);
  private static final Pattern AFTER_DATE = Pattern.compile(
      WB + "(?:sau|từ)\\s+(?:ngày\\s+)?\\d{1,2}[/-]\\d{1,2}", F);

  /** The case a fragment is ("Có: 1 điểm", "Tốt: từ 4 đến 5 điểm", "Có: 1"), if it is one. */
  static Optional<Case> caseOf(String fragment) throws Unreadable {
    Matcher m = SPEC.matcher(fragment);
    int start = -1;
    int end = -1;
    int count = 0;
    Case found = null;
    while (m.find()) {
      count++;
      start = m.start();
      end = m.end();
      found = fromMatch(fragment, m);
    }
    if (found == null || !Lexicon.trimPunctuation(fragment.substring(end).replace(")", "")).isEmpty()) {
      return bare(fragment);
    }
    if (count > 1) {
      return Optional.empty();
    }
    String before = fragment.substring(0, start).strip();
    if (before.endsWith("(")) {
      before = before.substring(0, before.length() - 1);
    }
    String label = Lexicon.trimPunctuation(before);
    label = Lexicon.trimPunctuation(CONNECTOR.matcher(label).replaceFirst("")).strip();
    return Optional.of(new Case(fragment, label, found.spec(), found.a(), found.b(), found.deducted()));
  }

  private static Case fromMatch(String fragment, Matcher m) throws Unreadable {
    if (m.group("ra") != null) {
      return new Case(fragment, "", Spec.RANGE, decimal(m.group("ra")), decimal(m.group("rb")),
          m.group("rneg") != null);
    }
    if (m.group("ta") != null) {
      return new Case(fragment, "", Spec.RANGE, decimal(m.group("ta")), decimal(m.group("tb")), false);
    }
    if (m.group("cap") != null) {
      return new Case(fragment, "", Spec.CAP, BigDecimal.ZERO, decimal(m.group("cap")), false);
    }
    if (m.group("share") != null) {
      BigDecimal p = decimal(m.group("share"));
      return new Case(fragment, "", Spec.SHARE, p, p, m.group("sneg") != null);
    }
    if (m.group("ded") != null) {
      BigDecimal p = decimal(m.group("ded"));
      return new Case(fragment, "", Spec.DEDUCT, p, p, true);
    }
    if (m.group("fix") != null) {
      BigDecimal p = decimal(m.group("fix"));
      return new Case(fragment, "", Spec.FIXED, p, p, false);
    }
    return new Case(fragment, "", Spec.FULL, BigDecimal.ZERO, BigDecimal.ZERO, false);
  }

  /** "Có: 1", a case whose points have no unit after a colon or an equals sign. */
  private static Optional<Case> bare(String fragment) throws Unreadable {
    int sep = Math.max(fragment.lastIndexOf(':'), fragment.lastIndexOf('='));
    if (sep <= 0) {
      return Optional.empty();
    }
    String tail = Lexicon.trimPunctuation(fragment.substring(sep + 1));
    if (!tail.matches("\\d{1,30}(?:[.,]\\d{1,30})?")) {
      return Optional.empty();
    }
    String label = Lexicon.trimPunctuation(fragment.substring(0, sep));
    BigDecimal p = decimal(tail);
    return label.isEmpty() ? Optional.empty() : Optional.of(new Case(fragment, label, Spec.FIXED, p, p, false));
  }

  /** The method a list of scoring fragments describes. */
  static ScoringMethod method(List<String> fragments, BigDecimal max, NodeRole role, boolean highestLevel)
      throws Unreadable {
    List<Case> cases = cases(fragments);
    if (cases.stream().anyMatch(c -> c.spec() == Spec.RANGE || c.spec() == Spec.CAP)) {
      return ranges(cases, max, role);
    }
    List<Level> levels = new ArrayList<>();
    for (Case c : cases) {
      if (c.label().isEmpty()) {
        throw new Unreadable("could not read \"" + c.fragment() + "\": the case has no wording before its points");
      }
      levels.add(new Level(c.label(), points(c, max, role)));
    }
    duplicates(cases);
    Optional<ScoringMethod> banded = BandLabels.bands(cases, levels, role);
    if (banded.isPresent()) {
      return banded.get();
    }
    Optional<ScoringMethod> shaped = ShapedCases.shaped(cases, levels, max, role);
    if (shaped.isPresent() && !highestLevel) {
      return shaped.get();
    }
    return levels(cases, levels, max, role);
  }

  /**
   * The cases of a text, every fragment one case: a fragment that is none, no case at all, or a formula inside a
   * case is an error.
   */
  private static List<Case> cases(List<String> fragments) throws Unreadable {
    List<Case> cases = new ArrayList<>();
    List<String> unread = new ArrayList<>();
    for (String f : fragments) {
      Optional<Case> c = caseOf(f);
      if (c.isPresent()) {
        cases.add(c.get());
      } else {
        unread.add(f);
      }
    }
    if (!unread.isEmpty()) {
      throw new Unreadable("could not read " + quoteAll(unread) + " (expected a case and its points, such as"
          + " \"Có: 1 điểm\", \"từ 80% đến dưới 100%: 0,5 điểm\" or \"Tốt: từ 4 đến 5 điểm\")");
    }
    if (cases.isEmpty()) {
      throw new Unreadable("the text gives no points");
    }
    for (Case c : cases) {
      if (c.label().contains("=")) {
        throw new Unreadable("could not read \"" + c.fragment() + "\": a formula inside a case (a band whose points"
            + " are computed) is not a built-in method");
      }
    }
    return cases;
  }

  /** Graded levels: each label a plain wording, more than one case, the best reaching a scored row's maximum. */
  private static ScoringMethod levels(List<Case> cases, List<Level> levels, BigDecimal max, NodeRole role)
      throws Unreadable {
    for (Case c : cases) {
      Matcher w = NOT_A_LEVEL.matcher(c.label());
      if (w.find()) {
        throw new Unreadable("could not read \"" + c.fragment() + "\" as a level: its wording has \""
            + w.group("w") + "\" (a per-item rule is written \"Mỗi X: n điểm, tối đa m điểm\", a deduction"
            + " \"mỗi X trừ n điểm\")");
      }
    }
    if (cases.size() == 1) {
      throw new Unreadable("the text gives only one case (\"" + cases.get(0).fragment()
          + "\"); write every case with its points, e.g. \"Có: 1 điểm; Không: 0 điểm\"");
    }
    reachesMax(cases, max, role);
    datedWithoutLateCase(cases);
    List<Level> sorted = new ArrayList<>(levels);
    sorted.sort(Comparator.comparing(Level::points).reversed());
    return Methods.levels(sorted);
  }

  /**
   * On a scored row the best level must give the maximum: a list whose best level gives less contradicts the row
   * (the maximum could never be reached), which is an error rather than a guess at which is wrong.
   */
  private static void reachesMax(List<Case> cases, BigDecimal max, NodeRole role) throws Unreadable {
    if (role != NodeRole.SCORED) {
      return;
    }
    BigDecimal best = BigDecimal.ZERO;
    for (Case c : cases) {
      BigDecimal top = c.spec() == Spec.RANGE || c.spec() == Spec.CAP
          ? (c.deducted() ? max.subtract(c.a()) : c.b()) : points(c, max, role);
      best = best.max(top);
    }
    if (best.compareTo(max) < 0) {
      throw new Unreadable("could not read the cases as this row's rule: the best case gives " + num(best)
          + " points, but the row's maximum is " + num(max) + ", which no level reaches");
    }
  }

  /**
   * A level dated "trước ngày 15/12" with no case for a later date or a late one leaves a gap: what a report after
   * the date scores is not said.
   */
  private static void datedWithoutLateCase(List<Case> cases) throws Unreadable {
    Optional<Case> dated = cases.stream().filter(c -> BEFORE_DATE.matcher(c.label()).find()).findFirst();
    if (dated.isEmpty()) {
      return;
    }
    boolean later = cases.stream().anyMatch(c -> c != dated.get() && (ShapedCases.LATE.matcher(c.label()).find()
        || AFTER_DATE.matcher(c.label()).find()));
    if (!later) {
      throw new Unreadable("the cases leave a gap: \"" + dated.get().label() + "\" has a date, but no case says"
          + " what is done after it (late) scores");
    }
  }

  private static ScoringMethod ranges(List<Case> cases, BigDecimal max, NodeRole role) throws Unreadable {
    List<PointRanges.Range> out = new ArrayList<>();
    boolean zero = false;
    for (Case c : cases) {
      String label = c.label().isEmpty() && cases.size() == 1 ? Lexicon.trimPunctuation(c.fragment()) : c.label();
      if (label.isEmpty()) {
        throw new Unreadable("could not read \"" + c.fragment() + "\": the case has no wording before its points");
      }
      BigDecimal lo;
      BigDecimal hi;
      if (c.spec() == Spec.RANGE || c.spec() == Spec.CAP) {
        lo = c.a();
        hi = c.b();
        if (c.deducted() && role != NodeRole.PENALTY) {
          lo = max.subtract(c.b());
          hi = max.subtract(c.a());
        }
      } else {
        lo = points(c, max, role);
        hi = lo;
      }
      zero |= lo.signum() == 0;
      out.add(new PointRanges.Range(label, lo, hi));
    }
    duplicates(cases);
    if (role == NodeRole.PENALTY && !zero) {
      // A penalty row takes nothing off when nothing happened.
      out.add(new PointRanges.Range("Không vi phạm", BigDecimal.ZERO, BigDecimal.ZERO));
    }
    return new PointRanges(out);
  }

  /** The points a case with a single value gives on a row with this maximum and role. */
  static BigDecimal points(Case c, BigDecimal max, NodeRole role) throws Unreadable {
    switch (c.spec()) {
      case FULL:
        return max;
      case SHARE:
        if (role == NodeRole.PENALTY) {
          throw new Unreadable("the case \"" + c.fragment() + "\" takes a share of points that are not this row's"
              + " (a share of the parent's points is a rule the table cannot express)");
        }
        BigDecimal share = max.multiply(c.a()).divide(HUNDRED);
        return c.deducted() ? max.subtract(share) : share;
      case DEDUCT:
        if (role == NodeRole.PENALTY) {
          return c.a();
        }
        if (c.a().compareTo(max) > 0) {
          throw new Unreadable("the case \"" + c.fragment() + "\" takes off " + num(c.a())
              + " points, more than the maximum " + num(max));
        }
        return max.subtract(c.a());
      default:
        return c.a();
    }
  }

  private static void duplicates(List<Case> cases) throws Unreadable {
    Set<String> labels = new HashSet<>();
    for (Case c : cases) {
      if (!c.label().isEmpty() && !labels.add(c.label().toLowerCase(Locale.ROOT))) {
        throw new Unreadable("the case \"" + c.label() + "\" is given twice");
      }
    }
  }

  static String quoteAll(List<String> fragments) {
    return String.join(", ", fragments.stream().map(f -> "\"" + f + "\"").toList());
  }
}
