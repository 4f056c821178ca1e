package io.github.parindex.rules.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.parindex.method.Answer;
import io.github.parindex.method.Band;
import io.github.parindex.method.Deadline;
import io.github.parindex.method.Methods;
import io.github.parindex.method.PercentBands;
import io.github.parindex.method.ScoringMethod;
import io.github.parindex.method.YesNo;
import io.github.parindex.model.ParIndexException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The parser reads the same rule however it is spelled, and never fails other than with a located error. */
class ScoringTextProperties {

  /** How a number of points is written: decimal comma or point, "điểm", "đ" or " đ". */
  record Style(boolean comma, String unit, boolean nfd, String separator, String spaces) {
    String points(BigDecimal p) {
      String n = p.toPlainString();
      return (comma ? n.replace('.', ',') : n) + unit;
    }

    String finish(String text) {
      String t = text.replace(" ", spaces);
      return nfd ? Normalizer.normalize(t, Normalizer.Form.NFD) : t;
    }
  }

  @Provide
  Arbitrary<Style> styles() {
    return Combinators.combine(Arbitraries.of(true, false), Arbitraries.of(" điểm", "đ", " đ", " Điểm"),
        Arbitraries.of(true, false), Arbitraries.of("; ", ";", "\n", "\n- ", ". "), Arbitraries.of(" ", "  "))
        .as(Style::new);
  }

  @Provide
  Arbitrary<BigDecimal> quarters() {
    // 0.25 .. 5 in quarters, written with a scale of 2 or as plain as it comes
    return Arbitraries.integers().between(1, 20).map(q -> BigDecimal.valueOf(q * 25L, 2));
  }

  @Property(tries = 200)
  void threeBandsInAnySpelling(@ForAll("styles") Style style, @ForAll("quarters") BigDecimal max,
      @ForAll @IntRange(min = 1, max = 48) int lowHalf, @ForAll @IntRange(min = 1, max = 49) int gap,
      @ForAll @IntRange(min = 0, max = 2) int template) {
    int a = lowHalf;            // 1 .. 48
    int b = a + gap;            // a+1 .. 97
    BigDecimal mid = max.divide(BigDecimal.valueOf(2));
    String sep = style.separator();
    String p = style.points(max);
    String m = style.points(mid);
    String z = style.points(BigDecimal.ZERO);
    String text;
    PercentBands expected;
    switch (template) {
      case 0 -> {
        text = "Từ " + b + "% trở lên: " + p + sep + "Từ " + a + "% đến dưới " + b + "%: " + m + sep + "Dưới " + a
            + "%: " + z;
        expected = Methods.percentBands(Band.atLeast(b + "", max.toPlainString()),
            Band.between(a + "", b + "", mid.toPlainString()), Band.below(a + "", "0"));
      }
      case 1 -> {
        text = "Trên " + b + "%: " + p + sep + "Từ " + a + "% đến " + b + "%: " + m + sep + "Dưới " + a + "%: " + z;
        expected = Methods.percentBands(Band.of(b + "", false, "100", true, max.toPlainString()),
            Band.of(a + "", true, b + "", true, mid.toPlainString()), Band.below(a + "", "0"));
      }
      default -> {
        text = "Đạt 100%: " + p + sep + "Từ " + a + "% đến dưới 100%: " + m + sep + "Dưới " + a + "%: " + z;
        expected = Methods.percentBands(Band.exactly("100", max.toPlainString()),
            Band.between(a + "", "100", mid.toPlainString()), Band.below(a + "", "0"));
      }
    }
    assertThat(ScoringTextParser.parse(style.finish(text), max)).as(text).isEqualTo(expected);
  }

