package io.github.parindex.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.parindex.audit.Discrepancy.Kind;
import io.github.parindex.engine.Engine;
import io.github.parindex.engine.Ranking;
import io.github.parindex.engine.Scorecard;
import io.github.parindex.method.Answer;
import io.github.parindex.method.Methods;
import io.github.parindex.model.AdministrativeUnit;
import io.github.parindex.model.Assessment;
import io.github.parindex.model.GradeBand;
import io.github.parindex.model.GradeScale;
import io.github.parindex.model.LeafInput;
import io.github.parindex.model.LegalReference;
import io.github.parindex.model.Node;
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
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReconciliationTest {

  static Node part(String code, String name, String max, PointSource source) {
    return Node.builder().code(code).name(name).maxPoints(new BigDecimal(max))
        .addChildren(Node.builder().code(code + ".1").name(name).maxPoints(new BigDecimal(max)).source(source)
            .method(Methods.directPoints()).build())
        .build();
  }

  /** Two parts, appraisal /a + survey /b, with the given index rounding. */
  static RuleSet twoParts(String a, String b, RoundingMode indexMode, GradeScale grades) {
    BigDecimal total = new BigDecimal(a).add(new BigDecimal(b));
    return RuleSet.builder().id("test-two-parts").title("two parts").issuer("test")
        .legalBasis(LegalReference.of("0/TEST", LocalDate.of(2020, 1, 1)))
        .addAppliesTo(UnitLevel.DISTRICT).years(YearRange.of(2017, 2024)).maxTotal(total)
        .rounding(RoundingPolicy.of(2, RoundingMode.HALF_UP, 2, indexMode, RoundingStage.PUBLISHED_FIGURE))
        .grades(grades).provenance(Provenance.of(ProvenanceStatus.ILLUSTRATIVE, "test"))
        .addNodes(part("I", "Điểm thẩm định", a, PointSource.APPRAISAL))
        .addNodes(part("II", "Điểm ĐTXHH", b, PointSource.LEADERS_SURVEY))
        .build();
  }

  /** One appraisal part /max, points half up, the index rounded by {@code indexMode}. */
  static RuleSet onePart(String max, RoundingMode indexMode) {
    return RuleSet.builder().id("test-one-part").title("one part").issuer("test")
        .legalBasis(LegalReference.of("0/TEST", LocalDate.of(2020, 1, 1)))
        .addAppliesTo(UnitLevel.DEPARTMENT).years(YearRange.of(2020, 2020)).maxTotal(new BigDecimal(max))
        .rounding(RoundingPolicy.of(2, RoundingMode.HALF_UP, 2, indexMode, RoundingStage.PUBLISHED_FIGURE))
        .provenance(Provenance.of(ProvenanceStatus.ILLUSTRATIVE, "test"))
        .addNodes(part("I", "Điểm thẩm định", max, PointSource.APPRAISAL))
        .build();
  }

  static Scorecard single(RuleSet rs, String code, String points) {
    return Engine.score(rs, Assessment.builder().unit(AdministrativeUnit.of(code, code, UnitLevel.DEPARTMENT))
        .ruleSetId(rs.id()).year(2020).addInputs(LeafInput.self("I.1", Answer.points(points))).build());
  }

  static final GradeScale GRADES = GradeScale.of(GradeBand.of("A", "90", "từ 90%"), GradeBand.of("B", "80", "80-90%"),
      GradeBand.of("C", "70", "70-80%"));

  static Scorecard card(RuleSet rs, String code, String name, String appraisal, String survey) {
    return Engine.score(rs, Assessment.builder().unit(AdministrativeUnit.of(code, name, UnitLevel.DISTRICT))
        .ruleSetId(rs.id()).year(2017)
        .addInputs(LeafInput.self("I.1", Answer.points(appraisal)))
        .addInputs(LeafInput.measured("II.1", Answer.points(survey))).build());
  }

  static PublishedRow row(String unit, String a, String b, String total, String index, String grade, int rank) {
    return PublishedRow.builder().unit(unit).putParts("I", new BigDecimal(a)).putParts("II", new BigDecimal(b))
        .points(new BigDecimal(total)).index(new BigDecimal(index)).grade(grade).rank(rank).build();
  }

  // Bình Dương 2017 (docs/reference provincial-sets 3.2), three of the nine districts:
  // Dầu Tiếng 44 + 32.22 = 76.22, Phú Giáo 46 + 30.03 = 76.03, Bắc Tân Uyên 40.45 + 31.01 = 71.46; /100 so index = total.
  // Grades here are the national bands (illustrative: Bình Dương's are not known): all three are C (70-80).
  final RuleSet bd = twoParts("65", "35", RoundingMode.HALF_UP, GRADES);
  final List<Scorecard> cards = List.of(
      card(bd, "DT", "Huyện Dầu Tiếng", "44", "32.22"),
      card(bd, "PG", "Huyện Phú Giáo", "46", "30.03"),
      card(bd, "BTU", "Huyện Bắc Tân Uyên", "40.45", "31.01"));

  @Test
  void aFaithfulTableIsClean() {
    PublishedTable t = PublishedTable.builder().title("BD 2017 (3 districts)")
        .addRows(row("DT", "44", "32.22", "76.22", "76.22", "C", 1))
        .addRows(row("PG", "46", "30.03", "76.03", "76.03", "C", 2))
        .addRows(row("BTU", "40.45", "31.01", "71.46", "71.46", "C", 3))
        .build();
    Reconciliation r = Reconciliation.of(t, cards);
    assertThat(r.discrepancies()).isEmpty();
    assertThat(r.isClean()).isTrue();
    assertThat(r.matchedUnits()).isEqualTo(3);
  }

  @Test
  void rowsMatchByNameWhenTheCodeDoesNotMatch() {
    PublishedTable t = PublishedTable.builder().title("by name")
        .addRows(PublishedRow.builder().unit("Huyện Phú Giáo").points(new BigDecimal("76.03")).build()).build();
    Reconciliation r = Reconciliation.of(t, cards.subList(1, 2));
    assertThat(r.isClean()).isTrue();
  }

  /** A name printed with other case, doubled spaces and decomposed accents still matches, and says so. */
  @Test
  void aNameMatchedOnlyAfterFoldingIsMatchedAndNoted() {
    String decomposed = java.text.Normalizer.normalize("huyện  PHÚ giáo", java.text.Normalizer.Form.NFD);
    PublishedTable t = PublishedTable.builder().title("loose name")
        .addRows(PublishedRow.builder().unit(decomposed).points(new BigDecimal("76.03")).build()).build();
    Reconciliation r = Reconciliation.of(t, cards.subList(1, 2));
    assertThat(r.discrepancies()).isEmpty();
    assertThat(r.matchedUnits()).isEqualTo(1);
    assertThat(r.notes()).singleElement().asString()
        .contains("matched unit PG").contains("only after folding case, white space and Unicode normalisation");
  }

  /** Without the fold a differently cased name is a missing unit on each side, never a silent match. */
  @Test
  void aDifferentNameIsNotMatched() {
    PublishedTable t = PublishedTable.builder().title("other name")
        .addRows(PublishedRow.builder().unit("Huyện Phú Giáo Mới").points(new BigDecimal("76.03")).build()).build();
    Reconciliation r = Reconciliation.of(t, cards.subList(1, 2));
    assertThat(r.matchedUnits()).isZero();
    assertThat(r.isClean()).isFalse();
  }

  /** A grade printed under a declared alias ("Nhóm A" for "A") is the same grade; an undeclared label is not. */
  @Test
  void aGradePrintedUnderADeclaredAliasMatches() {
    GradeScale aliased = GradeScale.of(GradeBand.of("A", "90", "từ 90%").withAliases("Nhóm A"),
        GradeBand.of("B", "80", "80-90%"), GradeBand.of("C", "70", "70-80%").withAliases("Nhóm C"));
    RuleSet rs = twoParts("65", "35", RoundingMode.HALF_UP, aliased);
    List<Scorecard> cs = List.of(card(rs, "DT", "Huyện Dầu Tiếng", "44", "32.22"));
    PublishedTable ok = PublishedTable.builder().title("alias")
        .addRows(row("DT", "44", "32.22", "76.22", "76.22", "Nhóm C", 1)).build();
    assertThat(Reconciliation.of(ok, cs).discrepancies()).isEmpty();
    PublishedTable wrong = PublishedTable.builder().title("no alias")
        .addRows(row("DT", "44", "32.22", "76.22", "76.22", "Nhóm 3", 1)).build();
    assertThat(Reconciliation.of(wrong, cs).discrepancies()).extracting(Discrepancy::field).containsExactly("grade");
  }

  @Test
  void everyKindOfDiscrepancyIsFoundAtOnce() {
    PublishedTable t = PublishedTable.builder().title("mutated")
        // total 76.30 but parts 44 + 32.22 = 76.22: the parts do not add up (the rules give 76.22)
        .addRows(row("DT", "44", "32.22", "76.30", "76.22", "C", 1))
        // grade A although 76.03 is in C (70 to under 80); rank 3 where the rules give 2
        .addRows(row("PG", "46", "30.03", "76.03", "76.03", "A", 3))
        // a unit the library has not scored
        .addRows(PublishedRow.builder().unit("XX").points(new BigDecimal("70")).build())
        // BTU missing from the table
        .build();
    Reconciliation r = Reconciliation.of(t, cards);
    assertThat(r.discrepancies()).extracting(Discrepancy::unit, Discrepancy::field, Discrepancy::kind)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("XX", "unit", Kind.MISSING_IN_LIBRARY),
            org.assertj.core.groups.Tuple.tuple("DT", "points", Kind.PARTS_DO_NOT_ADD_UP),
            org.assertj.core.groups.Tuple.tuple("PG", "grade", Kind.GRADE_BAND),
            org.assertj.core.groups.Tuple.tuple("PG", "rank", Kind.VALUE_MISMATCH),
            org.assertj.core.groups.Tuple.tuple("BTU", "unit", Kind.MISSING_IN_PUBLISHED));
    Discrepancy parts = r.ofKind(Kind.PARTS_DO_NOT_ADD_UP).get(0);
    assertThat(parts.published()).contains("76.30");
    assertThat(parts.computed()).contains("76.22");
    assertThat(parts.explanation()).contains("add up to 76.22");
    assertThat(r.ofKind(Kind.GRADE_BAND).get(0).explanation()).contains("falls in band C (from 70%)");
    assertThat(r.toMarkdown()).contains("| PG | grade | GRADE_BAND | A | C |");
  }

  /**
   * Nam Định 2020 (docs/reference provincial-sets 3.5): the sở average 62.62 / 70 published as 89.45%.
   * 62.62 / 70 × 100 = 89.4571...: truncated 89.45, rounded half up 89.46.
   */
  @Test
  void aTruncatedIndexIsClassifiedAsARoundingModeDifference() {
    Scorecard avg = single(onePart("70", RoundingMode.HALF_UP), "ND-SO", "62.62");
    PublishedTable t = PublishedTable.builder().title("Nam Định 2020")
        .addRows(PublishedRow.builder().unit("ND-SO").points(new BigDecimal("62.62")).maximum(new BigDecimal("70"))
            .index(new BigDecimal("89.45")).build()).build();
    Reconciliation r = Reconciliation.of(t, List.of(avg));
    assertThat(r.discrepancies()).singleElement().satisfies(d -> {
      assertThat(d.kind()).isEqualTo(Kind.ROUNDING_MODE);
      assertThat(d.field()).isEqualTo("index");
      assertThat(d.published()).contains("89.45");
      assertThat(d.computed()).contains("89.46");
      assertThat(d.explanation()).contains("truncated (DOWN)").contains("89.457142");
    });
    // The same table against a rule set that truncates the index is clean.
    assertThat(Reconciliation.of(t, List.of(single(onePart("70", RoundingMode.DOWN), "ND-SO", "62.62"))).isClean())
        .isTrue();
  }

  @Test
  void aRankDifferenceBetweenTiedUnitsIsATie() {
    // Two units with 40 + 30 = 70.00: the rules share rank 1; the table ranks them 1 and 2.
    List<Scorecard> tied = List.of(card(bd, "U1", "Một", "40", "30"), card(bd, "U2", "Hai", "41", "29"));
    PublishedTable t = PublishedTable.builder().title("tie")
        .addRows(PublishedRow.builder().unit("U1").index(new BigDecimal("70.00")).rank(1).build())
        .addRows(PublishedRow.builder().unit("U2").index(new BigDecimal("70.00")).rank(2).build())
        .build();
    Reconciliation r = Reconciliation.of(t, tied, Ranking.of(tied, Ranking.Scope.ALL, Ranking.TieRule.SHARED));
    assertThat(r.discrepancies()).singleElement().satisfies(d -> {
      assertThat(d.unit()).isEqualTo("U2");
      assertThat(d.kind()).isEqualTo(Kind.TIE);
      assertThat(d.published()).contains("2");
      assertThat(d.computed()).contains("1");
    });
  }

  /**
   * Ninh Thuận 2022 shape: parts that do not add up (54.2 + 31.59 = 85.79) to a total the rules reproduce (85.78) are
   * a note, not a discrepancy. Parts and total here are built to that shape on a /61.5 + /38.5 set.
   */
  @Test
  void partsThatDoNotAddUpButAreReproducedAreANote() {
    RuleSet rs = twoParts("61.5", "38.5", RoundingMode.HALF_UP, GRADES);
    // 54.196 → 54.20; 31.586 → 31.59; 54.196 + 31.586 = 85.782 → 85.78
    Scorecard nt = card(rs, "NT", "Ninh Thuận", "54.196", "31.586");
    PublishedTable t = PublishedTable.builder().title("NT 2022")
        .addRows(row("NT", "54.2", "31.59", "85.78", "85.78", "B", 1)).build();
    Reconciliation r = Reconciliation.of(t, List.of(nt));
    assertThat(r.isClean()).isTrue();
    assertThat(r.notes()).singleElement().asString().contains("add up to 85.79").contains("85.78");
  }

  @Test
  void aPublishedPointValueRoundedUpIsAMismatchNotARoundingDifference() {
    // exact 54.196 + 31.586 = 85.782: half up 85.78, half even 85.78, truncated 85.78. Only rounding UP (not a
    // practice of any published table) gives 85.79, so 85.79 is a plain mismatch.
    RuleSet rs = twoParts("61.5", "38.5", RoundingMode.HALF_UP, GRADES);
    Scorecard nt = card(rs, "NT", "Ninh Thuận", "54.196", "31.586");
    PublishedTable t = PublishedTable.builder().title("NT")
        .addRows(PublishedRow.builder().unit("NT").points(new BigDecimal("85.79")).build()).build();
    assertThat(Reconciliation.of(t, List.of(nt)).discrepancies()).singleElement()
        .satisfies(d -> assertThat(d.kind()).isEqualTo(Kind.VALUE_MISMATCH));
  }

  /** Points 80.333 on a /100 set rounded half up to 2 decimals: computed 80.33, exact 80.333. */
  static Kind kindOfPublishedPoints(String published) {
    Scorecard c = single(onePart("100", RoundingMode.HALF_UP), "U", "80.333");
    PublishedTable t = PublishedTable.builder().title("probe")
        .addRows(PublishedRow.builder().unit("U").points(new BigDecimal(published)).build()).build();
    List<Discrepancy> ds = Reconciliation.of(t, List.of(c)).discrepancies();
    assertThat(ds).hasSize(1);
    return ds.get(0).kind();
  }

  @Test
  void onlyHalfUpHalfEvenAndTruncationCountAsRoundingDifferences() {
    // 80.333 rounded up to 0 decimals is 81, rounded up (or to the ceiling) to 2 decimals 80.34: no table rounds
    // that way, so both are mismatches; and 80.32 is no rounding of 80.333 at all.
    assertThat(kindOfPublishedPoints("81")).isEqualTo(Kind.VALUE_MISMATCH);
    assertThat(kindOfPublishedPoints("80.34")).isEqualTo(Kind.VALUE_MISMATCH);
    assertThat(kindOfPublishedPoints("80.32")).isEqualTo(Kind.VALUE_MISMATCH);
    // Fewer decimals than the rule's 2, rounded half up: 80.333 → 80.3 (1 decimal), → 80 (0 decimals).
    assertThat(kindOfPublishedPoints("80.3")).isEqualTo(Kind.ROUNDING_MODE);
    assertThat(kindOfPublishedPoints("80")).isEqualTo(Kind.ROUNDING_MODE);
    // More decimals than the rule's: 80.333 is the exact value, not a rounding of it to the rule's scale.
    assertThat(kindOfPublishedPoints("80.333")).isEqualTo(Kind.VALUE_MISMATCH);
  }

  @Test
  void anotherScaleCountsOnlyWhenThePublishedValueHasFewerDecimals() {
    // Rule: 2 decimals half up. Exact 80.3336 → 80.33. Published "80.334" (3 decimals) is 80.3336 rounded half up to
    // 3 decimals, but more decimals than the rules publish is no rounding difference: at 2 decimals half even and
    // truncation give 80.33, not 80.334. Published "80.3" is 80.3336 to 1 decimal (half up and truncated: 80.3).
    Scorecard c = single(onePart("100", RoundingMode.HALF_UP), "U", "80.3336");
    PublishedTable more = PublishedTable.builder().title("more")
        .addRows(PublishedRow.builder().unit("U").points(new BigDecimal("80.334")).build()).build();
    assertThat(Reconciliation.of(more, List.of(c)).discrepancies()).singleElement()
        .satisfies(d -> assertThat(d.kind()).isEqualTo(Kind.VALUE_MISMATCH));
    PublishedTable fewer = PublishedTable.builder().title("fewer")
        .addRows(PublishedRow.builder().unit("U").points(new BigDecimal("80.3")).build()).build();
    assertThat(Reconciliation.of(fewer, List.of(c)).discrepancies()).singleElement().satisfies(d -> {
      assertThat(d.kind()).isEqualTo(Kind.ROUNDING_MODE);
      assertThat(d.explanation()).contains("rounded HALF_UP to 1 decimals");
    });
  }

  @Test
  void aPublishedValueHalfEvenWhereTheRulesRoundHalfUpIsARoundingDifference() {
    // exact 80.125: half up 80.13 (the rules), half even 80.12 (the table).
    Scorecard c = single(onePart("100", RoundingMode.HALF_UP), "U", "80.125");
    PublishedTable t = PublishedTable.builder().title("half even")
        .addRows(PublishedRow.builder().unit("U").points(new BigDecimal("80.12")).build()).build();
    assertThat(Reconciliation.of(t, List.of(c)).discrepancies()).singleElement().satisfies(d -> {
      assertThat(d.kind()).isEqualTo(Kind.ROUNDING_MODE);
      assertThat(d.computed()).contains("80.13");
      assertThat(d.explanation()).contains("rounded HALF_EVEN to 2 decimals");
    });
  }

  @Test
  void hostileTitlesAndNamesAreEscapedInTheMarkdown() {
    PublishedTable t = PublishedTable.builder().title("<script>x</script>")
        .addRows(PublishedRow.builder().unit("<b>x</b>").points(new BigDecimal("70")).build())
        .addRows(PublishedRow.builder().unit("DT").points(new BigDecimal("76.22")).build()).build();
    Scorecard dt = card(bd, "DT", "Huyện | *Dầu Tiếng*", "44", "32.22");
    Scorecard odd = card(bd, "<i>y</i>", "<img src=x>", "40", "30");
    String md = Reconciliation.of(t, List.of(dt, odd)).toMarkdown();
    assertThat(md).doesNotContain("<script>", "<b>", "<i>", "<img")
        .startsWith("# Reconciliation: &lt;script&gt;x&lt;/script&gt;\n")
        .contains("| &lt;b&gt;x&lt;/b&gt; | unit | MISSING_IN_LIBRARY | &lt;b&gt;x&lt;/b&gt; |  | "
            + "the table lists &lt;b&gt;x&lt;/b&gt; but no scorecard")
        .contains("| &lt;i&gt;y&lt;/i&gt; | unit | MISSING_IN_PUBLISHED |  | &lt;i&gt;y&lt;/i&gt; |");
  }

  @Test
  void aTableWithAUnitTwiceIsRefused() {
    assertThatThrownBy(() -> PublishedTable.builder().title("dup")
        .addRows(PublishedRow.builder().unit("A").build(), PublishedRow.builder().unit("A").build()).build())
        .isInstanceOf(ParIndexException.class).hasMessageContaining("unit A appears more than once");
  }
}
