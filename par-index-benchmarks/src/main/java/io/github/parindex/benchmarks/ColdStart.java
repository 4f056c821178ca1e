package io.github.parindex.benchmarks;

import io.github.parindex.engine.Engine;
import io.github.parindex.engine.Scorecard;
import io.github.parindex.examples.SyntheticProvince;
import io.github.parindex.method.Improvement;
import io.github.parindex.model.Assessment;
import io.github.parindex.model.LeafInput;
import io.github.parindex.model.Node;
import io.github.parindex.model.RuleSet;
import io.github.parindex.model.UnitLevel;
import io.github.parindex.rules.OfficialRuleSets;
import io.github.parindex.rules.RuleSetRegistry;
import java.lang.management.ManagementFactory;

/**
 * Cold start, one shot in a fresh JVM: load the registry, take one bundled set ({@code vn-bnv-2948-province}),
 * score one assessment (every leaf answered for its maximum), and print the milliseconds since the JVM started and
 * those spent in this main. Run it several times: {@code java -cp benchmarks.jar
 * io.github.parindex.benchmarks.ColdStart}. Not a JMH benchmark and not a test.
 */
public final class ColdStart {
  private ColdStart() {}

  /**
   * Runs the cold start once.
   *
   * @param args none
   */
  public static void main(String[] args) {
    long start = System.nanoTime();
    RuleSet rs = RuleSetRegistry.load().get(OfficialRuleSets.BNV_2948_PROVINCE);
    Assessment.Builder b = Assessment.builder()
        .unit(SyntheticProvince.unit("P01", UnitLevel.PROVINCE, "Tỉnh")).ruleSetId(rs.id())
        .year(rs.years().firstYear());
    for (Node top : rs.nodes()) {
      top.forEach(n -> {
        if (n.isLeaf()) {
          Improvement best = n.method().orElseThrow().answerFor(n.maxPoints(), n.maxPoints()).orElseThrow();
          b.addInputs(LeafInput.self(n.code(), best.answer()));
        }
      });
    }
    Scorecard card = Engine.score(rs, b.build());
    long inMain = (System.nanoTime() - start) / 1_000_000;
    long sinceJvm = ManagementFactory.getRuntimeMXBean().getUptime();
    System.out.println("cold start: " + card.totalPoints().toPlainString() + " points; " + inMain
        + " ms in main, " + sinceJvm + " ms since the JVM started");
  }
}
