package io.github.parindex.sipas.io;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.parindex.sipas.Questionnaire;
import io.github.parindex.sipas.RespondentSink;
import io.github.parindex.sipas.SurveyFrame;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Streams respondent-level SIPAS answers from CSV into a {@link RespondentSink} (usually a
 * {@link io.github.parindex.sipas.SurveyAccumulator}), one row at a time with Jackson's CSV parser token stream, so
 * memory stays flat however many rows the file has. Immutable and thread-safe; each {@code read} is independent.
 *
 * <p>Format: UTF-8, comma-separated, a header row. Columns (any order): {@code unit} (required: a unit code of the
 * {@link SurveyFrame}), {@code field}, {@code group} (optional codes, empty = none), {@code weight} (optional,
 * empty = 1, at most 3 decimals), and one column per questionnaire item named by the item code (all required).
 * Cells: satisfaction 1..5 (1 rất không hài lòng .. 5 rất hài lòng), judgement option number 1..k, expectation
 * option numbers separated by {@code |} (e.g. {@code 1|3}); empty cell = blank; {@code KYK} (không có ý kiến) or
 * {@code -1} = no opinion. A cell {@code 0} is <em>not</em> an answer and is reported (it is neither on a scale
 * nor an option; exports that write 0 for "no answer" must write an empty cell, and for "no opinion" {@code KYK}):
 * reading it as blank or as no opinion would be a guess. Other columns are ignored and listed in the report.
 * Weights pass the library's numeric gate ({@code docs/guide/limits.md}: at most 64 characters, 20 digits before
 * and after the point) before the weight's own rule (0.001..1000, at most 3 decimals).
 *
 * <p>Every bad row (unknown unit, code outside the scale, wrong number of values, unparseable cell) is rejected and
 * reported with its row number, line, column and reason; good rows are all counted. A malformed file (e.g. an
 * unclosed quote) stops reading at that point, reported. {@link ErrorMode#FAIL_FAST} throws at the first problem.
 *
 * <pre>{@code
 * Questionnaire q = SipasQuestionnaires.qd2640();
 * SurveyAccumulator acc = new SurveyAccumulator(q, frame, SipasQuestionnaires.defaultMethod(q));
 * ReadReport report = SurveyCsvReader.of(q, frame).read(Path.of("answers.csv"), acc);
 * System.out.println(report.render());
 * System.out.println(acc.result().unit("HT").overall().summary());
 * }</pre>
 *
 * @since 0.1.0
 */
public final class SurveyCsvReader {
  /** Problems listed in a report by default (all are counted). */
  public static final int DEFAULT_LISTED_PROBLEMS = 1000;

  private static final CsvMapper MAPPER = CsvMapper.builder(
          CsvFactory.builder().streamReadConstraints(ReaderFront.LIMITS).build())
      .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
      .build();

  private final ReaderFront front;
  private final int[] digitCodes;

  private SurveyCsvReader(ReaderFront front) {
    this.front = front;
    this.digitCodes = digitCodes(front.questionnaire());
  }

  /**
   * A reader that collects problems ({@link ErrorMode#COLLECT}) and lists up to {@link #DEFAULT_LISTED_PROBLEMS}.
   *
   * @param q the questionnaire whose item codes name the answer columns
   * @param frame the frame whose unit, field and group codes the rows use
   * @return the reader
   * @throws NullPointerException if an argument is null
   */
  public static SurveyCsvReader of(Questionnaire q, SurveyFrame frame) {
    return new SurveyCsvReader(new ReaderFront(q, frame, ErrorMode.COLLECT, DEFAULT_LISTED_PROBLEMS));
  }

  /**
   * A copy with another error mode.
   *
   * @param m {@link ErrorMode#COLLECT} to reject bad rows and go on, {@link ErrorMode#FAIL_FAST} to throw at the first
   *     problem
   * @return the copy; this reader is unchanged
   * @throws NullPointerException if {@code m} is null
   */
  public SurveyCsvReader errorMode(ErrorMode m) {
    return new SurveyCsvReader(front.withMode(m));
  }

  /**
   * A copy that lists at most {@code n} problems in its report; every problem is still counted.
   *
   * @param n the most problems listed, 0 or more
   * @return the copy; this reader is unchanged
   * @throws IllegalArgumentException if {@code n} is negative
   */
  public SurveyCsvReader listedProblems(int n) {
    return new SurveyCsvReader(front.withListed(n));
  }

  /**
   * Reads a UTF-8 file (a byte order mark is skipped; bytes that are not UTF-8 stop reading, reported).
   *
   * @param file the file
   * @param sink where accepted rows go
   * @return what was read, accepted and rejected, with every problem
   * @throws io.github.parindex.model.ParIndexException when the file cannot be opened, and as
   *     {@link #read(Reader, String, RespondentSink)}
   */
  public ReadReport read(Path file, RespondentSink sink) {
    return ReaderFront.readFile(file, sink, this::read);
  }

  /**
   * Reads UTF-8 bytes (a byte order mark is skipped; bytes that are not UTF-8 stop reading, reported); the stream is
   * not closed.
   *
   * @param in the bytes
   * @param source a name for the input in problems
   * @param sink where accepted rows go
   * @return what was read, accepted and rejected, with every problem
   * @throws io.github.parindex.model.ParIndexException as {@link #read(Reader, String, RespondentSink)}
   */
  public ReadReport read(InputStream in, String source, RespondentSink sink) {
    return ReaderFront.readStream(in, source, sink, this::read);
  }

  private static final int IGNORED = -1;
  private static final int UNIT = -2;
  private static final int FIELD = -3;
  private static final int GROUP = -4;
  private static final int WEIGHT = -5;
  private static final int SLOW = Integer.MIN_VALUE;

  /**
   * Reads CSV text; the reader is not closed. A leading byte order mark is skipped. When the input fails part-way
   * (malformed CSV, bytes that are not UTF-8, an I/O error), reading stops there and the report says where and how
   * many rows had been delivered to the sink before the stop.
   *
   * @param in the CSV text
   * @param source a name for the input in problems (e.g. the file name)
   * @param sink where accepted rows go
   * @return what was read, accepted and rejected, with every problem
   * @throws io.github.parindex.model.ParIndexException in {@link ErrorMode#FAIL_FAST} at the first problem, and in
   *     every mode when the header lacks {@code unit} or an item column (nothing can be read then)
   */
  public ReadReport read(Reader in, String source, RespondentSink sink) {
    RowAssembler rows = front.rows(in, source, sink);
    List<String> ignored = new ArrayList<>();
    String stopped;
    CsvParser p = null;
    try {
      p = (CsvParser) MAPPER.getFactory().createParser(Inputs.skipBom(in));
      p.setSchema(CsvSchema.emptySchema());
      List<String> header = header(p, source);
      int[] role = roles(header, ignored, source);
      CsvParser parser = p;
      rows.everyRowComplete(() -> parser.currentTokenLocation().getLineNr());
      stopped = rows(p, role, header.size(), rows);
    } catch (JacksonException e) {
      stopped = "malformed CSV header: " + e.getOriginalMessage();
      rows.fileProblem(0, 1, "-", "", stopped);
    } catch (IOException e) {
      stopped = "unreadable input in the header: " + Inputs.describe(e);
      rows.fileProblem(0, 1, "-", "", stopped);
    } finally {
      closeQuietly(p);
    }
    return rows.report(stopped, ignored);
  }

  /** The header row's cells, stripped; a document without one cannot be read. */
  private static List<String> header(CsvParser p, String source) throws IOException {
    if (p.nextToken() != JsonToken.START_ARRAY) {
      throw new io.github.parindex.model.ParIndexException("survey input " + source + " has no header row",
          List.of(io.github.parindex.model.Problem.general(source + ": no header row")));
    }
    List<String> header = new ArrayList<>();
    while (p.nextToken() == JsonToken.VALUE_STRING) {
      header.add(p.getText().strip());
    }
    return header;
  }

  /**
   * Reads the rows after the header, each given to the sink or rejected, to the end of the input or to the first
   * failure of the input (malformed CSV, bytes that are not UTF-8, an I/O error).
   *
   * @return why reading stopped early, or {@code ""} when the input was read to its end
   */
  private String rows(CsvParser p, int[] role, int columns, RowAssembler rows) {
    long row = 0;
    while (true) {
      try {
        if (p.nextToken() == null) {
          return "";
        }
        row++;
        // the line is taken lazily, from the token at hand, only if the row has a problem
        rows.start(row, 0);
        int col = readCells(p, role, columns, rows);
        if (col != columns) {
          rows.problem("-", "", "row has " + col + " values, the header has " + columns);
        }
        rows.end();
      } catch (IOException e) {
        return ReaderFront.stop(e, p, row, "CSV", rows);
      }
    }
  }

  private static void closeQuietly(CsvParser p) {
    if (p != null) {
      try {
        p.close();
      } catch (IOException e) {
        // the caller owns the reader; a failure to release the parser's buffers changes nothing that was read
      }
    }
  }

  /**
   * Reads the cells of one row (up to its end) and returns how many there were. Hot path: a one-digit answer that
   * {@link #digitCodes} accepts is stored directly; anything else goes to {@link RowAssembler}, which validates it
   * and reports it with its column and reason. Values are the parser's own strings ({@code nextTextValue}, no copy).
   */
  private int readCells(CsvParser p, int[] role, int columns, RowAssembler rows) throws IOException {
    int[] answers = rows.answers;
    int[] digits = digitCodes;
    int col = 0;
    String v;
    while ((v = p.nextTextValue()) != null) {
      if (col < columns) {
        int r = role[col];
        if (r >= 0) {
          int c = v.length() == 1 ? digitCode(digits, r, v.charAt(0)) : SLOW;
          if (c != SLOW) {
            answers[r] = c;
          } else {
            rows.answer(r, v);
          }
        } else {
          other(r, v, rows);
        }
      }
      col++;
    }
    return col;
  }

  private static int digitCode(int[] digits, int item, char ch) {
    int d = ch - '0';
    return d >= 0 && d <= 9 ? digits[item * 10 + d] : SLOW;
  }

  private static void other(int role, String v, RowAssembler rows) {
    switch (role) {
      case UNIT -> rows.unit(v);
      case FIELD -> rows.field(v);
      case GROUP -> rows.group(v);
      case WEIGHT -> rows.weight(v);
      default -> { }
    }
  }

  /**
   * Per item and digit 0..9, the answer code of a one-character cell holding that digit when it is certainly valid
   * (single choice: 1..max code; multi-select: option 1..k as its bit), else {@link #SLOW}: such a cell is
   * left to {@link RowAssembler#answer(int, String)}, which reports it if it is wrong.
   */
  private static int[] digitCodes(Questionnaire q) {
    List<io.github.parindex.sipas.Item> items = q.items();
    int[] codes = new int[items.size() * 10];
    for (int i = 0; i < items.size(); i++) {
      io.github.parindex.sipas.Item it = items.get(i);
      boolean multi = it.kind() == io.github.parindex.sipas.AnswerKind.EXPECTATION;
      for (int d = 0; d <= 9; d++) {
        int code;
        if (d == 0) {
          code = SLOW; // "0" is not an answer: RowAssembler reports it
        } else if (multi) {
          code = d <= it.options().size() && d <= it.maxCode() ? 1 << (d - 1) : SLOW;
        } else {
          code = d <= it.maxCode() ? d : SLOW;
        }
        codes[i * 10 + d] = code;
      }
    }
    return codes;
  }

  private int[] roles(List<String> header, List<String> ignored, String source) {
    int[] role = new int[header.size()];
    Map<String, Integer> seen = new HashMap<>();
    List<io.github.parindex.model.Problem> problems = new ArrayList<>();
    for (int c = 0; c < header.size(); c++) {
      String h = header.get(c);
      if (seen.putIfAbsent(h, c) != null) {
        problems.add(io.github.parindex.model.Problem.general(source + ": header column " + (c + 1) + " \"" + h
            + "\" is repeated"));
      }
      role[c] = switch (h) {
        case "unit" -> UNIT;
        case "field" -> FIELD;
        case "group" -> GROUP;
        case "weight" -> WEIGHT;
        default -> {
          int i = front.questionnaire().indexOf(h);
          if (i < 0) {
            ignored.add(h);
            yield IGNORED;
          }
          yield i;
        }
      };
    }
    if (!seen.containsKey("unit")) {
      problems.add(io.github.parindex.model.Problem.general(source + ": header has no \"unit\" column"));
    }
    List<String> missing = front.questionnaire().items().stream().map(i -> i.code())
        .filter(c -> !seen.containsKey(c)).toList();
    if (!missing.isEmpty()) {
      problems.add(io.github.parindex.model.Problem.general(source + ": header lacks the item columns " + missing
          + " of questionnaire " + front.questionnaire().id()));
    }
    if (!problems.isEmpty()) {
      throw new io.github.parindex.model.ParIndexException("survey input " + source + " has a bad header",
          problems);
    }
    return role;
  }
}