  @Property(tries = 100)
  void yesNoAndDeadlineInAnySpelling(@ForAll("styles") Style style, @ForAll("quarters") BigDecimal max) {
    BigDecimal half = max.divide(BigDecimal.valueOf(2));
    String sep = style.separator();
    String yesNo = "Có: " + style.points(max) + sep + "Không: " + style.points(BigDecimal.ZERO);
    assertThat(ScoringTextParser.parse(style.finish(yesNo), max)).as(yesNo)
        .isEqualTo(new YesNo(max, BigDecimal.ZERO));
    String deadline = "Ban hành đúng thời hạn: " + style.points(max) + sep + "Ban hành chậm: " + style.points(half)
        + sep + "Không ban hành: " + style.points(BigDecimal.ZERO);
    assertThat(ScoringTextParser.parse(style.finish(deadline), max)).as(deadline)
        .isEqualTo(new Deadline(max, half, BigDecimal.ZERO));
  }

  /**
   * Bands generated with their boundaries and points, written as a decision writes them: the text reads as
   * percentage bands, and the points at 0%, at 100% and on each side of each boundary are the generated ones.
   */
  @Property(tries = 200)
  void generatedBandsScoreTheirPointsAtEveryBoundary(@ForAll("styles") Style style,
      @ForAll("boundaries") List<Integer> cuts, @ForAll @IntRange(min = 0, max = 3) int extraQuarters) {
    // cuts c1 < c2 < ... < ck (1..99) make k + 1 bands: [0, c1), [c1, c2), ..., [ck, 100];
    // band i earns i quarter points: 0 below c1, k × 0.25 from ck on; the maximum is that or up to 0.75 more.
    int k = cuts.size();
    List<BigDecimal> points = new java.util.ArrayList<>();
    for (int i = 0; i <= k; i++) {
      points.add(BigDecimal.valueOf(25L * i, 2));
    }
    BigDecimal max = BigDecimal.valueOf(25L * (k + extraQuarters), 2);
    StringBuilder text = new StringBuilder("Từ " + cuts.get(k - 1) + "% trở lên: " + style.points(points.get(k)));
    for (int i = k - 1; i >= 1; i--) {
      text.append(style.separator()).append("Từ ").append(cuts.get(i - 1)).append("% đến dưới ").append(cuts.get(i))
          .append("%: ").append(style.points(points.get(i)));
    }
    text.append(style.separator()).append("Dưới ").append(cuts.get(0)).append("%: ").append(style.points(points.get(0)));
    ScoringMethod m = ScoringTextParser.parse(style.finish(text.toString()), max);

    assertThat(m.kind()).as(text.toString()).isEqualTo("percent-bands");
    assertThat(pointsAt(m, "0", max)).isEqualByComparingTo(points.get(0));
    assertThat(pointsAt(m, "100", max)).isEqualByComparingTo(points.get(k));
    for (int i = 0; i < k; i++) {
      int c = cuts.get(i);
      // just under the boundary: the band below it; on the boundary: the band it opens ("từ c%" includes c)
      assertThat(pointsAt(m, (c - 1) + ".99", max)).as("%s at %s.99%%", text, c - 1).isEqualByComparingTo(points.get(i));
      assertThat(pointsAt(m, c + "", max)).as("%s at %s%%", text, c).isEqualByComparingTo(points.get(i + 1));
    }
  }

  private static BigDecimal pointsAt(ScoringMethod m, String percent, BigDecimal max) {
    Answer a = Answer.percent(percent);
    assertThat(m.answerProblems(a, max)).isEmpty();
    return m.apply(a, max).points();
  }

  @Provide
  Arbitrary<List<Integer>> boundaries() {
    return Arbitraries.integers().between(1, 99).set().ofMinSize(1).ofMaxSize(5)
        .map(set -> set.stream().sorted().toList());
  }

