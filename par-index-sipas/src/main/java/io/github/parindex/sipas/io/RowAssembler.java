package io.github.parindex.sipas.io;

import io.github.parindex.internal.Numbers;
import io.github.parindex.model.Problem;
import io.github.parindex.sipas.AnswerKind;
import io.github.parindex.sipas.Item;
import io.github.parindex.sipas.Questionnaire;
import io.github.parindex.sipas.Respondent;
import io.github.parindex.sipas.RespondentSink;
import io.github.parindex.sipas.SurveyFrame;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns the cells of one row into a respondent, collecting every problem of the row, and gives it to the sink or
 * rejects it; the counts for the {@link ReadReport} are kept by its {@link RowTally}. Shared by the CSV and JSON
 * readers; one instance per read. Internal.
 */
final class RowAssembler {
  static final String NO_OPINION_TEXT = "KYK";

  /** Why a 0 is refused: it is on no scale and is no option, and reading it as blank or no opinion is a guess. */
  static final String ZERO = "0 is not an answer code (it is on no scale and is no option): write blank as an empty"
      + " cell (JSON: null) and no opinion as " + NO_OPINION_TEXT + " or -1";

  private final Questionnaire q;
  private final RowTally tally;
  private final RespondentSink sink;
  private final Item[] items;
  private final int[] maxCode;
  private final boolean[] multi;
  final int[] answers;
  private int unit;
  private int field;
  private int group;
  private long weight;
  private long row;
  private long line;
  private final List<Problem> rowProblems = new ArrayList<>();

  RowAssembler(Questionnaire q, SurveyFrame frame, String source, ErrorMode mode, int limit, RespondentSink sink) {
    this.q = q;
    this.tally = new RowTally(source, mode, limit);
    this.sink = sink;
    this.items = q.items().toArray(new Item[0]);
    this.maxCode = new int[items.length];
    this.multi = new boolean[items.length];
    for (int i = 0; i < items.length; i++) {
      maxCode[i] = items[i].maxCode();
      multi[i] = items[i].kind() == AnswerKind.EXPECTATION;
    }
    this.answers = new int[items.length];
    this.units = new CodeTable(frame.units().stream().map(SurveyFrame.Unit::code).toList());
    this.fields = new CodeTable(frame.serviceFields().stream().map(SurveyFrame.Category::code).toList());
    this.groups = new CodeTable(frame.groups().stream().map(SurveyFrame.Category::code).toList());
  }

  private final CodeTable units;
  private final CodeTable fields;
  private final CodeTable groups;

  void start(long rowNumber, long lineNumber) {
    inRow = true;
    row = rowNumber;
    line = lineNumber;
    unit = -1;
    field = Respondent.NONE;
    group = Respondent.NONE;
    weight = Respondent.UNIT_WEIGHT;
    if (clearAnswers) {
      Arrays.fill(answers, AnswerKind.BLANK);
    }
    rowProblems.clear();
  }

  /**
   * For readers where every row gives every answer (CSV: all item columns are required): no clearing per row, and
   * the row's line is asked from {@code lineOfRow} only when the row has a problem.
   */
  void everyRowComplete(java.util.function.LongSupplier lineOfRow) {
    this.clearAnswers = false;
    this.lineOfRow = lineOfRow;
  }

  private boolean clearAnswers = true;
  private java.util.function.LongSupplier lineOfRow;

  void problem(String column, String value, String reason) {
    if (line <= 0 && lineOfRow != null) {
      line = lineOfRow.getAsLong();
    }
    rowProblems.add(tally.located(row, line, column, value, reason));
  }

  void unit(String code) {
    int u = units.get(code);
    if (u >= 0) {
      unit = u;
      return;
    }
    String c = code.strip();
    u = units.get(c);
    if (u < 0) {
      problem("unit", code, c.isEmpty() ? "unit is missing" : "unknown unit (not in the survey frame)");
    } else {
      unit = u;
    }
  }

  void field(String code) {
    field = optionalCode(fields, code, field, "field", "unknown service field (not in the survey frame)");
  }

  void group(String code) {
    group = optionalCode(groups, code, group, "group", "unknown respondent group (not in the survey frame)");
  }

