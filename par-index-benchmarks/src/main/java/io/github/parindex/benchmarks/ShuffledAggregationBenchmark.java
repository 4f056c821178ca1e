package io.github.parindex.benchmarks;

import io.github.parindex.model.UnitLevel;
import io.github.parindex.sipas.Respondent;
import io.github.parindex.sipas.SurveyAccumulator;
import io.github.parindex.sipas.SurveyFrame;
import java.util.Random;
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
 * Aggregation of shuffled data over many combinations (SYNTHETIC): 3,321 communes × 10 service fields × 10
 * respondent groups = 332,100 (unit, field, group) combinations, each with 2 respondents, the 664,200 rows in a
 * random order (seed 20171010), answers of the QĐ 2640 questionnaire taken from {@link BenchData}'s synthetic
 * respondents. {@link SurveyAccumulator} (with its default, fixed block budget: 11,848 combinations) against
 * {@link PlainLoop} filling the same tables. One operation processes every row.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 3, jvmArgsAppend = {"-Xmx256m"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 4, time = 2)
public class ShuffledAggregationBenchmark {
  static final int COMMUNES = 3321;
  static final int FIELDS = 10;
  static final int GROUPS = 10;
  static final int PER_COMBINATION = 2;

  BenchData data;
  SurveyFrame frame;
  int rows;
  int[] unit;
  int[] field;
  int[] group;
  int[][] answers;
  int[] off;
  boolean[] multi;

  @Setup
  public void setUp() {
    data = new BenchData(100_000);
    SurveyFrame.Builder b = SurveyFrame.builder();
    for (int c = 0; c < COMMUNES; c++) {
      b.unit("X" + c, "Xã " + c, UnitLevel.COMMUNE);
    }
    for (int f = 0; f < FIELDS; f++) {
      b.serviceField("F" + f, "Lĩnh vực " + f);
    }
    for (int g = 0; g < GROUPS; g++) {
      b.group("G" + g, "Nhóm " + g);
    }
    frame = b.build();
    rows = COMMUNES * FIELDS * GROUPS * PER_COMBINATION;
    unit = new int[rows];
    field = new int[rows];
    group = new int[rows];
    answers = new int[rows][];
    int[] order = new int[rows];
    for (int r = 0; r < rows; r++) {
      order[r] = r;
    }
    Random rnd = new Random(BenchData.SEED);
    for (int r = rows - 1; r > 0; r--) {
      int j = rnd.nextInt(r + 1);
      int t = order[r];
      order[r] = order[j];
      order[j] = t;
    }
    for (int r = 0; r < rows; r++) {
      int combination = order[r] / PER_COMBINATION;
      unit[r] = combination / (FIELDS * GROUPS);
      field[r] = combination / GROUPS % FIELDS;
      group[r] = combination % GROUPS;
      answers[r] = data.answers[r % data.rows];
    }
    off = data.offsets();
    multi = data.multi();
  }

  /** The library: validation, one count per row in its combination's block or, past the budget, in the tables. */
  @Benchmark
  public long accumulator() {
    SurveyAccumulator acc = new SurveyAccumulator(data.questionnaire, frame, data.method);
    for (int r = 0; r < rows; r++) {
      acc.add(unit[r], field[r], group[r], Respondent.UNIT_WEIGHT, answers[r]);
    }
    return acc.size();
  }

  /** Baseline: the plain loop over the same rows, the same unit / field / group tables. */
  @Benchmark
  public long plainLoop() {
    return PlainLoop.count(COMMUNES, FIELDS, GROUPS, off, multi, unit, field, group, answers, rows);
  }
}
