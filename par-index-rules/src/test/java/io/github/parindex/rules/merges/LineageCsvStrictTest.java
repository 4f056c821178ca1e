package io.github.parindex.rules.merges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.parindex.lineage.UnitLineage;
import io.github.parindex.model.ParIndexException;
import io.github.parindex.rules.GeneratedRows;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The lineage CSV read strictly: every problem located, no UncheckedIOException, nothing ignored. */
class LineageCsvStrictTest {
  static final String HEADER = String.join(",", LineageCsv.COLUMNS) + "\n";
  static final String MERGE = "e1,MERGE,2025-07-01,a,A,c,C,CONFIRMED,1/NQ,,\ne1,MERGE,2025-07-01,b,B,c,C,CONFIRMED,1/NQ,,\n";

  @Test
  void aGoodFileWithAByteOrderMarkIsRead() {
    UnitLineage l = LineageCsv.read(new StringReader("\uFEFF" + HEADER + MERGE), "bom.csv");
    assertThat(l.successorsAt("a", LocalDate.of(2025, 7, 1))).containsExactly("c");
  }

  @Test
  void anUnknownColumnIsAnError() {
    assertThatThrownBy(() -> LineageCsv.read(new StringReader(HEADER.strip() + ",note\n" + MERGE), "u.csv"))
        .isInstanceOf(ParIndexException.class)
        .hasMessageContaining("u.csv: row 0 (line 1), column note: unknown column \"note\"");
  }

  @Test
  void extraOrMissingCellsAreLocated() {
    String csv = HEADER + "e1,MERGE,2025-07-01,a,A,c,C,CONFIRMED,1/NQ,,,extra\n"
        + "e1,MERGE,2025-07-01,b,B,c,C,CONFIRMED,1/NQ\n";
    assertThatThrownBy(() -> LineageCsv.read(new StringReader(csv), "x.csv"))
        .isInstanceOf(ParIndexException.class)
        .hasMessageContaining("x.csv: row 1 (line 2): row has 12 values, the header has 11")
        .hasMessageContaining("x.csv: row 2 (line 3): row has 9 values, the header has 11");
  }

  @Test
  void theBoundsAreTheDocumentedOnes() {
    assertThat(LineageCsv.MAX_CELL_LENGTH).isEqualTo(10_000);
    assertThat(LineageCsv.MAX_ROWS).isEqualTo(1_000_000);
  }

  @Test
  void aCellOfExactlyTheLimitIsRead() {
    String name = "A".repeat(10_000);
    UnitLineage l = LineageCsv.read(new StringReader(HEADER + "e1,MERGE,2025-07-01,a," + name
        + ",c,C,CONFIRMED,1/NQ,,\ne1,MERGE,2025-07-01,b,B,c,C,CONFIRMED,1/NQ,,\n"), "at.csv");
    assertThat(l.successorsAt("a", LocalDate.of(2025, 7, 1))).containsExactly("c");
  }

  @Test
  void rowsAtTheLimitAreReadAndOneMoreIsALocatedError() {
    // the limit lowered to 2 through the overload that read(Reader, String) calls with MAX_ROWS
    UnitLineage two = LineageCsv.read(new StringReader(HEADER + MERGE), "two.csv", 2);
    assertThat(two.successorsAt("b", LocalDate.of(2025, 7, 1))).containsExactly("c");
    // header on line 1, rows on lines 2 and 3: the third row, on line 4, is one too many
    assertThatThrownBy(() -> LineageCsv.read(new StringReader(HEADER + MERGE
        + "e2,RENAME,2026-01-01,c,C,d,D,CONFIRMED,2/NQ,,\n"), "three.csv", 2))
        .isInstanceOf(ParIndexException.class)
        .hasMessageContaining("three.csv: row 3 (line 4): more than 2 rows; the limit is 2");
  }

  /**
   * The header, then {@code n} UNCHANGED rows of units {@code u1} to {@code un} (the last with a name of
   * {@code lastName}), generated while they are read: never held as one String.
   */
  static Reader unchangedRows(int n, String lastName) {
    return GeneratedRows.of(HEADER, n, i -> {
      String name = i == n ? lastName : "U";
      return ",UNCHANGED,,u" + i + "," + name + ",u" + i + "," + name + ",CONFIRMED,1/NQ,,\n";
    });
  }

