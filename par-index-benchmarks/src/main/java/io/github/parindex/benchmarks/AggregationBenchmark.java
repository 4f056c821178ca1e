package io.github.parindex.benchmarks;

import io.github.parindex.sipas.Respondent;
import io.github.parindex.sipas.SurveyAccumulator;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Aggregation throughput, rows per second: {@link SurveyAccumulator} against a plain hand-written counting loop over
 * the same int arrays that fills the same tables (per unit, per service field, per group: one counter per item and
 * answer code, multi-select bits expanded), without validation. A second baseline counts only the whole-sample
 * table (a third of the work) for reference. Every operation processes all {@code rows}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 3, jvmArgsAppend = {"-Xmx256m"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 4, time = 2)
public class AggregationBenchmark {
  @Param("100000")
  int rows;

  BenchData data;
  int[] off;
  boolean[] multi;
  int units;
  int fields;
  int groups;

  @Setup
  public void setUp() {
    data = new BenchData(rows);
    off = data.offsets();
    multi = data.multi();
    units = data.frame.units().size();
    fields = data.frame.serviceFields().size();
    groups = data.frame.groups().size();
  }

  /** The library: validation, per-unit/field/group counters, respondent counters. */
  @Benchmark
  public long accumulator() {
    SurveyAccumulator acc = new SurveyAccumulator(data.questionnaire, data.frame, data.method);
    int[] u = data.unit;
    int[] f = data.field;
    int[] g = data.group;
    int[][] a = data.answers;
    for (int r = 0; r < rows; r++) {
      acc.add(u[r], f[r], g[r], Respondent.UNIT_WEIGHT, a[r]);
    }
    return acc.size();
  }

  /** The same, then the province's overall figure (exact aggregation, Wilson interval), to show it is negligible. */
  @Benchmark
  public Object accumulatorWithResult() {
    SurveyAccumulator acc = new SurveyAccumulator(data.questionnaire, data.frame, data.method);
    for (int r = 0; r < rows; r++) {
      acc.add(data.unit[r], data.field[r], data.group[r], Respondent.UNIT_WEIGHT, data.answers[r]);
    }
    return acc.result().unit("TG").overall();
  }

  /** Plain hand-written loop: the same tables, flat long arrays, no checks. */
  @Benchmark
  public long plainLoop() {
    return PlainLoop.count(units, fields, groups, off, multi, data.unit, data.field, data.group, data.answers, rows);
  }

  /** Reference only: the whole-sample table alone (no unit, field or group breakdown). */
  @Benchmark
  public long plainLoopTotalOnly() {
    long[] counts = new long[off[off.length - 1]];
    int[][] all = data.answers;
    for (int r = 0; r < rows; r++) {
      int[] a = all[r];
      for (int i = 0; i < a.length; i++) {
        int c = a[i];
        if (multi[i] && c > 0) {
          for (int m = c; m != 0; m &= m - 1) {
            counts[off[i] + 2 + Integer.numberOfTrailingZeros(m)]++;
          }
        } else {
          counts[off[i] + c + 1]++;
        }
      }
    }
    return counts[3];
  }
}
