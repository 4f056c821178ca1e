package io.github.parindex.sipas.io;

import static io.github.parindex.sipas.io.SurveyReadersTest.FRAME;
import static io.github.parindex.sipas.io.SurveyReadersTest.Q;
import static io.github.parindex.sipas.io.SurveyReadersTest.acc;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.parindex.model.Problem;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/**
 * The bounds of the survey readers ({@code docs/guide/limits.md}), each at the limit (read: the row is judged on
 * its content) and one past it (reading stops there, located, saying how many rows had been delivered).
 */
class SurveyReaderLimitsTest {
  static final String HEADER = "unit,S1,S2,J,X\n";

  static ReadReport csv(String text) {
    return SurveyCsvReader.of(Q, FRAME).read(new StringReader(text), "l.csv", acc());
  }

  static ReadReport json(String text) {
    return SurveyJsonReader.of(Q, FRAME).read(new StringReader(text), "l.json", acc());
  }

  @Test
  void boundsAreStatedExplicitly() {
    assertThat(ReaderFront.MAX_CELL_LENGTH).isEqualTo(1_000_000);
    assertThat(ReaderFront.LIMITS.getMaxStringLength()).isEqualTo(1_000_000);
    assertThat(ReaderFront.LIMITS.getMaxNameLength()).isEqualTo(1_000);
    assertThat(ReaderFront.LIMITS.getMaxNumberLength()).isEqualTo(1_000);
    assertThat(ReaderFront.LIMITS.getMaxNestingDepth()).isEqualTo(32);
  }

  @Test
  void csvCellAtAndPastTheLimit() {
    // at: a unit code of 1,000,000 characters is read and judged (unknown unit), the next row still counts
    ReadReport at = csv(HEADER + "P".repeat(1_000_000) + ",5,4,1,1\nP,5,4,1,1\n");
    assertThat(at.stopped()).isEmpty();
    assertThat(at.rowsRead()).isEqualTo(2);
    assertThat(at.rowsAccepted()).isEqualTo(1);
    assertThat(at.problems()).singleElement().extracting(Problem::message).asString()
        .endsWith("unknown unit (not in the survey frame)");
    // past: 1,000,001 characters in row 2 (line 3) stop the read; row 1 had been delivered
    ReadReport past = csv(HEADER + "P,5,4,1,1\n" + "P".repeat(1_000_001) + ",5,4,1,1\nP,5,4,1,1\n");
    assertThat(past.rowsAccepted()).isEqualTo(1);
    assertThat(past.stopped()).startsWith("beyond a limit of survey input at row 2 (line 3): ")
        .contains("1000000").endsWith("; 1 rows had been delivered to the sink before the stop");
    assertThat(past.problems()).singleElement().asString()
        .startsWith("l.csv: row 2 (line 3)")
        .contains("beyond a limit of survey input, reading stopped after 1 rows had been delivered");
  }

  @Test
  void jsonStringAtAndPastTheLimit() {
    ReadReport at = json("[{\"unit\": \"" + "P".repeat(1_000_000) + "\"}, {\"unit\": \"P\"}]");
    assertThat(at.stopped()).isEmpty();
    assertThat(at.rowsAccepted()).isEqualTo(1);
    assertThat(at.rowsRejected()).isEqualTo(1);
    ReadReport past = json("[{\"unit\": \"P\"},\n{\"unit\": \"" + "P".repeat(1_000_001) + "\"}, {\"unit\": \"P\"}]");
    assertThat(past.rowsAccepted()).isEqualTo(1);
    assertThat(past.stopped()).startsWith("beyond a limit of survey input at row 2 (line 2): ")
        .contains("1000000");
  }

  @Test
  void jsonKeyAtAndPastTheLimit() {
    // at: an unknown key of 1,000 characters rejects its respondent by name
    ReadReport at = json("[{\"unit\": \"P\", \"" + "k".repeat(1_000) + "\": 1}, {\"unit\": \"P\"}]");
    assertThat(at.stopped()).isEmpty();
    assertThat(at.rowsAccepted()).isEqualTo(1);
    assertThat(at.problems()).singleElement().extracting(Problem::message).asString()
        .contains("unknown key (a respondent has unit, field, group, weight, answers)");
    ReadReport past = json("[{\"unit\": \"P\"},\n{\"unit\": \"P\", \"" + "k".repeat(1_001) + "\": 1}]");
    assertThat(past.rowsAccepted()).isEqualTo(1);
    assertThat(past.stopped()).startsWith("beyond a limit of survey input at row 2 (line 2): ").contains("1000");
  }

  @Test
  void jsonNumberAtAndPastTheLimit() {
    // at: a weight of 1,000 digits is read and refused by the numeric gate (64 characters), row by row
    ReadReport at = json("[{\"unit\": \"P\", \"weight\": " + "1".repeat(1_000) + "}, {\"unit\": \"P\"}]");
    assertThat(at.stopped()).isEmpty();
    assertThat(at.rowsAccepted()).isEqualTo(1);
    assertThat(at.problems()).singleElement().extracting(Problem::message).asString()
        .endsWith("is 1000 characters long; the limit is 64");
    ReadReport past = json("[{\"unit\": \"P\"},\n{\"unit\": \"P\", \"weight\": " + "1".repeat(1_001) + "}]");
    assertThat(past.rowsAccepted()).isEqualTo(1);
    assertThat(past.stopped()).startsWith("beyond a limit of survey input at row 2 (line 2): ").contains("1000");
  }

  @Test
  void jsonNestingAtAndPastTheLimit() {
    // the respondent array is level 1 and its object level 2: an unknown key holding 30 nested arrays reaches 32
    ReadReport at = json("[{\"unit\": \"P\", \"extra\": " + "[".repeat(30) + "]".repeat(30) + "}, {\"unit\": \"P\"}]");
    assertThat(at.stopped()).isEmpty();
    assertThat(at.rowsAccepted()).isEqualTo(1);
    assertThat(at.rowsRejected()).isEqualTo(1);
    ReadReport past = json("[{\"unit\": \"P\"},\n{\"unit\": \"P\", \"extra\": " + "[".repeat(31) + "]".repeat(31)
        + "}]");
    assertThat(past.rowsAccepted()).isEqualTo(1);
    assertThat(past.stopped()).startsWith("beyond a limit of survey input at row 2 (line 2): ").contains("32");
  }
}
