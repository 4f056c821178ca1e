package io.github.parindex.rules.table;

import static io.github.parindex.rules.table.Lexicon.F;
import static io.github.parindex.rules.table.Lexicon.HUNDRED;
import static io.github.parindex.rules.table.Lexicon.NUM;
import static io.github.parindex.rules.table.Lexicon.WB;
import static io.github.parindex.rules.table.Lexicon.decimal;

import io.github.parindex.method.Band;
import io.github.parindex.method.BandsWithCases;
import io.github.parindex.method.CountBands;
import io.github.parindex.method.Level;
import io.github.parindex.method.Methods;
import io.github.parindex.method.ScoringMethod;
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
 * Case labels that are a range of percentages ("từ 80% đến dưới 100%") or of counts with bare numbers ("Đạt từ
 * 50 - dưới 100"), making percentage bands or count bands. Only a list whose labels all name a percentage makes
 * bands; a list mixing them with plain wording ("Hoàn thành 100% kế hoạch: 1 điểm; Không thực hiện: 0 điểm") is
 * read as levels, labels as written.
 */
final class BandLabels {
  private BandLabels() {}

  private static final String LO = "(?:" + WB + "(?<lo>từ|trên|lớn\\s+hơn|cao\\s+hơn|>=|≥|>)\\s?)?";
  private static final String HI = "(?:(?<hi>dưới|nhỏ\\s+hơn|thấp\\s+hơn|không\\s+quá|<=|≤|<)\\s?)?";
  private static final String TO = "\\s?(?:đến|tới|-)\\s?";

  private static final Pattern P_RANGE = Pattern.compile(LO + "(?<a>" + NUM + ")\\s?%?" + TO + HI + "(?<b>" + NUM
      + ")\\s?%", F);
  private static final Pattern P_AT_LEAST = Pattern.compile(
      "(?:" + WB + "(?:từ|>=|≥|không\\s+dưới|tối\\s+thiểu|ít\\s+nhất)\\s?" + NUM + "\\s?%(?!\\s?trở\\s+xuống)"
          + "(?:\\s?trở\\s+lên)?|" + NUM + "\\s?%\\s?trở\\s+lên)", F);
  private static final Pattern P_AT_MOST = Pattern.compile(
      "(?:" + WB + "(?:<=|≤|không\\s+quá|tối\\s+đa)\\s?" + NUM + "\\s?%|(?:" + WB + "từ\\s?)?" + NUM
          + "\\s?%\\s?trở\\s+xuống)", F);
  private static final Pattern P_BELOW = Pattern.compile(WB + "(?:dưới|nhỏ\\s+hơn|thấp\\s+hơn|<)\\s?" + NUM + "\\s?%", F);
  private static final Pattern P_ABOVE = Pattern.compile(WB + "(?:trên|lớn\\s+hơn|cao\\s+hơn|>)\\s?" + NUM + "\\s?%", F);

  private static final Pattern C_RANGE = Pattern.compile(LO + "(?<a>" + NUM + ")" + TO + HI + "(?<b>" + NUM + ")"
      + "(?!\\s?%)", F);
  private static final Pattern C_AT_LEAST = Pattern.compile(
      "^(?:đạt\\s+|có\\s+)?(?:(?<w>từ|>=|≥|ít\\s+nhất|tối\\s+thiểu)\\s?)?" + NUM + "(?:\\s[\\p{L}\\s]{0,40}?)?\\s?trở\\s+lên$",
      F);
  private static final Pattern C_FROM = Pattern.compile(
      "^(?:đạt\\s+|có\\s+)?(?:từ|ít\\s+nhất|tối\\s+thiểu)\\s?" + NUM + "(?:\\s[\\p{L}\\s/]{0,120})?$", F);
  private static final Pattern C_AT_MOST = Pattern.compile(
      "^(?:đạt\\s+|có\\s+)?(?:(?:từ\\s?)?" + NUM + "(?:\\s[\\p{L}\\s]{0,40}?)?\\s?trở\\s+xuống|(?:không\\s+quá|tối\\s+đa"
          + "|<=|≤)\\s?" + NUM + "(?:\\s[\\p{L}\\s]{0,40})?)$", F);
  private static final Pattern C_BELOW = Pattern.compile(
      "^(?:đạt\\s+|có\\s+)?(?:dưới|ít\\s+hơn|nhỏ\\s+hơn|<)\\s?" + NUM + "(?:\\s[\\p{L}\\s]{0,40})?$", F);
  private static final Pattern C_ABOVE = Pattern.compile(
      "^(?:đạt\\s+|có\\s+)?(?:trên|nhiều\\s+hơn|lớn\\s+hơn|>)\\s?" + NUM + "(?:\\s[\\p{L}\\s]{0,40})?$", F);

  private static final Pattern C_EXACT = Pattern.compile(
      "^(?:đạt\\s+|có\\s+)?" + NUM + "(?:\\s[\\p{L}\\s]{0,40})?$", F);

  private static final Pattern NONE = Pattern.compile("^không(?:\\s+có)?" + Lexicon.END, F);

  /**
   * Percentage or count bands when every label is one; bands beside plain cases ("Không thực hiện") when at least
   * two labels are bands and the others have no number; empty otherwise. Among count bands, a plain "Không có …"
   * is the count 0 when no band holds 0.
   */
  static Optional<ScoringMethod> bands(List<CaseList.Case> cases, List<Level> levels, NodeRole role)
      throws Unreadable {
    List<Integer> percent = new ArrayList<>();
    List<Integer> counts = new ArrayList<>();
    List<Integer> plain = new ArrayList<>();
    for (int i = 0; i < cases.size(); i++) {
      String l = cases.get(i).label();
      if (Lexicon.PERCENT.matcher(l).find()) {
        percent.add(i);
      } else if (Lexicon.hasDigit(l) && !Lexicon.DATE.matcher(l).find()) {
        counts.add(i);
      } else if (!Lexicon.hasDigit(l)) {
        plain.add(i);
      }
    }
    if (percent.size() == cases.size() || percent.size() >= 2 && percent.size() + plain.size() == cases.size()) {
      List<Band> bands = new ArrayList<>();
      for (int i : percent) {
        bands.add(percentBand(cases.get(i), levels.get(i).points()));
      }
      return Optional.of(withCases(Methods.percentBands(bands), plain, levels));
    }
    if (counts.size() == cases.size() || counts.size() >= 2 && counts.size() + plain.size() == cases.size()) {
      List<CountBands.CountBand> bands = new ArrayList<>();
      for (int i : counts) {
        Optional<CountBands.CountBand> b = countBand(cases.get(i).label(), levels.get(i).points());
        if (b.isEmpty()) {
          return Optional.empty();
        }
        bands.add(b.get());
      }
      List<Integer> rest = new ArrayList<>(plain);
      boolean zero = bands.stream().anyMatch(b -> b.from().signum() == 0);
      for (int i : plain) {
        if (!zero && NONE.matcher(cases.get(i).label()).find()) {
          bands.add(new CountBands.CountBand(BigDecimal.ZERO, true, Optional.of(BigDecimal.ZERO), true,
              levels.get(i).points()));
          rest.remove(Integer.valueOf(i));
          zero = true;
        }
      }
      BigDecimal lowest = bands.stream().map(CountBands.CountBand::from).min(BigDecimal::compareTo).orElseThrow();
      if (role != NodeRole.SCORED && lowest.signum() > 0) {
        // On a bonus or penalty row, fewer than the first band's count earns (or takes off) nothing.
        bands.add(new CountBands.CountBand(BigDecimal.ZERO, true, Optional.of(lowest), false, BigDecimal.ZERO));
      }
      return Optional.of(withCases(new CountBands(bands), rest, levels));
    }
    return Optional.empty();
  }

  private static ScoringMethod withCases(ScoringMethod bands, List<Integer> plain, List<Level> levels) {
    if (plain.isEmpty()) {
      return bands;
    }
    return new BandsWithCases(bands, plain.stream().map(levels::get).toList());
  }

  private static Band percentBand(CaseList.Case c, BigDecimal p) throws Unreadable {
    String cond = c.label().toLowerCase(Locale.ROOT);
    Matcher m;
    Band band;
    if ((m = P_RANGE.matcher(cond)).find()) {
      String lo = m.group("lo");
      String hi = m.group("hi");
      boolean fromIncl = lo == null || lo.equals("từ") || lo.equals(">=") || lo.equals("≥");
      boolean toIncl = hi == null || hi.startsWith("không") || hi.equals("<=") || hi.equals("≤");
      band = new Band(decimal(m.group("a")), fromIncl, decimal(m.group("b")), toIncl, p);
    } else if ((m = P_AT_LEAST.matcher(cond)).find()) {
      band = new Band(decimal(first(m)), true, HUNDRED, true, p);
    } else if ((m = P_AT_MOST.matcher(cond)).find()) {
      band = new Band(BigDecimal.ZERO, true, decimal(first(m)), true, p);
    } else if ((m = P_BELOW.matcher(cond)).find()) {
      band = new Band(BigDecimal.ZERO, true, decimal(m.group(1)), false, p);
    } else if ((m = P_ABOVE.matcher(cond)).find()) {
      band = new Band(decimal(m.group(1)), false, HUNDRED, true, p);
    } else if ((m = Lexicon.PERCENT.matcher(cond)).find()) {
      BigDecimal at = decimal(m.group(1));
      band = new Band(at, true, at, true, p);
    } else {
      throw new Unreadable("could not read the percentage in \"" + c.fragment() + "\"");
    }
    int inside = count(Lexicon.PERCENT, cond.substring(m.start(), m.end()));
    if (count(Lexicon.PERCENT, cond) > inside) {
      throw new Unreadable("\"" + c.fragment() + "\" names more than one percentage; could not read \""
          + (cond.substring(0, m.start()) + " … " + cond.substring(m.end())).strip() + "\"");
    }
    BigDecimal past = band.from().max(band.to());
    if (past.compareTo(HUNDRED) > 0) {
      throw new Unreadable("\"" + c.fragment() + "\" names " + Lexicon.num(past) + "%, past 100%, which"
          + " percentage bands cannot hold (they hold rates from 0% to 100%): a share of a standard is scored by a"
          + " rule of steps (\"cứ thêm …\"), or give the points directly");
    }
    return band;
  }

  /** A count band from a label with bare numbers, if it is one; the label holds no other number. */
  private static Optional<CountBands.CountBand> countBand(String label, BigDecimal p) throws Unreadable {
    String cond = Lexicon.trimPunctuation(label.toLowerCase(Locale.ROOT));
    int numbers = count(Pattern.compile(NUM), cond);
    Matcher m;
    if ((m = C_RANGE.matcher(cond)).find() && numbers == 2) {
      String lo = m.group("lo");
      String hi = m.group("hi");
      boolean fromIncl = lo == null || lo.equals("từ") || lo.equals(">=") || lo.equals("≥");
      boolean toIncl = hi == null || hi.startsWith("không") || hi.equals("<=") || hi.equals("≤");
      return Optional.of(new CountBands.CountBand(decimal(m.group("a")), fromIncl, Optional.of(decimal(m.group("b"))),
          toIncl, p));
    }
    if (numbers != 1) {
      return Optional.empty();
    }
    if ((m = C_AT_LEAST.matcher(cond)).matches()) {
      return Optional.of(new CountBands.CountBand(decimal(first(m)), true, Optional.empty(), false, p));
    }
    if ((m = C_FROM.matcher(cond)).matches()) {
      return Optional.of(new CountBands.CountBand(decimal(m.group(1)), true, Optional.empty(), false, p));
    }
    if ((m = C_AT_MOST.matcher(cond)).matches()) {
      return Optional.of(new CountBands.CountBand(BigDecimal.ZERO, true, Optional.of(decimal(first(m))), true, p));
    }
    if ((m = C_BELOW.matcher(cond)).matches()) {
      return Optional.of(new CountBands.CountBand(BigDecimal.ZERO, true, Optional.of(decimal(m.group(1))), false, p));
    }
    if ((m = C_ABOVE.matcher(cond)).matches()) {
      return Optional.of(new CountBands.CountBand(decimal(m.group(1)), false, Optional.empty(), false, p));
    }
    if ((m = C_EXACT.matcher(cond)).matches()) {
      BigDecimal n = decimal(m.group(1));
      return Optional.of(new CountBands.CountBand(n, true, Optional.of(n), true, p));
    }
    return Optional.empty();
  }

  private static String first(Matcher m) {
    for (int i = 1; i <= m.groupCount(); i++) {
      if (m.group(i) != null && Character.isDigit(m.group(i).charAt(0))) {
        return m.group(i);
      }
    }
    throw new IllegalStateException("no number in " + m.group());
  }

  private static int count(Pattern p, String s) {
    Matcher m = p.matcher(s);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
