package io.github.parindex.rules.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.parindex.model.Node;
import io.github.parindex.model.NodeRole;
import io.github.parindex.model.ParIndexException;
import io.github.parindex.model.Problem;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bounds of rule-set tables at the limit (read) and one past it (a located error); the other halves are in
 * {@link RuleSetTableTest} (cells at and past {@link RuleSetTable#MAX_CELL_LENGTH}, rows and length past).
 */
class TableLimitsTest {
  static final String HEADER = "code,name,max_points,source,scoring_text,method\n";
  static final String ROW_END = ",1,appraisal,,direct\n";

  static List<Node> read(String csv) {
    return RuleSetTable.readNodes(new StringReader(csv), "t.csv");
  }

  @Test
  void theBoundsAreTheDocumentedOnes() {
    assertThat(RuleSetTable.MAX_ROWS).isEqualTo(10_000);
    assertThat(RuleSetTable.MAX_CELL_LENGTH).isEqualTo(10_000);
    assertThat(RuleSetTable.MAX_TABLE_LENGTH).isEqualTo(5_000_000);
    assertThat(ScoringTextParser.MAX_LENGTH).isEqualTo(2_000);
  }

  @Test
  void tenThousandRowsAreRead() {
    StringBuilder csv = new StringBuilder(HEADER);
    for (int i = 1; i <= 10_000; i++) {
      csv.append(i).append(",Tiêu chí ").append(i).append(ROW_END);
    }
    List<Node> nodes = read(csv.toString());
    assertThat(nodes).hasSize(10_000);
    assertThat(nodes.get(9_999).code()).isEqualTo("10000");
  }

  /** A valid table of exactly {@code length} characters: rows of 8,000-character names, the last one shorter. */
  static String tableOf(int length) {
    StringBuilder t = new StringBuilder(HEADER);
    for (int i = 1; ; i++) {
      String start = i + ",";
      int rest = length - t.length() - start.length() - ROW_END.length();
      if (rest <= 9_000) {
        return t.append(start).append("x".repeat(rest)).append(ROW_END).toString();
      }
      t.append(start).append("x".repeat(8_000)).append(ROW_END);
    }
  }

  @Test
  void aTableOfFiveMillionCharactersIsReadAndOneCharacterMoreIsNot() {
    String at = tableOf(5_000_000);
    assertThat(at).hasSize(5_000_000);
    // a 48-character header; rows 1-9 of 8,023 characters, 10-99 of 8,024, then 8,025: 622 full rows end at
    // 4,991,490, and row 623 ("623," + name + ",1,appraisal,,direct\n") fills the last 8,510 with a name of 8,485
    List<Node> nodes = read(at);
    assertThat(nodes).hasSize(623);
    assertThat(nodes.get(622).name()).hasSize(8_485);
    ParIndexException past = catchThrowableOfType(ParIndexException.class, () -> read(at + "\n"));
    assertThat(past.problems()).extracting(Problem::toString).containsExactly("t.csv: the table is longer than the"
        + " limit of 5000000 characters (RuleSetTable.MAX_TABLE_LENGTH); it was not read to its end");
  }

  @Test
  void aScoringTextOfTwoThousandCharactersIsReadAndOneMoreIsRefusedByLength() {
    // "Có: 1 điểm; Không: 0 điểm" is 25 characters; a source note in brackets pads it to 2,000 and is read as a note
    String words = "Có: 1 điểm; Không: 0 điểm";
    String at = words + " (" + "x".repeat(2_000 - words.length() - 3) + ")";
    assertThat(at).hasSize(2_000);
    ScoringTextReading r = ScoringTextParser.read(at, BigDecimal.ONE, NodeRole.SCORED, "t");
    assertThat(r.problems()).extracting(Problem::message).noneMatch(m -> m.contains("characters long"));
    String past = words + " (" + "x".repeat(2_001 - words.length() - 3) + ")";
    ScoringTextReading p = ScoringTextParser.read(past, BigDecimal.ONE, NodeRole.SCORED, "t");
    assertThat(p.method()).isEmpty();
    assertThat(p.problems()).singleElement().extracting(Problem::message).asString()
        .startsWith("the scoring text is 2001 characters long, more than the limit of 2000");
  }
}
