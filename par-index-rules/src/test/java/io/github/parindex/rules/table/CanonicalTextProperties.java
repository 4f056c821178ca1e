package io.github.parindex.rules.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.parindex.method.Band;
import io.github.parindex.method.BandsWithCases;
import io.github.parindex.method.CountBands;
import io.github.parindex.method.CountTimesPoints;
import io.github.parindex.method.Deadline;
import io.github.parindex.method.DeductionPerEvent;
import io.github.parindex.method.GradedLevels;
import io.github.parindex.method.Level;
import io.github.parindex.method.Methods;
import io.github.parindex.method.PercentBands;
import io.github.parindex.method.PointRanges;
import io.github.parindex.method.ProportionalThreshold;
import io.github.parindex.method.ScoringMethod;
import io.github.parindex.method.ScoringMethods;
import io.github.parindex.method.StepPoints;
import io.github.parindex.method.YesNo;
import io.github.parindex.model.Node;
import io.github.parindex.model.NodeRole;
import io.github.parindex.model.PointSource;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@code read(render(m)) == m}: a method of every registered kind, with random valid parameters, renders to a
 * canonical scoring text that the reader reads back to the very same method (on a row of the same maximum and
 * role), and a leaf with that method written as a table reads back to the same node.
 *
 * <p>What the generators keep to, because the reader reads such texts otherwise (on purpose): level and range
 * labels come from a vocabulary without the words that make yes/no ({@code Có}/{@code Không}), deadlines
 * ({@code đúng hạn}/{@code chậm}), count bands (numbers) or per-item rules ({@code mỗi}); the best level gives the
 * row's maximum on a scored row (a best level below the maximum is an error); a point-ranges method has at least one
 * case with a real range (with only single values it is graded levels); bands cover 0..100% with no gap.
 */
class CanonicalTextProperties {

  /** Labels that read as a plain case: no yes/no, deadline, count or per-item words. */
  static final List<String> LABELS = List.of("Tốt", "Khá", "Trung bình", "Yếu", "Kém", "Hoàn thành xuất sắc",
      "Hoàn thành tốt", "Thực hiện đầy đủ", "Thực hiện một phần", "Giải pháp cải tiến", "Mô hình mới", "Cấp tỉnh",
      "Cấp huyện");

  /** A generated method and the row it is meant for. */
  record Generated(ScoringMethod method, BigDecimal max, NodeRole role) {
    @Override
    public String toString() {
      return method + " on a " + role + " row of maximum " + max.toPlainString();
    }
  }

  /** Points in quarters, as decisions print them: 0,25 .. 0,75, 1, 1,5 ..., with the plain scale. */
  static BigDecimal q(int quarters) {
    BigDecimal v = BigDecimal.valueOf(25L * quarters, 2).stripTrailingZeros();
    return v.scale() < 0 ? v.setScale(0) : v;
  }

  /** {@code n} distinct sorted cuts in 1..99, some with one decimal ({@code 82.5}). */
  static List<BigDecimal> cuts(Random r, int n) {
    TreeSet<BigDecimal> s = new TreeSet<>();
    while (s.size() < n) {
      int whole = 1 + r.nextInt(98);
      s.add(r.nextInt(4) == 0 ? BigDecimal.valueOf(whole * 10L + 5, 1) : BigDecimal.valueOf(whole));
    }
    return new ArrayList<>(s);
  }

