package io.github.parindex.sipas.io;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.github.parindex.sipas.Questionnaire;
import io.github.parindex.sipas.RespondentSink;
import io.github.parindex.sipas.SurveyFrame;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The front shared by {@link SurveyCsvReader} and {@link SurveyJsonReader}: their settings (questionnaire, frame,
 * error mode, problems listed), the bounds of what they read, opening a file or a stream as strict UTF-8, and what
 * a read that stops part-way reports. Internal.
 *
 * @param questionnaire the items read
 * @param frame the units and categories a respondent may name
 * @param mode what a problem does
 * @param listed how many problems a report lists (all are counted)
 */
record ReaderFront(Questionnaire questionnaire, SurveyFrame frame, ErrorMode mode, int listed) {

  /** The longest cell (CSV) or string (JSON), in characters: {@value}. */
  static final int MAX_CELL_LENGTH = 1_000_000;

  /** The longest JSON key, in characters: {@value}. */
  static final int MAX_KEY_LENGTH = 1_000;

  /** The longest JSON number token, in characters: {@value} (then the numeric gate's 64 characters for weights). */
  static final int MAX_NUMBER_LENGTH = 1_000;

  /** The deepest nesting of JSON arrays and objects: {@value} (a respondent needs 4: array, object, answers, list). */
  static final int MAX_DEPTH = 32;

  /**
   * The bounds above as Jackson's stream constraints, set on both readers' factories (never Jackson's defaults).
   * Rows are not counted: the readers stream, and memory stays flat however many rows there are.
   */
  static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
      .maxStringLength(MAX_CELL_LENGTH)
      .maxNameLength(MAX_KEY_LENGTH)
      .maxNumberLength(MAX_NUMBER_LENGTH)
      .maxNestingDepth(MAX_DEPTH)
      .build();

  ReaderFront {
    Objects.requireNonNull(questionnaire, "questionnaire");
    Objects.requireNonNull(frame, "frame");
    Objects.requireNonNull(mode, "mode");
    if (listed < 0) {
      throw new IllegalArgumentException("listed problems must be >= 0, was " + listed);
    }
  }

  /** What a reader does with text: {@code read(Reader, String, RespondentSink)} of either reader. */
  @FunctionalInterface
  interface TextRead {
    ReadReport read(Reader in, String source, RespondentSink sink);
  }

  ReaderFront withMode(ErrorMode m) {
    return new ReaderFront(questionnaire, frame, m, listed);
  }

  ReaderFront withListed(int n) {
    return new ReaderFront(questionnaire, frame, mode, n);
  }

  /** The assembler of one read, after checking the arguments every read takes. */
  RowAssembler rows(Reader in, String source, RespondentSink sink) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(sink, "sink");
    return new RowAssembler(questionnaire, frame, source, mode, listed, sink);
  }

  /** Opens a file as strict UTF-8 and reads it; a file that cannot be opened is a located problem. */
  static ReadReport readFile(Path file, RespondentSink sink, TextRead text) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(sink, "sink");
    try (Reader r = Inputs.open(file)) {
      return text.read(r, file.toString(), sink);
    } catch (IOException e) {
      throw Inputs.cannotRead(file.toString(), e);
    }
  }

  /** Reads bytes as strict UTF-8; the stream is not closed. */
  static ReadReport readStream(InputStream in, String source, RespondentSink sink, TextRead text) {
    Objects.requireNonNull(in, "in");
    return text.read(Inputs.utf8(in), source, sink);
  }

  /**
   * Records a stop part-way (malformed input, a bound passed, bytes that are not UTF-8, an I/O error): the row it
   * was in is rejected, the file problem names row, line and how many rows had been delivered.
   *
   * @param e what stopped the read
   * @param p the parser (its position is the line when the exception has none)
   * @param row the row being read
   * @param format {@code "CSV"} or {@code "JSON"}
   * @param rows the read's assembler
   * @return the stop in words, for the report
   */
  static String stop(IOException e, JsonParser p, long row, String format, RowAssembler rows) {
    long line = e instanceof JacksonException j && j.getLocation() != null ? j.getLocation().getLineNr()
        : p.currentLocation().getLineNr();
    String what = e instanceof StreamConstraintsException ? "beyond a limit of survey input"
        : e instanceof JacksonException ? "malformed " + format : "unreadable input";
    String msg = e instanceof JacksonException j ? j.getOriginalMessage() : Inputs.describe(e);
    if (rows.inRow()) {
      rows.rejectUnreadable();
    }
    rows.fileProblem(row, line, "-", "", what + ", reading stopped after " + rows.delivered()
        + " rows had been delivered: " + msg);
    return what + " at row " + row + " (line " + line + "): " + msg + "; " + rows.deliveredBefore();
  }
}
