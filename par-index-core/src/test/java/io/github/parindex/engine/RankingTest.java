package io.github.parindex.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.parindex.method.Methods;
import io.github.parindex.model.AdministrativeUnit;
import io.github.parindex.method.Answer;
import io.github.parindex.model.Assessment;
import io.github.parindex.model.LeafInput;
import io.github.parindex.model.LegalReference;
import io.github.parindex.model.Node;
import io.github.parindex.model.PointSource;
import io.github.parindex.model.Provenance;
import io.github.parindex.model.ProvenanceStatus;
import io.github.parindex.model.RoundingPolicy;
import io.github.parindex.model.RuleSet;
import io.github.parindex.model.UnitLevel;
import io.github.parindex.model.YearRange;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tie breaks given as data, the ties they break explained, and ranks per component; numbers worked by hand. */
public class RankingTest {

  static Node component(String code, String max, PointSource source) {
    return Node.builder().code(code).name("Phần " + code).maxPoints(new BigDecimal(max))
        .addChildren(Node.builder().code(code + ".1").name("Phần " + code).maxPoints(new BigDecimal(max))
            .source(source).method(Methods.directPoints()).build()).build();
  }

  /** Appraisal I /60 + survey II /40 = 100, 2 decimals half up. */
  static final RuleSet TWO_PARTS = RuleSet.builder().id("t").title("t").issuer("test")
      .legalBasis(LegalReference.of("test")).addAppliesTo(UnitLevel.DEPARTMENT).years(YearRange.of(2024, 2024))
      .maxTotal(new BigDecimal("100")).rounding(RoundingPolicy.halfUp(2))
      .provenance(Provenance.of(ProvenanceStatus.ILLUSTRATIVE, "test"))
      .addNodes(component("I", "60", PointSource.APPRAISAL), component("II", "40", PointSource.LEADERS_SURVEY))
      .build();

  public static Scorecard card(String unit, String appraisal, String survey) {
    return Engine.score(TWO_PARTS, Assessment.builder().unit(AdministrativeUnit.of(unit, "Đơn vị " + unit,
        UnitLevel.DEPARTMENT)).ruleSetId("t").year(2024).addInputs(LeafInput.self("I.1", Answer.points(appraisal)))
        .addInputs(LeafInput.measured("II.1", Answer.points(survey))).build());
  }

  // P 50 + 35 = 85.00; Q 52 + 33 = 85.00; S 51.004 + 33.994 = 84.998, published 85.00; T 45 + 35 = 80.00.
  final Scorecard p = card("P", "50", "35");
  final Scorecard q = card("Q", "52", "33");
  final Scorecard s = card("S", "51.004", "33.994");
  final Scorecard t = card("T", "45", "35");
  final List<Scorecard> cards = List.of(p, q, s, t);

  static List<Integer> ranks(Ranking r, String... units) {
    List<Integer> out = new ArrayList<>();
    for (String u : units) {
      out.add(r.rankOf(u).orElseThrow());
    }
    return out;
  }

  @Test
  void sharedAndDenseRanks() {
    assertThat(ranks(Ranking.of(cards, Ranking.Scope.ALL, TieBreak.SHARED), "P", "Q", "S", "T"))
        .containsExactly(1, 1, 1, 4);
    assertThat(ranks(Ranking.of(cards, Ranking.Scope.ALL, TieBreak.DENSE), "P", "Q", "S", "T"))
        .containsExactly(1, 1, 1, 2);
    assertThat(Ranking.of(cards, Ranking.Scope.ALL, TieBreak.SHARED).brokenTies()).isEmpty();
    assertThat(Ranking.of(cards, Ranking.Scope.ALL, Ranking.TieRule.DENSE).tieBreak()).isEqualTo(TieBreak.DENSE);
  }

  @Test
  void theUnroundedIndexBreaksTheTieAndTheRankingSaysHow() {
    Ranking r = Ranking.of(cards, Ranking.Scope.ALL, Ranking.TieRule.EXACT_INDEX_THEN_SHARED);
    // exact indices: P 85, Q 85, S 84.998: P and Q still share 1, S is 3rd
    assertThat(ranks(r, "P", "Q", "S", "T")).containsExactly(1, 1, 3, 4);
    assertThat(r.brokenTies()).singleElement().satisfies(b -> {
      assertThat(b.units()).containsExactly("P", "Q", "S");
      assertThat(b.explanation()).isEqualTo("P, Q, S all have index 85.00; Q is still equal to P and shares rank 1;"
          + " unrounded index 85 (Q) ahead of 84.998 (S): Q rank 1, S rank 3");
    });
  }

