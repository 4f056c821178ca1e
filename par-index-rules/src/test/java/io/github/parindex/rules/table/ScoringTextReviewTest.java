package io.github.parindex.rules.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review report of a small table of real scoring texts, in its three formats.
 *
 * <p>{@code review-table.csv} holds seven texts copied verbatim from the corpus (codes renumbered 1-7): 1, 2, 4,
 * 5, 6 and 7 from Quy định 11-QĐ/TU, Phụ lục 3 (entries I.2.1, II.1.2, II.2, IV.3.1, V.3, II.4.2 of
 * {@code scoring-text-corpus/qd11-tu-nq57-commune.json}), 3 from the Phú Thọ self-assessment table (entry 3.2 of
 * {@code phutho-tu-danh-gia-cchc-app.json}, with its typo "Mới"). Row 7's two case lists (chosen by another
 * criterion) cannot be read, so the row declares {@code direct} in the method column.
 *
 * <p>The golden file {@code review-golden.md} was written by hand from the texts, not copied from the output. Its
 * probes, worked from the texts:
 * <ul>
 *   <li>1: 30% or more 1, 25% to under 30% 0.5, under 25% 0.25, "Không thực hiện" 0; so 0% and 24.99% give 0.25,
 *       25% and 29.99% give 0.5, 30%, 99.99% and 100% give 1;</li>
 *   <li>2: 100% 10, 90-under 100 8, 80-under 90 6, 70-under 80 4, under 70 0: 69.99% → 0, 70% → 4, 79.99% → 4,
 *       80% → 6, 89.99% → 6, 90% → 8, 99.99% → 8, 100% → 10;</li>
 *   <li>3: 0.5 per rule issued, no ceiling printed, so the row maximum 2 is the ceiling: 0 → 0, 1 → 0.5, 4 → 2,
 *       5 → 2 (0, 1, cap, cap + 1 items);</li>
 *   <li>4: on time 8; late or none 0; the last sentence makes the criterion not applicable when no request
 *       arose;</li>
 *   <li>5 (bonus): a pioneering solution 6; an improvement 0 to 3 as the council decides, so 3.01 is in no case's
 *       range and is rejected;</li>
 *   <li>6 (penalty): 0.5 taken off when the report was not made, 0 otherwise.</li>
 * </ul>
 */
class ScoringTextReviewTest {

  static TableReading reading() throws IOException {
    try (InputStream in = ScoringTextReviewTest.class.getResourceAsStream("review-table.csv");
        Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return RuleSetTable.read(r, "review-table.csv", ReadMode.LENIENT);
    }
  }

