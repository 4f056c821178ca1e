package io.github.parindex.rules.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.parindex.engine.Engine;
import io.github.parindex.engine.Explanation;
import io.github.parindex.engine.NodeScore;
import io.github.parindex.engine.RoundingStep;
import io.github.parindex.engine.Scorecard;
import io.github.parindex.internal.LibraryAccess;
import io.github.parindex.method.Answer;
import io.github.parindex.method.Fact;
import io.github.parindex.method.Methods;
import io.github.parindex.model.AdministrativeUnit;
import io.github.parindex.model.Appraisal;
import io.github.parindex.model.Assessment;
import io.github.parindex.model.GradeBand;
import io.github.parindex.model.GradeScale;
import io.github.parindex.model.LeafInput;
import io.github.parindex.model.LegalReference;
import io.github.parindex.model.Node;
import io.github.parindex.model.NodeKind;
import io.github.parindex.model.NodeRole;
import io.github.parindex.model.PointSource;
import io.github.parindex.model.Provenance;
import io.github.parindex.model.ProvenanceStatus;
import io.github.parindex.model.RoundingPolicy;
import io.github.parindex.model.RoundingStage;
import io.github.parindex.model.RuleSet;
import io.github.parindex.model.UnitLevel;
import io.github.parindex.model.YearRange;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * JSON -> object -> JSON is byte-identical, and object -> JSON -> object is equal, over generated scorecards: built
 * directly (every optional field on or off, decimals of any non-negative scale, any text) and scored by the engine
 * from generated rule sets and assessments.
 */
class ScorecardReportPropertiesTest {

  @Property(tries = 200)
  void directlyBuiltScorecardsRoundTrip(@ForAll("builtScorecards") Scorecard card) {
    assertRoundTrip(card);
  }

  @Property(tries = 150)
  void engineScorecardsRoundTrip(@ForAll("scoredScorecards") Scorecard card) {
    assertRoundTrip(card);
  }

  private static void assertRoundTrip(Scorecard card) {
    String json = ScorecardReport.of(card).toJson();
    ScorecardReport back = ScorecardReport.fromJson(json);
    assertThat(back.scorecard()).isEqualTo(card);
    assertThat(back.toJson()).isEqualTo(json);
    assertThat(json).doesNotContain("E+").doesNotContain("E-");
  }

  // ------------------------------------------------------------------ scorecards built directly

  @Provide
  Arbitrary<Scorecard> builtScorecards() {
    return Arbitraries.randomValue(ScorecardReportPropertiesTest::built);
  }

  private static final String[] TEXTS = {
    "", "Điểm thẩm định", "Sở Tài chính", "a \"quoted\" \\ text", "tab\tand\nnewline", "😀 emoji", "<b>&amp;</b>",
    "Khảo sát lãnh đạo, quản lý", "100%: 1 điểm; từ 80% đến dưới 100%: 0,5 điểm; dưới 80%: 0 điểm"
  };

  static String text(Random r) {
    return TEXTS[r.nextInt(TEXTS.length)] + (r.nextBoolean() ? "" : Integer.toString(r.nextInt(1000)));
  }

  static String nonBlank(Random r) {
    return "x" + text(r);
  }

  static BigDecimal decimal(Random r) {
    BigInteger unscaled = BigInteger.valueOf(r.nextInt(2_000_000) - 1_000_000);
    if (r.nextInt(10) == 0) {
      unscaled = unscaled.multiply(BigInteger.TEN.pow(25)).add(BigInteger.valueOf(r.nextInt(1000)));
    }
    return new BigDecimal(unscaled, r.nextInt(r.nextInt(10) == 0 ? 40 : 6));
  }

  static BigDecimal nonNegative(Random r) {
    return decimal(r).abs();
  }

  static <T> Optional<T> maybe(Random r, T value) {
    return r.nextBoolean() ? Optional.of(value) : Optional.empty();
  }

  static <E extends Enum<E>> E pick(Random r, E[] values) {
    return values[r.nextInt(values.length)];
  }