  /**
   * The index of an optional code (service field, respondent group): {@code current} when the cell is blank, or
   * when the code is unknown (then reported as a problem of the row).
   */
  private int optionalCode(CodeTable table, String code, int current, String column, String unknown) {
    int i = code.isEmpty() ? -1 : table.get(code);
    if (i >= 0) {
      return i;
    }
    String c = code.strip();
    if (c.isEmpty()) {
      return current;
    }
    i = table.get(c);
    if (i < 0) {
      problem(column, code, unknown);
      return current;
    }
    return i;
  }

  /** A weight: empty means 1; at most 3 decimals; within 0.001..1000. */
  void weight(String b) {
    int off = firstNonSpace(b);
    int len = endWithoutSpaces(b, off) - off;
    if (len == 0) {
      return;
    }
    long units = 0;
    int decimals = -1;
    boolean simple = len <= 12;
    for (int i = 0; i < len && simple; i++) {
      char ch = b.charAt(off + i);
      if (ch >= '0' && ch <= '9') {
        units = units * 10 + (ch - '0');
        if (decimals >= 0) {
          decimals++;
        }
      } else if (ch == '.' && decimals < 0) {
        decimals = 0;
      } else {
        simple = false;
      }
    }
    if (simple && decimals <= 3) {
      for (int d = Math.max(decimals, 0); d < 3; d++) {
        units *= 10;
      }
      if (units > 0 && units <= Respondent.MAX_WEIGHT) {
        weight = units;
        return;
      }
    }
    String text = b.substring(off, off + len);
    String bad = Numbers.problemOf(text, "weight");
    if (bad != null) {
      problem("weight", text, bad.endsWith("is not a decimal number") ? "not a number" : bad);
      return;
    }
    try {
      weight = Respondent.weightUnits(Numbers.parse(text, "weight"));
    } catch (IllegalArgumentException e) {
      problem("weight", text, e.getMessage());
    }
  }

  /** The answer to item {@code i} from text. */
  void answer(int i, String b) {
    if (b.length() == 1) {
      // the common case: one digit, e.g. "4"
      int d = b.charAt(0) - '0';
      if (d >= 1 && d <= 9 && d <= maxCode[i]) {
        answers[i] = multi[i] && d > 0 ? 1 << (d - 1) : d;
        if (!multi[i] || d <= items[i].options().size()) {
          return;
        }
      }
    }
    int off = firstNonSpace(b);
    int len = endWithoutSpaces(b, off) - off;
    if (len == 0) {
      answers[i] = AnswerKind.BLANK;
      return;
    }
    int v = smallInt(b, off, len);
    if (v == 0) {
      problem(items[i].code(), b.substring(off, off + len), ZERO);
      return;
    }
    if (v != Integer.MIN_VALUE) {
      if (multi[i] && v > 0) {
        answerOptions(i, b, off, len);
      } else if (v >= AnswerKind.NO_OPINION && v <= maxCode[i]) {
        answers[i] = v;
      } else {
        answer(i, v, b.substring(off, off + len));
      }
      return;
    }
    if (len == 3 && (b.charAt(off) | 0x20) == 'k' && (b.charAt(off + 1) | 0x20) == 'y'
        && (b.charAt(off + 2) | 0x20) == 'k') {
      answers[i] = AnswerKind.NO_OPINION;
      return;
    }
    if (multi[i]) {
      answerOptions(i, b, off, len);
      return;
    }
    problem(items[i].code(), b.substring(off, off + len), "not an answer code (" + items[i].describeCodes()
        + "; write blank as an empty cell and no opinion as " + NO_OPINION_TEXT + ")");
  }

  /** An already numeric answer code (JSON numbers, or a parsed single number). */
  void answer(int i, int v, String text) {
    if (v == 0) {
      problem(items[i].code(), text, ZERO);
    } else if (v < AnswerKind.NO_OPINION || v > (multi[i] ? items[i].options().size() : maxCode[i])) {
      problem(items[i].code(), text, "answer code " + v + " is outside " + items[i].describeCodes());
    } else if (multi[i] && v > 0) {
      answers[i] = 1 << (v - 1);
    } else {
      answers[i] = v;
    }
  }

