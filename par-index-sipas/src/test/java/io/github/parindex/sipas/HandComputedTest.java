package io.github.parindex.sipas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.parindex.sipas.SipasMethod.Aggregation;
import io.github.parindex.sipas.SipasMethod.ExpectationBase;
import io.github.parindex.sipas.SipasMethod.IntermediateRounding;
import io.github.parindex.sipas.SipasMethod.ValidAnswers;
import io.github.parindex.sipas.SipasMethod.Weighting;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link SmallSurvey} computed by hand. Answers per item over r1..r6 (B blank, N no opinion):
 * S1 5 4 3 N 1 5 | S2 4 2 B 5 4 5 | O1 4 5 2 4 3 5 | S3 3 N 5 4 2 5 | J1 1 2 1 B 3 N |
 * X1 {1,2} {1} B {3} N {1,2,3} | OV 5 4 3 4 2 5.
 */
class HandComputedTest {
  static final SipasMethod BASE = SipasMethod.meanOfElements();

  static BigDecimal pct(Figure f) {
    return f.percent().orElseThrow();
  }

  @Test
  void itemSharesExcludeBlankAndNoOpinionByDefault() {
    PopulationReport all = SmallSurvey.run(BASE).all();
    // S1: valid 5,4,3,1,5 (N left out) = 5; satisfied 5,4,5 = 3 → 3/5 = 60%
    assertThat(pct(all.item("S1"))).isEqualByComparingTo("60.00");
    assertThat(all.item("S1").numerator()).isEqualByComparingTo("3");
    assertThat(all.item("S1").denominator()).isEqualByComparingTo("5");
    assertThat(all.item("S1").respondents()).isEqualTo(5);
    // S2: valid 4,2,5,4,5 (B left out); satisfied 4 → 80%
    assertThat(pct(all.item("S2"))).isEqualByComparingTo("80.00");
    // O1: 6 valid, satisfied 4,5,4,5 → 4/6 = 66.666… → 66.67
    assertThat(pct(all.item("O1"))).isEqualByComparingTo("66.67");
    // S3: valid 3,5,4,2,5; satisfied 3 → 60%
    assertThat(pct(all.item("S3"))).isEqualByComparingTo("60.00");
    // respondents counted
    assertThat(all.respondents()).isEqualTo(6);
  }

  @Test
  void meanOfItemsThenMeanOfElements() {
    PopulationReport all = SmallSurvey.run(BASE).all();
    // E1 = (60 + 80) / 2 = 70; E2 = 60; aspect DV = (70 + 60) / 2 = 65; overall = mean of elements = 65
    assertThat(pct(all.element("E1"))).isEqualByComparingTo("70.00");
    assertThat(pct(all.element("E2"))).isEqualByComparingTo("60.00");
    assertThat(pct(all.aspect("DV"))).isEqualByComparingTo("65.00");
    assertThat(pct(all.overall())).isEqualByComparingTo("65.00");
    // interval n of E1 = smallest n of S1 (5) and S2 (5)
    assertThat(all.element("E1").effectiveN()).isEqualByComparingTo("5");
    assertThat(all.overall().arithmetic()).anyMatch(l -> l.contains("(70 + 60) / 2 = 65"));
  }

  @Test
  void otherAggregations() {
    // MEAN_OF_ITEMS overall: (60 + 80 + 60) / 3 = 66.666… → 66.67
    assertThat(pct(SmallSurvey.run(BASE.withOverall(Aggregation.MEAN_OF_ITEMS)).all().overall()))
        .isEqualByComparingTo("66.67");
    // POOLED: (3 + 4 + 3) satisfied / (5 + 5 + 5) valid = 10/15 = 66.666… → 66.67; E1 pooled 7/10 = 70
    PopulationReport pooled = SmallSurvey.run(SipasMethod.pooled()).all();
    assertThat(pct(pooled.overall())).isEqualByComparingTo("66.67");
    assertThat(pooled.overall().numerator()).isEqualByComparingTo("10");
    assertThat(pooled.overall().denominator()).isEqualByComparingTo("15");
    assertThat(pct(pooled.element("E1"))).isEqualByComparingTo("70.00");
    // OVERALL_ITEM: OV 5,4,3,4,2,5 → 4/6 → 66.67
    assertThat(pct(SmallSurvey.run(BASE.withOverall(Aggregation.OVERALL_ITEM)).all().overall()))
        .isEqualByComparingTo("66.67");
    // MEAN_OF_ASPECTS: only DV has satisfaction items → 65
    assertThat(pct(SmallSurvey.run(BASE.withOverall(Aggregation.MEAN_OF_ASPECTS)).all().overall()))
        .isEqualByComparingTo("65.00");
  }