  @Test
  void criteriaInOrderBreakTies() {
    // appraisal points first: Q 52.00, S 51.00 (51.004 printed), P 50.00
    Ranking byAppraisal = Ranking.of(cards, Ranking.Scope.ALL, TieBreak.sharing(TieBreak.Key.nodePoints("I")));
    assertThat(ranks(byAppraisal, "Q", "S", "P", "T")).containsExactly(1, 2, 3, 4);
    assertThat(byAppraisal.tieRule()).isEqualTo(Ranking.TieRule.DECLARED);
    // survey points first: P 35.00, S 33.99, Q 33.00
    Ranking bySurvey = Ranking.of(cards, Ranking.Scope.ALL,
        TieBreak.sharing(TieBreak.Key.nodePoints("II"), TieBreak.Key.nodePoints("I")));
    assertThat(ranks(bySurvey, "P", "S", "Q")).containsExactly(1, 2, 3);
    assertThat(bySurvey.brokenTies().get(0).explanation())
        .contains("points of II 35.00 (P) ahead of 33.99 (S): P rank 1, S rank 2")
        .contains("points of II 33.99 (S) ahead of 33.00 (Q): S rank 2, Q rank 3");
  }

  @Test
  void thePublishedOrderAndHiddenDecimals() {
    Ranking asPrinted = Ranking.of(List.of(s, p, q, t), Ranking.Scope.ALL,
        TieBreak.sharing(TieBreak.Key.publishedOrder()));
    assertThat(ranks(asPrinted, "S", "P", "Q", "T")).containsExactly(1, 2, 3, 4);
    assertThat(asPrinted.brokenTies().get(0).explanation()).contains("published order (S listed 1st) ahead of (P listed 2nd)");
    // the index to 3 decimals from the printed totals 85.00 / 100: 85.000 for all three, still shared
    Ranking hidden = Ranking.of(cards, Ranking.Scope.ALL, TieBreak.sharing(TieBreak.Key.indexDecimals(3)));
    assertThat(ranks(hidden, "P", "Q", "S", "T")).containsExactly(1, 1, 1, 4);
    assertThat(hidden.brokenTies()).isEmpty();
  }

  @Test
  void ranksPerComponent() {
    Ranking r = Ranking.of(cards, Ranking.Scope.ALL, TieBreak.SHARED);
    // I: Q 52/60 = 86.67%, S 51.00/60 = 85.00%, P 50/60 = 83.33%, T 45/60 = 75.00%
    assertThat(r.byComponent("I")).extracting(e -> e.scorecard().unit().code() + " " + e.index().toPlainString()
        + " " + e.rank()).containsExactly("Q 86.67 1", "S 85.00 2", "P 83.33 3", "T 75.00 4");
    // II: P and T 35/40 = 87.50% share 1, S 33.99/40 = 84.98%, Q 33/40 = 82.50%
    assertThat(r.byComponent("II")).extracting(e -> e.scorecard().unit().code() + " " + e.rank())
        .containsExactly("P 1", "T 1", "S 3", "Q 4");
  }

  @Test
  void badKeysAndGroupsAreRefused() {
    assertThatThrownBy(() -> new TieBreak.Key(TieBreak.Key.Kind.NODE_POINTS, java.util.Optional.empty(), 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs node code");
    assertThatThrownBy(() -> TieBreak.sharing(TieBreak.Key.exactIndex(), TieBreak.Key.exactIndex()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("appears twice");
    assertThatThrownBy(() -> Ranking.of(cards, Ranking.Scope.BLOCK, TieBreak.SHARED))
        .hasMessageContaining("has no block");
    assertThatThrownBy(() -> Ranking.TieRule.DECLARED.tieBreak()).isInstanceOf(IllegalStateException.class);
  }

  /** Every unit's rank of a 10,000-unit ranking, each by a look-up (the rank is its position: all indices differ). */
  @Test
  void rankOfEveryUnitOfALargeRanking() {
    List<Scorecard> many = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      BigDecimal points = BigDecimal.valueOf(i, 2);   // 0.00 … 99.99
      many.add(Scorecard.builder().from(t).unit(AdministrativeUnit.of("U" + i, "U" + i, UnitLevel.COMMUNE))
          .totalPoints(points).exactTotal(points).index(points).build());
    }
    Ranking r = Ranking.of(many, Ranking.Scope.ALL, TieBreak.EXACT_INDEX_THEN_SHARED);
    for (int i = 0; i < 10_000; i++) {
      assertThat(r.rankOf("U" + i)).contains(10_000 - i);
    }
    assertThat(r.group("all")).hasSize(10_000);
  }
}
