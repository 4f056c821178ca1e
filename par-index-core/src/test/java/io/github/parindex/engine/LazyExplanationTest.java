package io.github.parindex.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.parindex.method.Answer;
import io.github.parindex.method.ScoringMethod;
import io.github.parindex.model.Assessment;
import io.github.parindex.model.LeafInput;
import io.github.parindex.model.Node;
import io.github.parindex.model.ParIndexException;
import io.github.parindex.model.RoundingStage;
import io.github.parindex.model.RuleSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;

/**
 * The engine computes a leaf's points with {@link ScoringMethod#points} and writes its explanation only when it is
 * read: the points must be the method's own {@code apply} points exactly (value and scale), and the explanation the
 * same whoever reads it first. The explanations' words are pinned byte for byte by the golden reports in
 * {@code par-index-examples}.
 */
class LazyExplanationTest {

  @Property(tries = 300)
  @Label("every built-in method's points(answer) equals apply(answer).points(), scale included")
  void pointsAgreeWithApply(@ForAll long seed, @ForAll RoundingStage stage) {
    RandomCases g = new RandomCases(seed).withBonusAndPenalty();
    RuleSet rs = g.ruleSet(stage);
    Assessment a = g.assessment(rs);
    for (LeafInput in : a.inputs()) {
      Node leaf = rs.node(in.code()).orElseThrow();
      if (!leaf.isLeaf()) {
        continue;
      }
      ScoringMethod m = leaf.method().orElseThrow();
      List<Answer> answers = new ArrayList<>();
      in.selfAssessed().ifPresent(answers::add);
      in.measured().ifPresent(answers::add);
      in.appraisal().flatMap(ap -> ap.answer()).ifPresent(answers::add);
      for (Answer answer : answers) {
        if (m.answerProblems(answer, leaf.maxPoints()).isEmpty()) {
          assertThat(m.points(answer, leaf.maxPoints())).as("%s %s", m.kind(), answer.describe())
              .isEqualTo(m.apply(answer, leaf.maxPoints()).points());
        }
      }
    }
  }

  @Property(tries = 60)
  @Label("explanations read first by several threads at once equal those of a second score read by one thread")
  void explanationsAreTheSameWhoeverReadsThemFirst(@ForAll long seed) throws Exception {
    RandomCases g = new RandomCases(seed).withBonusAndPenalty();
    RuleSet rs = g.ruleSet(RoundingStage.LEAF);
    Assessment a = g.assessment(rs);
    Scorecard first;
    try {
      first = Engine.score(rs, a);
    } catch (ParIndexException e) {
      Assume.that(!e.getMessage().contains("penalties make"));
      throw e;
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<String>>> reads = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        reads.add(pool.submit(() -> first.leaves().stream()
            .map(n -> n.explanation().orElseThrow().render()).toList()));
      }
      Scorecard second = Engine.score(rs, a);
      List<String> expected = second.leaves().stream().map(n -> n.explanation().orElseThrow().render()).toList();
      for (Future<List<String>> r : reads) {
        assertThat(r.get()).isEqualTo(expected);
      }
      assertThat(first).isEqualTo(second).hasSameHashCodeAs(second);
    } finally {
      pool.shutdownNow();
    }
  }
}
