package io.github.parindex.rules.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.parindex.audit.Discrepancy;
import io.github.parindex.audit.Discrepancy.Kind;
import io.github.parindex.audit.PublishedRow;
import io.github.parindex.audit.PublishedTable;
import io.github.parindex.audit.PublishedTotals;
import io.github.parindex.audit.Reconciliation;
import io.github.parindex.audit.TableRules;
import io.github.parindex.engine.Ranking;
import io.github.parindex.engine.Scorecard;
import io.github.parindex.engine.TieBreak;
import io.github.parindex.model.GradeBand;
import io.github.parindex.model.GradeScale;
import io.github.parindex.model.ParIndexException;
import io.github.parindex.model.RoundingPolicy;
import io.github.parindex.model.RoundingStage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Published totals-only tables checked as printed: the constructed 25-unit table of the guide
 * (docs/guide/checking-published-tables.md) and tables built from the figures in the reference (Bình Dương 2017,
 * Ninh Thuận 2022, Nam Định 2020, Tiền Giang 2020). Every expected figure is worked by hand in the comments.
 */
class CheckingPublishedTablesTest {
  static final Path DIR = Path.of("src/test/resources/published");

  /** The auditor's whole check, as in the guide: under 30 lines plus the CSV. */
  @Test
  void aWholeTotalsOnlyTableIsCheckedInAFewLines() {
    PublishedTable table = PublishedTableCsv.read(DIR.resolve("constructed-2023.csv"));
    TableRules rules = TableRules.of("constructed-2023", 2023, RoundingPolicy.halfUp(2))
        .withScale(new BigDecimal("100"))
        .withGrades(GradeScale.of(GradeBand.of("Tốt", "80", "từ 80%"), GradeBand.of("Khá", "65", "từ 65%"),
            GradeBand.of("Trung bình", "50", "từ 50%"), GradeBand.of("Kém", "0", "dưới 50%")))
        .withTieBreak(TieBreak.sharing(TieBreak.Key.indexDecimals(3))).withTieDecimals(3)
        .withPart("I", new BigDecimal("65")).withPart("II", new BigDecimal("35"));
    Reconciliation r = PublishedTotals.reconcile(table, rules);
    assertThat(r.discrepancies()).isEmpty();
    assertThat(r.matchedUnits()).isEqualTo(25);
    assertThat(r.rankingBasis()).hasValueSatisfying(b -> assertThat(b)
        .startsWith("the table's group column (Sở, ban, ngành; UBND cấp huyện)").contains("index to 3 decimals"));
    // VP 65.40 / 71.5 × 100 = 91.46853… printed 91.469 to separate it from SNV's 91.47 (91.470 at 3 decimals);
    // HD 54.20 + 31.59 = 85.79, printed 85.78: a total rounded once from unrounded parts.
    assertThat(r.notes()).hasSize(2);
    assertThat(r.notes().get(0)).startsWith("VP: index 91.469 printed to 3 decimals where the rules print 2 (91.47)")
        .contains("to separate a tie");
    assertThat(r.notes().get(1)).startsWith("HD: rounding: the published parts 54.20 (I) + 31.59 (II) add up to 85.79");
  }

  /** Each mutation of the constructed table is found with its class. */
  @Test
  void aMutatedTableYieldsTheRightClasses() {
    PublishedTable table = PublishedTableCsv.read(DIR.resolve("constructed-2023.csv"));
    List<PublishedRow> rows = new ArrayList<>(table.rows());
    set(rows, "SNV", b -> b.rank(3));            // SNV and VP swapped: the declared rule gives SNV 2, VP 3
    set(rows, "VP", b -> b.rank(2));
    set(rows, "STP", b -> b.grade("Khá"));       // 90.00 is Tốt
    set(rows, "SNGV", b -> b.index(new BigDecimal("75.00")));   // 75.00699… truncated where the rules round
    set(rows, "SKHCN", b -> b.index(new BigDecimal("70.01")));  // 67.55 / 96.5 = 70.00 exactly
    set(rows, "SCT", b -> b.index(new BigDecimal("74.500")));   // 3 decimals, and no tie to separate
    set(rows, "HE", b -> b.points(new BigDecimal("82.10")));    // 52.00 + 30.00 = 82.00, not 82.10
    PublishedTable mutated = PublishedTable.builder().from(table).rows(rows).build();
    Reconciliation r = PublishedTotals.reconcile(mutated, rules());
    assertThat(r.discrepancies()).extracting(Discrepancy::unit, Discrepancy::field, Discrepancy::kind)
        .containsExactly(
            tuple("SNV", "rank", Kind.TIE),
            tuple("VP", "rank", Kind.TIE),
            tuple("STP", "grade", Kind.GRADE_BAND),
            tuple("SNGV", "index", Kind.ROUNDING_MODE),
            tuple("SCT", "index", Kind.PRECISION),
            tuple("SKHCN", "index", Kind.VALUE_MISMATCH),
            tuple("HE", "points", Kind.PARTS_DO_NOT_ADD_UP),
            // and the printed index 82.00 is not 82.10 / 100 × 100
            tuple("HE", "index", Kind.VALUE_MISMATCH));
    assertThat(r.forUnit("VP").get(0).explanation())
        .contains("index to 3 decimals 91.470 (SNV) ahead of 91.469 (VP)")
        .contains("the declared tie rule (index to 3 decimals; still equal: shared rank) gives rank 3, the table 2");
    assertThat(r.forUnit("SCT").get(0).explanation()).contains("no other unit has the same index at 2 decimals");
  }

