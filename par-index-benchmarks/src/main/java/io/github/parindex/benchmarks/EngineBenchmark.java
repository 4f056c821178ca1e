package io.github.parindex.benchmarks;

import io.github.parindex.engine.Engine;
import io.github.parindex.engine.Scorecard;
import io.github.parindex.examples.SampleData;
import io.github.parindex.model.Assessment;
import io.github.parindex.model.Problem;
import io.github.parindex.model.RuleSet;
import io.github.parindex.rules.RuleSetJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
 * Baselines for scoring and rule-file reading, in microseconds per operation (no target attached yet):
 * {@link Engine#score} and {@link Engine#check} of the bundled ILLUSTRATIVE sample ({@link SampleData#ruleSet()},
 * {@link SampleData#tienGiang2017()}), and {@link RuleSetJson#parse} of a bundled rule file
 * ({@code vn-bnv-2948-province.json}) and of the sample rule set written as JSON. The JSON texts are read once in the
 * setup, so the benchmarks measure parsing and validation, not resource I/O.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xmx256m"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 4, time = 2)
public class EngineBenchmark {
  static final String BUNDLED = "/io/github/parindex/rules/bundled/vn-bnv-2948-province.json";

  RuleSet ruleSet;
  Assessment assessment;
  RuleSetJson json;
  String bundledText;
  String sampleText;

  @Setup
  public void setUp() {
    ruleSet = SampleData.ruleSet();
    assessment = SampleData.tienGiang2017();
    json = RuleSetJson.standard();
    try (InputStream in = RuleSetJson.class.getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new IllegalStateException("bundled rule file not on the class path: " + BUNDLED);
      }
      bundledText = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    sampleText = json.write(ruleSet);
    // sanity: what is measured works on this data
    json.parse(bundledText, BUNDLED);
    if (!json.parse(sampleText, "sample.json").equals(ruleSet)) {
      throw new IllegalStateException("the sample rule set does not survive a JSON round trip");
    }
    if (!Engine.check(ruleSet, assessment).isEmpty()) {
      throw new IllegalStateException("the sample assessment has problems: " + Engine.check(ruleSet, assessment));
    }
  }

  /** {@code Engine.score} of the sample assessment (every leaf scored, rounded, explained, totalled, graded). */
  @Benchmark
  public Scorecard score() {
    return Engine.score(ruleSet, assessment);
  }

  /** {@code Engine.check} of the sample assessment (every input checked against its method, nothing scored). */
  @Benchmark
  public List<Problem> check() {
    return Engine.check(ruleSet, assessment);
  }

  /** Reading the bundled 2948 provincial rule file from its text (parse, validate, build the {@code RuleSet}). */
  @Benchmark
  public RuleSet readBundledRuleSet() {
    return json.parse(bundledText, BUNDLED);
  }

  /** Reading the sample rule set from the JSON {@code RuleSetJson} writes for it. */
  @Benchmark
  public RuleSet readSampleRuleSet() {
    return json.parse(sampleText, "sample.json");
  }
}
