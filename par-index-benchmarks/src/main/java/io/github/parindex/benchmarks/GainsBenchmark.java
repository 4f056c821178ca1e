package io.github.parindex.benchmarks;

import io.github.parindex.model.Assessment;
import io.github.parindex.scenario.Gains;
import java.util.Optional;
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
 * {@code Gains.of(ruleSet, assessment).pathToNextGrade()} on the SYNTHETIC 100-leaf province set, in milliseconds.
 * Target: under 50 ms.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 4, time = 2)
public class GainsBenchmark {
  EngineData data;
  Assessment assessment;

  @Setup
  public void setUp() {
    data = EngineData.province100();
    assessment = data.assessments.get(0);
  }

  /** Every improvement option of the unit, then the cheapest path to the next grade. */
  @Benchmark
  public Optional<Gains.Path> pathToNextGrade() {
    return Gains.of(data.ruleSet, assessment).pathToNextGrade();
  }
}
