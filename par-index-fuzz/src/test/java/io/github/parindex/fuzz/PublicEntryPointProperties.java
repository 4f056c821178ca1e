package io.github.parindex.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.parindex.method.Answer;
import io.github.parindex.model.Appraisal;
import io.github.parindex.model.ParIndexException;
import io.github.parindex.rules.RuleSetJson;
import io.github.parindex.rules.scorecard.ScorecardReport;
import io.github.parindex.scenario.Change;
import io.github.parindex.model.RuleSet;
import io.github.parindex.rules.merges.LineageCsv;
import io.github.parindex.rules.published.PublishedTableCsv;
import io.github.parindex.rules.table.ReadMode;
import io.github.parindex.rules.table.RuleSetTable;
import io.github.parindex.sipas.SurveyAccumulator;
import io.github.parindex.sipas.io.QuestionnaireJson;
import io.github.parindex.sipas.io.ReadReport;
import io.github.parindex.sipas.io.SurveyCsvReader;
import io.github.parindex.sipas.io.SurveyJsonReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * No {@code OutOfMemoryError}, {@code StackOverflowError}, {@code NullPointerException}, {@code ArithmeticException},
 * {@code NumberFormatException} or {@code UncheckedIOException} escapes the public String factories and the readers
 * of rule files and scorecard reports, on any text: they return, or throw {@link ParIndexException}. Readers given a
 * {@code Reader} or {@code InputStream} that fails part-way, and writers given a {@code Writer} that fails, throw
 * their documented exception ({@link ParIndexException}, {@link IOException}), never an unchecked one.
 */
class PublicEntryPointProperties {

  private static final List<Class<? extends Throwable>> FORBIDDEN = List.of(OutOfMemoryError.class,
      StackOverflowError.class, NullPointerException.class, ArithmeticException.class, NumberFormatException.class,
      UncheckedIOException.class);

  /** Numbers and near-numbers: hostile exponents, long digit runs, NaN, signs, spaces, commas, hexadecimal. */
  @Provide
  Arbitrary<String> numberTexts() {
    Arbitrary<String> hostile = Arbitraries.of(Mutators.PAST_THE_GATE).map(String::valueOf);
    Arbitrary<String> fixed = Arbitraries.of("NaN", "Infinity", "-0", "+1", "1e", "e1", "1.", ".5", "0x10", " 1", "1 ",
        "1,5", "", "-", "1e-2147483648", "1e2147483647", "1E+999999999", "9".repeat(100_000), "0." + "0".repeat(5000),
        "١٢", "1_000", "--1", "1e-0");
    Arbitrary<String> random = Arbitraries.strings().withChars("0123456789.eE+-, NaInfity").ofMaxLength(30);
    Arbitrary<String> exponent = Arbitraries.integers().map(i -> "1e" + i);
    return Arbitraries.oneOf(hostile, fixed, random, exponent);
  }

  @Property(tries = 1000)
  void stringFactoriesThrowOnlyTheLibrarysException(@ForAll("numberTexts") String text) {
    only(t -> Answer.points(t), text);
    only(t -> Answer.percent(t), text);
    only(t -> Appraisal.ofPoints(t, "lý do"), text);
    only(t -> Change.gradeThreshold("A", t), text);
    only(t -> Change.maximum("1.1", t), text);
    only(t -> Change.appraisedPoints("1.1", t, "lý do"), text);
    only(t -> Change.bandBoundary("1.1", t, "50"), text);
  }

  @Property(tries = 300)
  void readersThrowOnlyTheLibrarysException(@ForAll("documents") String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    only(t -> RuleSetJson.standard().parse(t, "p.json"), text);
    only(t -> RuleSetJson.standard().read(new StringReader(t), "p.json"), text);
    only(t -> RuleSetJson.standard().read(new ByteArrayInputStream(bytes), "p.json"), text);
    only(t -> ScorecardReport.fromJson(t), text);
    only(t -> ScorecardReport.read(new StringReader(t)), text);
    only(t -> ScorecardReport.read(new ByteArrayInputStream(bytes), "p.json"), text);
  }

