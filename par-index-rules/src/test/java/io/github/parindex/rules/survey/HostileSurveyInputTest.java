package io.github.parindex.rules.survey;

import static io.github.parindex.rules.survey.SurveyReadersTest.FRAME;
import static io.github.parindex.rules.survey.SurveyReadersTest.Q;
import static io.github.parindex.rules.survey.SurveyReadersTest.acc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.parindex.model.ParIndexException;
import io.github.parindex.model.Problem;
import io.github.parindex.sipas.SurveyAccumulator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and broken survey input: huge numbers, misspelt and repeated keys, trailing content, byte order marks,
 * cells {@code 0}, bytes that are not UTF-8. Each is a located problem in the report (or a {@link ParIndexException}
 * when nothing can be read), never an {@code OutOfMemoryError}, a hang, an {@code UncheckedIOException} or a figure
 * silently changed.
 */
class HostileSurveyInputTest {
  static final String HEADER = "unit,weight,S1,S2,J,X\n";

  static ReadReport csv(String text, SurveyAccumulator acc) {
    return SurveyCsvReader.of(Q, FRAME).read(new StringReader(text), "h.csv", acc);
  }

  static ReadReport json(String text, SurveyAccumulator acc) {
    return SurveyJsonReader.of(Q, FRAME).read(new StringReader(text), "h.json", acc);
  }

  @Test
  void hugeCsvWeightsAreRejectedRowsNotCrashes() {
    String million = "1" + "0".repeat(999_999);
    SurveyAccumulator acc = weightedAcc();
    ReadReport r = csv(HEADER + "P,1e999999999,5,4,1,1\nP,1E-999999999,5,4,1,1\nP," + million + ",5,4,1,1\n"
        + "P,2,5,4,1,1\n", acc);
    assertThat(r.rowsRead()).isEqualTo(4);
    assertThat(r.rowsAccepted()).isEqualTo(1);
    assertThat(r.problems()).extracting(Problem::toString).containsExactly(
        "h.csv: row 1 (line 2), column weight: \"1e999999999\": weight \"1e999999999\" has 1000000000 digits before the"
            + " decimal point; the limit is 20",
        "h.csv: row 2 (line 3), column weight: \"1E-999999999\": weight \"1E-999999999\" has 999999999 digits after the"
            + " decimal point; the limit is 20",
        "h.csv: row 3 (line 4), column weight: \"10000000000000000000…0000000000\" (1000000 characters): weight"
            + " \"10000000000000000000…0000000000\" (1000000 characters) is 1000000 characters long; the limit is 64");
    // only the weight-2 row counted
    assertThat(acc.result().all().totalWeight()).isEqualByComparingTo("2");
  }

  @Test
  void hugeJsonWeightsAreRejectedRowsNotCrashes() {
    SurveyAccumulator acc = acc();
    ReadReport r = json("[{\"unit\": \"P\", \"weight\": 1e999999999, \"answers\": {\"S1\": 5}},"
        + " {\"unit\": \"P\", \"weight\": \"1E-999999999\", \"answers\": {\"S1\": 5}}]", acc);
    assertThat(r.rowsAccepted()).isZero();
    assertThat(r.rowsRejected()).isEqualTo(2);
    assertThat(r.problems()).extracting(Problem::message).containsExactly(
        "\"1e999999999\": weight \"1e999999999\" has 1000000000 digits before the decimal point; the limit is 20",
        "\"1E-999999999\": weight \"1E-999999999\" has 999999999 digits after the decimal point; the limit is 20");
  }

  @Test
  void jsonUnknownKeyIsNamedNotIgnored() {
    SurveyAccumulator acc = acc();
    ReadReport r = json("[{\"unit\": \"P\", \"wieght\": 1000, \"answers\": {\"S1\": 5}}]", acc);
    assertThat(r.rowsAccepted()).isZero();
    assertThat(r.problems()).extracting(Problem::toString).containsExactly(
        "h.json: row 1 (line 1), column wieght: \"1000\": unknown key (a respondent has unit, field, group, weight,"
            + " answers; did you mean weight?)");
  }

