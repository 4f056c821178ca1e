package io.github.parindex.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.parindex.method.Answer;
import io.github.parindex.method.Methods;
import io.github.parindex.model.AdministrativeUnit;
import io.github.parindex.model.Assessment;
import io.github.parindex.model.LeafInput;
import io.github.parindex.model.LegalReference;
import io.github.parindex.model.Node;
import io.github.parindex.model.NodeRole;
import io.github.parindex.model.ParIndexException;
import io.github.parindex.model.PointSource;
import io.github.parindex.model.Provenance;
import io.github.parindex.model.ProvenanceStatus;
import io.github.parindex.model.RoundingPolicy;
import io.github.parindex.model.RoundingStage;
import io.github.parindex.model.RuleSet;
import io.github.parindex.model.UnitLevel;
import io.github.parindex.model.YearRange;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rounding stages, penalties and ranking ties, with numbers worked out by hand. */
class EngineTest {

  static Node leaf(String code, String max, io.github.parindex.method.ScoringMethod m) {
    return Node.builder().code(code).name("Tiêu chí " + code).maxPoints(new BigDecimal(max))
        .source(PointSource.APPRAISAL).method(m).build();
  }

  static RuleSet.Builder base(String max) {
    return RuleSet.builder().id("t").title("t").issuer("test").legalBasis(LegalReference.of("test"))
        .addAppliesTo(UnitLevel.DEPARTMENT).years(YearRange.of(2024, 2024)).maxTotal(new BigDecimal(max))
        .rounding(RoundingPolicy.halfUp(2)).provenance(Provenance.of(ProvenanceStatus.ILLUSTRATIVE, "test"));
  }

  static Assessment.Builder assessment(String unit) {
    return Assessment.builder().unit(AdministrativeUnit.builder().code(unit).name("Đơn vị " + unit)
        .level(UnitLevel.DEPARTMENT).block("Sở").build()).ruleSetId("t").year(2024);
  }

  /**
   * Two components of two proportional leaves, each 1 × 1/3 = 0.3333…: LEAF rounds every leaf to 0.33, so each
   * component is 0.66 and the total 1.32; COMPONENT rounds each component 0.6666… to 0.67 and adds them: 1.34;
   * PUBLISHED_FIGURE rounds the exact total 1.3333… to 1.33.
   */
  @Test
  void theRoundingStageDecidesWhatAddsUp() {
    RuleSet rs = base("4")
        .addNodes(Node.builder().code("1").name("A").maxPoints(new BigDecimal("2"))
            .addChildren(leaf("1.1", "1", Methods.proportional()), leaf("1.2", "1", Methods.proportional())).build())
        .addNodes(Node.builder().code("2").name("B").maxPoints(new BigDecimal("2"))
            .addChildren(leaf("2.1", "1", Methods.proportional()), leaf("2.2", "1", Methods.proportional())).build())
        .build();
    Assessment a = assessment("X").addInputs(LeafInput.self("1.1", Answer.rate(1, 3)),
        LeafInput.self("1.2", Answer.rate(1, 3)), LeafInput.self("2.1", Answer.rate(1, 3)),
        LeafInput.self("2.2", Answer.rate(1, 3))).build();

    Scorecard leafStage = Engine.score(rs.withRounding(RoundingPolicy.halfUp(2).withStage(RoundingStage.LEAF)), a);
    assertThat(leafStage.node("1").orElseThrow().points()).isEqualByComparingTo("0.66");
    assertThat(leafStage.totalPoints()).isEqualByComparingTo("1.32");
    assertThat(leafStage.index()).isEqualByComparingTo("33.00"); // 1.32 / 4

    Scorecard componentStage = Engine.score(
        rs.withRounding(RoundingPolicy.halfUp(2).withStage(RoundingStage.COMPONENT)), a);
    assertThat(componentStage.node("1").orElseThrow().points()).isEqualByComparingTo("0.67");
    assertThat(componentStage.node("1.1").orElseThrow().points()).isEqualByComparingTo("0.33");
    assertThat(componentStage.totalPoints()).isEqualByComparingTo("1.34");
    assertThat(componentStage.index()).isEqualByComparingTo("33.50"); // 1.34 / 4

    Scorecard figureStage = Engine.score(rs, a);
    assertThat(figureStage.node("1").orElseThrow().points()).isEqualByComparingTo("0.67");
    assertThat(figureStage.totalPoints()).isEqualByComparingTo("1.33");
    assertThat(figureStage.index()).isEqualByComparingTo("33.25"); // 1.33 / 4
  }

