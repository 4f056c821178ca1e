package io.github.parindex.benchmarks;

import io.github.parindex.engine.Engine;
import io.github.parindex.engine.Scorecard;
import io.github.parindex.model.Assessment;
import io.github.parindex.model.Problem;
import java.util.List;
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
 * {@code Engine.score} of a realistic SYNTHETIC 100-leaf province assessment (with every explanation) against the
 * hand-written baseline {@link HandLoop} in the same run, in assessments per second on one thread. Target: score
 * at least 20,000/s and at least 0.25 of {@code handLoop}. The 16 assessments are scored in turn.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xmx256m"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 4, time = 2)
public class ProvinceBenchmark {
  EngineData data;
  int next;

  @Setup
  public void setUp() {
    data = EngineData.province100().verified();
  }

  private Assessment nextAssessment() {
    Assessment a = data.assessments.get(next);
    next = (next + 1) % data.assessments.size();
    return a;
  }

  /** {@code Engine.score}: checked, every leaf scored, rounded and explained, totalled, graded. */
  @Benchmark
  public Scorecard score() {
    return Engine.score(data.ruleSet, nextAssessment());
  }

  /** {@code Engine.check} alone (nothing scored). */
  @Benchmark
  public List<Problem> check() {
    return Engine.check(data.ruleSet, nextAssessment());
  }

  /** BASELINE: the same points, index and grade by a plain hand-written BigDecimal loop. */
  @Benchmark
  public HandLoop.Result handLoop() {
    return data.loop.score(nextAssessment());
  }

  /** Reading every leaf's explanation text, as a report does (explanations are part of what is measured). */
  @Benchmark
  public int scoreAndRenderExplanations() {
    Scorecard card = Engine.score(data.ruleSet, nextAssessment());
    int chars = 0;
    for (var leaf : card.leaves()) {
      chars += leaf.explanation().orElseThrow().render().length();
    }
    return chars;
  }
}