  @Test
  @Timeout(20)
  void aMillionRowsAreReadAtTheRealLimit() {
    // LineageCsv.MAX_ROWS itself, not a lowered limit: rows 1 to 1,000,000 on lines 2 to 1,000,001
    UnitLineage l = LineageCsv.read(unchangedRows(1_000_000, "Last"), "million.csv");
    assertThat(l.names()).hasSize(1_000_000);
    assertThat(l.name("u1000000")).contains("Last");
    assertThat(l.events()).isEmpty();
  }

  @Test
  @Timeout(20)
  void oneRowPastAMillionIsALocatedErrorNamingTheLimit() {
    // the 1,000,001st row, on line 1,000,002 (the header is line 1), is one too many
    assertThatThrownBy(() -> LineageCsv.read(unchangedRows(1_000_001, "U"), "past.csv"))
        .isInstanceOf(ParIndexException.class)
        .hasMessageContaining("past.csv: row 1000001 (line 1000002): more than 1000000 rows; the limit is 1000000");
  }

  @Test
  void aCellOneCharacterPastTheLimitIsALocatedError() {
    // the name of 10,001 characters on line 2, after "e1,MERGE,2025-07-01,a," (22 characters)
    String name = "A".repeat(10_001);
    assertThatThrownBy(() -> LineageCsv.read(new StringReader(HEADER + "e1,MERGE,2025-07-01,a," + name
        + ",c,C,CONFIRMED,1/NQ,,\ne1,MERGE,2025-07-01,b,B,c,C,CONFIRMED,1/NQ,,\n"), "past.csv"))
        .isInstanceOf(ParIndexException.class)
        .hasMessageContaining("past.csv:2:")
        .hasMessageContaining("a cell is longer than 10000 characters; the limit is 10000 (reading stopped)");
  }

  @Test
  void aFiftyMegabyteCellIsLocatedNotReadIntoMemory() {
    String head = HEADER + "e1,MERGE,2025-07-01,a,";
    long size = 50L * 1024 * 1024;
    Reader huge = new Reader() {
      long pos;

      @Override
      public int read(char[] buf, int off, int len) {
        if (pos >= head.length() + size) {
          return -1;
        }
        int n = 0;
        while (n < len && pos < head.length() + size) {
          buf[off + n++] = pos < head.length() ? head.charAt((int) pos) : 'x';
          pos++;
        }
        return n;
      }

      @Override
      public void close() {}
    };
    assertThatThrownBy(() -> LineageCsv.read(huge, "huge.csv"))
        .isInstanceOf(ParIndexException.class)
        .hasMessageContaining("huge.csv:2:").hasMessageContaining("a cell is longer than 10000 characters");
  }

  @Test
  void aUnitMergedAndRenamedOnTheSameDayIsAnError() {
    String csv = HEADER + MERGE + "e2,RENAME,2025-07-01,a,A,d,D,CONFIRMED,1/NQ,,\n";
    assertThatThrownBy(() -> LineageCsv.read(new StringReader(csv), "d.csv"))
        .isInstanceOf(ParIndexException.class)
        .hasMessageContaining("d.csv: row 3 (line 4): unit a is a predecessor in events e1 and e2, both effective"
            + " 2025-07-01");
  }

  @Test
  void bytesThatAreNotUtf8AreALocatedProblem() {
    byte[] bytes = (HEADER + MERGE + "e2,RENAME,2026-01-01,c,\u00ff,d,D,CONFIRMED,1/NQ,,\n")
        .getBytes(StandardCharsets.ISO_8859_1);
    Reader strict = new InputStreamReader(new ByteArrayInputStream(bytes),
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT));
    assertThatThrownBy(() -> LineageCsv.read(strict, "enc.csv"))
        .isInstanceOf(ParIndexException.class)
        // the decoder fails while the first buffer is filled, before any row is read: no line to name
        .hasMessageContaining("enc.csv: cannot be read: not UTF-8 text");
  }

  @Test
  void commentLinesKeepLineNumbers() {
    String csv = "# a comment, with \"quotes\n" + HEADER + "# another\n" + "e1,MERGE,2025-13-01,a,A,c,C,CONFIRMED,1/NQ,,\n";
    assertThatThrownBy(() -> LineageCsv.read(new StringReader(csv), "c.csv"))
        .hasMessageContaining("c.csv: row 1 (line 4), column effective: \"2025-13-01\" is not a date");
  }
}