  /**
   * Any text either reads to a method that is consistent and that scores within 0..max at 0%, 100% and at every
   * band boundary (for bands), and whose canonical text reads back to it; or it is the parser's error, which quotes
   * the text and gives a reason. Any other exception, a band that holds no percentage, or points outside the
   * maximum fail the property.
   */
  @Property(tries = 300)
  void anyTextEitherReadsToAConsistentMethodOrIsALocatedError(@ForAll("noise") String text) {
    BigDecimal max = new BigDecimal("2");
    ScoringMethod m;
    try {
      m = ScoringTextParser.parse(text, max);
    } catch (ParIndexException e) {
      String quoted = text.length() <= 80 ? text + "\"" : text.substring(0, 80) + "…\"";
      assertThat(e.getMessage()).startsWith("cannot read the scoring text \"" + quoted);
      assertThat(e.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.message()).isNotBlank()
          .matches("(?s).*(could not|cannot|empty|gives no points|only one case|given twice|reads as|names more than"
              + "|capped at|states a maximum|gap|overlap|outside|up and down|more than).*"));
      return;
    }
    assertThat(m.definitionProblems(max)).isEmpty();
    assertThat(m.kind()).isIn("percent-bands", "proportional", "yes-no", "graded-levels", "count-times-points",
        "deadline", "deduction-per-event", "survey-share", "point-ranges", "count-bands", "proportional-threshold",
        "bands-with-cases");
    if (m instanceof PercentBands pb) {
      List<String> at = new java.util.ArrayList<>(List.of("0", "100"));
      for (Band b : pb.bands()) {
        at.add(b.from().toPlainString());
        at.add(b.to().toPlainString());
      }
      for (String pct : at) {
        assertThat(pointsAt(m, pct, max)).as("%s at %s%%", text, pct).isBetween(BigDecimal.ZERO, max);
      }
    }
    ScoringTextParser.canonicalText(m, max).ifPresent(canonical ->
        assertThat(ScoringTextParser.parse(canonical, max)).as(canonical).isEqualTo(m));
  }

  /**
   * A one-row table around any scoring text reads exactly when the parser reads the text, to the same method, with
   * the row's code, name, maximum and source; when it does not, every problem names the file, the row and the
   * column.
   */
  @Property(tries = 200)
  void anyTableReadsLikeItsScoringTextOrIsALocatedError(@ForAll("noise") String cell, @ForAll("noise") String other) {
    String name = "Tiêu chí " + other.replace("\n", " ").strip();
    String csv = "code,name,max_points,source,scoring_text\n1,\"" + name.replace("\"", "\"\"") + "\",2,appraisal,\""
        + cell.replace("\"", "\"\"") + "\"\n";
    BigDecimal max = new BigDecimal("2");
    java.util.Optional<ScoringMethod> alone;
    try {
      alone = java.util.Optional.of(ScoringTextParser.parse(cell, max));
    } catch (ParIndexException e) {
      alone = java.util.Optional.empty();
    }
    try {
      List<io.github.parindex.model.Node> nodes = RuleSetTable.readNodes(new StringReader(csv), "noise.csv");
      assertThat(alone).as("the table read a text the parser rejects: %s", cell).isPresent();
      assertThat(nodes).hasSize(1);
      io.github.parindex.model.Node n = nodes.get(0);
      assertThat(n.code()).isEqualTo("1");
      assertThat(n.name()).isEqualTo(name.strip());
      assertThat(n.maxPoints()).isEqualByComparingTo(max);
      assertThat(n.source()).contains(io.github.parindex.model.PointSource.APPRAISAL);
      assertThat(n.method()).isEqualTo(alone);
    } catch (ParIndexException e) {
      assertThat(alone).as("the table rejected a text the parser reads: %s", cell).isEmpty();
      assertThat(e.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.toString())
          .startsWith("criterion 1: noise.csv row 2, column scoring_text: "));
    }
  }

  /** Strings made of the words, numbers and signs the decisions use, in any order. */
  @Provide
  Arbitrary<String> noise() {
    Arbitrary<String> token = Arbitraries.of("Có", "Không", "đạt", "chưa", "từ", "đến", "dưới", "trên", "trở lên",
        "trở xuống", "mỗi", "trừ", "được", "tối đa", "tối thiểu", "điểm", "đ", "điểm tối đa", "tỷ lệ", "SIPAS", "x",
        "/", "%", ":", ";", ",", ".", "(", ")", "-", "=", "\n", "\"", "0", "1", "0,5", "2", "80", "100", "100%",
        "80%", "0,25 điểm", "1 điểm", "đúng hạn", "chậm", "không thực hiện", "văn bản", "Thực hiện tốt", "1.2",
        "99999999999999999999", "3,", ",5");
    return token.list().ofMinSize(0).ofMaxSize(14).map(ts -> String.join(" ", ts));
  }
}
