package io.github.parindex.rules.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.parindex.method.Methods;
import io.github.parindex.method.Methods.Band;
import io.github.parindex.method.ScoringMethod;
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
    Methods.PercentBands expected;
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
        .isEqualTo(new Methods.YesNo(max, BigDecimal.ZERO));
    String deadline = "Ban hành đúng thời hạn: " + style.points(max) + sep + "Ban hành chậm: " + style.points(half)
        + sep + "Không ban hành: " + style.points(BigDecimal.ZERO);
    assertThat(ScoringTextParser.parse(style.finish(deadline), max)).as(deadline)
        .isEqualTo(new Methods.Deadline(max, half, BigDecimal.ZERO));
  }

  @Property(tries = 300)
  void anyTextEitherReadsToAConsistentMethodOrIsALocatedError(@ForAll("noise") String text) {
    BigDecimal max = new BigDecimal("2");
    try {
      ScoringMethod m = ScoringTextParser.parse(text, max);
      assertThat(m.definitionProblems(max)).isEmpty();
    } catch (ParIndexException e) {
      assertThat(e.problems()).isNotEmpty();
    }
  }

  @Property(tries = 200)
  void anyTableEitherReadsOrIsALocatedError(@ForAll("noise") String cell, @ForAll("noise") String other) {
    String csv = "code,name,max_points,source,scoring_text\n1,\"" + other.replace("\"", "\"\"") + "\",2,appraisal,\""
        + cell.replace("\"", "\"\"") + "\"\n" + cell + "\n";
    try {
      List<?> nodes = RuleSetTable.readNodes(new StringReader(csv), "noise.csv");
      assertThat(nodes).isNotEmpty();
    } catch (ParIndexException e) {
      assertThat(e.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.toString()).contains("noise.csv"));
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