  /** A penalty node (điểm trừ) of 0.5 per violation, capped at 2, subtracts from the total: 8 − 3 × 0.5 = 6.5. */
  @Test
  void penaltiesSubtractOutsideTheMaximum() {
    RuleSet rs = base("10")
        .addNodes(Node.builder().code("1").name("Kết quả").maxPoints(BigDecimal.TEN)
            .addChildren(leaf("1.1", "10", Methods.directPoints())).build())
        .addNodes(Node.builder().code("T").name("Điểm trừ").maxPoints(new BigDecimal("2")).role(NodeRole.PENALTY)
            .addChildren(Node.builder().code("T.1").name("Vi phạm kỷ luật, kỷ cương").maxPoints(new BigDecimal("2"))
                .role(NodeRole.PENALTY).source(PointSource.APPRAISAL).method(Methods.countTimesPoints("0.5"))
                .build()).build())
        .build();
    Scorecard card = Engine.score(rs, assessment("X")
        .addInputs(LeafInput.self("1.1", Answer.points("8")), LeafInput.self("T.1", Answer.count(3))).build());
    assertThat(card.node("T").orElseThrow().points()).isEqualByComparingTo("1.5");
    assertThat(card.totalPoints()).isEqualByComparingTo("6.5");
    assertThat(card.effectiveMaximum()).isEqualByComparingTo("10");
    assertThat(card.arithmetic().get(0)).isEqualTo("total = 8 (1) − 1.5 (T) = 6.5");

    // No input on a penalty leaf means no events declared: nothing is subtracted, and the explanation says so.
    Scorecard none = Engine.score(rs, assessment("Y").addInputs(LeafInput.self("1.1", Answer.points("8"))).build());
    assertThat(none.totalPoints()).isEqualByComparingTo("8");
    assertThat(none.node("T.1").orElseThrow().explanation().orElseThrow().basis())
        .isEqualTo("no input: no events declared");
  }

  /** Penalties above the points earned would make the total negative; with no floor declared that is an error. */
  @Test
  void penaltiesBeyondThePointsAreAnErrorNotANegativeScore() {
    RuleSet rs = base("2")
        .addNodes(Node.builder().code("1").name("Kết quả").maxPoints(new BigDecimal("2"))
            .addChildren(leaf("1.1", "2", Methods.directPoints())).build())
        .addNodes(Node.builder().code("T").name("Điểm trừ").maxPoints(BigDecimal.TEN).role(NodeRole.PENALTY)
            .addChildren(Node.builder().code("T.1").name("Vi phạm").maxPoints(BigDecimal.TEN).role(NodeRole.PENALTY)
                .source(PointSource.APPRAISAL).method(Methods.countTimesPoints("1")).build()).build())
        .build();
    assertThatThrownBy(() -> Engine.score(rs, assessment("X")
        .addInputs(LeafInput.self("1.1", Answer.points("2")), LeafInput.self("T.1", Answer.count(10))).build()))
        .isInstanceOf(ParIndexException.class)
        .hasMessageContaining("unit X: penalties make the total negative (-8); the rule set declares no floor");
  }