  @Test
  void jsonRepeatedKeysAreNamedNotLastWins() {
    SurveyAccumulator acc = acc();
    ReadReport r = json("[{\"unit\": \"P\", \"weight\": 2, \"weight\": 3, \"answers\": {\"S1\": 5, \"S1\": 1}}]",
        acc);
    assertThat(r.rowsAccepted()).isZero();
    assertThat(r.problems()).extracting(Problem::toString).containsExactly(
        "h.json: row 1 (line 1), column weight: \"3\": key \"weight\" is repeated in this respondent",
        "h.json: row 1 (line 1), column S1: \"1\": item S1 is answered twice in this respondent");
  }

  @Test
  void jsonContentAfterTheArrayIsReported() {
    SurveyAccumulator acc = acc();
    ReadReport r = json("[{\"unit\": \"P\", \"answers\": {\"S1\": 5}}]\n[{\"unit\": \"P\"}]", acc);
    assertThat(r.rowsAccepted()).isEqualTo(1);
    assertThat(r.isClean()).isFalse();
    assertThat(r.stopped()).isEqualTo("content after the closing ] at line 2");
    assertThat(r.problems()).extracting(Problem::toString).containsExactly(
        "h.json: row 1 (line 2): content after the closing ] of the respondent array");
    ReadReport garbage = json("[]  x", acc());
    assertThat(garbage.isClean()).isFalse();
    assertThat(garbage.stopped()).startsWith("malformed JSON");
  }

  @Test
  void jsonZeroAnswerIsNotReadAsBlank() {
    ReadReport r = json("[{\"unit\": \"P\", \"answers\": {\"S1\": 0}}]", acc());
    assertThat(r.problems()).extracting(Problem::message).containsExactly("\"0\": " + RowAssembler.ZERO);
  }

  @Test
  void csvZeroIsReportedInEveryKindOfColumn() {
    SurveyAccumulator acc = acc();
    ReadReport r = csv(HEADER + "P,1,0,4,1,1\nP,1,5,00,1,1\nP,1,5,4,-0,1\nP,1,5,4,1,0\n", acc);
    assertThat(r.rowsRejected()).isEqualTo(4);
    assertThat(r.problems()).extracting(p -> p.location().orElseThrow().path() + " " + p.message()).containsExactly(
        "S1 \"0\": " + RowAssembler.ZERO, "S2 \"00\": " + RowAssembler.ZERO, "J \"-0\": " + RowAssembler.ZERO,
        "X \"0\": " + RowAssembler.ZERO);
  }

  static final String BOM_WEIGHTS = "\uFEFFweight,unit,S1,S2,J,X\n2,P,5,4,1,1\n3,P,1,4,1,1\n";

  @Test
  void aByteOrderMarkIsSkippedSoTheWeightColumnIsRead(@TempDir Path dir) throws IOException {
    // weights 2 and 3: S1 satisfied 2 of 5 weight = 40 %; without the weight column it would be 1 of 2 = 50 %
    SurveyAccumulator byReader = weightedAcc();
    assertThat(SurveyCsvReader.of(Q, FRAME).read(new StringReader(BOM_WEIGHTS), "b.csv", byReader).isClean())
        .isTrue();
    SurveyAccumulator byStream = weightedAcc();
    byte[] bytes = BOM_WEIGHTS.getBytes(StandardCharsets.UTF_8);
    assertThat(bytes[0]).isEqualTo((byte) 0xEF);
    SurveyCsvReader.of(Q, FRAME).read(new ByteArrayInputStream(bytes), "b.csv", byStream).throwIfNotClean();
    Path file = dir.resolve("b.csv");
    Files.write(file, bytes);
    SurveyAccumulator byPath = weightedAcc();
    SurveyCsvReader.of(Q, FRAME).read(file, byPath).throwIfNotClean();
    for (SurveyAccumulator a : new SurveyAccumulator[] {byReader, byStream, byPath}) {
      assertThat(a.result().all().totalWeight()).isEqualByComparingTo("5");
      assertThat(a.result().all().item("S1").percent().orElseThrow()).isEqualByComparingTo("40.00");
    }
    // JSON through a Reader too
    ReadReport j = SurveyJsonReader.of(Q, FRAME).read(new StringReader("\uFEFF[{\"unit\": \"P\"}]"), "b.json",
        acc());
    assertThat(j.isClean()).isTrue();
  }

  private static SurveyAccumulator weightedAcc() {
    return new SurveyAccumulator(Q, FRAME, io.github.parindex.sipas.SipasMethod.meanOfElements()
        .withWeighting(io.github.parindex.sipas.SipasMethod.Weighting.RESPONDENT_WEIGHTS));
  }