  static Scorecard built(Random r) {
    AdministrativeUnit unit = AdministrativeUnit.builder().code(nonBlank(r)).name(nonBlank(r))
        .level(pick(r, UnitLevel.values())).parentCode(maybe(r, text(r))).block(maybe(r, text(r)))
        .cluster(maybe(r, text(r))).validFrom(maybe(r, LocalDate.of(2020, 1, 1)))
        .validUntil(maybe(r, LocalDate.of(2025, 6, 30))).build();
    RoundingMode[] modes = {RoundingMode.HALF_UP, RoundingMode.DOWN, RoundingMode.HALF_EVEN, RoundingMode.UP};
    List<NodeScore> tops = new ArrayList<>();
    int n = 1 + r.nextInt(4);
    for (int i = 0; i < n; i++) {
      tops.add(node(r, Integer.toString(i + 1), NodeKind.COMPONENT));
    }
    return Scorecard.builder(LibraryAccess.KEY)
        .unit(unit)
        .ruleSetId(nonBlank(r))
        .ruleSetVersion(nonBlank(r))
        .year(2000 + r.nextInt(40))
        .rounding(RoundingPolicy.of(r.nextInt(5), modes[r.nextInt(4)], r.nextInt(5), modes[r.nextInt(4)],
            pick(r, RoundingStage.values())))
        .nodes(tops)
        .maximum(decimal(r))
        .effectiveMaximum(decimal(r))
        .totalPoints(decimal(r))
        .exactTotal(decimal(r))
        .index(decimal(r))
        .grade(maybe(r, new GradeBand(nonBlank(r), nonNegative(r), maybe(r, text(r)))))
        .arithmetic(texts(r))
        .roundingSteps(steps(r))
        .build();
  }

  static List<String> texts(Random r) {
    List<String> out = new ArrayList<>();
    int n = r.nextInt(3);
    for (int i = 0; i < n; i++) {
      out.add(text(r));
    }
    return out;
  }

  static List<RoundingStep> steps(Random r) {
    List<RoundingStep> out = new ArrayList<>();
    int n = r.nextInt(3);
    for (int i = 0; i < n; i++) {
      out.add(new RoundingStep(text(r), decimal(r), decimal(r), r.nextInt(10), pick(r, RoundingMode.values())));
    }
    return out;
  }

  static NodeScore node(Random r, String code, NodeKind kind) {
    boolean leaf = kind == NodeKind.SUB_CRITERION || r.nextInt(3) == 0;
    NodeScore.Builder b = NodeScore.builder(LibraryAccess.KEY).code(code).name(nonBlank(r)).kind(kind)
        .role(pick(r, NodeRole.values())).maximum(decimal(r)).effectiveMaximum(decimal(r)).applicable(r.nextBoolean())
        .selfAssessedPoints(maybe(r, decimal(r))).appraisedPoints(maybe(r, decimal(r)))
        .difference(maybe(r, decimal(r))).points(decimal(r)).exactPoints(decimal(r)).index(maybe(r, decimal(r)));
    if (leaf) {
      b.source(maybe(r, pick(r, PointSource.values())));
      if (r.nextInt(5) > 0) {
        b.explanation(explanation(r, code));
      }
    } else {
      NodeKind next = kind == NodeKind.COMPONENT ? NodeKind.CRITERION : NodeKind.SUB_CRITERION;
      int n = 1 + r.nextInt(3);
      for (int i = 0; i < n; i++) {
        b.addChildren(node(r, code + "." + (i + 1), next));
      }
    }
    return b.build();
  }

  static Explanation explanation(Random r, String code) {
    Explanation.Builder b = Explanation.builder(LibraryAccess.KEY).code(code).method(nonBlank(r)).rule(text(r))
        .scoringText(maybe(r, text(r))).basis(text(r)).appraisalReason(maybe(r, text(r))).matched(text(r))
        .arithmetic(texts(r)).rounding(steps(r))
        .provenance(new Provenance(pick(r, ProvenanceStatus.values()), text(r), maybe(r, text(r))));
    int facts = r.nextInt(3);
    for (int i = 0; i < facts; i++) {
      b.addInputs(Fact.of(text(r), text(r)));
    }
    if (r.nextBoolean()) {
      b.legalReference(new LegalReference(nonBlank(r), maybe(r, LocalDate.of(2022, 11, 10)), maybe(r, text(r)),
          maybe(r, "https://example.org/" + r.nextInt(100))));
    }
    return b.build();
  }

  // ------------------------------------------------------------------ scorecards from the engine

  @Provide
  Arbitrary<Scorecard> scoredScorecards() {
    return Arbitraries.randomValue(ScorecardReportPropertiesTest::scored);
  }

