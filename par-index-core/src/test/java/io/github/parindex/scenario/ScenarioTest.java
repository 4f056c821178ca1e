package io.github.parindex.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.parindex.engine.Engine;
import io.github.parindex.engine.Ranking;
import io.github.parindex.engine.Scorecard;
import io.github.parindex.method.Answer;
import io.github.parindex.method.Methods;
import io.github.parindex.model.Assessment;
import io.github.parindex.model.GradeBand;
import io.github.parindex.model.ParIndexException;
import io.github.parindex.model.RuleSet;
import io.github.parindex.testing.Fixtures;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Scenarios on the fixture (base: 5 of 10 = 50%, C; component 1 2/6 = 33.33%, component 2 3/4 = 75%). */
class ScenarioTest {
  final RuleSet rs = Fixtures.ruleSet();
  final Assessment a = Fixtures.assessment();

  @Test
  void anAnswerChangeIsDiffedNodeByNode() {
    // 1.1: 60% → 80% moves it into "80% to under 100%": 0 → 1 point.
    // Component 1: 0 + 0 + 2 = 2 → 1 + 0 + 2 = 3; index 2/6 = 33.33% → 3/6 = 50.00%.
    // Total 5 → 6, index 50% → 60%, grade C → C (B needs 70).
    ScenarioResult r = Scenario.named("1.1 to 80%").answer("1.1", Answer.percent("80")).run(rs, a);
    ScorecardDiff d = r.diff();

    assertThat(d.totalChange()).isEqualByComparingTo("1");
    assertThat(d.indexChange()).isEqualByComparingTo("10");
    assertThat(d.gradeChanged()).isFalse();
    assertThat(d.gradeAfter().map(GradeBand::label)).contains("C");
    assertThat(d.changedNodes()).extracting(ScorecardDiff.NodeChange::code).containsExactly("1", "1.1");
    ScorecardDiff.NodeChange c1 = d.node("1").orElseThrow();
    assertThat(c1.pointsBefore().orElseThrow()).isEqualByComparingTo("2");
    assertThat(c1.pointsAfter().orElseThrow()).isEqualByComparingTo("3");
    assertThat(c1.indexBefore().orElseThrow()).isEqualByComparingTo("33.33");
    assertThat(c1.indexAfter().orElseThrow()).isEqualByComparingTo("50.00");
    assertThat(c1.indexChange().orElseThrow()).isEqualByComparingTo("16.67");
    assertThat(d.node("1.1").orElseThrow().pointsChange()).isEqualByComparingTo("1");
    assertThat(d.render()).contains("index: 50.00% → 60.00% (+10.00)").contains("1.1 ");
    // the originals are untouched
    assertThat(a.input("1.1").orElseThrow().selfAssessed()).contains(Answer.percent("60"));
  }

  @Test
  void aBandBoundaryChangeGivesTheSamePointsAsTheBetterAnswer() {
    // "80% to under 100%" becomes "60% to under 100%", "under 80%" becomes "under 60%": 60% now earns 1 point.
    ScenarioResult r = Scenario.named("band from 60%").with(Change.bandBoundary("1.1", "80", "60")).run(rs, a);
    assertThat(r.after().totalPoints()).isEqualByComparingTo("6");
    assertThat(r.after().index()).isEqualByComparingTo("60");
    assertThat(r.applied().ruleSet().node("1.1").orElseThrow().method().orElseThrow().describe())
        .isEqualTo("100% → 2; from 60% to under 100% → 1; under 60% → 0");
    assertThat(rs.node("1.1").orElseThrow().method().orElseThrow().describe()).contains("from 80%");
  }

  @Test
  void aLeafMaximumChangeCarriesToItsParentAndTheTotal() {
    // 2.1 max 2 → 3: component 2 max 4 → 5, total max 10 → 11. Points unchanged: 5.
    // Index 5/11 × 100 = 45.4545... → 45.45%, below C's 50: no grade. Component 2: 3/5 = 60.00%.
    ScenarioResult r = Scenario.named("2.1 worth 3").with(Change.maximum("2.1", "3")).run(rs, a);
    assertThat(r.applied().ruleSet().maxTotal()).isEqualByComparingTo("11");
    assertThat(r.applied().ruleSet().node("2").orElseThrow().maxPoints()).isEqualByComparingTo("5");
    assertThat(r.after().index()).isEqualByComparingTo("45.45");
    assertThat(r.after().grade()).isEmpty();
    ScorecardDiff.NodeChange c2 = r.diff().node("2").orElseThrow();
    assertThat(c2.maximumChanged()).isTrue();
    assertThat(c2.pointsChange()).isEqualByComparingTo("0");
    assertThat(c2.indexAfter().orElseThrow()).isEqualByComparingTo("60.00");
    assertThat(r.diff().render()).contains("maximum 4 → 5").contains("grade: C → no grade");
    assertThat(rs.maxTotal()).isEqualByComparingTo("10");
  }