  /** 2,000 good rows (about 24 kB, several buffers of the parser), then a row holding the byte 0xFF. */
  static byte[] goodRowsThenBadByte() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(HEADER.getBytes(StandardCharsets.UTF_8));
    for (int i = 0; i < 2000; i++) {
      out.writeBytes("P,1,5,4,1,1\n".getBytes(StandardCharsets.UTF_8));
    }
    out.writeBytes("P,1,5,".getBytes(StandardCharsets.UTF_8));
    out.write(0xFF);
    out.writeBytes(",1,1\nP,1,5,4,1,1\n".getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  @Test
  void bytesThatAreNotUtf8StopReadingLocatedForPathStreamAndReader(@TempDir Path dir) throws IOException {
    byte[] bytes = goodRowsThenBadByte();
    Path file = dir.resolve("bad.csv");
    Files.write(file, bytes);
    Reader strict = new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT));
    SurveyAccumulator a1 = acc();
    SurveyAccumulator a2 = acc();
    SurveyAccumulator a3 = acc();
    ReadReport byPath = SurveyCsvReader.of(Q, FRAME).read(file, a1);
    ReadReport byStream = SurveyCsvReader.of(Q, FRAME).read(new ByteArrayInputStream(bytes), "bad.csv", a2);
    ReadReport byReader = SurveyCsvReader.of(Q, FRAME).read(strict, "bad.csv", a3);
    for (ReadReport r : new ReadReport[] {byPath, byStream, byReader}) {
      assertThat(r.isClean()).isFalse();
      assertThat(r.stopped()).startsWith("unreadable input at row ").contains("not UTF-8 text")
          .endsWith(r.rowsAccepted() + " rows had been delivered to the sink before the stop");
      assertThat(r.problems()).hasSize(1);
      assertThat(r.problems().get(0).toString()).contains("unreadable input, reading stopped after "
          + r.rowsAccepted() + " rows had been delivered");
      // rows decoded before the failing buffer are delivered (here 1,998 of the 2,000 good rows: the parser's read
      // buffer ends two rows before the bad byte), none after it; the report says exactly how many
      assertThat(r.rowsAccepted()).isBetween(1L, 2000L);
    }
    assertThat(a1.size()).isEqualTo(byPath.rowsAccepted());
    assertThat(a2.size()).isEqualTo(byStream.rowsAccepted());
    assertThat(a3.size()).isEqualTo(byReader.rowsAccepted());
  }

  @Test
  void jsonBytesThatAreNotUtf8AreReportedNotThrown(@TempDir Path dir) throws IOException {
    byte[] bytes = "[{\"unit\": \"P\", \"answers\": {\"S1\": 5}}, {\"unit\": \"\u00ff\"}]"
        .getBytes(StandardCharsets.ISO_8859_1);
    Path file = dir.resolve("bad.json");
    Files.write(file, bytes);
    ReadReport byPath = SurveyJsonReader.of(Q, FRAME).read(file, acc());
    ReadReport byStream = SurveyJsonReader.of(Q, FRAME).read(new ByteArrayInputStream(bytes), "bad.json", acc());
    for (ReadReport r : new ReadReport[] {byPath, byStream}) {
      assertThat(r.isClean()).isFalse();
      assertThat(r.stopped()).contains("not UTF-8 text");
    }
  }

  @Test
  void aMissingFileIsALocatedProblemNotAnUncheckedIoException(@TempDir Path dir) {
    Path none = dir.resolve("none.csv");
    assertThatThrownBy(() -> SurveyCsvReader.of(Q, FRAME).read(none, acc()))
        .isInstanceOf(ParIndexException.class).hasMessageContaining("none.csv: cannot be read: no such file");
    assertThatThrownBy(() -> SurveyJsonReader.of(Q, FRAME).read(none, acc()))
        .isInstanceOf(ParIndexException.class).hasMessageContaining("cannot be read: no such file");
  }

  @Test
  void failFastSaysHowManyRowsWereDeliveredBeforeTheStop() {
    assertThatThrownBy(() -> SurveyCsvReader.of(Q, FRAME).errorMode(ErrorMode.FAIL_FAST)
        .read(new StringReader(HEADER + "P,1,5,4,1,1\nP,1,5,4,1,1\nP,1,9,4,1,1\n"), "f.csv", acc()))
        .isInstanceOf(ParIndexException.class)
        .hasMessageContaining("bad row 3 (2 rows had been delivered to the sink before it)");
  }
}
