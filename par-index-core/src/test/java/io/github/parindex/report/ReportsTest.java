package io.github.parindex.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.parindex.engine.Engine;
import io.github.parindex.engine.Ranking;
import io.github.parindex.engine.Scorecard;
import io.github.parindex.model.RuleSet;
import io.github.parindex.scenario.Gains;
import io.github.parindex.scenario.Scenario;
import io.github.parindex.testing.Fixtures;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Reports of the fixture (5 of 10 = 50%, C; component 1 2/6 = 33.33%, component 2 3/4 = 75%). */
class ReportsTest {
  static final String HOSTILE = "<script>alert('x')</script> & \"Q\" | *b*";
  final RuleSet rs = Fixtures.ruleSet();
  final Scorecard card = Engine.score(rs, Fixtures.assessment());

  static Scorecard hostile() {
    return Engine.score(Fixtures.ruleSet(), Fixtures.assessment("H", HOSTILE, "60", false, "Khá", "1.5", "75"));
  }

  static int count(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  static void assertSelfContained(String html) {
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<svg").doesNotContain("<script")
        .doesNotContainIgnoringCase("http:").doesNotContainIgnoringCase("https:").doesNotContain("src=")
        .doesNotContain("href=").doesNotContain("url(").doesNotContain("@import").doesNotContain("<link")
        .doesNotContain("<img").doesNotContain("<iframe");
  }

  @Test
  void htmlScorecardIsSelfContainedWithOneBarPerComponent() {
    String html = Reports.html(card);
    assertSelfContained(html);
    assertThat(count(html, "<svg")).isEqualTo(1);
    assertThat(count(html, "<rect class=\"bar ")).isEqualTo(2);
    // bar widths: 760 px for 100%: 760 × 33.33 / 100 = 253.308 → 253.3, 760 × 0.75 = 570.0
    assertThat(html).contains("width=\"253.3\"").contains("width=\"570.0\"");
    assertThat(html).contains(">33.33%<").contains(">75.00%<").contains("50.00%").contains("Thể chế");
  }

  @Test
  void hostileNamesAreEscapedEverywhere() {
    Scorecard h = hostile();
    String html = Reports.html(h);
    assertSelfContained(html);
    assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Q&quot;");
    String page = HtmlPage.titled(HOSTILE).note(HOSTILE).scorecard(h)
        .gains(Gains.of(rs, Fixtures.assessment("H", HOSTILE, "60", false, "Khá", "1.5", "75")), 3)
        .diff(HOSTILE, Scenario.named("x").answer("1.1", io.github.parindex.method.Answer.percent("80"))
            .run(rs, Fixtures.assessment("H", HOSTILE, "60", false, "Khá", "1.5", "75")).diff())
        .ranking(Ranking.of(List.of(h, card), Ranking.Scope.ALL, Ranking.TieRule.SHARED)).render();
    assertSelfContained(page);
    String md = Reports.markdown(h);
    assertThat(md).contains("&lt;script&gt;").contains("\\| \\*b\\*").doesNotContain("<script>");
    String csv = Reports.csv(h);
    assertThat(csv).contains("\"<script>alert('x')</script> & \"\"Q\"\" | *b*\"");
  }

  @Test
  void markdownScorecardAndRanking() {
    String md = Reports.markdown(card);
    assertThat(md).contains("# Tỉnh Minh Họa — 2024").contains("- Index: 50.00%").contains("- Grade: C")
        .contains("| 1 | Thể chế | 2.00 | 6 | 33.33% |")
        .contains("| 2.2 | &nbsp;&nbsp;Mức độ hài lòng (SIPAS) | 1.50 | 2 | 75.00% |")
        .contains("| **Total** |  | **5.00** | **10** | **50.00%** |");
    Scorecard other = Engine.score(rs, Fixtures.assessment("Q", "Tỉnh Q", "100", true, "Tốt", "2", "75"));
    String rmd = Reports.markdown(Ranking.of(List.of(card, other), Ranking.Scope.ALL, Ranking.TieRule.SHARED));
    // Q: 2 + 1 + 3 + 2 + 1.5 = 9.5 → 95%, A, first
    assertThat(rmd).contains("| 1 | Tỉnh Q | 2024 | 9.50 | 10 | 95.00% | A |")
        .contains("| 2 | Tỉnh Minh Họa | 2024 | 5.00 | 10 | 50.00% | C |");
  }

  @Test
  void csvScorecardAndRanking() {
    String csv = Reports.csv(card);
    String[] lines = csv.split("\r\n");
    assertThat(lines).hasSize(1 + 7 + 1);   // header, 2 components + 5 leaves, total
    assertThat(lines[0]).isEqualTo(
        "unit_code,unit_name,year,code,name,kind,role,source,applicable,points,effective_maximum,maximum,index");
    assertThat(lines[1]).isEqualTo("P1,Tỉnh Minh Họa,2024,1,Thể chế,COMPONENT,SCORED,,true,2.00,6,6,33.33");
    assertThat(lines[8]).isEqualTo("P1,Tỉnh Minh Họa,2024,total,Tổng điểm,,,,true,5.00,10,10,50.00");
    Scorecard formula = Engine.score(rs, Fixtures.assessment("F", "=HYPERLINK(1)", "60", false, "Khá", "1.5", "75"));
    String r = Reports.csv(Ranking.of(List.of(card, formula), Ranking.Scope.ALL, Ranking.TieRule.SHARED));
    assertThat(r).startsWith("group,rank,tied,unit_code,unit_name,year,total,effective_maximum,index,grade\r\n")
        .contains("all,1,true,F,'=HYPERLINK(1),2024,5.00,10,50.00,C\r\n")
        .contains("all,1,true,P1,Tỉnh Minh Họa,2024,5.00,10,50.00,C\r\n");
  }

  @Test
  void rankingHtmlHasOneBarPerUnit() {
    Scorecard q = Engine.score(rs, Fixtures.assessment("Q", "Tỉnh Q", "100", true, "Tốt", "2", "75"));
    Scorecard r = Engine.score(rs, Fixtures.assessment("R", "Tỉnh R", "80", true, "Tốt", "2", "75"));
    String html = Reports.html(Ranking.of(List.of(card, q, r), Ranking.Scope.ALL, Ranking.TieRule.SHARED),
        "Xếp hạng 2024");
    assertSelfContained(html);
    assertThat(count(html, "<rect class=\"bar ")).isEqualTo(3);
    assertThat(html).contains("1. Tỉnh Q").contains("2. Tỉnh R").contains("3. Tỉnh Minh Họa");
  }
}
