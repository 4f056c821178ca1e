package io.github.parindex.rules.survey;

import com.fasterxml.jackson.core.JacksonException;
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
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

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
 */
public final class SurveyJsonReader {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private final Questionnaire questionnaire;
  private final SurveyFrame frame;
  private final ErrorMode mode;
  private final int listed;

  private SurveyJsonReader(Questionnaire q, SurveyFrame frame, ErrorMode mode, int listed) {
    this.questionnaire = Objects.requireNonNull(q, "questionnaire");
    this.frame = Objects.requireNonNull(frame, "frame");
    this.mode = Objects.requireNonNull(mode, "mode");
    if (listed < 0) {
      throw new IllegalArgumentException("listed problems must be >= 0, was " + listed);
    }
    this.listed = listed;
  }

  /** A reader that collects problems and lists up to 1000 of them. */
  public static SurveyJsonReader of(Questionnaire q, SurveyFrame frame) {
    return new SurveyJsonReader(q, frame, ErrorMode.COLLECT, SurveyCsvReader.DEFAULT_LISTED_PROBLEMS);
  }

  public SurveyJsonReader errorMode(ErrorMode m) {
    return new SurveyJsonReader(questionnaire, frame, m, listed);
  }

  /** A copy that lists at most {@code n} problems (every problem is still counted). */
  public SurveyJsonReader listedProblems(int n) {
    return new SurveyJsonReader(questionnaire, frame, mode, n);
  }

  /** Reads a UTF-8 file. */
  public ReadReport read(Path file, RespondentSink sink) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString(), sink);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** Reads JSON bytes (encoding detected by Jackson, normally UTF-8); the stream is not closed. */
  public ReadReport read(InputStream in, String source, RespondentSink sink) {
    try (JsonParser p = FACTORY.createParser(in)) {
      return read(p, source, sink);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source, e);
    }
  }

  /** Reads JSON text; the reader is not closed. */
  public ReadReport read(Reader in, String source, RespondentSink sink) {
    try (JsonParser p = FACTORY.createParser(in)) {
      return read(p, source, sink);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source, e);
    }
  }

  private ReadReport read(JsonParser p, String source, RespondentSink sink) throws IOException {
    Objects.requireNonNull(sink, "sink");
    RowAssembler rows = new RowAssembler(questionnaire, frame, source, mode, listed, sink);
    String stopped = "";
    long row = 0;
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
        rows.start(row, p.currentTokenLocation().getLineNr());
        if (t != JsonToken.START_OBJECT) {
          rows.problem("-", p.getText(), "expected a respondent object");
          p.skipChildren();
          rows.end();
          continue;
        }
        readRespondent(p, rows);
        rows.end();
      }
    } catch (JacksonException e) {
      long line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
      stopped = "malformed JSON at row " + row + " (line " + line + "): " + e.getOriginalMessage();
      rows.rejectUnreadable();
      rows.fileProblem(row, line, "-", "", "malformed JSON, reading stopped: " + e.getOriginalMessage());
    }
    return rows.report(stopped, List.of());
  }

  private void readRespondent(JsonParser p, RowAssembler rows) throws IOException {
    boolean unitSeen = false;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken v = p.nextToken();
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
        default -> p.skipChildren();
      }
    }
    if (!unitSeen) {
      rows.problem("unit", "", "unit is missing");
    }
  }

  private static String text(JsonParser p, JsonToken v) throws IOException {
    return v.isStructStart() ? v.asString() : p.getText();
  }

  private void readAnswers(JsonParser p, RowAssembler rows) throws IOException {
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String code = p.currentName();
      JsonToken v = p.nextToken();
      int i = questionnaire.indexOf(code);
      if (i < 0) {
        rows.problem(code, text(p, v), "unknown item (not in questionnaire " + questionnaire.id() + ")");
        p.skipChildren();
        continue;
      }
      boolean multi = questionnaire.items().get(i).kind() == AnswerKind.EXPECTATION;
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