  @Test
  void aParentMaximumOrAnUnknownCodeIsRefusedWithEveryProblemListed() {
    Scenario bad = Scenario.named("bad").with(Change.maximum("1", "7"), Change.method("9.9", Methods.proportional()),
        Change.answer("8.1", Answer.yes()), Change.bandBoundary("1.1", "55", "50"));
    assertThatThrownBy(() -> bad.apply(rs, a))
        .isInstanceOf(ParIndexException.class)
        .satisfies(e -> assertThat(((ParIndexException) e).problems()).hasSize(4))
        .hasMessageContaining("criterion 1 has sub-criteria (1.1, 1.2, 1.3); change its leaves instead")
        .hasMessageContaining("criterion 9.9")
        .hasMessageContaining("unit P1, criterion 8.1")
        .hasMessageContaining("no band starts or ends at 55%");
  }

  @Test
  void aMaximumBelowTheBandPointsIsACleanError() {
    // 1.1's top band gives 2 points; a maximum of 1.5 makes the band exceed the leaf.
    assertThatThrownBy(() -> Scenario.named("m").with(Change.maximum("1.1", "1.5")).apply(rs, a))
        .isInstanceOf(ParIndexException.class)
        .hasMessageContaining("criterion 1.1")
        .hasMessageContaining("gives 2 points, outside 0..1.5");
  }

  @Test
  void methodGradeAndNotApplicableChanges() {
    // 1.1 proportional: 2 × 60/100 = 1.2; total 6.2 → 62%; with B from 60%: grade B.
    ScenarioResult r = Scenario.named("mix")
        .with(Change.method("1.1", Methods.proportional()), Change.gradeThreshold("B", "60"))
        .run(rs, a);
    assertThat(r.after().totalPoints()).isEqualByComparingTo("6.2");
    assertThat(r.after().grade().map(GradeBand::label)).contains("B");
    assertThat(r.diff().gradeChanged()).isTrue();

    // 1.2 not applicable: effective maximum 10 − 1 = 9; total 5; 5/9 × 100 = 55.555... → 55.56%.
    ScenarioResult na = Scenario.named("na").notApplicable("1.2", "no plan required").run(rs, a);
    assertThat(na.after().effectiveMaximum()).isEqualByComparingTo("9");
    assertThat(na.after().index()).isEqualByComparingTo("55.56");
    assertThat(na.diff().node("1.2").orElseThrow().maximumChanged()).isTrue();
  }

  @Test
  void appraisedPointsOverrideTheSelfAssessedAnswer() {
    // 1.3 self-assessed Khá (2), council sets 1: total 5 → 4, 40%, no grade.
    ScenarioResult r = Scenario.named("council").appraisedPoints("1.3", "1", "thiếu minh chứng").run(rs, a);
    assertThat(r.after().totalPoints()).isEqualByComparingTo("4");
    assertThat(r.after().node("1.3").orElseThrow().selfAssessedPoints().orElseThrow()).isEqualByComparingTo("2");
    assertThat(r.diff().node("1.3").orElseThrow().pointsChange()).isEqualByComparingTo("-1");
  }

  @Test
  void rankChangeAmongPeers() {
    // Peers: X with 2.1 = 2 → 5.5 → 55%; Y with 2.1 = 2 and 1.2 yes → 6.5 → 65%. P1 50% ranks 3rd.
    // With 1.1 at 100% (+2): 7 → 70%, 1st.
    List<Scorecard> peers = List.of(
        Engine.score(rs, Fixtures.assessment("X", "Tỉnh X", "60", false, "Khá", "2", "75")),
        Engine.score(rs, Fixtures.assessment("Y", "Tỉnh Y", "60", true, "Khá", "2", "75")));
    ScenarioResult r = Scenario.named("1.1 full").answer("1.1", Answer.percent("100")).run(rs, a);
    ScorecardDiff d = r.diffAmong(peers, Ranking.Scope.ALL, Ranking.TieRule.SHARED);
    assertThat(d.rankBefore()).contains(3);
    assertThat(d.rankAfter()).contains(1);
    assertThat(d.rankChange()).contains(-2);
    assertThat(d.gradeAfter().map(GradeBand::label)).contains("B");
  }

  @Test
  void emptyScenarioGivesBackTheOriginals() {
    Scenario.Applied applied = Scenario.named("nothing").apply(rs, a);
    assertThat(applied.ruleSet()).isSameAs(rs);
    assertThat(applied.assessment()).isSameAs(a);
    assertThat(Scenario.named("nothing").run(rs, a).diff().changedNodes()).isEmpty();
    assertThat(BigDecimal.ZERO).isEqualByComparingTo(Scenario.named("nothing").run(rs, a).diff().indexChange());
  }
}
