package io.github.parindex.sipas.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.parindex.model.ParIndexException;
import io.github.parindex.model.Problem;
import io.github.parindex.sipas.AnswerKind;
import io.github.parindex.sipas.Questionnaire;
import io.github.parindex.sipas.RespondentSink;
import io.github.parindex.sipas.SurveyFrame;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;
import java.util.List;

/**
 * Streams respondent-level SIPAS answers from JSON into a {@link RespondentSink}, token by token with Jackson's
 * {@link JsonParser} (the document is never loaded), so memory stays flat. Immutable and thread-safe.
 *
 * <p>Format: a top-level array of respondent objects:
 * <pre>
 * [ {"unit": "HT.X01", "field": "DD", "group": "CD", "weight": 1.25,
 *    "answers": {"1.1": 5, "1.2": null, "1.3": "KYK", "MĐ1": [1, 3]}}, ... ]
 * </pre>
 * {@code unit} is required; {@code field}, {@code group}, {@code weight} optional. An item missing from
 * {@code answers}, or {@code null}, is blank; {@code "KYK"} or {@code -1} is no opinion; satisfaction and judgement
 * answers are numbers; expectation answers are an array of option numbers. Every bad respondent is rejected and
 * reported with its row (1 = first object), line, field and reason. Malformed JSON stops reading there, reported.
 *
 * <pre>{@code
 * ReadReport r = SurveyJsonReader.of(q, frame).read(Path.of("answers.json"), accumulator);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class SurveyJsonReader {
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(ReaderFront.LIMITS).build();

  private final ReaderFront front;

  private SurveyJsonReader(ReaderFront front) {
    this.front = front;
  }

  /**
   * A reader that collects problems ({@link ErrorMode#COLLECT}) and lists up to
   * {@link SurveyCsvReader#DEFAULT_LISTED_PROBLEMS}.
   *
   * @param q the questionnaire whose item codes are the keys of {@code answers}
   * @param frame the frame whose unit, field and group codes the respondents use
   * @return the reader
   * @throws NullPointerException if an argument is null
   */
  public static SurveyJsonReader of(Questionnaire q, SurveyFrame frame) {
    return new SurveyJsonReader(new ReaderFront(q, frame, ErrorMode.COLLECT,
        SurveyCsvReader.DEFAULT_LISTED_PROBLEMS));
  }

  /**
   * A copy with another error mode.
   *
   * @param m {@link ErrorMode#COLLECT} to reject bad respondents and go on, {@link ErrorMode#FAIL_FAST} to throw at
   *     the first problem
   * @return the copy; this reader is unchanged
   * @throws NullPointerException if {@code m} is null
   */
  public SurveyJsonReader errorMode(ErrorMode m) {
    return new SurveyJsonReader(front.withMode(m));
  }

  /**
   * A copy that lists at most {@code n} problems in its report; every problem is still counted.
   *
   * @param n the most problems listed, 0 or more
   * @return the copy; this reader is unchanged
   * @throws IllegalArgumentException if {@code n} is negative
   */
  public SurveyJsonReader listedProblems(int n) {
    return new SurveyJsonReader(front.withListed(n));
  }

  /**
   * Reads a UTF-8 file (a byte order mark is skipped; bytes that are not UTF-8 stop reading, reported).
   *
   * @param file the file
   * @param sink where accepted respondents go
   * @return what was read, accepted and rejected, with every problem
   * @throws ParIndexException when the file cannot be opened, when the document is not an array, and in
   *     {@link ErrorMode#FAIL_FAST} at the first problem
   */
  public ReadReport read(Path file, RespondentSink sink) {
    return ReaderFront.readFile(file, sink, this::read);
  }

  /**
   * Reads UTF-8 JSON bytes (a byte order mark is skipped; bytes that are not UTF-8 stop reading, reported); the
   * stream is not closed.
   *
   * @param in the bytes
   * @param source a name for the input in problems
   * @param sink where accepted respondents go
   * @return what was read, accepted and rejected, with every problem
   * @throws ParIndexException as {@link #read(Path, RespondentSink)}
   */
  public ReadReport read(InputStream in, String source, RespondentSink sink) {
    return ReaderFront.readStream(in, source, sink, this::read);
  }

  /**
   * Reads JSON text; the reader is not closed. A leading byte order mark is skipped. The document is read strictly:
   * an unknown or repeated key rejects its respondent (named with row, line and key), and anything after the
   * closing {@code ]} is a problem of the file. When the input fails part-way (malformed JSON, bytes that are not
   * UTF-8, an I/O error), reading stops there and the report says where and how many respondents had been
   * delivered to the sink before the stop.
   *
   * @param in the JSON text
   * @param source a name for the input in problems
   * @param sink where accepted respondents go
   * @return what was read, accepted and rejected, with every problem
   * @throws ParIndexException as {@link #read(Path, RespondentSink)}
   */
  public ReadReport read(Reader in, String source, RespondentSink sink) {
    RowAssembler rows = front.rows(in, source, sink);
    JsonParser p = null;
    try {
      p = FACTORY.createParser(Inputs.skipBom(in));
    } catch (IOException e) {
      rows.fileProblem(0, 1, "-", "", "unreadable input: " + Inputs.describe(e));
      return rows.report("unreadable input: " + Inputs.describe(e), List.of());
    }
    try {
      return read(p, source, rows);
    } finally {
      try {
        p.close();
      } catch (IOException e) {
        // nothing was lost: every row had been read or reported before the parser was released
      }
    }
  }

  private ReadReport read(JsonParser p, String source, RowAssembler rows) {
    String stopped = "";
    long row = 0;
    long line = 1;
    try {
      if (p.nextToken() != JsonToken.START_ARRAY) {
        throw new ParIndexException("survey input " + source + " is not a JSON array of respondents",
            List.of(Problem.general(source + ": expected '[' at the start")));
      }
      JsonToken t;
      while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
        if (t == null) {
          throw new com.fasterxml.jackson.core.JsonParseException(p, "unexpected end of input inside the array");
        }
        row++;
        line = p.currentTokenLocation().getLineNr();
        rows.start(row, line);
        if (t != JsonToken.START_OBJECT) {
          rows.problem("-", text(p, t), "expected a respondent object");
          p.skipChildren();
          rows.end();
          continue;
        }
        readRespondent(p, rows);
        rows.end();
      }
      if (p.nextToken() != null) {
        line = p.currentTokenLocation().getLineNr();
        stopped = "content after the closing ] at line " + line;
        rows.fileProblem(row, line, "-", "", "content after the closing ] of the respondent array");
      }
    } catch (IOException e) {
      stopped = ReaderFront.stop(e, p, row, "JSON", rows);
    }
    return rows.report(stopped, List.of());
  }

  private static final List<String> KEYS = List.of("unit", "field", "group", "weight", "answers");

  private void readRespondent(JsonParser p, RowAssembler rows) throws IOException {
    boolean unitSeen = false;
    int seen = 0;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken v = p.nextToken();
      int k = KEYS.indexOf(name);
      if (k >= 0 && (seen & (1 << k)) != 0) {
        rows.problem(name, text(p, v), "key \"" + name + "\" is repeated in this respondent");
        p.skipChildren();
        continue;
      }
      seen |= k >= 0 ? 1 << k : 0;
      switch (name) {
        case "unit" -> {
          unitSeen = true;
          if (v == JsonToken.VALUE_STRING) {
            rows.unit(p.getText());
          } else {
            rows.problem("unit", text(p, v), "unit must be a string");
          }
        }
        case "field", "group" -> {
          if (v == JsonToken.VALUE_STRING) {
            if (name.equals("field")) {
              rows.field(p.getText());
            } else {
              rows.group(p.getText());
            }
          } else if (v != JsonToken.VALUE_NULL) {
            rows.problem(name, text(p, v), name + " must be a string or null");
          }
        }
        case "weight" -> {
          if (v == JsonToken.VALUE_NUMBER_INT || v == JsonToken.VALUE_NUMBER_FLOAT || v == JsonToken.VALUE_STRING) {
            rows.weight(p.getText());
          } else if (v != JsonToken.VALUE_NULL) {
            rows.problem("weight", text(p, v), "weight must be a number");
          }
        }
        case "answers" -> {
          if (v == JsonToken.START_OBJECT) {
            readAnswers(p, rows);
          } else {
            rows.problem("answers", text(p, v), "answers must be an object of item code to answer");
            p.skipChildren();
          }
        }
        default -> {
          rows.problem(name, text(p, v), "unknown key (a respondent has "
              + String.join(", ", KEYS) + didYouMean(name) + ")");
          p.skipChildren();
        }
      }
    }
    if (!unitSeen) {
      rows.problem("unit", "", "unit is missing");
    }
  }

  /** {@code "; did you mean weight?"} for a key one or two edits from a known one, else {@code ""}. */
  private static String didYouMean(String key) {
    for (String k : KEYS) {
      if (key.length() <= 2 * k.length() && distance(key.toLowerCase(java.util.Locale.ROOT), k) <= 2) {
        return "; did you mean " + k + "?";
      }
    }
    return "";
  }

  /** Edit distance, adjacent transpositions counting one. */
  private static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      for (int j = 0; j <= b.length(); j++) {
        if (i == 0 || j == 0) {
          d[i][j] = i + j;
          continue;
        }
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  private static String text(JsonParser p, JsonToken v) throws IOException {
    return v.isStructStart() ? v.asString() : p.getText();
  }

  private void readAnswers(JsonParser p, RowAssembler rows) throws IOException {
    java.util.BitSet seen = new java.util.BitSet();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String code = p.currentName();
      JsonToken v = p.nextToken();
      int i = front.questionnaire().indexOf(code);
      if (i < 0) {
        rows.problem(code, text(p, v), "unknown item (not in questionnaire "
            + front.questionnaire().id() + ")");
        p.skipChildren();
        continue;
      }
      if (seen.get(i)) {
        rows.problem(code, text(p, v), "item " + code + " is answered twice in this respondent");
        p.skipChildren();
        continue;
      }
      seen.set(i);
      boolean multi = front.questionnaire().items().get(i).kind() == AnswerKind.EXPECTATION;
      switch (v) {
        case VALUE_NULL -> rows.answers[i] = AnswerKind.BLANK;
        case VALUE_NUMBER_INT -> {
          if (p.getNumberType() != JsonParser.NumberType.INT) {
            rows.problem(code, p.getText(), "answer code " + p.getText() + " is out of range");
          } else {
            rows.answer(i, p.getIntValue(), p.getText());
          }
        }
        case VALUE_STRING -> {
          rows.answer(i, p.getText());
        }
        case START_ARRAY -> {
          if (!multi) {
            rows.problem(code, "[...]", "only expectation items take a list of options");
            p.skipChildren();
          } else {
            while ((v = p.nextToken()) != JsonToken.END_ARRAY) {
              if (v == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
                rows.option(i, p.getIntValue(), p.getText());
              } else {
                rows.problem(code, text(p, v), "an option must be a whole number");
                p.skipChildren();
              }
            }
          }
        }
        default -> {
          rows.problem(code, text(p, v), "not an answer (number, \"KYK\", null or, for expectations, a list)");
          p.skipChildren();
        }
      }
    }
  }
}
