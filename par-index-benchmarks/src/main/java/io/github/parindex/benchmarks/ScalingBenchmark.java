package io.github.parindex.benchmarks;

import io.github.parindex.engine.Engine;
import io.github.parindex.engine.Ranking;
import io.github.parindex.engine.Scorecard;
import io.github.parindex.model.Assessment;
import io.github.parindex.model.UnitLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The two scaling axes of the engine, in microseconds per operation, so that a quadratic spot shows as a number:
 * leaves (one SYNTHETIC assessment of 100, 1,000 and 10,000 leaves, {@code Engine.score} and the hand-written
 * {@link HandLoop}) and units (a ranking of 100, 1,000 and 10,000 scorecards: {@code Ranking.of} by block and
 * {@code rankOf} for every unit, under the default tie rule and the unrounded index). Linear cost means ×10 per
 * step.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 4, time = 2)
public class ScalingBenchmark {

  /** One assessment of a rule set with {@code leaves} leaves. */
  @State(Scope.Benchmark)
  public static class Leaves {
    @Param({"100", "1000", "10000"})
    public int leaves;
    EngineData data;

    @Setup(Level.Trial)
    public void setUp() {
      data = new EngineData("synthetic-" + leaves, UnitLevel.PROVINCE, leaves, 1, "P", List.of("Tỉnh")).verified();
    }
  }

  /**
   * {@code units} scorecards of a small (10-leaf) commune set in 4 blocks: what is measured is the ranking, under
   * the default tie rule and under the unrounded index (a division per tied unit).
   */
  @State(Scope.Benchmark)
  public static class Units {
    @Param({"100", "1000", "10000"})
    public int units;
    @Param({"SHARED", "EXACT_INDEX_THEN_SHARED"})
    public Ranking.TieRule tieRule;
    List<Scorecard> cards;

    @Setup(Level.Trial)
    public void setUp() {
      EngineData data = new EngineData("synthetic-commune", UnitLevel.COMMUNE, 10, Math.min(units, 500), "C",
          List.of("Xã", "Phường", "Thị trấn", "Đặc khu"));
      cards = new ArrayList<>(units);
      List<Scorecard> distinct = new ArrayList<>();
      for (Assessment a : data.assessments) {
        distinct.add(Engine.score(data.ruleSet, a));
      }
      // More units than distinct answer sheets: the same sheets under other unit codes (scored, not copied).
      for (int i = 0; i < units; i++) {
        Assessment a = data.assessments.get(i % data.assessments.size());
        cards.add(i < distinct.size() ? distinct.get(i) : Engine.score(data.ruleSet, Assessment.builder().from(a)
            .unit(io.github.parindex.examples.SyntheticProvince.unit("C" + i, UnitLevel.COMMUNE,
                a.unit().block().orElseThrow())).build()));
      }
    }
  }

  /** {@code Engine.score} of one assessment with every explanation. */
  @Benchmark
  public Scorecard scoreLeaves(Leaves s) {
    return Engine.score(s.data.ruleSet, s.data.assessments.get(0));
  }

  /** BASELINE: the hand-written loop over the same assessment. */
  @Benchmark
  public HandLoop.Result handLoopLeaves(Leaves s) {
    return s.data.loop.score(s.data.assessments.get(0));
  }

  /** {@code Ranking.of} by block under the tie rule, then {@code rankOf} for every unit. */
  @Benchmark
  public long rankEveryUnit(Units s) {
    Ranking r = Ranking.of(s.cards, Ranking.Scope.BLOCK, s.tieRule);
    long sum = 0;
    for (Scorecard c : s.cards) {
      sum += r.rankOf(c.unit().code()).orElseThrow();
    }
    return sum;
  }
}
