package io.github.parindex.rules.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.parindex.method.Band;
import io.github.parindex.method.CountBands;
import io.github.parindex.method.CountTimesPoints;
import io.github.parindex.method.Deadline;
import io.github.parindex.method.GradedLevels;
import io.github.parindex.method.Level;
import io.github.parindex.method.Methods;
import io.github.parindex.method.PercentBands;
import io.github.parindex.method.ScoringMethod;
import io.github.parindex.method.YesNo;
import io.github.parindex.model.NodeRole;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Case lists generated in the phrasings the reader supports, written as decisions write them (decimal comma or
 * point, leading zeros such as {@code 05 điểm}, list markers, cases on lines or after {@code ;}, the typos
 * {@code Mới} and {@code đểm}, a data-source note or a heading around the cases), read as the method the generator
 * built them from, with exactly one warning per typo and per note and no error.
 *
 * A proportional formula printed as a fraction over lines is generated too (laid out as printed, without markers or
 * notes), and single cases: on a scored row awarding the maximum with {@code được tính}, on a bonus row with
 * {@code tối thiểu 01}, {@code ít nhất 2} or a slash between alternatives in the wording.
 *
 * <p>The generator keeps to what the reader reads as such: level labels from a vocabulary without yes/no, deadline,
 * count or per-item words (see {@link CanonicalTextProperties#LABELS}); a typo {@code đểm} in one case only (one
 * warning per case that has it); leading zeros only on whole numbers below 10.
 */
class PhrasingProperties {

  /** How numbers, cases and notes are written. */
  record Style(boolean comma, boolean leadingZero, String bullet, String separator, boolean typoPoints,
      int note) {

    String num(BigDecimal v) {
      String n = v.toPlainString();
      if (leadingZero && n.matches("[1-9]")) {
        n = "0" + n;
      }
      return comma ? n.replace('.', ',') : n;
    }

    String points(BigDecimal v) {
      return num(v) + " điểm";
    }
  }

  @Provide
  Arbitrary<Style> styles() {
    return Combinators.combine(Arbitraries.of(true, false), Arbitraries.of(true, false), Arbitraries.of("", "- ", "+ "),
        Arbitraries.of("; ", "\n", ";\n"), Arbitraries.of(true, false), Arbitraries.integers().between(0, 2))
        .as(Style::new);
  }

  /**
   * A case list and the method it means; a {@code verbatim} list is a layout of lines of its own (a fraction printed
   * over lines), written without list markers, separators, notes or typos.
   */
  record Generated(List<String> cases, ScoringMethod method, BigDecimal max, NodeRole role, boolean typoEach,
      boolean verbatim) {
    Generated(List<String> cases, ScoringMethod method, BigDecimal max, NodeRole role, boolean typoEach) {
      this(cases, method, max, role, typoEach, false);
    }
  }

  private static final List<String> FRACTION_SIDES = List.of("Chất lượng công việc được giao",
      "Tiến độ công việc được giao", "Điểm");
  private static final List<String> FRACTION_COUNTS = List.of("Số lượng công việc hoàn thành đạt yêu cầu",
      "Số lượng công việc hoàn thành đạt tiến độ trở lên", "Số hồ sơ giải quyết đúng hạn");
  private static final List<String> SINGLE_CASES = List.of("Xã an toàn khu",
      "Có đường biên giới quốc gia trên đất liền", "Có di tích quốc gia đặc biệt hoặc có di sản được UNESCO công nhận");
  private static final List<String> BONUS_CASES = List.of(
      "Đăng ký bảo hộ cho tối thiểu %s nhãn hiệu tập thể", "Địa phương/UBND cấp xã có ít nhất %s sáng kiến được"
          + " công nhận", "Đề xuất nhiệm vụ được UBND tỉnh phê duyệt");

  static Generated generate(int shape, int maxQ, Random r, Style st) {
    BigDecimal max = CanonicalTextProperties.q(maxQ);
    List<String> cases = new ArrayList<>();
    switch (shape) {
      case 0 -> {
        // percentage bands, best first: "Từ b% trở lên", "Từ a% đến dưới b%", "Dưới a%"
        List<BigDecimal> cuts = CanonicalTextProperties.cuts(r, 2);
        List<BigDecimal> pts = CanonicalTextProperties.rising(r, 2, maxQ);
        BigDecimal a = cuts.get(0);
        BigDecimal b = cuts.get(1);
        cases.add("Từ " + st.num(b) + "% trở lên: " + st.points(pts.get(2)));
        cases.add("Từ " + st.num(a) + "% đến dưới " + st.num(b) + "%: " + st.points(pts.get(1)));
        cases.add("Dưới " + st.num(a) + "%: " + st.points(pts.get(0)));
        return new Generated(cases, new PercentBands(List.of(new Band(b, true, Lexicon.HUNDRED, true, pts.get(2)),
            new Band(a, true, b, false, pts.get(1)), new Band(BigDecimal.ZERO, true, a, false, pts.get(0)))), max,
            NodeRole.SCORED, false);
      }
      case 1 -> {
        int n = 2 + r.nextInt(3);
        List<BigDecimal> pts = new ArrayList<>(CanonicalTextProperties.rising(r, n - 1, maxQ));
        Collections.reverse(pts);   // best first
        List<String> labels = CanonicalTextProperties.labels(r, n);
        List<Level> levels = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          cases.add(labels.get(i) + ": " + st.points(pts.get(i)));
          levels.add(new Level(labels.get(i), pts.get(i)));
        }
        return new Generated(cases, new GradedLevels(levels), max, NodeRole.SCORED, false);
      }
      case 2 -> {
        int a = 1 + r.nextInt(90);
        int b = a + 1 + r.nextInt(90);
        List<BigDecimal> pts = CanonicalTextProperties.rising(r, 2, maxQ);
        cases.add("Đạt từ " + b + " trở lên: " + st.points(pts.get(2)));
        cases.add("Đạt từ " + a + " - dưới " + b + ": " + st.points(pts.get(1)));
        cases.add("Dưới " + a + ": " + st.points(pts.get(0)));
        return new Generated(cases, new CountBands(List.of(
            new CountBands.CountBand(BigDecimal.valueOf(b), true, Optional.empty(), false, pts.get(2)),
            new CountBands.CountBand(BigDecimal.valueOf(a), true, Optional.of(BigDecimal.valueOf(b)), false,
                pts.get(1)),
            new CountBands.CountBand(BigDecimal.ZERO, true, Optional.of(BigDecimal.valueOf(a)), false, pts.get(0)))),
            max, NodeRole.SCORED, false);
      }
      case 3 -> {
        BigDecimal no = CanonicalTextProperties.q(r.nextInt(maxQ));
        boolean words = r.nextBoolean();
        cases.add((words ? "Có thực hiện" : "Có") + ": " + st.points(max));
        cases.add((words ? "Không thực hiện" : "Không") + ": " + st.points(no));
        return new Generated(cases, new YesNo(max, no), max, NodeRole.SCORED, false);
      }
      case 4 -> {
        int lateQ = r.nextInt(maxQ + 1);
        BigDecimal late = CanonicalTextProperties.q(lateQ);
        BigDecimal none = CanonicalTextProperties.q(r.nextInt(lateQ + 1));
        cases.add("Ban hành đúng thời hạn: " + st.points(max));
        cases.add("Ban hành chậm: " + st.points(late));
        cases.add("Không ban hành: " + st.points(none));
        return new Generated(cases, new Deadline(max, late, none), max, NodeRole.SCORED, false);
      }
      case 6 -> {
        // a proportional formula printed as a fraction over lines: side, "=", numerator, factor, denominator
        String factor = "x 100% x " + (r.nextBoolean() ? st.points(max) : st.num(max));
        cases.add(FRACTION_SIDES.get(r.nextInt(FRACTION_SIDES.size())));
        cases.add("=");
        cases.add(FRACTION_COUNTS.get(r.nextInt(FRACTION_COUNTS.size())));
        boolean factorLast = r.nextBoolean();
        if (!factorLast) {
          cases.add(factor);
        }
        cases.add("Số lượng công việc được giao");
        if (factorLast) {
          cases.add(factor);
        }
        return new Generated(cases, Methods.proportional(), max, NodeRole.SCORED, false, true);
      }
      case 7 -> {
        // one case: on a scored row awarding the maximum ("được tính"), on a bonus row any points up to it
        if (r.nextBoolean()) {
          cases.add(SINGLE_CASES.get(r.nextInt(SINGLE_CASES.size())) + " được tính " + st.points(max));
          return new Generated(cases, new YesNo(max, BigDecimal.ZERO), max, NodeRole.SCORED, false);
        }
        BigDecimal p = CanonicalTextProperties.q(1 + r.nextInt(maxQ));
        String label = String.format(BONUS_CASES.get(r.nextInt(BONUS_CASES.size())),
            st.num(BigDecimal.valueOf(1 + r.nextInt(3))));
        cases.add(label + ": " + st.points(p));
        return new Generated(cases, new YesNo(p, BigDecimal.ZERO), max, NodeRole.BONUS, false);
      }
      default -> {
        // "Mỗi X: n điểm, tối đa m điểm", written "Mới" half the time (a typo real tables have)
        int each = 1 + r.nextInt(maxQ);
        BigDecimal e = CanonicalTextProperties.q(each);
        boolean typo = r.nextBoolean();
        cases.add((typo ? "Mới" : "Mỗi") + " sáng kiến được công nhận: " + st.points(e) + ", tối đa "
            + st.points(max));
        NodeRole role = r.nextBoolean() ? NodeRole.BONUS : NodeRole.SCORED;
        return new Generated(cases, new CountTimesPoints(e, Optional.of(max)), max, role, typo);
      }
    }
  }

  @Property(tries = 1000)
  void generatedCaseListsReadAsTheGeneratorsMethod(@ForAll("styles") Style st,
      @ForAll("shapes") int shape, @ForAll("maxima") int maxQ, @ForAll long seed) {
    Generated g = generate(shape, maxQ, new Random(seed), st);
    if (g.verbatim()) {
      String text = String.join("\n", g.cases());
      ScoringTextReading r = ScoringTextParser.read(text, g.max(), g.role(), "");
      assertThat(r.problems()).as(text).isEmpty();
      assertThat(r.method()).as(text).contains(g.method());
      return;
    }
    List<String> written = new ArrayList<>();
    int warnings = g.typoEach() ? 1 : 0;
    for (int i = 0; i < g.cases().size(); i++) {
      String c = g.cases().get(i);
      if (st.typoPoints() && i == g.cases().size() - 1) {
        c = c.replaceFirst(" điểm", " đểm");
        warnings++;
      }
      written.add(st.bullet() + c);
    }
    String text = String.join(st.separator(), written);
    if (st.note() == 1) {
      text = text + " (Nguồn: báo cáo tự đánh giá của đơn vị)";
      warnings++;
    } else if (st.note() == 2) {
      text = "a) Nhóm đơn vị cấp tỉnh:\n" + text;
      warnings++;
    }
    ScoringTextReading r = ScoringTextParser.read(text, g.max(), g.role(), "");
    assertThat(r.errors()).as(text).isEmpty();
    assertThat(r.method()).as(text).contains(g.method());
    assertThat(r.warnings()).as(text).hasSize(warnings);
  }

  @Provide
  Arbitrary<Integer> shapes() {
    return Arbitraries.integers().between(0, 7);
  }

  @Provide
  Arbitrary<Integer> maxima() {
    return Arbitraries.integers().between(2, 40);
  }
}
