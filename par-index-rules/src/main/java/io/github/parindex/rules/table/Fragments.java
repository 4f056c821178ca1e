package io.github.parindex.rules.table;

import static io.github.parindex.rules.table.Lexicon.END;
import static io.github.parindex.rules.table.Lexicon.F;
import static io.github.parindex.rules.table.Lexicon.NUM;
import static io.github.parindex.rules.table.Lexicon.PTS;
import static io.github.parindex.rules.table.Lexicon.WB;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a scoring text into fragments (cases, sentences) and sorts out the words around the cases: notes that do
 * not change the points (data sources, headings, remarks in brackets, the criterion's name repeated), conditions
 * that could (kept for an error, or a warning when the row declares its method), rounding clauses, the
 * not-applicable sentence and "the highest level reached counts". What is left are the scoring fragments.
 */
final class Fragments {

  private static final Pattern SPLIT = Pattern.compile(
      "\\n|;|(?<=\\d\\s?(?:điểm|đ)|điểm\\stối\\sđa)\\s?[.,](?=\\s?\\S)", F);
  private static final Pattern BULLET = Pattern.compile("^(?:[-+•*·]|[a-zđ]\\)|\\d{1,2}[.)](?!\\d))\\s?", F);
  private static final Pattern INTRO = Pattern.compile(
      "^(?:cách\\s+tính\\s+điểm|cách\\s+chấm\\s+điểm|trong\\s+đó|cụ\\s+thể|tính\\s+điểm\\s+như\\s+sau)\\s?:?\\s?", F);
  private static final Pattern ROUNDING = Pattern.compile(
      "[,(]?\\s?\\(?(?:kết\\s+quả\\s+|điểm\\s+)?(?:được\\s+)?làm\\s+tròn(?:\\s+(?:số|điểm))?(?:\\s+(?:đến|tới|lấy))?"
          + "\\s+(?:(?<digits>\\d{1,2})\\s+(?:chữ\\s+)?số(?:\\s+(?:thập\\s+phân|lẻ))?(?:\\s+sau\\s+dấu\\s+(?:phẩy|chấm))?"
          + "|" + NUM + PTS + ")\\)?", F);
  private static final Pattern NOT_APPLICABLE = Pattern.compile(
      WB + "(?:giảm\\s+trừ\\s+(?:số\\s+)?điểm\\s+tối\\s+đa|không\\s+tính\\s+vào\\s+tổng\\s+điểm\\s+tối\\s+đa"
          + "|trừ\\s+(?:ra\\s+)?khỏi\\s+(?:tổng\\s+)?điểm\\s+tối\\s+đa"
          + "|không\\s+(?:đánh\\s+giá\\s+)?(?:chấm\\s+điểm\\s+)?(?:đánh\\s+giá\\s+)?(?:nội\\s+dung|tiêu\\s+chí|chỉ\\s+tiêu)\\s+này)"
          + END, F);
  private static final Pattern HIGHEST = Pattern.compile(
      "^(?:chỉ\\s+)?tính\\s+(?:điểm\\s+)?(?:ở\\s+|theo\\s+)?mức\\s+(?:điểm\\s+)?cao\\s+nhất(?:\\s+đạt\\s+được)?$", F);
  /** Words that change what the points are, which the table cannot apply by itself. */
  private static final Pattern CONDITION = Pattern.compile(
      "(?:^|[,;(]\\s?)(?:trường\\s+hợp|riêng|ngoài\\s+ra)" + END + "|"
          + WB + "(?:nếu|chỉ\\s+tính\\s+khi|chỉ\\s+được\\s+tính|chỉ\\s+tính|đồng\\s+thời|với\\s+điều\\s+kiện"
          + "|không\\s+(?:được\\s+)?tính\\s+điểm|không\\s+chấm\\s+điểm|không\\s+có\\s+điểm|hạ\\s+(?:một\\s+)?(?:bậc|mức|loại)"
          + "|xếp\\s+loại|điểm\\s+(?:của\\s+)?(?:chỉ\\s+số|tiêu\\s+chí|lĩnh\\s+vực)\\s+(?:cha|lớn)|toàn\\s+bộ\\s+điểm"
          + "|trừ\\s+hết\\s+điểm\\s+(?:của\\s+)?(?:chỉ\\s+số|lĩnh\\s+vực))" + END, F);
  /** "dưới 50% không tính điểm", "Dưới 50%: 0 điểm": below a threshold the rate earns nothing. */
  static final Pattern THRESHOLD = Pattern.compile(
      "^(?:nếu\\s+)?(?:t[ỷỉ]\\s+lệ\\s+)?(?:đạt\\s+)?(?:dưới|thấp\\s+hơn|<)\\s?" + NUM + "\\s?%\\s?(?:thì\\s+)?:?\\s?"
          + "(?:không\\s+(?:được\\s+)?tính\\s+điểm|không\\s+có\\s+điểm|0\\s?(?:điểm|đ)|không\\s+được\\s+điểm)$", F);
  private static final Pattern CANNOT_EXPRESS = Pattern.compile(
      WB + "(?:hạ\\s+(?:một\\s+)?(?:bậc|mức|loại)|xếp\\s+loại|điểm\\s+(?:của\\s+)?(?:chỉ\\s+số|tiêu\\s+chí|lĩnh\\s+vực)"
          + "\\s+(?:cha|lớn)|trừ\\s+hết\\s+điểm\\s+(?:của\\s+)?(?:chỉ\\s+số|lĩnh\\s+vực))" + END, F);
  private static final Pattern SOURCE_NOTE = Pattern.compile(
      "^(?:nguồn(?:\\s+số\\s+liệu)?|tài\\s+liệu\\s+kiểm\\s+chứng|căn\\s+cứ|ghi\\s+chú|lưu\\s+ý|minh\\s+chứng"
          + "|hồ\\s+sơ\\s+kiểm\\s+chứng)" + END, F);
  private static final Pattern POINTS_WORD = Pattern.compile(WB + "điểm" + END, F);
  /** What makes a bracket part of the rule rather than a remark: points, a rate, a formula's operators. */
  private static final Pattern OPERATOR = Pattern.compile("[/%×*=]|" + WB + "x" + END + "|" + WB + "(?:điểm|t[ỷỉ]\\s+lệ)" + END, F);
  private static final Pattern BRACKETS = Pattern.compile("\\([^()]*+\\)");
  private static final Pattern TYPO_EACH = Pattern.compile("^(?:[-+•*·]\\s?)?(Mới|mới)(?=\\s)");
  private static final Pattern TYPO_POINTS = Pattern.compile(WB + "(đểm|điễm|điêm|diểm)" + END, F);

  /** What the sorting found. */
  static final class Sorted {
    final List<String> scoring = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    final List<String> typos = new ArrayList<>();
    final List<String> conditions = new ArrayList<>();
    final List<String> cannotExpress = new ArrayList<>();
    Optional<BigDecimal> rounding = Optional.empty();
    String roundingWords = "";
    boolean notApplicable;
    String notApplicableWords = "";
    boolean highestLevel;
  }

  private Fragments() {}

  /** NFC, one kind of space and dash; line breaks are kept (they separate cases). */
  static String normalize(String s) {
    String t = Normalizer.normalize(s, Normalizer.Form.NFC);
    t = t.replace('\u00A0', ' ').replace('\u202F', ' ').replace('\u2007', ' ').replace('\t', ' ')
        .replace('\u2013', '-').replace('\u2014', '-').replace('\u2212', '-').replace('\u00D7', 'x')
        .replace('\uFF05', '%').replace("\r\n", "\n").replace('\r', '\n');
    StringBuilder out = new StringBuilder(t.length());
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == ' ' && (out.length() == 0 || out.charAt(out.length() - 1) == ' '
          || out.charAt(out.length() - 1) == '\n')) {
        continue;
      }
      if (c == '\n' && out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
        out.setLength(out.length() - 1);
      }
      out.append(c);
    }
    return out.toString().strip();
  }

  static Sorted sort(String text, String name) throws ScoringTextParser.Unreadable {
    Sorted s = new Sorted();
    boolean first = true;
    for (String part : SPLIT.split(text)) {
      String fragment = part.strip();
      fragment = typos(fragment, s);
      fragment = BULLET.matcher(fragment).replaceFirst("");
      fragment = INTRO.matcher(fragment).replaceFirst("").strip();
      if (Lexicon.trimPunctuation(fragment).isEmpty()) {
        continue;
      }
      if (first && !name.isBlank() && sameWords(fragment, name)) {
        s.notes.add(fragment);
        first = false;
        continue;
      }
      first = false;
      fragment = rounding(fragment, s);
      fragment = brackets(fragment, s);
      String words = Lexicon.trimPunctuation(fragment);
      if (words.isEmpty()) {
        continue;
      }
      classify(words, fragment, s);
    }
    return s;
  }

  private static void classify(String words, String fragment, Sorted s) {
    if (THRESHOLD.matcher(words).matches()) {
      // read with the formula it limits (RuleForms); on its own it is a case "dưới 50%: 0 điểm"
      s.scoring.add(fragment.strip());
    } else if (NOT_APPLICABLE.matcher(words).find()) {
      s.notApplicable = true;
      s.notApplicableWords = words;
    } else if (HIGHEST.matcher(words).matches()) {
      s.highestLevel = true;
    } else if (CANNOT_EXPRESS.matcher(words).find()) {
      s.cannotExpress.add(words);
    } else if (CONDITION.matcher(words).find()) {
      s.conditions.add(words);
    } else if (SOURCE_NOTE.matcher(words).find() || (!Lexicon.hasDigit(words) && fragment.strip().endsWith(":")
        && !POINTS_WORD.matcher(words).find())) {
      s.notes.add(words);
    } else {
      s.scoring.add(fragment.strip());
    }
  }

  private static String typos(String fragment, Sorted s) {
    Matcher m = TYPO_EACH.matcher(fragment);
    String out = fragment;
    if (m.find()) {
      s.typos.add("\"" + m.group(1) + "\" read as \"" + (m.group(1).charAt(0) == 'M' ? "Mỗi" : "mỗi") + "\"");
      out = out.substring(0, m.start(1)) + (m.group(1).charAt(0) == 'M' ? "Mỗi" : "mỗi") + out.substring(m.end(1));
    }
    Matcher p = TYPO_POINTS.matcher(out);
    if (p.find()) {
      s.typos.add("\"" + p.group(1) + "\" read as \"điểm\"");
      out = p.replaceAll("điểm");
    }
    return out;
  }

  private static String rounding(String fragment, Sorted s) throws ScoringTextParser.Unreadable {
    Matcher m = ROUNDING.matcher(fragment);
    if (!m.find()) {
      return fragment;
    }
    BigDecimal step = m.group("digits") != null
        ? BigDecimal.ONE.movePointLeft(Lexicon.decimal(m.group("digits")).intValueExact())
        : Lexicon.decimal(m.group(2));
    if (s.rounding.isPresent() && s.rounding.get().compareTo(step) != 0) {
      throw new ScoringTextParser.Unreadable("the text names two roundings (\"" + s.roundingWords + "\" and \""
          + m.group().strip() + "\")");
    }
    s.rounding = Optional.of(step);
    s.roundingWords = Lexicon.trimPunctuation(m.group().replace("(", "").replace(")", ""));
    return fragment.substring(0, m.start()) + fragment.substring(m.end());
  }

  /** Removes bracketed remarks without points or percentages, keeping them as notes. */
  private static String brackets(String fragment, Sorted s) {
    Matcher m = BRACKETS.matcher(fragment);
    StringBuilder out = new StringBuilder();
    int last = 0;
    while (m.find()) {
      String inner = m.group();
      if (Lexicon.hasDigit(inner) || OPERATOR.matcher(inner).find()) {
        continue;
      }
      if (CONDITION.matcher(inner).find() && !inner.toLowerCase(Locale.ROOT).contains("mẫu số")) {
        s.conditions.add(inner);
      } else {
        s.notes.add(inner);
      }
      out.append(fragment, last, m.start());
      last = m.end();
    }
    out.append(fragment.substring(last));
    return out.toString().replace("  ", " ").strip();
  }

  private static boolean sameWords(String a, String b) {
    return Lexicon.trimPunctuation(Fragments.normalize(a)).toLowerCase(Locale.ROOT)
        .equals(Lexicon.trimPunctuation(Fragments.normalize(b)).toLowerCase(Locale.ROOT));
  }
}
