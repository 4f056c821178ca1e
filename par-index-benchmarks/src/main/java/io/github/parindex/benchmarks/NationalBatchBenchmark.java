package io.github.parindex.benchmarks;

import io.github.parindex.engine.Engine;
import io.github.parindex.engine.Ranking;
import io.github.parindex.engine.Scorecard;
import io.github.parindex.model.Assessment;
import io.github.parindex.model.UnitLevel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A national batch on one thread, in milliseconds: 34 provinces of a 100-leaf set, 3,321 communes and 700
 * departments of 40-leaf sets (SYNTHETIC, {@link io.github.parindex.examples.SyntheticProvince}), every unit scored
 * with its explanations and graded, then each level ranked by block ({@code Ranking.of}, every entry read). Target:
 * under 50 ms warm. {@code handLoop} is the same work by the hand-written {@link HandLoop} and a plain sort per
 * block.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xmx512m"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 4, time = 3)
public class NationalBatchBenchmark {
  static final int PROVINCES = 34;
  static final int COMMUNES = 3_321;
  static final int DEPARTMENTS = 700;

  List<EngineData> levels;

  @Setup
  public void setUp() {
    levels = List.of(
        new EngineData("synthetic-province", UnitLevel.PROVINCE, 100, PROVINCES, "P",
            List.of("Miền Bắc", "Miền Trung", "Miền Nam")).verified(),
        new EngineData("synthetic-commune", UnitLevel.COMMUNE, 40, COMMUNES, "X", List.of("Xã", "Phường", "Đặc khu")),
        new EngineData("synthetic-department", UnitLevel.DEPARTMENT, 40, DEPARTMENTS, "S",
            List.of("Sở", "Ban, ngành")));
    levels.get(1).verified();
    levels.get(2).verified();
  }

  /** Score and grade every unit with the engine, rank each level by block, read every ranked entry. */
  @Benchmark
  public long batch() {
    long sum = 0;
    for (EngineData level : levels) {
      List<Scorecard> cards = new ArrayList<>(level.assessments.size());
      for (Assessment a : level.assessments) {
        cards.add(Engine.score(level.ruleSet, a));
      }
      for (Ranking.Entry e : Ranking.of(cards, Ranking.Scope.BLOCK, Ranking.TieRule.SHARED).entries()) {
        sum += e.rank();
      }
    }
    return sum;
  }

  /** BASELINE: the same with the hand-written loop and a plain sort per block (shared ranks for ties). */
  @Benchmark
  public long handLoop() {
    long sum = 0;
    for (EngineData level : levels) {
      Map<String, List<BigDecimal>> byBlock = new HashMap<>();
      for (Assessment a : level.assessments) {
        HandLoop.Result r = level.loop.score(a);
        byBlock.computeIfAbsent(a.unit().block().orElseThrow(), b -> new ArrayList<>()).add(r.index());
      }
      for (List<BigDecimal> block : byBlock.values()) {
        block.sort(Comparator.reverseOrder());
        int rank = 0;
        for (int i = 0; i < block.size(); i++) {
          if (i == 0 || block.get(i).compareTo(block.get(i - 1)) != 0) {
            rank = i + 1;
          }
          sum += rank;
        }
      }
    }
    return sum;
  }
}
