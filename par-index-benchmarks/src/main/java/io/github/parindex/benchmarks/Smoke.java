package io.github.parindex.benchmarks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The smoke mode of the benchmarks, for CI: every benchmark but the million-row one, in this JVM (no fork), one
 * short warm-up and one short measurement each, then the ratios the targets are judged by. It checks that the
 * benchmarks run and that the hand-written baselines agree with the engine (each setup verifies it); it is NOT a
 * timing test: the figures of a few hundred milliseconds on a shared machine are printed, never asserted. Exits
 * with status 1 if any benchmark produced no result.
 *
 * <pre>
 * java -Xmx1g -cp par-index-benchmarks/target/benchmarks.jar io.github.parindex.benchmarks.Smoke
 * </pre>
 */
public final class Smoke {
  static final String INCLUDE =
      "(ProvinceBenchmark|ScalingBenchmark|NationalBatchBenchmark|GainsBenchmark|EngineBenchmark"
          + "|AggregationBenchmark|IngestBenchmark)\\.";

  private Smoke() {}

  public static void main(String[] args) throws RunnerException {
    Options options = new OptionsBuilder()
        .include(args.length > 0 ? args[0] : INCLUDE)
        .forks(0)
        .warmupIterations(1)
        .warmupTime(TimeValue.milliseconds(200))
        .measurementIterations(1)
        .measurementTime(TimeValue.milliseconds(300))
        .shouldFailOnError(true)
        .build();
    Collection<RunResult> results = new Runner(options).run();
    Map<String, Double> score = new TreeMap<>(); // figures printed in one order whatever order JMH reports
    for (RunResult r : results) {
      String name = r.getParams().getBenchmark().replace("io.github.parindex.benchmarks.", "");
      StringBuilder key = new StringBuilder(name);
      for (String p : r.getParams().getParamsKeys()) {
        key.append('[').append(r.getParams().getParam(p)).append(']');
      }
      score.put(key.toString(), r.getPrimaryResult().getScore());
    }
    System.out.println();
    System.out.println("Smoke mode: figures of one 300 ms iteration on this machine, NOT a timing test.");
    score.forEach((name, figure) -> System.out.printf(Locale.ROOT, "  %-55s %,.3f%n", name, figure));
    List<String> lines = new ArrayList<>();
    ratio(lines, score, "Engine.score / hand-written loop (target >= 0.25)", "ProvinceBenchmark.score",
        "ProvinceBenchmark.handLoop");
    value(lines, score, "Engine.score, assessments/s (target >= 20,000)", "ProvinceBenchmark.score");
    value(lines, score, "national batch, ms (target < 50)", "NationalBatchBenchmark.batch");
    ratio(lines, score, "national batch: hand-written / engine", "NationalBatchBenchmark.handLoop",
        "NationalBatchBenchmark.batch");
    ratio(lines, score, "leaves 1,000 / 100 (linear: 10)", "ScalingBenchmark.scoreLeaves[1000]",
        "ScalingBenchmark.scoreLeaves[100]");
    ratio(lines, score, "leaves 10,000 / 1,000 (linear: 10)", "ScalingBenchmark.scoreLeaves[10000]",
        "ScalingBenchmark.scoreLeaves[1000]");
    ratio(lines, score, "units 1,000 / 100 (n log n: ~15)", "ScalingBenchmark.rankEveryUnit[SHARED][1000]",
        "ScalingBenchmark.rankEveryUnit[SHARED][100]");
    ratio(lines, score, "units 10,000 / 1,000 (n log n: ~13)", "ScalingBenchmark.rankEveryUnit[SHARED][10000]",
        "ScalingBenchmark.rankEveryUnit[SHARED][1000]");
    value(lines, score, "rankOf every unit of 10,000, us (target < 20,000)",
        "ScalingBenchmark.rankEveryUnit[SHARED][10000]");
    ratio(lines, score, "10,000 units: unrounded index / default rule",
        "ScalingBenchmark.rankEveryUnit[EXACT_INDEX_THEN_SHARED][10000]",
        "ScalingBenchmark.rankEveryUnit[SHARED][10000]");
    value(lines, score, "Gains.pathToNextGrade, ms (target < 50)", "GainsBenchmark.pathToNextGrade");
    ratio(lines, score, "SIPAS accumulator / plain loop", "AggregationBenchmark.accumulator",
        "AggregationBenchmark.plainLoop");
    ratio(lines, score, "SIPAS ingest / Jackson parser alone", "IngestBenchmark.surveyCsvReader",
        "IngestBenchmark.jacksonParserAlone");
    lines.forEach(System.out::println);
    List<String> missing = new ArrayList<>();
    for (String expected : List.of("ProvinceBenchmark.score", "ProvinceBenchmark.handLoop",
        "NationalBatchBenchmark.batch", "GainsBenchmark.pathToNextGrade")) {
      if (args.length == 0 && !score.containsKey(expected)) {
        missing.add(expected);
      }
    }
    if (results.isEmpty() || !missing.isEmpty()) {
      System.out.println("FAILED: no result for " + (results.isEmpty() ? "any benchmark" : missing));
      System.exit(1);
    }
  }

  private static void value(List<String> lines, Map<String, Double> score, String label, String key) {
    if (score.containsKey(key)) {
      lines.add(String.format(Locale.ROOT, "  %-55s %,.1f", label, score.get(key)));
    }
  }

  private static void ratio(List<String> lines, Map<String, Double> score, String label, String a, String b) {
    if (score.containsKey(a) && score.containsKey(b)) {
      lines.add(String.format(Locale.ROOT, "  %-55s %.3f", label, score.get(a) / score.get(b)));
    }
  }
}