  @Test
  void overallItemRuleNeedsOverallItemsEverywhere() {
    // E2 has no overall item, aspect DV neither
    assertThatThrownBy(() -> SmallSurvey.run(BASE.withElement(Aggregation.OVERALL_ITEM)))
        .isInstanceOf(io.github.parindex.model.ParIndexException.class)
        .hasMessageContaining("element E2 has no overall item");
    assertThatThrownBy(() -> SmallSurvey.run(BASE.withAspect(Aggregation.OVERALL_ITEM)))
        .hasMessageContaining("aspect DV has no overall item");
  }

  @Test
  void validAnswerRules() {
    PopulationReport noOp = SmallSurvey.run(BASE.withValidAnswers(ValidAnswers.NO_OPINION_COUNTS)).all();
    // S1: N counts → 3/6 = 50; S2: B left out → 4/5 = 80; S3: 3/6 = 50; E1 = 65, E2 = 50, overall 57.5
    assertThat(pct(noOp.item("S1"))).isEqualByComparingTo("50.00");
    assertThat(pct(noOp.item("S2"))).isEqualByComparingTo("80.00");
    assertThat(pct(noOp.overall())).isEqualByComparingTo("57.50");
    PopulationReport all = SmallSurvey.run(BASE.withValidAnswers(ValidAnswers.ALL_RESPONDENTS)).all();
    // S1 3/6 = 50; S2 4/6 = 66.666…; S3 3/6 = 50; E1 = (50 + 66.666…)/2 = 58.333… → 58.33;
    // overall = (58.333… + 50)/2 = 54.1666… → 54.17
    assertThat(pct(all.item("S2"))).isEqualByComparingTo("66.67");
    assertThat(pct(all.element("E1"))).isEqualByComparingTo("58.33");
    assertThat(pct(all.overall())).isEqualByComparingTo("54.17");
  }

  @Test
  void intermediateRoundingChangesTheElement() {
    SipasMethod m = BASE.withValidAnswers(ValidAnswers.ALL_RESPONDENTS);
    // ITEMS: S2 rounded to 66.67 first → E1 = (50 + 66.67)/2 = 58.335 → 58.34 (58.33 without rounding)
    PopulationReport items = SmallSurvey.run(m.withRounding(IntermediateRounding.ITEMS)).all();
    assertThat(pct(items.element("E1"))).isEqualByComparingTo("58.34");
    assertThat(items.element("E1").exactPercent().orElseThrow()).isEqualByComparingTo("58.335");
    // overall (ITEMS): (58.335 + 50)/2 = 54.1675 → 54.17
    assertThat(items.overall().exactPercent().orElseThrow()).isEqualByComparingTo("54.1675");
    // EACH_LEVEL: E1 58.34, E2 50 → (58.34 + 50)/2 = 54.17 exactly
    PopulationReport each = SmallSurvey.run(m.withRounding(IntermediateRounding.EACH_LEVEL)).all();
    assertThat(each.overall().exactPercent().orElseThrow()).isEqualByComparingTo("54.17");
  }

