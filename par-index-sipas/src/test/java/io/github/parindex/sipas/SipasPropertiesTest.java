package io.github.parindex.sipas;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.parindex.sipas.SipasMethod.Aggregation;
import io.github.parindex.sipas.SipasMethod.IntermediateRounding;
import io.github.parindex.sipas.SipasMethod.ValidAnswers;
import io.github.parindex.sipas.SipasMethod.Weighting;
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
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** Invariants of SIPAS aggregation over random samples of {@link SmallSurvey}'s questionnaire and frame. */
class SipasPropertiesTest {

  @Provide
  Arbitrary<Respondent> respondent() {
    Arbitrary<Integer> sat = Arbitraries.integers().between(-1, 5);
    return Combinators.combine(
        Arbitraries.integers().between(0, 3), Arbitraries.integers().between(-1, 0),
        Arbitraries.integers().between(-1, 1), Arbitraries.integers().between(1, 3000),
        sat.list().ofSize(5), Arbitraries.integers().between(-1, 3), Arbitraries.integers().between(-1, 7))
        .as((u, f, g, w, s, j, x) -> Respondent.of(u, f, g,
                new int[] {s.get(0), s.get(1), s.get(2), s.get(3), j, x, s.get(4)})
            .withWeight(BigDecimal.valueOf(w, 3)));
  }

  @Provide
  Arbitrary<SipasMethod> method() {
    return Combinators.combine(
        Arbitraries.of(ValidAnswers.class),
        Arbitraries.of(Aggregation.MEAN_OF_ITEMS, Aggregation.POOLED_ANSWERS),
        Arbitraries.of(Aggregation.MEAN_OF_ITEMS, Aggregation.MEAN_OF_ELEMENTS, Aggregation.POOLED_ANSWERS),
        Arbitraries.of(Aggregation.class),
        Arbitraries.of(Weighting.class),
        Arbitraries.of(IntermediateRounding.class),
        Arbitraries.of(SipasMethod.ExpectationBase.class))
        .as((v, e, a, o, w, r, x) -> SipasMethod.meanOfElements().withValidAnswers(v).withElement(e).withAspect(a)
            .withOverall(o).withWeighting(w).withRounding(r).withExpectationBase(x));
  }

  static List<Figure> everyFigure(SurveyResults r) {
    List<Figure> out = new ArrayList<>();
    List<PopulationReport> reports = new ArrayList<>(List.of(r.all(), r.unit("P"), r.unit("C2"), r.unit("Q"),
        r.serviceField("F1"), r.group("G1"), r.group("G2")));
    for (PopulationReport p : reports) {
      out.add(p.overall());
      out.addAll(p.aspects());
      out.addAll(p.elements());
      out.addAll(p.items());
      out.addAll(p.judgement("J1"));
      out.addAll(p.expectation("X1"));
    }
    out.add(r.national(SurveyResults.National.MEAN_OF_PROVINCES));
    out.add(r.national(SurveyResults.National.POOLED));
    return out;
  }

  static List<Optional<BigDecimal>> shares(SurveyResults r) {
    return everyFigure(r).stream().map(Figure::exactPercent).toList();
  }

  @Property(tries = 100)
  void everyShareIsAPercentage(@ForAll @Size(max = 40) List<@From("respondent") Respondent> rows,
      @ForAll("method") SipasMethod m) {
    for (Figure f : everyFigure(SmallSurvey.run(m, rows))) {
      f.percent().ifPresent(p -> assertThat(p).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100)));
      f.interval().ifPresent(ci -> {
        assertThat(ci.lower()).isBetween(BigDecimal.ZERO, f.percent().orElseThrow().max(BigDecimal.ZERO));
        assertThat(ci.upper()).isBetween(f.percent().orElseThrow(), BigDecimal.valueOf(100));
      });
    }
  }

  @Property(tries = 100)
  void resultDoesNotDependOnRespondentOrder(@ForAll @Size(max = 40) List<@From("respondent") Respondent> rows,
      @ForAll("method") SipasMethod m, @ForAll long seed) {
    List<Respondent> shuffled = new ArrayList<>(rows);
    Collections.shuffle(shuffled, new Random(seed));
    assertThat(shares(SmallSurvey.run(m, shuffled))).isEqualTo(shares(SmallSurvey.run(m, rows)));
  }

  @Property(tries = 100)
  void duplicatingTheSampleKeepsEveryShare(@ForAll @Size(max = 40) List<@From("respondent") Respondent> rows,
      @ForAll("method") SipasMethod m) {
    List<Respondent> twice = new ArrayList<>(rows);
    twice.addAll(rows);
    List<Optional<BigDecimal>> a = shares(SmallSurvey.run(m, rows));
    List<Optional<BigDecimal>> b = shares(SmallSurvey.run(m, twice));
    assertThat(b).hasSameSizeAs(a);
    for (int i = 0; i < a.size(); i++) {
      assertThat(b.get(i).isPresent()).isEqualTo(a.get(i).isPresent());
      if (a.get(i).isPresent()) {
        assertThat(b.get(i).get()).isEqualByComparingTo(a.get(i).get());
      }
    }
  }

  @Property(tries = 100)
  void movingOneAnswerUpNeverLowersASatisfactionShare(@ForAll @Size(min = 1, max = 40)
      List<@From("respondent") Respondent> rows, @ForAll("method") SipasMethod m, @ForAll long seed) {
    Random rnd = new Random(seed);
    int which = rnd.nextInt(rows.size());
    int[] satItems = {0, 1, 2, 3, 6};
    int item = satItems[rnd.nextInt(satItems.length)];
    Respondent r = rows.get(which);
    int[] answers = r.answers();
    if (answers[item] < 1 || answers[item] > 4) {
      answers[item] = 1 + rnd.nextInt(4); // put it on the scale first, then move it up
      rows = new ArrayList<>(rows);
      rows.set(which, Respondent.of(r.unit(), r.field(), r.group(), answers.clone())
          .withWeight(BigDecimal.valueOf(r.weightUnits(), 3)));
    }
    int[] up = answers.clone();
    up[item]++;
    List<Respondent> moved = new ArrayList<>(rows);
    moved.set(which, Respondent.of(r.unit(), r.field(), r.group(), up).withWeight(BigDecimal.valueOf(r.weightUnits(),
        3)));
    List<Figure> before = satisfaction(SmallSurvey.run(m, rows));
    List<Figure> after = satisfaction(SmallSurvey.run(m, moved));
    for (int i = 0; i < before.size(); i++) {
      if (before.get(i).isDefined()) {
        assertThat(after.get(i).exactPercent().orElseThrow())
            .as(before.get(i).code()).isGreaterThanOrEqualTo(before.get(i).exactPercent().orElseThrow());
      }
    }
  }

  static List<Figure> satisfaction(SurveyResults r) {
    List<Figure> out = new ArrayList<>();
    for (PopulationReport p : List.of(r.all(), r.unit("P"), r.unit("Q"), r.serviceField("F1"), r.group("G1"))) {
      out.add(p.overall());
      out.addAll(p.aspects());
      out.addAll(p.elements());
      out.addAll(p.items());
    }
    out.add(r.national(SurveyResults.National.MEAN_OF_PROVINCES));
    return out;
  }
}
