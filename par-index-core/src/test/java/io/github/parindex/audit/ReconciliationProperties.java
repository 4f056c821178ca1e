package io.github.parindex.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.parindex.engine.Ranking;
import io.github.parindex.engine.Scorecard;
import io.github.parindex.model.GradeBand;
import io.github.parindex.model.RuleSet;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Invariants of reconciliation: a table printed from the scorecards themselves is clean, and changing any one
 * published figure of one unit by one step is found as a discrepancy of that unit, of the right kind. Inputs have 3
 * decimals so that the exact values lie between the published (2-decimal) figures.
 */
class ReconciliationProperties {
  static final RuleSet RS = ReconciliationTest.twoParts("65", "35", RoundingMode.HALF_UP, ReconciliationTest.GRADES);

  record Parts(BigDecimal appraisal, BigDecimal survey) {}

  @Provide
  Arbitrary<Parts> parts() {
    return Combinators.combine(
        Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("65")).ofScale(3),
        Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("35")).ofScale(3)).as(Parts::new);
  }

  static List<Scorecard> cards(List<Parts> parts) {
    List<Scorecard> cards = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      cards.add(ReconciliationTest.card(RS, "U" + i, "Đơn vị " + i, parts.get(i).appraisal().toPlainString(),
          parts.get(i).survey().toPlainString()));
    }
    return cards;
  }

  static PublishedTable printed(List<Scorecard> cards, Ranking ranking) {
    PublishedTable.Builder t = PublishedTable.builder().title("printed from the scorecards");
    for (Scorecard c : cards) {
      PublishedRow.Builder r = PublishedRow.builder().unit(c.unit().code())
          .putParts("I", c.node("I").orElseThrow().points()).putParts("II", c.node("II").orElseThrow().points())
          .points(c.totalPoints()).maximum(c.effectiveMaximum()).index(c.index())
          .rank(ranking.rankOf(c.unit().code()).orElseThrow());
      c.grade().map(GradeBand::label).ifPresent(r::grade);
      t.addRows(r.build());
    }
    return t.build();
  }

  @Property(tries = 100)
  void aTablePrintedFromTheScorecardsIsClean(@ForAll @Size(min = 1, max = 8) List<@net.jqwik.api.From("parts") Parts> parts) {
    List<Scorecard> cards = cards(parts);
    Ranking ranking = Ranking.of(cards, Ranking.Scope.ALL, Ranking.TieRule.SHARED);
    Reconciliation r = Reconciliation.of(printed(cards, ranking), cards, ranking);
    assertThat(r.discrepancies()).isEmpty();
  }

  @Property(tries = 200)
  void changingOnePublishedFigureIsFoundWithItsKind(
      @ForAll @Size(min = 1, max = 8) List<@net.jqwik.api.From("parts") Parts> parts,
      @ForAll @IntRange(min = 0, max = 7) int which, @ForAll @IntRange(min = 0, max = 4) int field) {
    List<Scorecard> cards = cards(parts);
    Ranking ranking = Ranking.of(cards, Ranking.Scope.ALL, Ranking.TieRule.SHARED);
    PublishedTable table = printed(cards, ranking);
    int i = which % cards.size();
    PublishedRow row = table.rows().get(i);
    Scorecard card = cards.get(i);
    BigDecimal cent = new BigDecimal("0.01");
    PublishedRow.Builder changed = PublishedRow.builder().from(row);
    String changedField;
    Discrepancy.Kind expected;
    switch (field) {
      case 0 -> {
        // The rules round half up, so a cent more than the published total is above the exact total rounded any
        // recognised way (truncated <= half even <= half up): not a rounding difference. It is a plain mismatch
        // when the published parts add up to the new total, else the parts do not add up.
        BigDecimal total = row.points().orElseThrow().add(cent);
        changed.points(total);
        changedField = "points";
        expected = row.parts().get("I").add(row.parts().get("II")).compareTo(total) == 0
            ? Discrepancy.Kind.VALUE_MISMATCH : Discrepancy.Kind.PARTS_DO_NOT_ADD_UP;
      }
      case 1 -> {
        changed.index(row.index().orElseThrow().add(cent));
        changedField = "index";
        expected = Discrepancy.Kind.VALUE_MISMATCH;
      }
      case 2 -> {
        changed.putParts("I", row.parts().get("I").add(cent));
        changedField = "points:I";
        expected = Discrepancy.Kind.VALUE_MISMATCH;
      }
      case 3 -> {
        changed.rank(row.rank().getAsInt() + 1);
        changedField = "rank";
        boolean tied = cards.stream().anyMatch(o -> o != card && o.index().compareTo(card.index()) == 0);
        expected = tied ? Discrepancy.Kind.TIE : Discrepancy.Kind.VALUE_MISMATCH;
      }
      default -> {
        changed.grade("Z");
        changedField = "grade";
        expected = Discrepancy.Kind.GRADE_BAND;
      }
    }
    List<PublishedRow> rows = new ArrayList<>(table.rows());
    rows.set(i, changed.build());
    PublishedTable mutated = PublishedTable.builder().title("mutated").rows(rows).build();
    Reconciliation r = Reconciliation.of(mutated, cards, ranking);
    assertThat(r.discrepancies()).allSatisfy(d -> assertThat(d.unit()).isEqualTo(row.unit()));
    assertThat(r.discrepancies()).filteredOn(d -> d.field().equals(changedField)).singleElement()
        .satisfies(d -> assertThat(d.kind()).isEqualTo(expected));
    assertThat(r.ofKind(Discrepancy.Kind.ROUNDING_MODE)).isEmpty();
  }

  @Property(tries = 200)
  void aOneCentChangeOfPublishedPointsIsAValueMismatch(@ForAll("parts") Parts parts) {
    // Points only (no parts, no index): the published total is the rules' total (half up) plus 1 cent, which is
    // above every recognised rounding of the exact total (truncated <= half even <= half up): a plain mismatch.
    Scorecard card = cards(List.of(parts)).get(0);
    BigDecimal published = card.totalPoints().add(new BigDecimal("0.01"));
    PublishedTable t = PublishedTable.builder().title("points only")
        .addRows(PublishedRow.builder().unit(card.unit().code()).points(published).build()).build();
    assertThat(Reconciliation.of(t, List.of(card)).discrepancies()).singleElement().satisfies(d -> {
      assertThat(d.field()).isEqualTo("points");
      assertThat(d.kind()).isEqualTo(Discrepancy.Kind.VALUE_MISMATCH);
    });
  }
}