  @Test
  void aFigurePrintedTo3DecimalsWithoutARuleForItIsAPrecisionDiscrepancy() {
    PublishedTable table = PublishedTableCsv.read(DIR.resolve("constructed-2023.csv"));
    // the same rules without "3 decimals where needed to break a tie"
    TableRules strict = rules().withTieDecimals(2);
    Reconciliation r = PublishedTotals.reconcile(table, strict);
    assertThat(r.discrepancies()).singleElement().satisfies(d -> {
      assertThat(d.unit()).isEqualTo("VP");
      assertThat(d.kind()).isEqualTo(Kind.PRECISION);
      assertThat(d.published()).contains("91.469");
      assertThat(d.computed()).contains("91.47");
    });
  }

  @Test
  void withoutADeclaredTieRuleTheTiedUnitsShareARankAndTheTableIsATie() {
    PublishedTable table = PublishedTableCsv.read(DIR.resolve("constructed-2023.csv"));
    Reconciliation r = PublishedTotals.reconcile(table, rules().withTieBreak(TieBreak.SHARED));
    // SNV and VP both 91.47: shared rank 2, the table gives VP 3
    assertThat(r.discrepancies()).extracting(Discrepancy::unit, Discrepancy::field, Discrepancy::kind)
        .containsExactly(tuple("VP", "rank", Kind.TIE));
  }

  /** Bình Dương 2017: appraisal /65 + survey /35 = total = index; every sum checks to the cent. */
  @Test
  void binhDuong2017IsReproducedFromItsTotals() {
    PublishedTable table = PublishedTableCsv.read(DIR.resolve("binh-duong-2017.csv"));
    TableRules rules = TableRules.of("2071/QĐ-UBND", 2017, RoundingPolicy.halfUp(2)).withScale(new BigDecimal("100"))
        .withPart("I", new BigDecimal("65")).withPart("II", new BigDecimal("35"));
    Reconciliation r = PublishedTotals.reconcile(table, rules);
    assertThat(r.discrepancies()).isEmpty();
    assertThat(r.notes()).isEmpty();
    List<Scorecard> cards = PublishedTotals.scorecards(table, rules);
    // Phú Giáo has more appraisal points (46) than Dầu Tiếng (44) and ranks below it on the total
    Ranking byAppraisal = Ranking.of(cards, Ranking.Scope.ALL, TieBreak.SHARED);
    assertThat(byAppraisal.rankOf("DT")).contains(7);
    assertThat(byAppraisal.byComponent("I").stream().filter(e -> e.scorecard().unit().code().equals("PG"))
        .findFirst().orElseThrow().rank()).isEqualTo(6);   // 46 / 65 = 70.77%: 6th, after 51.75 … 46.5 (TA 46.8)
    assertThat(cards.get(0).arithmetic().get(0)).startsWith(PublishedTotals.BUILT_FROM_PUBLISHED_TOTALS);
  }