  @Test
  void markdownMatchesTheHandWrittenGoldenFile() throws IOException {
    String golden;
    try (InputStream in = ScoringTextReviewTest.class.getResourceAsStream("review-golden.md")) {
      golden = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(ScoringTextReview.markdown(reading())).isEqualTo(golden);
  }

  @Test
  void markdownEscapesMarkupFromTheTable() {
    String csv = "code,name,max_points,source,scoring_text\n"
        + "1,\"<script>alert(1)</script> **x** | [a](http://e)\",1,appraisal,Có: 1 điểm; Không: 0 điểm\n";
    String md = ScoringTextReview.markdown(RuleSetTable.read(new StringReader(csv), "t.csv", ReadMode.LENIENT));
    assertThat(md).doesNotContain("<script>")
        .contains("## 1 &lt;script&gt;alert(1)&lt;/script&gt; \\*\\*x\\*\\* \\| \\[a\\](http://e)\n");
  }

  /**
   * Cells a spreadsheet would run as formulas (starting with {@code = + - @}) get an apostrophe; cells with a comma,
   * quote or line break are quoted with inner quotes doubled. Every line below was written by hand.
   */
  @Test
  void csvEscapesFormulaLeadingCellsAndQuotes() {
    String csv = "code,name,max_points,source,role,scoring_text\n"
        + "1,\"=HYPERLINK(\"\"http://e\"\")\",1,appraisal,,\"Có: 1 điểm; Không: 0 điểm\"\n"
        + "2,+1,1,appraisal,,\"- Có: 1 điểm\n- Không: 0 điểm\"\n"
        + "3,@SUM(A1),2,appraisal,penalty,\"Mỗi văn bản chậm trừ 0,5 điểm, tối đa trừ 1 điểm\"\n";
    List<String> lines = ScoringTextReview.csv(RuleSetTable.read(new StringReader(csv), "t.csv", ReadMode.LENIENT))
        .lines().toList();
    assertThat(lines).containsExactly(
        "row,code,name,max_points,role,scoring_text,reading,english,kind,probes,also_read,warnings",
        "2,1,\"'=HYPERLINK(\"\"http://e\"\")\",1,scored,Có: 1 điểm; Không: 0 điểm,Có: 1 điểm; Không: 0 điểm,"
            + "Yes: 1 point; No: 0 points,yes-no,Có (yes) → 1 điểm; Không (no) → 0 điểm,,",
        // the text keeps its line break inside the quoted cell
        "3,2,'+1,1,scored,\"'- Có: 1 điểm",
        "- Không: 0 điểm\",Có: 1 điểm; Không: 0 điểm,Yes: 1 point; No: 0 points,yes-no,"
            + "Có (yes) → 1 điểm; Không (no) → 0 điểm,,",
        // a penalty row: 0.5 taken off per late document, at most 1, so 0 → 0, 1 → 0.5, 2 → 1, 3 → 1
        "4,3,'@SUM(A1),2,penalty (points taken off),\"Mỗi văn bản chậm trừ 0,5 điểm, tối đa trừ 1 điểm\","
            + "\"Mỗi lần vi phạm trừ 0,5 điểm, tối đa trừ 1 điểm\",\"Each time: 0.5 points, at most 1 point\","
            + "count-times-points,\"0 lần (count 0) → 0 điểm; 1 lần (count 1) → 0,5 điểm; 2 lần (count 2) → 1 điểm;"
            + " 3 lần (count 3) → 1 điểm\",,");
  }

  @Test
  void csvJoinsTheWarningsOfARow() throws IOException {
    List<String> lines = ScoringTextReview.csv(reading()).lines().toList();
    // the header, 7 rows, and the line breaks kept inside the quoted texts: 3 + 4 + 0 + 2 + 1 + 0 + 8
    assertThat(lines).hasSize(1 + 7 + 18);
    assertThat(lines).filteredOn(l -> l.startsWith("4,3,")).singleElement().asString()
        .endsWith(",count-times-points,\"0 lần (count 0) → 0 điểm; 1 lần (count 1) → 0,5 điểm; 4 lần (count 4) → 2"
            + " điểm; 5 lần (count 5) → 2 điểm\",,\"review-table.csv row 4, column scoring_text: typo: \"\"Mới\"\" read"
            + " as \"\"Mỗi\"\"\"");
  }

  @Test
  void htmlEscapesTheTextsAndMarksWarningRows() throws IOException {
    String csv = "code,name,max_points,source,scoring_text\n"
        + "1,<script>alert(1)</script>,1,appraisal,\"Mới lần được 0,5 điểm, tối đa 1 điểm\"\n"
        + "2,<b onmouseover=x>b</b>,1,appraisal,Có: 1 điểm; Không: 0 điểm\n";
    String html = ScoringTextReview.html(RuleSetTable.read(new StringReader(csv), "t.csv", ReadMode.LENIENT));
    assertThat(html).doesNotContain("<script>").doesNotContain("<b ").contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .contains("&lt;b onmouseover=x&gt;b&lt;/b&gt;");
    assertThat(html.split("<tr class=\"leaf", -1).length - 1).isEqualTo(2);
    assertThat(html.split("<tr class=\"leaf warning\">", -1).length - 1).isEqualTo(1);
    assertThat(html).contains("<p id=\"summary\">2 leaf rows, 1 warning.");
  }

  /** Renders the page in headless Chromium, like the core report's browser test; skipped where it is absent. */
  @Test
  void chromiumRendersTheReviewTable(@TempDir Path dir) throws Exception {
    Path chromium = Path.of("/usr/bin/chromium");
    assumeTrue(Files.isExecutable(chromium),
        "/usr/bin/chromium is not installed: the headless browser test is skipped (apt-get install -y chromium)");
    Path page = dir.resolve("review.html");
    Files.writeString(page, ScoringTextReview.html(reading()), StandardCharsets.UTF_8);
    List<String> cmd = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--user-data-dir=" + Files.createTempDirectory(dir, "profile"), "--dump-dom",
        page.toUri().toString()));
    Path out = Files.createTempFile(dir, "chromium", ".out");
    Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    if (!p.waitFor(90, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("chromium did not finish within 90 s: " + cmd);
    }
    String dom = Files.readString(out, StandardCharsets.UTF_8);
    // the browser parsed the page into one table with a row per leaf and kept the texts
    assertThat(dom).contains("<table>").contains("<p id=\"summary\">7 leaf rows, 1 warning.");
    assertThat(dom.split("<tr class=\"leaf", -1).length - 1).isEqualTo(7);
    assertThat(dom.split("<tr class=\"leaf warning\">", -1).length - 1).isEqualTo(1);
    assertThat(dom).contains("79,99% → 4 điểm; 80% → 6 điểm").contains("4 lần (count 4) → 2 điểm")
        .contains("<td>percent-bands</td>").contains("Hội đồng chấm 3,01 điểm → bị từ chối (rejected)");
  }
}