  /** Options of a multi-select item, e.g. {@code 1|3} (separators | ; , or space). */
  private void answerOptions(int i, String b, int off, int len) {
    int k = items[i].options().size();
    int mask = 0;
    int cur = -1;
    for (int p = 0; p <= len; p++) {
      char ch = p < len ? b.charAt(off + p) : '|';
      if (ch >= '0' && ch <= '9') {
        cur = (cur < 0 ? 0 : cur * 10) + (ch - '0');
        if (cur > 1000) {
          break;
        }
      } else if (ch == '|' || ch == ';' || ch == ',' || ch == ' ') {
        if (cur >= 0) {
          if (cur < 1 || cur > k) {
            problem(items[i].code(), b.substring(off, off + len), "option " + cur + " is outside 1.." + k);
            return;
          }
          mask |= 1 << (cur - 1);
          cur = -1;
        }
      } else {
        cur = Integer.MAX_VALUE;
        break;
      }
    }
    if (cur > 1000 || mask == 0) {
      problem(items[i].code(), b.substring(off, off + len), "not a selection of options 1.." + k
          + " (e.g. 1|3; blank = empty cell, no opinion = " + NO_OPINION_TEXT + ")");
      return;
    }
    answers[i] = mask;
  }

  /** Options of a multi-select item given one by one (JSON arrays). */
  void option(int i, int option, String text) {
    int k = items[i].options().size();
    if (option < 1 || option > k) {
      problem(items[i].code(), text, "option " + option + " is outside 1.." + k);
    } else {
      answers[i] |= 1 << (option - 1);
    }
  }

  /** The index of the first character of {@code b} that is not a space ({@code b.length()} if there is none). */
  private static int firstNonSpace(String b) {
    int off = 0;
    while (off < b.length() && b.charAt(off) == ' ') {
      off++;
    }
    return off;
  }

  /** The end of {@code b} without its trailing spaces, at least {@code off}. */
  private static int endWithoutSpaces(String b, int off) {
    int end = b.length();
    while (end > off && b.charAt(end - 1) == ' ') {
      end--;
    }
    return end;
  }

  /** A small integer written with an optional minus and up to 6 digits, or MIN_VALUE. */
  private static int smallInt(String b, int off, int len) {
    int i = 0;
    boolean neg = false;
    if (b.charAt(off) == '-') {
      neg = true;
      i = 1;
    }
    if (i >= len || len - i > 6) {
      return Integer.MIN_VALUE;
    }
    int v = 0;
    for (; i < len; i++) {
      char ch = b.charAt(off + i);
      if (ch < '0' || ch > '9') {
        return Integer.MIN_VALUE;
      }
      v = v * 10 + (ch - '0');
    }
    return neg ? -v : v;
  }

  private boolean inRow;

  /** Whether a row was started and not yet ended (the input failed inside it). */
  boolean inRow() {
    return inRow;
  }

  /** Ends the row: gives it to the sink, or rejects it with its problems. */
  void end() {
    inRow = false;
    if (unit < 0 && rowProblems.stream().noneMatch(p -> p.location().orElseThrow().path().equals("unit"))) {
      problem("unit", "", "unit is missing");
    }
    if (rowProblems.isEmpty()) {
      try {
        sink.add(unit, field, group, weight, answers);
        tally.accepted();
        return;
      } catch (IllegalArgumentException | IllegalStateException e) {
        problem("-", "", "rejected by the aggregation: " + e.getMessage());
      }
    }
    tally.rejected(row, rowProblems);
  }

  /** A problem with the file as a whole (header, malformed content): counted, listed, and fatal in FAIL_FAST. */
  void fileProblem(long rowNumber, long lineNumber, String column, String value, String reason) {
    tally.fileProblem(rowNumber, lineNumber, column, value, reason);
  }

  /** Counts a row that could not even be split into cells (malformed), as rejected. */
  void rejectUnreadable() {
    inRow = false;
    tally.unreadable();
  }

  /** The rows given to the sink so far. */
  long delivered() {
    return tally.delivered();
  }

  /** E.g. {@code "99885 rows had been delivered to the sink before the stop"}. */
  String deliveredBefore() {
    return tally.delivered() + " rows had been delivered to the sink before the stop";
  }

  ReadReport report(String stopped, List<String> ignored) {
    return tally.report(stopped, ignored);
  }

  Questionnaire questionnaire() {
    return q;
  }
}