  /** Ninh Thuận 2022: 54.2 + 31.59 = 85.79 printed 85.78 is rounding, not a mismatch; rank 29 of 63 by order. */
  @Test
  void ninhThuan2022PartsThatMissTheTotalByACentAreRounding() {
    PublishedTable table = PublishedTableCsv.read(DIR.resolve("ninh-thuan-2022.csv"));
    assertThat(table.excerptOf()).hasValue(63);
    TableRules rules = TableRules.of("876/QĐ-BNV", 2022, RoundingPolicy.halfUp(2))
        .withGrades(GradeScale.of(GradeBand.of("A", "90", "từ 90%"), GradeBand.of("B", "80", "80 đến dưới 90%"),
            GradeBand.of("C", "70", "70 đến dưới 80%")))
        .withPart("TD", new BigDecimal("61.5")).withPart("TAC", new BigDecimal("38.5"));
    Reconciliation r = PublishedTotals.reconcile(table, rules);
    assertThat(r.discrepancies()).isEmpty();
    assertThat(r.notes()).singleElement().asString().contains("add up to 85.79").contains("rounded once");
    // 54.2 / 61.5 = 88.13%, 31.59 / 38.5 = 82.05% (the published component percentages)
    Scorecard nt = PublishedTotals.scorecards(table, rules).get(0);
    assertThat(nt.node("TD").orElseThrow().index()).hasValueSatisfying(i -> assertThat(i).isEqualByComparingTo("88.13"));
    assertThat(nt.node("TAC").orElseThrow().index()).hasValueSatisfying(i -> assertThat(i).isEqualByComparingTo("82.05"));
  }

  /** Nam Định 2020: 62.62 / 70 = 89.4571…, published 89.45: truncated. */
  @Test
  void namDinh2020IsTruncated() {
    PublishedTable table = PublishedTableCsv.read(DIR.resolve("nam-dinh-2020.csv"));
    TableRules rounding = TableRules.of("118/TB-UBND", 2020, RoundingPolicy.halfUp(2));
    assertThat(PublishedTotals.reconcile(table, rounding).discrepancies()).singleElement()
        .satisfies(d -> assertThat(d.kind()).isEqualTo(Kind.ROUNDING_MODE));
    TableRules truncating = TableRules.of("118/TB-UBND", 2020,
        RoundingPolicy.of(2, RoundingMode.HALF_UP, 2, RoundingMode.DOWN, RoundingStage.PUBLISHED_FIGURE));
    assertThat(PublishedTotals.reconcile(table, truncating).isClean()).isTrue();
  }

  /** Tiền Giang 2020: bonus above 100 (Cục Thuế 102.50); the listed order of Sở NN&PTNT is not its rank. */
  @Test
  void tienGiang2020HasBonusAbove100AndAMisprintedOrder() {
    PublishedTable table = PublishedTableCsv.read(DIR.resolve("tien-giang-2020.csv"));
    TableRules capped = TableRules.of("5942", 2020, RoundingPolicy.halfUp(2)).withScale(new BigDecimal("100"));
    assertThatThrownBy(() -> PublishedTotals.scorecards(table, capped)).isInstanceOf(ParIndexException.class)
        .hasMessageContaining("cannot be scored").satisfies(e -> assertThat(((ParIndexException) e).problems())
            .hasSize(4));   // CT 102.50, KB 102.22, CG 100.14, CL 100.09
    TableRules bonus = capped.withBonusAboveMaximum();
    assertThat(PublishedTotals.reconcile(table, bonus).isClean()).isTrue();
    Ranking r = Ranking.of(PublishedTotals.scorecards(table, bonus), Ranking.Scope.BLOCK, TieBreak.SHARED);
    // listed 7th with 96.60, but 98.50 (SCT, listed 8th) … 97.19 (BQL) are above it: rank 12 of the 19 sở
    assertThat(r.rankOf("SCT")).contains(7);
    assertThat(r.rankOf("SNN")).contains(12);
    assertThat(r.rankOf("CT")).contains(1);
    assertThat(r.group("Cụm 1")).extracting(e -> e.scorecard().unit().code()).containsExactly("CG", "CL", "GCT", "TP");
  }

  static TableRules rules() {
    return TableRules.of("constructed-2023", 2023, RoundingPolicy.halfUp(2)).withScale(new BigDecimal("100"))
        .withGrades(GradeScale.of(GradeBand.of("Tốt", "80", "từ 80%"), GradeBand.of("Khá", "65", "từ 65%"),
            GradeBand.of("Trung bình", "50", "từ 50%"), GradeBand.of("Kém", "0", "dưới 50%")))
        .withTieBreak(TieBreak.sharing(TieBreak.Key.indexDecimals(3))).withTieDecimals(3)
        .withPart("I", new BigDecimal("65")).withPart("II", new BigDecimal("35"));
  }

  static void set(List<PublishedRow> rows, String unit, java.util.function.UnaryOperator<PublishedRow.Builder> f) {
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).unit().equals(unit)) {
        rows.set(i, f.apply(PublishedRow.builder().from(rows.get(i))).build());
      }
    }
  }
}