  /**
   * Which leaves have appraised points: an appraisal (with or without a self-assessment) gives them; a self-assessment
   * alone stands as appraised; a measured result without an appraisal is not an appraisal.
   */
  @Test
  void appraisedPointsComeOnlyFromAppraisalsOrStandingSelfAssessments() {
    RuleSet rs = base("3")
        .addNodes(Node.builder().code("1").name("A").maxPoints(new BigDecimal("3"))
            .addChildren(leaf("1.1", "1", Methods.directPoints()))
            .addChildren(leaf("1.2", "1", Methods.directPoints()))
            .addChildren(Node.builder().code("1.3").name("Số liệu").maxPoints(BigDecimal.ONE)
                .source(PointSource.OUTCOME_DATA).method(Methods.directPoints()).build())
            .build())
        .build();
    Scorecard card = Engine.score(rs, assessment("X")
        .addInputs(LeafInput.self("1.1", Answer.points("0.8")))
        .addInputs(LeafInput.builder().code("1.2")
            .appraisal(io.github.parindex.model.Appraisal.ofPoints("0.5", "chấm trực tiếp")).build())
        .addInputs(LeafInput.builder().code("1.3").selfAssessed(Answer.points("1"))
            .measured(Answer.points("0.6")).build())
        .build());
    NodeScore a = card.node("1.1").orElseThrow();
    NodeScore b = card.node("1.2").orElseThrow();
    NodeScore c = card.node("1.3").orElseThrow();
    assertThat(a.appraisedPoints()).contains(new BigDecimal("0.80"));
    assertThat(a.difference()).contains(new BigDecimal("0.00"));
    assertThat(b.selfAssessedPoints()).isEmpty();
    assertThat(b.appraisedPoints()).contains(new BigDecimal("0.50"));
    assertThat(b.difference()).isEmpty();
    assertThat(c.selfAssessedPoints()).contains(new BigDecimal("1.00"));
    assertThat(c.appraisedPoints()).isEmpty();
    assertThat(c.difference()).isEmpty();
    assertThat(c.points()).isEqualByComparingTo("0.6");
    // parent: self 0.8 + 1 = 1.8; appraised 0.8 + 0.5 = 1.3; difference = sum of leaf differences = 0
    NodeScore parent = card.node("1").orElseThrow();
    assertThat(parent.selfAssessedPoints()).contains(new BigDecimal("1.80"));
    assertThat(parent.appraisedPoints()).contains(new BigDecimal("1.30"));
    assertThat(parent.difference()).contains(new BigDecimal("0.00"));
    assertThat(card.totalPoints()).isEqualByComparingTo("1.9"); // 0.8 + 0.5 + 0.6
  }

  static final RuleSet ONE_LEAF = base("100")
      .addNodes(Node.builder().code("1").name("Tổng").maxPoints(new BigDecimal("100"))
          .addChildren(leaf("1.1", "100", Methods.directPoints())).build())
      .build();

  static Scorecard card(String unit, String points) {
    return Engine.score(ONE_LEAF, assessment(unit).addInputs(LeafInput.self("1.1", Answer.points(points))).build());
  }

  /** Published indices 90.00, 85.50, 85.50, 80.00, where the tied pair is 85.504 and 85.496 unrounded. */
  final List<Scorecard> cards = List.of(card("D", "80"), card("B", "85.496"), card("C", "85.504"), card("A", "90"));

  @Test
  void sharedRanksSkipAfterATie() {
    Ranking r = Ranking.of(cards, Ranking.Scope.ALL, Ranking.TieRule.SHARED);
    assertThat(r.entries()).extracting(e -> e.scorecard().unit().code() + e.rank() + (e.tied() ? "=" : ""))
        .containsExactly("A1", "B2=", "C2=", "D4");
  }

  @Test
  void denseRanksDoNotSkip() {
    Ranking r = Ranking.of(cards, Ranking.Scope.ALL, Ranking.TieRule.DENSE);
    assertThat(r.rankOf("D")).contains(3);
    assertThat(r.rankOf("B")).contains(2);
  }

  @Test
  void theExactIndexBreaksAPublishedTie() {
    Ranking r = Ranking.of(cards, Ranking.Scope.ALL, Ranking.TieRule.EXACT_INDEX_THEN_SHARED);
    assertThat(r.entries()).extracting(e -> e.scorecard().unit().code() + e.rank())
        .containsExactly("A1", "C2", "B3", "D4");
    assertThat(r.entries()).noneMatch(Ranking.Entry::tied);
  }

  @Test
  void rankingByClusterNeedsEveryUnitToHaveOne() {
    assertThatThrownBy(() -> Ranking.of(cards, Ranking.Scope.CLUSTER, Ranking.TieRule.SHARED))
        .isInstanceOf(ParIndexException.class)
        .hasMessageContaining("unit A: has no cluster to be ranked in")
        .hasMessageContaining("unit D: has no cluster to be ranked in");
  }
}