  /** {@code n + 1} points rising from a low value to {@code max} (quarters): the points of n + 1 bands, lowest first. */
  static List<BigDecimal> rising(Random r, int n, int maxQ) {
    List<Integer> qs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      qs.add(r.nextInt(maxQ));
    }
    Collections.sort(qs);
    List<BigDecimal> out = new ArrayList<>();
    qs.forEach(x -> out.add(q(x)));
    out.add(q(maxQ));
    return out;
  }

  static List<String> labels(Random r, int n) {
    List<String> all = new ArrayList<>(LABELS);
    Collections.shuffle(all, r);
    return all.subList(0, n);
  }

  static PercentBands percentBands(Random r, int maxQ) {
    int n = 1 + r.nextInt(4);
    List<BigDecimal> cuts = cuts(r, n);
    boolean exactTop = r.nextBoolean();   // "100%: max" above "từ c% đến dưới 100%", else "từ c% trở lên: max"
    List<BigDecimal> pts = rising(r, exactTop ? n + 1 : n, maxQ);
    List<Band> bands = new ArrayList<>();
    bands.add(new Band(BigDecimal.ZERO, true, cuts.get(0), false, pts.get(0)));
    for (int i = 1; i < n; i++) {
      bands.add(new Band(cuts.get(i - 1), true, cuts.get(i), false, pts.get(i)));
    }
    if (exactTop) {
      bands.add(new Band(cuts.get(n - 1), true, Lexicon.HUNDRED, false, pts.get(n)));
      bands.add(new Band(Lexicon.HUNDRED, true, Lexicon.HUNDRED, true, pts.get(n + 1)));
    } else {
      bands.add(new Band(cuts.get(n - 1), true, Lexicon.HUNDRED, true, pts.get(n)));
    }
    if (r.nextBoolean()) {
      Collections.reverse(bands);   // decisions write the best band first
    }
    return new PercentBands(bands);
  }

  static CountBands countBands(Random r, int maxQ) {
    int n = 1 + r.nextInt(3);
    TreeSet<Integer> s = new TreeSet<>();
    while (s.size() < n) {
      s.add(1 + r.nextInt(200));
    }
    List<Integer> cuts = new ArrayList<>(s);
    List<BigDecimal> pts = rising(r, n, maxQ);
    List<CountBands.CountBand> bands = new ArrayList<>();
    bands.add(new CountBands.CountBand(BigDecimal.ZERO, true, Optional.of(BigDecimal.valueOf(cuts.get(0))), false,
        pts.get(0)));
    for (int i = 1; i < n; i++) {
      bands.add(new CountBands.CountBand(BigDecimal.valueOf(cuts.get(i - 1)), true,
          Optional.of(BigDecimal.valueOf(cuts.get(i))), false, pts.get(i)));
    }
    bands.add(new CountBands.CountBand(BigDecimal.valueOf(cuts.get(n - 1)), true, Optional.empty(), false,
        pts.get(n)));
    if (r.nextBoolean()) {
      Collections.reverse(bands);
    }
    return new CountBands(bands);
  }

  /**
   * A rule of steps: a percentage threshold (maybe with a decimal) or a whole count, steps up or down, the base side
   * or another figure on the far side, a ceiling at the maximum on a scored row (any above the base on a bonus row),
   * and each way a part of a step may count.
   */
  static Generated stepPoints(Random r, int m) {
    boolean percent = r.nextBoolean();
    NodeRole role = r.nextBoolean() ? NodeRole.SCORED : NodeRole.BONUS;
    int base = r.nextInt(m);
    int cap = role == NodeRole.SCORED ? m : base + 1 + r.nextInt(m - base);
    BigDecimal threshold = percent ? cuts(r, 1).get(0) : BigDecimal.valueOf(1 + r.nextInt(50_000));
    BigDecimal step = percent ? q(1 + r.nextInt(20)) : BigDecimal.valueOf(1 + r.nextInt(2_000));
    BigDecimal other = r.nextBoolean() ? q(base) : q(r.nextInt(base + 1));
    StepPoints.PartStep part = StepPoints.PartStep.values()[r.nextInt(3)];
    return new Generated(new StepPoints(percent ? StepPoints.Measure.PERCENT : StepPoints.Measure.COUNT, threshold,
        q(base), other, r.nextBoolean() ? StepPoints.Direction.UP : StepPoints.Direction.DOWN, step,
        q(1 + r.nextInt(4)), q(cap), part), q(m), role);
  }

  /** One generator per built-in kind: a method with valid random parameters, on a row it fits. */
  static final Map<String, BiFunction<Random, Integer, Generated>> KINDS = new TreeMap<>(Map.ofEntries(
      Map.entry("direct-points", (r, m) -> new Generated(Methods.directPoints(), q(m), NodeRole.SCORED)),
      Map.entry("percent-bands", (r, m) -> new Generated(percentBands(r, m), q(m), NodeRole.SCORED)),
      Map.entry("proportional", (r, m) -> new Generated(Methods.proportional(), q(m), NodeRole.SCORED)),
      Map.entry("survey-share", (r, m) -> new Generated(Methods.surveyShare(), q(m), NodeRole.SCORED)),
      Map.entry("proportional-threshold", (r, m) -> new Generated(
          new ProportionalThreshold(cuts(r, 1).get(0)), q(m), NodeRole.SCORED)),
      Map.entry("yes-no", (r, m) -> {
        NodeRole role = r.nextInt(3) == 0 ? NodeRole.PENALTY : NodeRole.SCORED;
        return new Generated(new YesNo(q(m), role == NodeRole.PENALTY ? BigDecimal.ZERO : q(r.nextInt(m))), q(m),
            role);
      }),
      Map.entry("deadline", (r, m) -> {
        int late = r.nextInt(m + 1);
        return new Generated(new Deadline(q(m), q(late), q(r.nextInt(late + 1))), q(m), NodeRole.SCORED);
      }),
      Map.entry("graded-levels", (r, m) -> {
        int n = 2 + r.nextInt(4);
        List<BigDecimal> pts = rising(r, n - 1, m);
        Collections.reverse(pts);   // best first, as the reader sorts them
        List<String> names = labels(r, n);
        List<Level> levels = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          levels.add(new Level(names.get(i), pts.get(i)));
        }
        return new Generated(new GradedLevels(levels), q(m), NodeRole.SCORED);
      }),
      Map.entry("count-times-points", (r, m) -> {
        int each = 1 + r.nextInt(m);
        NodeRole role = List.of(NodeRole.SCORED, NodeRole.BONUS, NodeRole.PENALTY).get(r.nextInt(3));
        Optional<BigDecimal> cap = r.nextBoolean() ? Optional.of(q(each + r.nextInt(m - each + 1)))
            : Optional.empty();
        return new Generated(new CountTimesPoints(q(each), cap), q(m), role);
      }),
      Map.entry("deduction-per-event", (r, m) -> new Generated(
          new DeductionPerEvent(q(1 + r.nextInt(m)), q(r.nextInt(m))), q(m), NodeRole.SCORED)),
      Map.entry("point-ranges", (r, m) -> {
        int n = 1 + r.nextInt(3);
        List<String> names = labels(r, n);
        List<PointRanges.Range> ranges = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          int lo = r.nextInt(m);
          int hi = i == 0 ? m : lo + r.nextInt(m - lo + 1);   // the first is a real range up to the maximum
          ranges.add(new PointRanges.Range(names.get(i), q(lo), q(hi)));
        }
        return new Generated(new PointRanges(ranges), q(m), r.nextBoolean() ? NodeRole.SCORED : NodeRole.BONUS);
      }),
      Map.entry("count-bands", (r, m) -> new Generated(countBands(r, m), q(m), NodeRole.SCORED)),
      Map.entry("step-points", CanonicalTextProperties::stepPoints),
      Map.entry("bands-with-cases", (r, m) -> new Generated(new BandsWithCases(
          r.nextBoolean() ? percentBands(r, m) : countBands(r, m),
          List.of(new Level(r.nextBoolean() ? "Không thực hiện" : "Không tổ chức", BigDecimal.ZERO))), q(m),
          NodeRole.SCORED))));

  @Provide
  Arbitrary<Generated> methods() {
    return Arbitraries.of(List.copyOf(KINDS.keySet())).flatMap(kind -> Arbitraries.integers().between(2, 40)
        .flatMap(maxQ -> Arbitraries.longs().map(seed -> KINDS.get(kind).apply(new Random(seed), maxQ))));
  }

  @Example
  void thereIsAGeneratorForEveryRegisteredKind() {
    assertThat(KINDS.keySet()).isEqualTo(ScoringMethods.standard().names());
  }

  @Property(tries = 600)
  void everyGeneratedMethodIsValid(@ForAll("methods") Generated g) {
    assertThat(g.method().definitionProblems(g.max())).as("%s", g).isEmpty();
  }

  @Property(tries = 1000)
  void everyBuiltInMethodReadsBackFromItsCanonicalText(@ForAll("methods") Generated g) {
    Optional<String> text = ScoringTextParser.canonicalText(g.method(), g.max(), g.role());
    if (g.method().kind().equals("direct-points")) {
      assertThat(text).as("direct points have no scoring text (the method column says direct)").isEmpty();
      return;
    }
    assertThat(text).as("%s has a canonical text", g).isPresent();
    ScoringTextReading r = ScoringTextParser.read(text.get(), g.max(), g.role(), "");
    assertThat(r.problems()).as(text.get()).isEmpty();
    assertThat(r.method()).as(text.get()).contains(g.method());
  }

  /** A leaf holding only the method (no scoring text of its own) is written as a table and read back equal. */
  @Property(tries = 300)
  void everyBuiltInMethodRoundTripsThroughATable(@ForAll("methods") Generated g) {
    Node leaf = Node.builder().code("1").name("Tiêu chí").maxPoints(g.max()).role(g.role())
        .source(PointSource.APPRAISAL).method(g.method()).build();
    String csv = RuleSetTable.write(List.of(leaf));
    assertThat(RuleSetTable.readNodes(new StringReader(csv), "written.csv")).as(csv).containsExactly(leaf);
  }
}