  @Provide
  Arbitrary<String> documents() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars("{}[]\":,0123456789.eE-nultrfas \n\\").ofMaxLength(200),
        numberTexts().map(n -> "{\"format\": \"par-index/rule-set@1\", \"maxTotal\": " + n + "}"),
        numberTexts().map(n -> "{\"format\": \"par-index/scorecard@1\", \"index\": \"" + n + "\", \"year\": " + n
            + "}"),
        Arbitraries.integers().between(1, 3000).map(d -> "[".repeat(d) + "]".repeat(d)),
        Arbitraries.integers().between(1, 3000).map(d -> "{\"a\":".repeat(d) + "1" + "}".repeat(d)));
  }

  /** The readers that take a {@code Reader} or an {@code InputStream}, each with a valid document of its kind. */
  private static final List<StreamReader> STREAM_READERS = List.of(
      new StreamReader("RuleSetJson.read(Reader)", seed("/seeds/rule-file-example.json"),
          (r, in) -> RuleSetJson.standard().read(r, "p.json")),
      new StreamReader("RuleSetJson.read(InputStream)", seed("/seeds/rule-file-example.json"),
          (r, in) -> RuleSetJson.standard().read(in, "p.json")),
      new StreamReader("ScorecardReport.read(Reader)", seed("/seeds/report-nam-dinh-2020-so.json"),
          (r, in) -> ScorecardReport.read(r)),
      new StreamReader("ScorecardReport.read(InputStream)", seed("/seeds/report-nam-dinh-2020-so.json"),
          (r, in) -> ScorecardReport.read(in, "p.json")),
      new StreamReader("PublishedTableCsv.read(Reader)", seed("/seeds/published-constructed.csv"),
          (r, in) -> PublishedTableCsv.read(r, "p.csv")),
      new StreamReader("PublishedTableCsv.read(InputStream)", seed("/seeds/published-constructed.csv"),
          (r, in) -> PublishedTableCsv.read(in, "p.csv")),
      new StreamReader("RuleSetTable.read(Reader)", "code,name,maxPoints\n1,Lĩnh vực 1,10\n",
          (r, in) -> RuleSetTable.read(r, "p.csv", ReadMode.LENIENT)),
      new StreamReader("LineageCsv.read(Reader)", text(SipasTargets.lineageCsv().seeds().get(0)),
          (r, in) -> LineageCsv.read(r, "p.csv")),
      new StreamReader("QuestionnaireJson.read(Reader)", text(SipasTargets.questionnaires().seeds().get(0)),
          (r, in) -> QuestionnaireJson.read(r, "p.json")),
      new StreamReader("SurveyCsvReader.read(Reader)", text(SipasTargets.surveyCsv().seeds().get(0)),
          (r, in) -> surveyCsv().read(r, "p.csv", new SurveyAccumulator(SipasTargets.Q, SipasTargets.FRAME,
              SipasTargets.WEIGHTED))),
      new StreamReader("SurveyCsvReader.read(InputStream)", text(SipasTargets.surveyCsv().seeds().get(0)),
          (r, in) -> surveyCsv().read(in, "p.csv", new SurveyAccumulator(SipasTargets.Q, SipasTargets.FRAME,
              SipasTargets.WEIGHTED))),
      new StreamReader("SurveyJsonReader.read(Reader)", text(SipasTargets.surveyJson().seeds().get(0)),
          (r, in) -> SurveyJsonReader.of(SipasTargets.Q, SipasTargets.FRAME).read(r, "p.json",
              new SurveyAccumulator(SipasTargets.Q, SipasTargets.FRAME, SipasTargets.WEIGHTED))),
      new StreamReader("SurveyJsonReader.read(InputStream)", text(SipasTargets.surveyJson().seeds().get(0)),
          (r, in) -> SurveyJsonReader.of(SipasTargets.Q, SipasTargets.FRAME).read(in, "p.json",
              new SurveyAccumulator(SipasTargets.Q, SipasTargets.FRAME, SipasTargets.WEIGHTED))));

  /** A reader under test: its name, a valid document, and the call given that document as both kinds of input. */
  record StreamReader(String name, String document, ReaderCall call) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** Calls a reader with a {@code Reader} and an {@code InputStream} of the same document (it uses one of them). */
  interface ReaderCall {
    Object read(Reader reader, InputStream in) throws Exception;
  }

  @Provide
  Arbitrary<StreamReader> streamReaders() {
    return Arbitraries.of(STREAM_READERS);
  }

  /**
   * A reader or stream that fails part-way (after any number of characters or bytes, 0 to the whole document) is a
   * {@link ParIndexException} (or, for the survey readers, a report that names the stop), never an
   * {@code UncheckedIOException} or another unchecked exception.
   */
  @Property(tries = 400)
  void aFailingReaderOrStreamIsTheLibrarysException(@ForAll("streamReaders") StreamReader reader,
      @ForAll @net.jqwik.api.constraints.DoubleRange(min = 0, max = 1) double cut) {
    String doc = reader.document();
    int chars = (int) (doc.length() * cut);
    byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);
    int bytesGiven = (int) (bytes.length * cut);
    only(t -> {
      try {
        Object read = reader.call().read(Failing.reader(doc, chars), Failing.stream(bytes, bytesGiven));
        if (read instanceof ReadReport r) {
          assertThat(r.isClean()).as("%s: a report after a failing input must say it stopped", reader).isFalse();
        } else {
          throw new AssertionError(reader + " returned " + read + " from an input that failed");
        }
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Exception e) {
        throw new AssertionError(reader + " threw the checked " + e, e);
      }
    }, reader.name() + " cut at " + chars);
  }

  /**
   * The writers that take a {@code Writer} throw the checked {@link IOException} of a writer that fails part-way,
   * and nothing else.
   */
  @Property(tries = 100)
  void aFailingWriterIsItsCheckedIoException(
      @ForAll @net.jqwik.api.constraints.DoubleRange(min = 0, max = 1.1) double share) {
    RuleSet rs = RuleSetJson.standard().parse(seed("/seeds/rule-file-example.json"), "p.json");
    ScorecardReport report = ScorecardReport.read(new StringReader(seed("/seeds/report-nam-dinh-2020-so.json")));
    int ruleSetLength = RuleSetJson.standard().write(rs).length();
    int reportLength = report.toJson().length();
    // room for a share of the text (0 to 110%), and exactly for it and one character less
    for (int room : List.of((int) (ruleSetLength * share), ruleSetLength, ruleSetLength - 1)) {
      writesOrFails(() -> RuleSetJson.standard().write(rs, Failing.writer(room)), ruleSetLength, room);
    }
    for (int room : List.of((int) (reportLength * share), reportLength, reportLength - 1)) {
      writesOrFails(() -> report.writeTo(Failing.writer(room)), reportLength, room);
    }
  }

  private static void writesOrFails(WriterCall call, int needed, int room) {
    try {
      call.write();
      assertThat(room).as("the writer failed, but the call returned").isGreaterThanOrEqualTo(needed);
    } catch (IOException e) {
      assertThat(e).hasMessage("disk full");
      assertThat(room).isLessThan(needed);
    }
  }

  interface WriterCall {
    void write() throws IOException;
  }

  private static SurveyCsvReader surveyCsv() {
    return SurveyCsvReader.of(SipasTargets.Q, SipasTargets.FRAME);
  }

  private static String seed(String resource) {
    return text(Seed.resource(PublicEntryPointProperties.class, resource));
  }

  private static String text(Seed s) {
    return new String(s.bytes(), StandardCharsets.UTF_8);
  }

  /** Inputs and outputs that fail part-way. */
  static final class Failing {
    private Failing() {}

    /** A reader that gives the first {@code n} characters of {@code text}, then fails. */
    static Reader reader(String text, int n) {
      return new Reader() {
        private int at;

        @Override
        public int read(char[] cbuf, int off, int len) throws IOException {
          if (at >= n) {
            throw new IOException("connection reset");
          }
          int k = Math.min(len, n - at);
          text.getChars(at, at + k, cbuf, off);
          at += k;
          return k;
        }

        @Override
        public void close() {}
      };
    }

    /** A stream that gives the first {@code n} bytes, then fails. */
    static InputStream stream(byte[] bytes, int n) {
      return new InputStream() {
        private int at;

        @Override
        public int read() throws IOException {
          if (at >= n) {
            throw new IOException("connection reset");
          }
          return bytes[at++] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
          if (len == 0) {
            return 0;
          }
          if (at >= n) {
            throw new IOException("connection reset");
          }
          int k = Math.min(len, n - at);
          System.arraycopy(bytes, at, b, off, k);
          at += k;
          return k;
        }
      };
    }

    /** A writer that takes {@code room} characters, then fails. */
    static Writer writer(int room) {
      return new Writer() {
        private int left = room;

        @Override
        public void write(char[] cbuf, int off, int len) throws IOException {
          if (len > left) {
            throw new IOException("disk full");
          }
          left -= len;
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };
    }
  }

  private static void only(Consumer<String> call, String text) {
    try {
      call.accept(text);
    } catch (ParIndexException expected) {
      assertThat(expected.problems()).isNotEmpty();
    } catch (IllegalArgumentException e) {
      // documented for bad arguments that are not input text (a blank code or reason); never for a number
      assertThat(e).isNotInstanceOf(NumberFormatException.class);
    } catch (Throwable t) {
      for (Class<? extends Throwable> f : FORBIDDEN) {
        assertThat(t).as("%s escaped for %s", t, Numbers.quoted(text)).isNotInstanceOf(f);
      }
      throw new AssertionError("unexpected " + t + " for " + Numbers.quoted(text), t);
    }
  }

  /** Short quoting of a long text for messages. */
  static final class Numbers {
    static String quoted(String s) {
      return s.length() <= 60 ? '"' + s + '"' : '"' + s.substring(0, 40) + "…\" (" + s.length() + " characters)";
    }
  }
}
