package io.github.parindex.rules.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.parindex.method.Band;
import io.github.parindex.method.Level;
import io.github.parindex.method.Methods;
import io.github.parindex.model.LegalReference;
import io.github.parindex.model.Node;
import io.github.parindex.model.NodeRole;
import io.github.parindex.model.ParIndexException;
import io.github.parindex.model.PointSource;
import io.github.parindex.model.Problem;
import io.github.parindex.model.Provenance;
import io.github.parindex.model.ProvenanceStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleSetTableTest {

  static List<Node> resource(String name) {
    try (InputStream in = RuleSetTableTest.class.getResourceAsStream(name);
        Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return RuleSetTable.readNodes(r, name);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<Node> read(String csv) {
    return RuleSetTable.readNodes(new StringReader(csv), "t.csv");
  }

  static ParIndexException failure(String csv) {
    return catchThrowableOfType(ParIndexException.class, () -> read(csv));
  }

  static List<String> messages(ParIndexException e) {
    return e.problems().stream().map(Problem::toString).toList();
  }

  @Nested
  class ExampleFiles {

    @Test
    void englishHeadersCommaSeparated() {
      List<Node> nodes = resource("example-table.csv");
      assertThat(nodes).extracting(Node::code).containsExactly("1", "2", "3");

      Node one = nodes.get(0);
      // 3.5 = 1.5 (1.1) + 1 (1.2) + 1 (1.3); 1.5 = 0.5 (1.1.1) + 1 (1.1.2)
      assertThat(one.maxPoints()).isEqualTo(new BigDecimal("3.5"));
      assertThat(one.gloss()).contains("Direction of administrative reform");
      assertThat(one.method()).isEmpty();
      assertThat(one.children()).extracting(Node::code).containsExactly("1.1", "1.2", "1.3");

      Node plan = one.children().get(0).children().get(0);
      assertThat(plan).isEqualTo(Node.builder().code("1.1.1").name("Ban hành kế hoạch CCHC năm")
          .gloss("Plan issued").maxPoints(new BigDecimal("0.5")).source(PointSource.APPRAISAL)
          .method(Methods.deadline("0.5", "0.25", "0"))
          .scoringText("Ban hành đúng thời hạn: 0,5 điểm; chậm: 0,25 điểm; không ban hành: 0 điểm")
          .legalReference(new LegalReference("876/QĐ-BNV", Optional.of(LocalDate.of(2022, 11, 10)),
              Optional.of("Phụ lục"), Optional.empty()))
          .provenance(Provenance.of(ProvenanceStatus.ILLUSTRATIVE, "points illustrative, phrasing of the decisions"))
          .build());

      Node completion = one.children().get(0).children().get(1);
      assertThat(completion.source()).contains(PointSource.APPRAISAL);
      assertThat(completion.method()).contains(Methods.percentBands(
          Band.exactly("100", "1"), Band.between("80", "100", "0.5"), Band.below("80", "0")));
      // The scoring text is kept verbatim, line breaks and all.
      assertThat(completion.scoringText()).contains("- Hoàn thành 100% kế hoạch: 1 điểm\n"
          + "- Từ 80% đến dưới 100% kế hoạch: 0,5 điểm\n- Dưới 80% kế hoạch: 0 điểm");

      Node inspection = one.children().get(1);
      assertThat(inspection.method()).contains(Methods.directPoints());
      assertThat(inspection.scoringText()).contains("Theo kết quả kiểm tra thực tế của Hội đồng");

      assertThat(one.children().get(2).method()).contains(Methods.countTimesPoints("0.25", "1"));

      Node sipas = nodes.get(1).children().get(0);
      assertThat(sipas.source()).contains(PointSource.CITIZENS_SURVEY);
      assertThat(sipas.method()).contains(Methods.surveyShare());
      assertThat(sipas.provenance()).contains(Provenance.of(ProvenanceStatus.INFERRED,
          "10 points as in the 2021 provincial index", "https://example.invalid/sipas"));

      Node bonus = nodes.get(2);
      assertThat(bonus.role()).isEqualTo(NodeRole.BONUS);
      // A blank role under a bonus row is a bonus too.
      assertThat(bonus.children().get(0).role()).isEqualTo(NodeRole.BONUS);
      assertThat(bonus.children().get(0).method()).contains(Methods.levels(Level.of("Hoàn thành xuất sắc", "1"),
          Level.of("Hoàn thành", "0.5"), Level.of("Không hoàn thành", "0")));
    }

    @Test
    void vietnameseHeadersSemicolonsAndByteOrderMark() {
      List<Node> nodes = resource("example-table-vi.csv");
      assertThat(nodes).hasSize(1);
      Node top = nodes.get(0);
      assertThat(top.name()).isEqualTo("Cải cách thủ tục hành chính");
      assertThat(top.children()).containsExactly(
          Node.builder().code("1.1").name("Công bố, công khai TTHC").maxPoints(new BigDecimal("1"))
              .source(PointSource.APPRAISAL)
              .method(Methods.percentBands(
                  Band.exactly("100", "1"), Band.between("80", "100", "0.5"), Band.below("80", "0")))
              .scoringText("100%: 1 điểm; từ 80% đến dưới 100%: 0,5 điểm; dưới 80%: 0 điểm")
              .legalReference(LegalReference.of("2071/QĐ-UBND", LocalDate.of(2018, 7, 27)).withClause("Phụ lục I"))
              .build(),
          Node.builder().code("1.2").name("Có tổ chức Bộ phận Một cửa").maxPoints(new BigDecimal("1"))
              .source(PointSource.APPRAISAL).method(Methods.yesNo("1", "0"))
              .scoringText("Có: 1 điểm; Không: 0 điểm").build());
    }

    @Test
    void theReadmeTableReads() {
      // The table of README.md, "A table to copy" (kept in step by hand).
      List<Node> nodes = read("code,name,gloss,max_points,source,role,scoring_text,method,legal_reference,legal_url,"
          + "provenance,provenance_note,provenance_source\n"
          + "1,Cải cách thủ tục hành chính,Procedures,3,,,,,,,,,\n"
          + "1.1,\"Công bố, công khai TTHC\",Procedures published,1,thẩm định,,\"100%: 1 điểm; từ 80% đến dưới 100%:"
          + " 0,5 điểm; dưới 80%: 0 điểm\",,\"876/QĐ-BNV (10/11/2022), Phụ lục\",,,,\n"
          + "1.2,Có Bộ phận Một cửa,One-stop desk,1,appraisal,,\"Có: 1 điểm; Không: 0 điểm\",,,,,,\n"
          + "1.3,Kiểm tra của Hội đồng,Council inspection,1,appraisal,,Theo kết quả kiểm tra thực tế,direct,,,INFERRED,"
          + "points given by the council,\n"
          + "2,Chỉ số hài lòng,Satisfaction,10,,,,,,,,,\n"
          + "2.1,Chỉ số SIPAS,SIPAS,10,SIPAS,,Chỉ số SIPAS / 100 x điểm tối đa,,,,,,\n");
      assertThat(nodes.get(0).children()).extracting(n -> n.method().orElseThrow()).containsExactly(
          Methods.percentBands(Band.exactly("100", "1"), Band.between("80", "100", "0.5"), Band.below("80", "0")),
          Methods.yesNo("1", "0"), Methods.directPoints());
      assertThat(nodes.get(0).children().get(2).provenance())
          .contains(Provenance.of(ProvenanceStatus.INFERRED, "points given by the council"));
      assertThat(nodes.get(1).children().get(0).method()).contains(Methods.surveyShare());
    }

    @Test
    void examplesRoundTrip() {
      for (String name : List.of("example-table.csv", "example-table-vi.csv")) {
        List<Node> nodes = resource(name);
        String csv = RuleSetTable.write(nodes);
        assertThat(read(csv)).as(name).isEqualTo(nodes);
        assertThat(RuleSetTable.write(read(csv))).as(name).isEqualTo(csv);
      }
    }

    @Test
    void readsAFile(@TempDir Path dir) throws IOException {
      Path file = dir.resolve("bo-chi-so.csv");
      Files.writeString(file, "code,name,max_points,source,scoring_text\n1,Một cửa,1,appraisal,x\n",
          StandardCharsets.UTF_8);
      ParIndexException e = catchThrowableOfType(ParIndexException.class, () -> RuleSetTable.readNodes(file));
      assertThat(e.getMessage()).contains(file.toString() + " row 2, column scoring_text");
    }
    @Test
    void aFileThatIsNotUtf8(@TempDir Path dir) throws IOException {
      Path file = dir.resolve("windows-1258.csv");
      // "Có" with 0xF3, the ISO-8859-1 / Windows-125x byte for "ó": not valid UTF-8.
      Files.write(file, new byte[] {'c', 'o', 'd', 'e', '\n', 'C', (byte) 0xF3, '\n'});
      ParIndexException e = catchThrowableOfType(ParIndexException.class, () -> RuleSetTable.readNodes(file));
      assertThat(e.getMessage()).contains("is not UTF-8 text").contains("CSV UTF-8");
    }
  }

  @Nested
  class Writing {

    @Test
    void writesEveryColumnAndLeavesTheMethodEmptyWhenTheTextReadsToIt() {
      List<Node> nodes = List.of(Node.builder().code("1").name("Một cửa").maxPoints(BigDecimal.ONE)
          .addChildren(Node.builder().code("1.1").name("Bộ phận Một cửa").maxPoints(BigDecimal.ONE)
              .source(PointSource.APPRAISAL).method(Methods.yesNo("1", "0"))
              .scoringText("Có: 1 điểm; Không: 0 điểm").build())
          .build());
      assertThat(RuleSetTable.write(nodes)).isEqualTo(
          "code,name,gloss,max_points,source,role,scoring_text,method,legal_reference,legal_url,provenance,"
              + "provenance_note,provenance_source\n"
              + "1,\"Một cửa\",,1,,scored,,,,,,,\n"
              + "1.1,\"Bộ phận Một cửa\",,1,appraisal,scored,\"Có: 1 điểm; Không: 0 điểm\",,,,,,\n");
    }

    @Test
    void aCellThatWouldRunAsAFormulaIsWrittenWithAnApostropheAndReadBackWithout() {
      Node leaf = Node.builder().code("1").name("=HYPERLINK(\"http://x.invalid\")").gloss("''+1")
          .maxPoints(BigDecimal.ONE).source(PointSource.APPRAISAL).method(Methods.directPoints())
          .scoringText("- Có: chấm theo thực tế").provenance(Provenance.of(ProvenanceStatus.ILLUSTRATIVE, "-5"))
          .build();
      String csv = RuleSetTable.write(List.of(leaf));
      // one apostrophe more in front of each cell that starts (after its apostrophes) with = + - @; quoted as
      // Jackson quotes any cell holding a character below the separator (space, apostrophe, quote)
      assertThat(csv.lines().skip(1)).containsExactly("1,\"'=HYPERLINK(\"\"http://x.invalid\"\")\",\"'''+1\",1,appraisal,"
          + "scored,\"'- Có: chấm theo thực tế\",direct,,,ILLUSTRATIVE,\"'-5\",");
      assertThat(read(csv)).containsExactly(leaf);
      // a table typed by hand: an apostrophe before a formula character is the writer's and is taken off; one
      // before anything else is the author's and is kept
      String header = "code,name,max_points,source,scoring_text,method\n";
      List<Node> typed = read(header + "1,'@Một cửa,1,appraisal,,direct\n2,'Một cửa',1,appraisal,,direct\n");
      assertThat(typed).extracting(Node::name).containsExactly("@Một cửa", "'Một cửa'");
      // a maximum written '-5 reads as -5 would: refused, a maximum is not negative
      assertThat(messages(failure(header + "1,Một cửa,'-5,appraisal,,direct\n"))).containsExactly(
          "criterion 1: t.csv row 2, column max_points: \"-5\" is not a number of points (write e.g. 1, 0,5 or 2.25)");
    }

    @Test
    void aMethodWithoutMatchingTextIsWrittenAsACanonicalPhrase() {
      Node leaf = Node.builder().code("1").name("Báo cáo").maxPoints(BigDecimal.ONE)
          .source(PointSource.APPRAISAL).method(Methods.deadline("1", "0.5", "0")).build();
      String csv = RuleSetTable.write(List.of(leaf));
      assertThat(csv).contains("\"Đúng hạn: 1 điểm; Chậm: 0,5 điểm; Không thực hiện: 0 điểm\"");
      assertThat(read(csv)).containsExactly(leaf);
    }

    @Test
    void aMethodThatCannotBeWrittenIsAnErrorNamingTheCode() {
      Node leaf = Node.builder().code("4.2").name("Mức độ").maxPoints(BigDecimal.ONE).source(PointSource.APPRAISAL)
          .method(Methods.levels(Level.of("Có", "1"), Level.of("Không", "0"))).build();
      assertThatThrownBy(() -> RuleSetTable.write(List.of(leaf)))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("criterion 4.2");
    }
  }

  @Nested
  class Problems {

    private static final String HEADER = "code,name,max_points,source,scoring_text,method\n";

    @Test
    void everyProblemAtOnceWithRowColumnAndCode() {
      String csv = HEADER
          + "1,Thể chế,3,,,\n"                                                    // row 2: 1 + 1.5 = 2.5, not 3
          + "1.1,Văn bản,1,appraisal,\"Có: 1 điểm; Không: 0 điểm\",\n"            // row 3: fine
          + "1.2,Kiểm tra,\"1,5\",appraisal,tùy Hội đồng quyết định,\n"           // row 4: unreadable text
          + "1.1,Trùng,1,appraisal,\"Có: 1 điểm; Không: 0 điểm\",\n"              // row 5: duplicate code
          + "2.1,Mồ côi,1,appraisal,\"Có: 1 điểm; Không: 0 điểm\",\n"             // row 6: parent 2 missing
          + "3,Không nguồn,abc,,,\n"                                              // row 7: bad number, no source
          + "4,Không cách tính,1,khảo sát ai đó,,\n";                            // row 8: unknown source, no text
      ParIndexException e = failure(csv);
      // Sorted by row; within a row, cell problems before tree problems.
      assertThat(messages(e)).containsExactly(
          "criterion 1: t.csv row 2, column max_points: the children's maxima add up to 2.5 (1.1: 1, 1.2: 1.5),"
              + " not to the maximum 3",
          "criterion 1.2: t.csv row 4, column scoring_text: could not read \"tùy Hội đồng quyết định\" (expected a"
              + " case and its points, such as \"Có: 1 điểm\", \"từ 80% đến dưới 100%: 0,5 điểm\" or \"Tốt: từ 4 đến"
              + " 5 điểm\"); to go on, write the scoring phrase or its kind (e.g. \"graded-levels\") in the method"
              + " column (the scoring text is then kept as the label), or \"direct\" if the points are given directly",
          "criterion 1.1: t.csv row 5, column code: the code 1.1 is already used in row 3",
          "criterion 2.1: t.csv row 6, column code: its parent 2 is not in the table",
          "criterion 3: t.csv row 7, column max_points: \"abc\" is not a number of points (write e.g. 1, 0,5 or"
              + " 2.25)",
          "criterion 3: t.csv row 7, column source: a leaf needs a source (appraisal, leaders-survey,"
              + " citizens-survey or outcome-data)",
          "criterion 4: t.csv row 8, column source: unknown source \"khảo sát ai đó\"; write appraisal,"
              + " leaders-survey, citizens-survey or outcome-data (or thẩm định, khảo sát lãnh đạo, SIPAS, số liệu)",
          "criterion 4: t.csv row 8, column scoring_text: a leaf needs a scoring text, or \"direct\" in the method"
              + " column when its points are given directly");
      assertThat(e.getMessage()).startsWith("t.csv: the rule-set table has problems (8 problems)");
    }

    @Test
    void childrenThatDoNotAddUp() {
      String csv = HEADER
          + "1,Thể chế,3,,,\n"
          + "1.1,Văn bản,1,appraisal,\"Có: 1 điểm; Không: 0 điểm\",\n"
          + "1.2,Kiểm tra,\"1,5\",appraisal,,direct\n";
      // 1 + 1.5 = 2.5, not 3
      assertThat(messages(failure(csv))).containsExactly("criterion 1: t.csv row 2, column max_points: the"
          + " children's maxima add up to 2.5 (1.1: 1, 1.2: 1.5), not to the maximum 3");
    }

    @Test
    void skippedLevelNamesTheNearestAncestor() {
      String csv = HEADER + "1,Thể chế,1,,,\n1.2.1,Văn bản,1,appraisal,,direct\n";
      assertThat(messages(failure(csv))).contains(
          "criterion 1.2.1: t.csv row 3, column code: its parent 1.2 is not in the table (1 is, in row 2)");
    }

    @Test
    void parentWithSourceOrMethod() {
      String csv = HEADER + "1,Thể chế,1,appraisal,,direct\n1.1,Văn bản,1,appraisal,,direct\n";
      assertThat(messages(failure(csv))).containsExactly(
          "criterion 1: t.csv row 2, column source: has children and so cannot have a source of its own",
          "criterion 1: t.csv row 2, column method: has children and so cannot have a method of its own");
    }

    @Test
    void headerProblems() {
      ParIndexException e = failure("mã,tên,điểm,nguồn điểm,code\n1,a,1,appraisal,1\n");
      assertThat(messages(e)).containsExactly(
          "t.csv row 1, column 3: unknown column \"điểm\"; the columns are code, name, gloss, max_points, source,"
              + " role, scoring_text, method, legal_reference, legal_url, provenance, provenance_note,"
              + " provenance_source",
          "t.csv row 1, column 5: \"code\" repeats column \"mã\"",
          "t.csv row 1: the required column \"max_points\" is missing");
    }

    @Test
    void malformedCsvNamesTheLine() {
      ParIndexException e = failure(HEADER + "1,Thể chế,1,appraisal,\"Có: 1 điểm; Không: 0 điểm,\n");
      assertThat(messages(e)).hasSize(1);
      // The quote opened in row 2 is never closed; the parser notices at the end of the text (line 3).
      assertThat(messages(e).get(0)).startsWith("t.csv row 2 (line 3, column ").contains("malformed CSV")
          .contains("Missing closing quote");
    }

    @Test
    void cellsBeyondTheHeader() {
      // A semicolon inside an unquoted scoring text in a semicolon-separated file spills into further cells.
      ParIndexException e = failure("code;name;max_points;source;scoring_text\n"
          + "1;Một cửa;1;appraisal;Có: 1 điểm; Không: 0 điểm\n");
      assertThat(messages(e)).contains("t.csv row 2, column 6: the cell \"Không: 0 điểm\" has no column header");
    }

    @Test
    void badRoleProvenanceAndLegalReference() {
      String csv = "code,name,max_points,source,method,role,provenance,provenance_note,legal_reference\n"
          + "1,a,1,appraisal,direct,thưởng lớn,SURE,x,\"876/QĐ-BNV (31/02/2022)\"\n"
          + "2,b,1,appraisal,direct,,,only a note,\n";
      assertThat(messages(failure(csv))).containsExactly(
          "criterion 1: t.csv row 2, column role: unknown role \"thưởng lớn\"; write scored, bonus or penalty",
          "criterion 1: t.csv row 2, column legal_reference: \"31/02/2022\" is not a date (day/month/year)",
          "criterion 1: t.csv row 2, column provenance: unknown provenance \"SURE\"; write CONFIRMED, INFERRED,"
              + " INCOMPLETE or ILLUSTRATIVE",
          "criterion 2: t.csv row 3, column provenance: a provenance note or source needs a provenance status");
    }

    @Test
    void aNoteWithoutAStatusColumn() {
      assertThat(messages(failure("code,name,max_points,source,method,provenance_note\n1,a,1,appraisal,direct,x\n")))
          .containsExactly("criterion 1: t.csv row 2, column provenance: a provenance note or source needs a"
              + " provenance status");
    }

    @Test
    void emptyTableAndHeaderOnly() {
      assertThat(messages(failure(""))).containsExactly("t.csv: the table is empty; it needs a header row");
      assertThat(messages(failure(HEADER))).containsExactly("t.csv: the table has a header but no rows");
    }

    @Test
    void blankRowsAreSkippedButCounted() {
      ParIndexException e = failure(HEADER + "1,a,1,appraisal,,direct\n,,,,,\n2,b,x,appraisal,,direct\n");
      assertThat(messages(e)).containsExactly("criterion 2: t.csv row 4, column max_points: \"x\" is not a number"
          + " of points (write e.g. 1, 0,5 or 2.25)");
    }
  
    @Test
    void aHostileScoringTextIsRejectedByLengthAtItsRowAndColumn() {
      String csv = HEADER + "1,Một cửa,1,appraisal,\"Có: 1 điểm; Không: 0 điểm\",\n"
          + "2,Dịch vụ công,1,appraisal," + "1".repeat(9_000) + ",\n"
          + "3,Thủ tục,1,appraisal," + "1".repeat(100_000) + ",\n";
      // Only a guard against a hang: neither text is read.
      ParIndexException e = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> failure(csv));
      assertThat(messages(e)).hasSize(2);
      // within the cell limit, beyond the scoring text's limit: the parser's error, at its row and column
      assertThat(messages(e).get(0)).startsWith("criterion 2: t.csv row 3, column scoring_text: the scoring text is"
          + " 9000 characters long, more than the limit of 2000 (it begins \"" + "1".repeat(80) + "…\")");
      // beyond the cell limit: the row is not read at all
      assertThat(messages(e).get(1)).isEqualTo("t.csv row 4, column scoring_text: the cell is 100000 characters"
          + " long, more than the limit of 10000 (RuleSetTable.MAX_CELL_LENGTH)");
    }

    @Test
    void aCellLongerThanTheLimitIsAnErrorAtItsRowAndColumn() {
      String csv = HEADER + "1,Một cửa,1,appraisal,\"Có: 1 điểm; Không: 0 điểm\",\n"
          + "2," + "x".repeat(10_001) + ",1,appraisal,,direct\n"
          + "3,Vừa đủ " + "y".repeat(10_000 - 7) + ",1,appraisal,,direct\n";
      ParIndexException e = failure(csv);
      // row 4's name is exactly 10,000 characters: within the limit
      assertThat(messages(e)).containsExactly("t.csv row 3, column name: the cell is 10001 characters long, more"
          + " than the limit of 10000 (RuleSetTable.MAX_CELL_LENGTH)");
    }

    @Test
    void moreRowsThanTheLimitIsAnErrorAtTheFirstRowBeyondIt() {
      StringBuilder csv = new StringBuilder(HEADER);
      for (int i = 1; i <= RuleSetTable.MAX_ROWS + 5; i++) {
        csv.append(i).append(",Tiêu chí ").append(i).append(",1,appraisal,,direct\n");
      }
      // header = row 1, data rows 2 .. 10,001 are read; row 10,002 is the first beyond the limit of 10,000
      assertThat(messages(failure(csv.toString()))).containsExactly("t.csv row 10002: the table has more than 10000"
          + " data rows (RuleSetTable.MAX_ROWS); the rows from here on were not read");
    }

    @Test
    void aTableLongerThanTheLimitIsNotReadToItsEnd() {
      Reader endless = new Reader() {
        private long given;

        @Override
        public int read(char[] buf, int off, int len) {
          java.util.Arrays.fill(buf, off, off + len, 'a');
          given += len;
          return len;
        }

        @Override
        public void close() {}
      };
      ParIndexException e = assertTimeoutPreemptively(Duration.ofSeconds(5),
          () -> catchThrowableOfType(ParIndexException.class, () -> RuleSetTable.readNodes(endless, "t.csv")));
      assertThat(messages(e)).containsExactly("t.csv: the table is longer than the limit of 5000000 characters"
          + " (RuleSetTable.MAX_TABLE_LENGTH); it was not read to its end");
    }
  }
}