  @Test
  void judgementShares() {
    List<Figure> j = SmallSurvey.run(BASE).all().judgement("J1");
    // J1 answered 1,2,1,3 (B and N left out): 2/4 = 50, 1/4 = 25, 1/4 = 25
    assertThat(j).extracting(HandComputedTest::pct).usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("50"), new BigDecimal("25"), new BigDecimal("25"));
    // NO_OPINION_COUNTS: denominator 5 → 40, 20, 20
    List<Figure> j2 = SmallSurvey.run(BASE.withValidAnswers(ValidAnswers.NO_OPINION_COUNTS)).all().judgement("J1");
    assertThat(pct(j2.get(0))).isEqualByComparingTo("40.00");
    assertThat(pct(j2.get(2))).isEqualByComparingTo("20.00");
  }

  @Test
  void expectationShares() {
    // X1 over 6 respondents: option 1 by r1, r2, r6 = 3/6 = 50; option 2 by r1, r6 = 33.33; option 3 by r4, r6 = 33.33
    List<Figure> x = SmallSurvey.run(BASE).all().expectation("X1");
    assertThat(pct(x.get(0))).isEqualByComparingTo("50.00");
    assertThat(pct(x.get(1))).isEqualByComparingTo("33.33");
    assertThat(pct(x.get(2))).isEqualByComparingTo("33.33");
    // ANSWERED base: r3 blank and r5 no opinion left out → 4: 75, 50, 50
    List<Figure> xa = SmallSurvey.run(BASE.withExpectationBase(ExpectationBase.ANSWERED)).all().expectation("X1");
    assertThat(pct(xa.get(0))).isEqualByComparingTo("75.00");
    assertThat(pct(xa.get(1))).isEqualByComparingTo("50.00");
    assertThat(xa.get(1).respondents()).isEqualTo(4);
  }

  @Test
  void byUnitFieldAndGroup() {
    SurveyResults r = SmallSurvey.run(BASE);
    // P = C1 + C2 (r1..r4): S1 5,4,3 → 2/3; S2 4,2,5 → 2/3; S3 3,5,4 → 2/3 → every figure 66.67
    assertThat(pct(r.unit("P").overall())).isEqualByComparingTo("66.67");
    assertThat(r.unit("P").respondents()).isEqualTo(4);
    // Q (r5, r6): S1 1,5 → 50; S2 4,5 → 100; S3 2,5 → 50; E1 = 75, E2 = 50, overall 62.5
    assertThat(pct(r.unit("Q").overall())).isEqualByComparingTo("62.50");
    // C1 (r1, r2): S1 100, S2 50, S3 0/1 = 0 → E1 75, E2 0 → 37.5
    assertThat(pct(r.unit("C1").overall())).isEqualByComparingTo("37.50");
    // F1 (r1, r3, r5): S1 1/3, S2 2/2, S3 1/3 → E1 = (33.33… + 100)/2 = 66.66…, E2 = 33.33… → 50
    assertThat(pct(r.serviceField("F1").overall())).isEqualByComparingTo("50.00");
    // G1 (r1, r3, r6): S1 2/3, S2 2/2, S3 2/3 → E1 83.33…, E2 66.66… → 75
    assertThat(pct(r.group("G1").overall())).isEqualByComparingTo("75.00");
  }

  @Test
  void nationalBothWays() {
    SurveyResults r = SmallSurvey.run(BASE);
    // mean of provinces: (66.666… + 62.5) / 2 = 64.58333… → 64.58
    Figure mean = r.national(SurveyResults.National.MEAN_OF_PROVINCES);
    assertThat(pct(mean)).isEqualByComparingTo("64.58");
    assertThat(mean.label()).contains("mean of 2 provinces");
    // pooled: the all-respondents overall figure, 65
    Figure pooled = r.national(SurveyResults.National.POOLED);
    assertThat(pct(pooled)).isEqualByComparingTo("65.00");
    assertThat(pooled.label()).contains("pooled");
  }

  @Test
  void weightedByRespondentWeights() {
    PopulationReport w = SmallSurvey.run(BASE.withWeighting(Weighting.RESPONDENT_WEIGHTS)).all();
    // weights r1..r6 = 2, 1, 1, 0.5, 1, 1.5
    // S1: satisfied r1 2 + r2 1 + r6 1.5 = 4.5; valid + r3 1 + r5 1 = 6.5 → 69.2307… → 69.23
    assertThat(pct(w.item("S1"))).isEqualByComparingTo("69.23");
    assertThat(w.item("S1").numerator()).isEqualByComparingTo("4.5");
    assertThat(w.item("S1").denominator()).isEqualByComparingTo("6.5");
    assertThat(w.item("S1").respondents()).isEqualTo(5);
    // Kish n = 6.5² / (4 + 1 + 1 + 1 + 2.25) = 42.25 / 9.25 = 4.5675675…
    assertThat(w.item("S1").effectiveN().setScale(6, java.math.RoundingMode.HALF_UP))
        .isEqualByComparingTo("4.567568");
    // S2: satisfied r1 2 + r4 0.5 + r5 1 + r6 1.5 = 5, valid + r2 1 = 6 → 83.33
    assertThat(pct(w.item("S2"))).isEqualByComparingTo("83.33");
    // S3: satisfied r3 1 + r4 0.5 + r6 1.5 = 3 of 6 → 50
    assertThat(pct(w.item("S3"))).isEqualByComparingTo("50.00");
    // E1 = (900/13 + 250/3)/2 = 2975/39 = 76.2820… → 76.28; overall = (2975/39 + 50)/2 = 4925/78 = 63.1410… → 63.14
    assertThat(pct(w.element("E1"))).isEqualByComparingTo("76.28");
    assertThat(pct(w.overall())).isEqualByComparingTo("63.14");
    // expectation option 1 (r1 2, r2 1, r6 1.5 = 4.5 of total weight 7) = 64.2857… → 64.29
    assertThat(pct(w.expectation("X1").get(0))).isEqualByComparingTo("64.29");
  }

  @Test
  void unitWeightsGiveTheUnweightedResult() {
    List<Respondent> ones = SmallSurvey.ROWS.stream().map(r -> r.withWeight(BigDecimal.ONE)).toList();
    PopulationReport w = SmallSurvey.run(BASE.withWeighting(Weighting.RESPONDENT_WEIGHTS), ones).all();
    PopulationReport u = SmallSurvey.run(BASE, ones).all();
    assertThat(w.overall().exactPercent()).isEqualTo(u.overall().exactPercent());
    assertThat(w.item("S1").interval().orElseThrow().lower()).isEqualByComparingTo(
        u.item("S1").interval().orElseThrow().lower());
  }

  @Test
  void intervalOfAnItem() {
    // S3: 3 of 5 → Wilson (hand, z = 1.96): z² = 3.8416, z²/n = 0.76832, 1 + z²/n = 1.76832;
    // centre = (0.6 + 0.38416)/1.76832 = 0.556528…; √(0.24/5 + 3.8416/100) = √0.086416 = 0.293966…;
    // half = 1.96/1.76832 × 0.293966 = 0.325828…; bounds 0.230700 and 0.882356 → 23.07, 88.24
    Figure s3 = SmallSurvey.run(BASE).all().item("S3");
    assertThat(s3.interval().orElseThrow().lower()).isEqualByComparingTo("23.07");
    assertThat(s3.interval().orElseThrow().upper()).isEqualByComparingTo("88.24");
    assertThat(s3.summary()).isEqualTo("60.00% (3 of 5; 95% CI 23.07–88.24 (Wilson, n = 5))");
  }

  @Test
  void badRowsAreRejectedWholeNamingTheItem() {
    SurveyAccumulator acc = new SurveyAccumulator(SmallSurvey.Q, SmallSurvey.FRAME, BASE);
    assertThatThrownBy(() -> acc.add(0, -1, -1, 1000, new int[] {5, 6, 4, 3, 1, 1, 5}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("item S2: answer code 6");
    assertThatThrownBy(() -> acc.add(0, -1, -1, 1000, new int[] {5, 4, 4, 3, 1, 8, 5}))
        .hasMessageContaining("item X1: answer code 8");
    assertThatThrownBy(() -> acc.add(9, -1, -1, 1000, new int[7])).hasMessageContaining("unit position 9");
    assertThatThrownBy(() -> acc.add(0, -1, -1, 1000, new int[3])).hasMessageContaining("expected 7 answers");
    assertThat(acc.size()).isZero();
    assertThat(acc.result().all().overall().isDefined()).isFalse();
    // the first bad row had counted S1 = 5 before reaching S2 = 6: undone
    assertThat(acc.result().all().item("S1").denominator()).isEqualByComparingTo("0");
    assertThat(acc.result().unit("P").item("S1").denominator()).isEqualByComparingTo("0");
  }

  @Test
  void mergeEqualsOneAccumulator() {
    SurveyAccumulator a = new SurveyAccumulator(SmallSurvey.Q, SmallSurvey.FRAME, BASE);
    SurveyAccumulator b = new SurveyAccumulator(SmallSurvey.Q, SmallSurvey.FRAME, BASE);
    SmallSurvey.ROWS.subList(0, 3).forEach(a::add);
    SmallSurvey.ROWS.subList(3, 6).forEach(b::add);
    a.merge(b);
    assertThat(pct(a.result().all().overall())).isEqualByComparingTo("65.00");
  }

  @Test
  void renderShowsMethodAndArithmetic() {
    String text = SmallSurvey.run(BASE).unit("P").render();
    assertThat(text).contains("method: valid answers: ANSWERED_ONLY").contains("S1 Chỗ ngồi chờ: 66.67%")
        .contains("(1 hài lòng + 1 rất hài lòng) / 3 valid × 100");
  }
}
