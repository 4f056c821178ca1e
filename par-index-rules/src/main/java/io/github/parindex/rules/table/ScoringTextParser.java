package io.github.parindex.rules.table;

import io.github.parindex.internal.Decimals;
import io.github.parindex.method.Band;
import io.github.parindex.method.CountTimesPoints;
import io.github.parindex.method.Deadline;
import io.github.parindex.method.DeductionPerEvent;
import io.github.parindex.method.DirectPoints;
import io.github.parindex.method.Level;
import io.github.parindex.method.Methods;
import io.github.parindex.method.ScoringMethod;
import io.github.parindex.method.YesNo;
import io.github.parindex.model.ParIndexException;
import io.github.parindex.model.Problem;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the Vietnamese scoring text of a decision's table (cách tính điểm) into one of the built-in
 * {@link Methods scoring methods}.
 *
 * <p>It understands decimal commas ({@code 0,5}), {@code đ} for {@code điểm}, Unicode NFC/NFD differences, extra
 * spaces, line breaks and bullets, and these phrasings (case does not matter):
 * <ul>
 *   <li>percentage bands: {@code "100%: 1 điểm; từ 80% đến dưới 100%: 0,5 điểm; dưới 80%: 0 điểm"}, also
 *       {@code "từ 80% trở lên"}, {@code "trên 90%"}, {@code "đạt 100%"}, {@code "từ 50% đến 80%"},
 *       {@code "từ 50% trở xuống"}, and {@code "điểm tối đa"} as the points of a band;</li>
 *   <li>yes/no: {@code "Có: 1 điểm; Không: 0 điểm"}, {@code "Đạt: 1 điểm; Không đạt: 0 điểm"};</li>
 *   <li>deadline: {@code "Ban hành đúng thời hạn: 1 điểm; chậm: 0,5 điểm; không ban hành: 0 điểm"};</li>
 *   <li>graded levels: {@code "Thực hiện tốt: 2,5 điểm; Có thực hiện đầy đủ: 2,0 điểm; ..."} (any other list of
 *       labelled cases; the labels are kept as written, best first);</li>
 *   <li>deduction per event: {@code "mỗi văn bản chậm trừ 0,25 điểm"}, {@code "mỗi ... trừ 0,5 điểm, tối đa 2
 *       điểm"} (at most 2 points deducted), {@code "..., tối thiểu 0,5 điểm"} (the floor);</li>
 *   <li>count times points: {@code "mỗi sáng kiến được 0,25 điểm, tối đa 1 điểm"}, {@code "0,25 điểm/sáng kiến"};</li>
 *   <li>proportional: {@code "điểm = tỷ lệ % x điểm tối đa"}, {@code "tính theo tỷ lệ"};</li>
 *   <li>survey share: {@code "Chỉ số SIPAS / 100 x điểm tối đa"}.</li>
 * </ul>
 * Text it cannot read is an error that quotes the words it could not read; a parsed method whose definition is
 * inconsistent (bands with a gap, a level above the maximum) is an error too. A text longer than
 * {@link #MAX_LENGTH} ({@value #MAX_LENGTH}) characters is an error without being read; reading a text within the
 * limit takes time roughly proportional to its length.
 *
 * <pre>{@code
 * ScoringMethod m = ScoringTextParser.parse(
 *     "100%: 1 điểm; từ 80% đến dưới 100%: 0,5 điểm; dưới 80%: 0 điểm", new BigDecimal("1"));
 * // m equals Methods.percentBands(Band.exactly("100", "1"), Band.between("80", "100", "0.5"), Band.below("80", "0"))
 * }</pre>
 */
public final class ScoringTextParser {
  private ScoringTextParser() {}

  private static final BigDecimal HUNDRED = new BigDecimal("100");

  /**
   * The longest scoring text read, in characters after NFC normalisation and collapsing of spaces: {@value}. The
   * decisions' scoring texts are a few lines long; a longer text is an error (naming its length and, in a table, the
   * row and column), not read, so that a hostile or corrupt cell cannot make reading slow.
   */
  public static final int MAX_LENGTH = 2_000;

  private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
  /**
   * A number with a decimal comma or point. It starts where a run of digits starts and takes the whole run
   * (possessive), so a long run of digits is scanned once, not once per position in it.
   */
  private static final String NUM = "((?<!\\d)\\d++(?:[.,]\\d++)?)";
  /** Not inside a word. */
  private static final String WB = "(?<![\\p{L}\\p{N}])";
  private static final String END = "(?![\\p{L}\\p{N}])";
  /** "điểm" or its abbreviation "đ". */
  private static final String PTS = "\\s*(?:điểm|đ)" + END;
  private static final String TIMES = "\\s*(?:x|\\*|×|nhân(?:\\s+với)?)\\s*";
  private static final String RATE = "t[ỷỉ]\\s+lệ";

  private static final Pattern POINTS_ANYWHERE = Pattern.compile(NUM + PTS, F);
  private static final Pattern PERCENT_ANYWHERE = Pattern.compile(NUM + "\\s*%", F);

  private static final Pattern SURVEY_WORDS = Pattern.compile(
      WB + "(?:sipas|chỉ\\s+số\\s+hài\\s+lòng|mức\\s+độ\\s+hài\\s+lòng|" + RATE + "\\s+hài\\s+lòng)" + END, F);
  private static final Pattern TIMES_MAX = Pattern.compile(TIMES + "(?:số\\s+)?điểm\\s+tối\\s+đa" + END, F);
  /**
   * The formulas that need no scan ahead: "điểm tối đa x tỷ lệ", "tính theo tỷ lệ", "điểm tối đa x (a / b)". The
   * two that do ("tỷ lệ ... x điểm tối đa", "a / b x điểm tối đa") are found by {@link #isProportional} in one pass.
   */
  private static final Pattern PROPORTIONAL = Pattern.compile(
      "(?:" + WB + "điểm\\s+tối\\s+đa" + TIMES + RATE
          + "|" + WB + "tính\\s+(?:điểm\\s+)?(?:theo|bằng)\\s+" + RATE
          + "|" + WB + "điểm\\s+tối\\s+đa" + TIMES + "\\([^;()/]*+/[^;()]*+\\))",
      F);
  private static final Pattern RATE_WORD = Pattern.compile(WB + RATE, F);

  private static final String CAP =
      "(?:tối\\s+đa\\s+không\\s+quá|tối\\s+đa|không\\s+quá)(?:\\s+là)?\\s+" + NUM + PTS;
  private static final Pattern DEDUCTION = Pattern.compile(
      "(?:" + WB + "mỗi\\s+(?<what>(?:(?!mỗi" + END + ")[^;:])+?)\\s+(?:thì\\s+)?(?:bị\\s+)?trừ\\s+(?<per1>" + NUM + ")" + PTS
          + "|" + WB + "(?:bị\\s+)?trừ\\s+(?<per2>" + NUM + ")" + PTS + "\\s*/\\s*(?<what2>[^,;.]+?)(?=[,;.(]|$)"
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
      "^\\s*(?:điểm\\s+)?tối\\s+đa(?:\\s+là)?\\s*:?\\s*" + NUM + PTS + "\\s*[,;.:]?", F);

  private static final Pattern COUNT = Pattern.compile(
      "(?:" + WB + "mỗi\\s+(?<what>(?:(?!mỗi" + END + ")[^;:])+?)\\s+(?:thì\\s+)?(?:được|cộng|tính)\\s+(?:thêm\\s+)?(?<per1>" + NUM + ")" + PTS
          + "|" + WB + "(?:được\\s+|cộng\\s+)?(?<per2>" + NUM + ")" + PTS + "\\s*/\\s*(?<what2>[^,;.]+?)(?=[,;.(]|$)"
          + "|" + WB + "(?:được|cộng)\\s+(?:thêm\\s+)?(?<per3>" + NUM + ")" + PTS
          + "\\s+(?:cho|với)\\s+mỗi\\s+(?<what3>[^,;.]+?)(?=[,;.(]|$))",
      F);
  private static final Pattern COUNT_CAP = Pattern.compile("^[\\s,;.(]*(?:nhưng\\s+)?(?:được\\s+)?" + CAP, F);

  private static final Pattern CLAUSE_SPLIT = Pattern.compile(
      "\\r\\n|\\r|\\n|;|(?<=\\d\\s?(?:điểm|đ)|điểm\\stối\\sđa)\\s*[.,](?=\\s*\\S)", F);
  private static final Pattern BULLET = Pattern.compile("^(?:[-+•*·]|[a-zđ]\\)|\\d+\\))\\s*", F);
  private static final Pattern INTRO = Pattern.compile(
      "^(?:cách\\s+tính\\s+điểm|cách\\s+chấm\\s+điểm|trong\\s+đó|cụ\\s+thể)\\s*:?\\s*", F);
  private static final Pattern CLAUSE = Pattern.compile(
      "^(?<cond>.*?)(?<![\\s:=,→\\-])[\\s:=,→\\-]*+(?:(?:thì\\s+)?(?:được|cho)\\s+)?\\(?\\s*(?:(?<pts>" + NUM + ")" + PTS
          + "|(?<full>(?:điểm\\s+tối\\s+đa|tối\\s+đa\\s+điểm|đủ\\s+điểm)" + END + "))\\s*\\)?[.\\s]*$",
      F);
  /** A case whose points have no unit, after a colon or an equals sign: "Có: 1". */
  private static final Pattern CLAUSE_BARE = Pattern.compile("^(?<cond>.*?)\\s*[:=]\\s*(?<pts>" + NUM + ")[.\\s]*$", F);

  // Percentage conditions, tried in this order on the lower-cased condition.
  private static final Pattern P_RANGE = Pattern.compile(
      "(?:" + WB + "(?<lo>từ|trên|lớn\\s+hơn|cao\\s+hơn|>=|≥|>)\\s*)?(?<a>" + NUM + ")\\s*%?\\s*(?:đến|tới|-|–)\\s*"
          + "(?:(?<hi>dưới|nhỏ\\s+hơn|thấp\\s+hơn|không\\s+quá|<=|≤|<)\\s*)?(?<b>" + NUM + ")\\s*%",
      F);
  private static final Pattern P_AT_LEAST = Pattern.compile(
      "(?:" + WB + "(?:từ|>=|≥|không\\s+dưới|tối\\s+thiểu|ít\\s+nhất)\\s*" + NUM + "\\s*%(?!\\s*trở\\s+xuống)(?:\\s*trở\\s+lên)?"
          + "|" + NUM + "\\s*%\\s*trở\\s+lên)",
      F);
  private static final Pattern P_AT_MOST = Pattern.compile(
      "(?:" + WB + "(?:<=|≤|không\\s+quá|tối\\s+đa)\\s*" + NUM + "\\s*%"
          + "|(?:" + WB + "từ\\s*)?" + NUM + "\\s*%\\s*trở\\s+xuống)",
      F);
  private static final Pattern P_BELOW =
      Pattern.compile(WB + "(?:dưới|nhỏ\\s+hơn|thấp\\s+hơn|<)\\s*" + NUM + "\\s*%", F);
  private static final Pattern P_ABOVE =
      Pattern.compile(WB + "(?:trên|lớn\\s+hơn|cao\\s+hơn|>)\\s*" + NUM + "\\s*%", F);
  private static final Pattern P_EXACT = Pattern.compile(NUM + "\\s*%", F);

  private static final Pattern YES = Pattern.compile("^(?:có|đạt)" + END, F);
  private static final Pattern NO = Pattern.compile("^(?:không|chưa)" + END, F);
  private static final Pattern LATE = Pattern.compile(
      WB + "(?:chậm|trễ|quá\\s+(?:thời\\s+)?hạn|không\\s+đúng\\s+(?:thời\\s+)?hạn|sau\\s+thời\\s+hạn"
          + "|không\\s+kịp\\s+thời|không\\s+đúng\\s+tiến\\s+độ)" + END, F);
  private static final Pattern ON_TIME = Pattern.compile(
      WB + "(?:đúng\\s+(?:thời\\s+)?hạn|đúng\\s+thời\\s+gian|trước\\s+thời\\s+hạn|kịp\\s+thời|đúng\\s+tiến\\s+độ)"
          + END, F);

  /**
   * Reads a scoring text into a built-in method for a leaf with the given maximum.
   *
   * @param text the scoring text as printed in the decision
   * @param maxPoints the leaf's maximum; used by {@code "điểm tối đa"} in a band, by a deduction's cap and to check
   *     the method's definition
   * @return the method the text describes
   * @throws ParIndexException naming the words that could not be read, or what is inconsistent in the method
   */
  public static ScoringMethod parse(String text, BigDecimal maxPoints) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(maxPoints, "maxPoints");
    Outcome outcome = read(text, maxPoints);
    if (!outcome.problems().isEmpty()) {
      throw new ParIndexException("cannot read the scoring text \"" + abbreviate(text) + "\"",
          outcome.problems().stream().map(Problem::general).toList());
    }
    return outcome.method().orElseThrow();
  }

  /**
   * The method's own canonical Vietnamese scoring text ({@link ScoringMethod#scoringText()}) when {@link #parse}
   * reads it back to an equal method; empty for {@link DirectPoints}, for methods without a text, and for
   * texts that would read back differently.
   *
   * <pre>{@code
   * ScoringTextParser.canonicalText(Methods.yesNo("1", "0"), BigDecimal.ONE);   // "Có: 1 điểm; Không: 0 điểm"
   * }</pre>
   */
  public static Optional<String> canonicalText(ScoringMethod method, BigDecimal maxPoints) {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(maxPoints, "maxPoints");
    // Only a text that reads back to the very same method is canonical (level labels such as "Có" and "Không"
    // would read back as yes/no, a label ending in a number would not read at all).
    return method.scoringText()
        .filter(text -> read(text, maxPoints).method().equals(Optional.of(method)));
  }

  // --- reading ---------------------------------------------------------------------------------------------------

  /** A parsed method, or the problems that stopped it. */
  record Outcome(Optional<ScoringMethod> method, List<String> problems) {
    static Outcome of(ScoringMethod method, BigDecimal maxPoints) {
      List<String> definition = method.definitionProblems(maxPoints);
      return definition.isEmpty() ? new Outcome(Optional.of(method), List.of())
          : new Outcome(Optional.empty(), definition.stream().map(p -> "the text reads as " + method.kind()
              + ", but " + p).toList());
    }

    static Outcome failed(String problem) {
      return new Outcome(Optional.empty(), List.of(problem));
    }
  }

  /** Thrown inside the parser when a fragment cannot be read. */
  private static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;

    Unreadable(String message) {
      super(message, null, false, false);
    }
  }

  static Outcome read(String raw, BigDecimal maxPoints) {
    String text = normalize(raw);
    if (text.isBlank()) {
      return Outcome.failed("the scoring text is empty");
    }
    if (text.length() > MAX_LENGTH) {
      return Outcome.failed("the scoring text is " + text.length() + " characters long, more than the limit of "
          + MAX_LENGTH + " (it begins \"" + abbreviate(text) + "\"); a decision's scoring text is a few lines: split"
          + " the rule into several criteria, or write \"direct\" and give the points directly");
    }
    try {
      return Outcome.of(method(text, maxPoints), maxPoints);
    } catch (Unreadable e) {
      return Outcome.failed(e.getMessage());
    }
  }

  /** NFC, one kind of space and dash; line breaks are kept (they separate cases). */
  static String normalize(String s) {
    String t = Normalizer.normalize(s, Normalizer.Form.NFC);
    t = t.replace('\u00A0', ' ').replace('\u202F', ' ').replace('\u2007', ' ').replace('\t', ' ')
        .replace('\u2013', '-').replace('\u2014', '-').replace('\u2212', '-').replace('\u00D7', 'x')
        .replace('\uFF05', '%');
    t = t.replaceAll("[ ]+", " ");
    t = t.replaceAll(" ?(\\r\\n|\\r|\\n) ?", "\n");
    return t.strip();
  }

  /** At most the first 80 characters, for quoting a text that may be long. */
  private static String abbreviate(String s) {
    return s.length() <= 80 ? s : s.substring(0, 80) + "…";
  }

  private static String oneLine(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }

  private static ScoringMethod method(String text, BigDecimal max) throws Unreadable {
    String flat = oneLine(text);
    if (SURVEY_WORDS.matcher(flat).find() && TIMES_MAX.matcher(flat).find()) {
      onlyRestatedMaximum(flat, max);
      return Methods.surveyShare();
    }
    if (isProportional(flat)) {
      onlyRestatedMaximum(flat, max);
      return Methods.proportional();
    }
    Matcher deduction = DEDUCTION.matcher(flat);
    if (deduction.find()) {
      return deduction(flat, deduction, max);
    }
    Matcher count = COUNT.matcher(flat);
    if (count.find()) {
      return countTimesPoints(flat, count);
    }
    return fromCases(text, max);
  }

  /**
   * "tỷ lệ ... x điểm tối đa" (a rate named anywhere before "x điểm tối đa") or "a / b x điểm tối đa" (a slash before
   * it in the same case, no ";" in between), and the formulas of {@link #PROPORTIONAL}. The first rate word and
   * each case's first slash leave the widest room for "x điểm tối đa" after them, so one search from each suffices:
   * the text is scanned a bounded number of times, never once per position.
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

  /** A formula text may restate the maximum ("tối đa 1 điểm") but give no other points and no percentage. */
  private static void onlyRestatedMaximum(String flat, BigDecimal max) throws Unreadable {
    Matcher percent = PERCENT_ANYWHERE.matcher(flat);
    if (percent.find()) {
      throw new Unreadable("the text reads as a formula, but also names \"" + percent.group().strip()
          + "\"; could not read it in \"" + flat + "\"");
    }
    Matcher m = POINTS_ANYWHERE.matcher(flat);
    while (m.find()) {
      if (decimal(m.group(1)).compareTo(max) != 0) {
        throw new Unreadable("the text reads as a formula, but also gives \"" + m.group().strip()
            + "\", which is not the maximum " + num(max) + "; could not read it in \"" + flat + "\"");
      }
    }
  }

  private static ScoringMethod deduction(String flat, Matcher m, BigDecimal max) throws Unreadable {
    BigDecimal per = decimal(firstOf(m, "per1", "per2", "per3"));
    String before = flat.substring(0, m.start());
    String after = flat.substring(m.end());
    BigDecimal floor = BigDecimal.ZERO;
    Matcher cap = DEDUCTION_CAP.matcher(after);
    Matcher fl = DEDUCTION_FLOOR.matcher(after);
    Matcher zero = DEDUCTION_TO_ZERO.matcher(after);
    if (cap.find()) {
      BigDecimal most = decimal(cap.group(1));
      if (most.compareTo(max) > 0) {
        throw new Unreadable("the deduction is capped at " + num(most) + " points (\"" + cap.group().strip()
            + "\"), more than the maximum " + num(max));
      }
      floor = max.subtract(most);
      after = after.substring(cap.end());
    } else if (fl.find()) {
      floor = decimal(fl.group(1));
      after = after.substring(fl.end());
    } else if (zero.find()) {
      after = after.substring(zero.end());
    }
    // What comes before: nothing, a few words without numbers ("Đối với văn bản chậm:"), the maximum ("Tối đa 2
    // điểm;") or a full-marks case ("Ban hành đầy đủ, đúng hạn: 1 điểm; mỗi văn bản chậm trừ 0,25 điểm").
    String lead = before.strip();
    if (!isContext(lead)) {
      Matcher mp = MAX_PREFIX.matcher(lead);
      Optional<Case> full = clause(lead.replaceAll("[\\s;,.]+$", ""), max);
      if (mp.matches()) {
        BigDecimal stated = decimal(mp.group(1));
        if (stated.compareTo(max) != 0) {
          throw new Unreadable("the text states a maximum of " + num(stated) + " points (\"" + lead
              + "\"), but the row's maximum is " + num(max));
        }
      } else if (full.isEmpty() || full.get().points().compareTo(max) != 0) {
        throw new Unreadable("could not read \"" + lead + "\" before the deduction \"" + m.group().strip() + "\"");
      }
    }
    rest(after, "after the deduction \"" + m.group().strip() + "\"");
    return new DeductionPerEvent(per, floor);
  }

  private static ScoringMethod countTimesPoints(String flat, Matcher m) throws Unreadable {
    BigDecimal each = decimal(firstOf(m, "per1", "per2", "per3"));
    String before = flat.substring(0, m.start()).strip();
    String after = flat.substring(m.end());
    Optional<BigDecimal> cap = Optional.empty();
    Matcher c = COUNT_CAP.matcher(after);
    if (c.find()) {
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
    rest(after, "after \"" + m.group().strip() + "\"");
    return new CountTimesPoints(each, cap);
  }

  /** Words that only introduce a rule: empty, or without numbers and without a second case (";"). */
  private static boolean isContext(String lead) {
    return lead.replaceAll("[\\s,;.:]+", "").isEmpty() || !lead.matches("(?s).*[\\d;].*");
  }

  private static String firstOf(Matcher m, String... groups) {
    for (String g : groups) {
      if (m.group(g) != null) {
        return m.group(g);
      }
    }
    throw new IllegalStateException("none of " + String.join(", ", groups) + " matched in " + m.group());
  }

  /** A case and its points ("Có: 1 điểm", "100%: điểm tối đa", "Có: 1"), if the fragment is one. */
  private static Optional<Case> clause(String fragment, BigDecimal max) {
    Matcher m = CLAUSE.matcher(fragment);
    BigDecimal points;
    if (m.matches()) {
      points = m.group("full") != null ? max : decimal(m.group("pts"));
    } else {
      m = CLAUSE_BARE.matcher(fragment);
      if (!m.matches()) {
        return Optional.empty();
      }
      points = decimal(m.group("pts"));
    }
    String label = m.group("cond").replaceAll("[\\s:=,→\\-]+$", "").replaceAll("^[\\s:=,→\\-]+", "");
    if (label.isEmpty() || endsWithNumber(label)) {
      return Optional.empty();
    }
    return Optional.of(new Case(fragment, label, points));
  }

  /** Whether the label ends with a number, perhaps followed by "-", "đến" or "tới" ("từ 80 đến"). */
  private static boolean endsWithNumber(String label) {
    int end = label.length();
    if (label.endsWith("-")) {
      end -= 1;
    } else if (label.endsWith("đến") || label.endsWith("tới")) {
      end -= 3;
    }
    while (end > 0 && " \t\n\u000B\f\r".indexOf(label.charAt(end - 1)) >= 0) {
      end--;
    }
    return end > 0 && label.charAt(end - 1) >= '0' && label.charAt(end - 1) <= '9';
  }

  private static void rest(String after, String where) throws Unreadable {
    String left = after.replaceAll("^[\\s,;.:)]+|[\\s,;.:(]+$", "");
    if (!left.isEmpty()) {
      throw new Unreadable("could not read \"" + left + "\" " + where);
    }
  }

  /** One labelled case of a list ("Có: 1 điểm"). */
  private record Case(String fragment, String label, BigDecimal points) {}

  private static ScoringMethod fromCases(String text, BigDecimal max) throws Unreadable {
    List<Case> cases = new ArrayList<>();
    List<String> unread = new ArrayList<>();
    for (String part : CLAUSE_SPLIT.split(text)) {
      String fragment = oneLine(part);
      fragment = BULLET.matcher(fragment).replaceFirst("");
      fragment = INTRO.matcher(fragment).replaceFirst("").strip();
      if (fragment.replaceAll("[\\s.,;:]+", "").isEmpty()) {
        continue;
      }
      Optional<Case> c = clause(fragment, max);
      if (c.isEmpty()) {
        unread.add(fragment);
      } else {
        cases.add(c.get());
      }
    }
    if (!unread.isEmpty()) {
      throw new Unreadable("could not read " + quoteAll(unread)
          + " (expected a case and its points, such as \"Có: 1 điểm\" or \"từ 80% đến dưới 100%: 0,5 điểm\")");
    }
    if (cases.isEmpty()) {
      throw new Unreadable("could not read \"" + oneLine(text) + "\": it gives no points");
    }
    if (cases.size() == 1) {
      throw new Unreadable("the text gives only one case (\"" + cases.get(0).fragment()
          + "\"); write every case with its points, e.g. \"Có: 1 điểm; Không: 0 điểm\"");
    }
    List<Case> withPercent = cases.stream().filter(c -> PERCENT_ANYWHERE.matcher(c.label()).find()).toList();
    if (!withPercent.isEmpty()) {
      if (withPercent.size() != cases.size()) {
        List<String> without = cases.stream().filter(c -> !withPercent.contains(c)).map(Case::fragment).toList();
        throw new Unreadable("could not read " + quoteAll(without)
            + " as a percentage band, while the other cases are percentage bands");
      }
      List<Band> bands = new ArrayList<>();
      for (Case c : cases) {
        bands.add(band(c));
      }
      return Methods.percentBands(bands);
    }
    Set<String> labels = new HashSet<>();
    for (Case c : cases) {
      if (!labels.add(c.label().toLowerCase(Locale.ROOT))) {
        throw new Unreadable("the case \"" + c.label() + "\" is given twice");
      }
    }
    if (cases.size() == 2) {
      Case a = cases.get(0);
      Case b = cases.get(1);
      if (isYes(a) && isNo(b) || negates(b, a)) {
        return new YesNo(a.points(), b.points());
      }
      if (isNo(a) && isYes(b) || negates(a, b)) {
        return new YesNo(b.points(), a.points());
      }
    }
    if (cases.size() == 3) {
      Case onTime = null;
      Case late = null;
      Case notDone = null;
      for (Case c : cases) {
        if (LATE.matcher(c.label()).find()) {
          late = late == null ? c : late;
        } else if (ON_TIME.matcher(c.label()).find()) {
          onTime = onTime == null ? c : onTime;
        } else if (NO.matcher(c.label()).find()) {
          notDone = notDone == null ? c : notDone;
        }
      }
      if (onTime != null && late != null && notDone != null) {
        return new Deadline(onTime.points(), late.points(), notDone.points());
      }
    }
    List<Case> sorted = new ArrayList<>(cases);
    sorted.sort(Comparator.comparing(Case::points).reversed());
    return Methods.levels(sorted.stream().map(c -> new Level(c.label(), c.points())).toList());
  }

  /** Whether {@code no} is {@code yes} negated: "Không thực hiện" / "Thực hiện", "Chưa ban hành" / "Ban hành". */
  private static boolean negates(Case no, Case yes) {
    String n = no.label().toLowerCase(Locale.ROOT);
    String y = yes.label().toLowerCase(Locale.ROOT);
    return n.equals("không " + y) || n.equals("chưa " + y);
  }

  private static boolean isYes(Case c) {
    return YES.matcher(c.label()).find();
  }

  private static boolean isNo(Case c) {
    return NO.matcher(c.label()).find();
  }

  private static Band band(Case c) throws Unreadable {
    String cond = c.label().toLowerCase(Locale.ROOT);
    BigDecimal p = c.points();
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
    } else if ((m = P_EXACT.matcher(cond)).find()) {
      BigDecimal at = decimal(m.group(1));
      band = new Band(at, true, at, true, p);
    } else {
      throw new Unreadable("could not read the percentage in \"" + c.fragment() + "\"");
    }
    int inside = count(PERCENT_ANYWHERE, cond.substring(m.start(), m.end()));
    if (count(PERCENT_ANYWHERE, cond) > inside) {
      throw new Unreadable("\"" + c.fragment() + "\" names more than one percentage; could not read \""
          + (cond.substring(0, m.start()) + " … " + cond.substring(m.end())).strip() + "\"");
    }
    return band;
  }

  private static String first(Matcher m) {
    for (int i = 1; i <= m.groupCount(); i++) {
      if (m.group(i) != null) {
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

  private static String quoteAll(List<String> fragments) {
    return String.join(", ", fragments.stream().map(f -> "\"" + f + "\"").toList());
  }

  /** A decimal with a comma or a point, from text (never via double). */
  static BigDecimal decimal(String s) {
    return new BigDecimal(s.strip().replace(',', '.'));
  }

  /** A number with a decimal comma, keeping its scale ("0,50" stays "0,50"), for messages. */
  static String num(BigDecimal value) {
    return Decimals.withComma(value);
  }
}
