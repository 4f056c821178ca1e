package io.github.parindex.rules.published;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.parindex.audit.PublishedRow;
import io.github.parindex.audit.PublishedTable;
import io.github.parindex.model.ParIndexException;
import io.github.parindex.model.Problem.Location;
import io.github.parindex.rules.GeneratedRows;
import java.io.Reader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class PublishedTableCsvTest {

  @Test
  void readsTitleSourcePartsAndFigures() {
    String csv = """
        # title: Bình Dương 2017, districts
        # source: provincial-sets.md 3.2
        unit,name,points:I,points:II,points,maximum,index,grade,rank
        TDM,Thành phố Thủ Dầu Một,51.75,32.83,84.58,100,84.58%,,1
        "TU", Thị xã Tân Uyên ,48.75,33.25,82.00,,82.00,B,2
        """;
    PublishedTable t = PublishedTableCsv.read(new StringReader(csv), "bd.csv");
    assertThat(t.title()).isEqualTo("Bình Dương 2017, districts");
    assertThat(t.source()).contains("provincial-sets.md 3.2");
    assertThat(t.rows()).hasSize(2);
    PublishedRow tdm = t.rows().get(0);
    assertThat(tdm.unit()).isEqualTo("TDM");
    assertThat(tdm.parts()).containsOnlyKeys("I", "II");
    assertThat(tdm.parts().get("I")).isEqualByComparingTo("51.75");
    assertThat(tdm.points().orElseThrow()).isEqualByComparingTo("84.58");
    assertThat(tdm.index().orElseThrow()).isEqualByComparingTo("84.58");
    assertThat(tdm.grade()).isEmpty();
    assertThat(tdm.rank().getAsInt()).isEqualTo(1);
    assertThat(tdm.location()).contains("bd.csv: row 1 (line 4)");
    PublishedRow tu = t.rows().get(1);
    assertThat(tu.name()).contains("Thị xã Tân Uyên");
    assertThat(tu.maximum()).isEmpty();
    assertThat(tu.grade()).contains("B");
    // the scale as written is kept
    assertThat(tu.points().orElseThrow().toPlainString()).isEqualTo("82.00");
  }

  @Test
  void reportsEveryBadCellWithRowAndColumn() {
    String csv = """
        unit,points,index,rank,colour
        A,"85,78",85.78,1,red
        B,8x.1,90,0,blue
        ,1,1,1,
        """;
    assertThatThrownBy(() -> PublishedTableCsv.read(new StringReader(csv), "bad.csv"))
        .isInstanceOf(ParIndexException.class)
        .hasMessageContaining("bad.csv: row 0 (line 1), column colour: unknown column \"colour\"")
        .hasMessageContaining("bad.csv: row 1 (line 2), column points: \"85,78\" uses a decimal comma; write it with a dot, e.g. 85.78")
        .hasMessageContaining("bad.csv: row 2 (line 3), column points: \"8x.1\" is not a decimal")
        .hasMessageContaining("bad.csv: row 2 (line 3), column rank: \"0\" is not a rank")
        .hasMessageContaining("bad.csv: row 3 (line 4), column unit: empty")
        .hasMessageContaining("5 problems")
        // the places are data, not only text: a system can point at the cell
        .satisfies(e -> assertThat(((ParIndexException) e).problems()).extracting(p -> p.location().orElseThrow())
            .containsExactly(Location.ofRow("bad.csv", 0, 1, "colour"), Location.ofRow("bad.csv", 1, 2, "points"),
                Location.ofRow("bad.csv", 2, 3, "points"), Location.ofRow("bad.csv", 2, 3, "rank"),
                Location.ofRow("bad.csv", 3, 4, "unit")));
  }

  @Test
  void titleAndSourceComeOnlyFromCommentsBeforeTheHeaderNotFromQuotedCells() {
    String csv = """
        # title: Real title
        unit,name,points
        A,"first line
        # title: not a title
        # source: not a source",70
        B,Bee,80
        # title: not a title either
        """;
    PublishedTable t = PublishedTableCsv.read(new StringReader(csv), "t.csv");
    assertThat(t.title()).isEqualTo("Real title");
    assertThat(t.source()).isEmpty();
    assertThat(t.rows()).extracting(PublishedRow::unit).containsExactly("A", "B");
    assertThat(t.rows().get(0).name()).contains("first line\n# title: not a title\n# source: not a source");
    // A starts on line 3 and its cell runs to line 5, so B is on line 6.
    assertThat(t.rows().get(0).location()).contains("t.csv: row 1 (line 3)");
    assertThat(t.rows().get(1).location()).contains("t.csv: row 2 (line 6)");
  }

  @Test
  void aCommentAfterTheHeaderDoesNotNameTheTable() {
    PublishedTable t = PublishedTableCsv.read(new StringReader("unit,points\n# title: late\nA,70\n"), "late.csv");
    assertThat(t.title()).isEqualTo("late.csv");
    assertThat(t.rows()).singleElement().satisfies(r -> assertThat(r.location()).contains("late.csv: row 1 (line 3)"));
  }

  @Test
  void aByteOrderMarkAndWindowsLineEndsAreRead() {
    PublishedTable t = PublishedTableCsv.read(
        new StringReader("\uFEFF# title: T\r\n\r\n# source: S\r\nunit,points\r\nA,70\r\n"), "w.csv");
    assertThat(t.title()).isEqualTo("T");
    assertThat(t.source()).contains("S");
    assertThat(t.rows()).singleElement().satisfies(r -> {
      assertThat(r.location()).contains("w.csv: row 1 (line 5)");
      assertThat(r.points().orElseThrow()).isEqualByComparingTo("70");
    });
  }

  /** Rows {@code U1,70}, {@code U2,70}, ... after a header, without end; fails the test if closed. */
  static Reader endless() {
    return new Reader() {
      private String pending = "unit,points\n";
      private int next = 1;

      @Override
      public int read(char[] buf, int off, int len) {
        if (pending.isEmpty()) {
          pending = "U" + next++ + ",70\n";
        }
        int n = Math.min(len, pending.length());
        pending.getChars(0, n, buf, off);
        pending = pending.substring(n);
        return n;
      }

      @Override
      public void close() {
        throw new AssertionError("the reader belongs to the caller");
      }
    };
  }

  @Test
  @Timeout(20)
  void theInputIsStreamedAndTheRowLimitIsALocatedError() {
    // Header on line 1, rows 1 to 3 on lines 2 to 4: the 4th row, on line 5, is one too many.
    assertThatThrownBy(() -> PublishedTableCsv.read(endless(), "endless.csv", 3))
        .isInstanceOf(ParIndexException.class)
        .hasMessageContaining("endless.csv: row 4 (line 5): more than 3 rows, the most a published table may have");
    PublishedTable three = PublishedTableCsv.read(new StringReader("unit,points\nA,1\nB,2\nC,3\n"), "3.csv", 3);
    assertThat(three.rows()).hasSize(3);
  }

  /** The header {@code unit,points}, then rows {@code U1,70} to {@code Un,70}, generated as read (no String). */
  static Reader rows(int n) {
    return GeneratedRows.of("unit,points\n", n, i -> "U" + i + ",70\n");
  }

  @Test
  @Timeout(20)
  void aMillionRowsAreReadAtTheRealLimit() {
    // PublishedTableCsv.MAX_ROWS itself, not a lowered limit: rows 1 to 1,000,000 on lines 2 to 1,000,001
    PublishedTable at = PublishedTableCsv.read(rows(1_000_000), "million.csv");
    assertThat(at.rows()).hasSize(1_000_000);
    assertThat(at.rows().get(999_999).unit()).isEqualTo("U1000000");
    assertThat(at.rows().get(999_999).location()).contains("million.csv: row 1000000 (line 1000001)");
  }

  @Test
  @Timeout(20)
  void oneRowPastAMillionIsALocatedErrorNamingTheLimit() {
    // the 1,000,001st row, on line 1,000,002 (the header is line 1), is one too many
    assertThatThrownBy(() -> PublishedTableCsv.read(rows(1_000_001), "past.csv"))
        .isInstanceOf(ParIndexException.class)
        .hasMessageContaining("past.csv: row 1000001 (line 1000002): more than 1000000 rows, the most a published"
            + " table may have");
  }

  @Test
  void anOverlongLineBeforeTheHeaderIsALocatedError() {
    String csv = "# title: T\n#" + "x".repeat(100_000) + "\nunit\nA\n";
    assertThatThrownBy(() -> PublishedTableCsv.read(new StringReader(csv), "long.csv"))
        .isInstanceOf(ParIndexException.class)
        .hasMessageContaining("long.csv:2:100001: a comment or header line longer than 100000 characters");
  }

  @Test
  void theBoundsAreTheDocumentedOnes() {
    assertThat(PublishedTableCsv.MAX_ROWS).isEqualTo(1_000_000);
    assertThat(CsvPrelude.MAX_PRELUDE_LINE).isEqualTo(100_000);
    assertThat(PublishedTableCsv.MAX_CELL_LENGTH).isEqualTo(100_000);
  }

  @Test
  void aLineBeforeTheHeaderOfExactlyTheLimitIsRead() {
    // "#" and 99,999 characters: a comment line of 100,000 characters (one more is the error above)
    String csv = "# title: T\n#" + "x".repeat(99_999) + "\nunit,points\nA,1\n";
    PublishedTable t = PublishedTableCsv.read(new StringReader(csv), "at.csv");
    assertThat(t.title()).isEqualTo("T");
    assertThat(t.rows()).hasSize(1);
  }

  @Test
  void aCellAtTheLimitIsReadAndOneCharacterMoreIsALocatedError() {
    PublishedTable at = PublishedTableCsv.read(new StringReader("unit,name,points\nA," + "n".repeat(100_000)
        + ",1\n"), "at.csv");
    assertThat(at.rows().get(0).name()).hasValueSatisfying(n -> assertThat(n).hasSize(100_000));
    // the header on line 1, row A on line 2, the long cell on line 3
    assertThatThrownBy(() -> PublishedTableCsv.read(new StringReader("unit,name,points\nA,a,1\nB,"
        + "n".repeat(100_001) + ",1\n"), "past.csv"))
        .isInstanceOf(ParIndexException.class)
        .hasMessageContaining("past.csv:3: not readable as CSV after 1 rows read: a cell is longer than 100000"
            + " characters, the most a cell may have");
  }

  @Test
  void onlyCommentsIsNoTable() {
    assertThatThrownBy(() -> PublishedTableCsv.read(new StringReader("# title: T\n\n# nothing else\n"), "c.csv"))
        .isInstanceOf(ParIndexException.class).hasMessageContaining("c.csv: no header line");
  }
}