  static Scorecard scored(Random r) {
    List<Node> tops = new ArrayList<>();
    List<LeafInput> inputs = new ArrayList<>();
    // Maxima never have more decimals than points are rounded to (as in every published set): rounding at a leaf
    // then cannot lift valid points above the maximum.
    int pointsScale = r.nextInt(4);
    int n = 1 + r.nextInt(3);
    BigDecimal total = BigDecimal.ZERO;
    for (int i = 0; i < n; i++) {
      Node top = ruleNode(r, Integer.toString(i + 1), 0, inputs, pointsScale);
      tops.add(top);
      total = total.add(top.maxPoints());
    }
    RoundingMode[] modes = {RoundingMode.HALF_UP, RoundingMode.DOWN, RoundingMode.HALF_EVEN};
    RuleSet rs = RuleSet.builder().id("generated").version("v" + r.nextInt(5)).title("generated").issuer("test")
        .legalBasis(LegalReference.of("0/QĐ-TEST", LocalDate.of(2024, 1, 1)))
        .addAppliesTo(UnitLevel.DEPARTMENT).years(YearRange.of(2024, 2024)).maxTotal(total)
        .rounding(RoundingPolicy.of(pointsScale, modes[r.nextInt(3)], r.nextInt(4), modes[r.nextInt(3)],
            pick(r, RoundingStage.values())))
        .grades(GradeScale.of(GradeBand.of("A", "90", "từ 90% trở lên"), GradeBand.of("B", new BigDecimal("50"))))
        .provenance(Provenance.of(ProvenanceStatus.ILLUSTRATIVE, "generated for a property test"))
        .nodes(tops).build();
    Assessment a = Assessment.builder()
        .unit(AdministrativeUnit.builder().code("U" + r.nextInt(100)).name("Đơn vị").level(UnitLevel.DEPARTMENT)
            .block("Sở").build())
        .ruleSetId(rs.id()).year(2024).inputs(inputs).build();
    return Engine.score(rs, a);
  }

  /** A node whose maximum is the sum of its children's; leaves get direct points with a random input. */
  static Node ruleNode(Random r, String code, int depth, List<LeafInput> inputs, int pointsScale) {
    Node.Builder b = Node.builder().code(code).name("Tiêu chí " + code);
    if (depth == 2 || (depth > 0 && r.nextBoolean())) {
      int maxScale = r.nextInt(Math.min(3, pointsScale + 1));
      BigDecimal max = new BigDecimal(BigInteger.valueOf(1 + r.nextInt(200)), maxScale);
      BigDecimal points = new BigDecimal(BigInteger.valueOf(r.nextInt(1000)), r.nextInt(4));
      if (points.compareTo(max) > 0) {
        points = max.multiply(new BigDecimal("0.75"));
      }
      int kind = r.nextInt(5);
      if (kind == 4) {
        // a proportional leaf: maximum × rate, exact; 10 × 2/2 = 10 and 20 × 1/1 = 20 are the values that lost
        // their scale once (2E+1) and so did not read back equal
        long total = 1 + r.nextInt(4);
        long done = r.nextBoolean() ? total : r.nextInt((int) total + 1);
        BigDecimal tens = BigDecimal.TEN.multiply(BigDecimal.valueOf(1 + r.nextInt(3)));
        b.maxPoints(r.nextBoolean() ? tens : max).source(PointSource.APPRAISAL).method(Methods.proportional());
        inputs.add(LeafInput.builder().code(code).selfAssessed(Answer.rate(done, total)).build());
        return b.build();
      }
      b.maxPoints(max).source(PointSource.APPRAISAL).method(Methods.directPoints());
      LeafInput.Builder in = LeafInput.builder().code(code).selfAssessed(Answer.points(points));
      if (kind == 1) {
        in.appraisal(Appraisal.ofPoints(points.divide(BigDecimal.valueOf(2)), "Thiếu tài liệu kiểm chứng"));
      } else if (kind == 2 && depth > 0 && !inputs.isEmpty()) { // the first leaf always applies
        in = LeafInput.builder().code(code).notApplicable(true).notApplicableReason("Không phát sinh");
      }
      inputs.add(in.build());
      return b.build();
    }
    List<Node> children = new ArrayList<>();
    BigDecimal max = BigDecimal.ZERO;
    int n = 1 + r.nextInt(3);
    for (int i = 0; i < n; i++) {
      Node c = ruleNode(r, code + "." + (i + 1), depth + 1, inputs, pointsScale);
      children.add(c);
      max = max.add(c.maxPoints());
    }
    return b.maxPoints(max).children(children).build();
  }
}
