package io.github.parindex.benchmarks;

import io.github.parindex.lineage.LineageEvent;
import io.github.parindex.lineage.UnitLineage;
import io.github.parindex.model.LegalReference;
import io.github.parindex.model.Provenance;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * Lineage queries at the 2025 commune scale (ILLUSTRATIVE codes): 10,000 communes merged three into one
 * (3,333 merges of three, one commune unchanged). One operation builds the lineage from its events (so no answer is
 * cached from an earlier operation) and asks {@code predecessorsOf} for every new commune and
 * {@code successorsAt} for every old one. A second benchmark resolves 30 split-then-merge stages (2^30 paths
 * when every path is followed).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xmx256m"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 4, time = 2)
public class LineageBenchmark {
  static final LocalDate DAY = LocalDate.of(2025, 7, 1);
  static final LegalReference BASIS = LegalReference.of("ILLUSTRATIVE");

  List<String> oldCodes;
  List<String> newCodes;
  List<LineageEvent> merges;
  List<LineageEvent> stages;

  @Setup
  public void setUp() {
    oldCodes = new ArrayList<>();
    newCodes = new ArrayList<>();
    merges = new ArrayList<>();
    for (int c = 0; c < 10_000; c++) {
      oldCodes.add("c" + c);
    }
    for (int n = 0; n < 3333; n++) {
      newCodes.add("n" + n);
      merges.add(LineageEvent.merge(DAY, List.of("c" + 3 * n, "c" + (3 * n + 1), "c" + (3 * n + 2)), "n" + n,
          BASIS, Provenance.confirmed()));
    }
    newCodes.add("c9999");
    stages = new ArrayList<>();
    for (int k = 0; k < 30; k++) {
      stages.add(LineageEvent.split(DAY.plusDays(2L * k), "m" + k, List.of("a" + k, "b" + k), BASIS,
          Provenance.confirmed()));
      stages.add(LineageEvent.merge(DAY.plusDays(2L * k + 1), List.of("a" + k, "b" + k), "m" + (k + 1), BASIS,
          Provenance.confirmed()));
    }
  }

  /** Build the 10,000-commune lineage, then every new commune's predecessors and every old one's successors. */
  @Benchmark
  public long allCommunes() {
    UnitLineage.Builder b = UnitLineage.builder();
    oldCodes.forEach(c -> b.unit(c, c));
    newCodes.forEach(c -> b.unit(c, c));
    merges.forEach(b::event);
    UnitLineage l = b.build();
    long n = 0;
    for (String c : newCodes) {
      n += l.predecessorsOf(c, DAY).size();
    }
    for (String c : oldCodes) {
      n += l.successorsAt(c, DAY).size();
    }
    return n;
  }

  /** Build the 30-stage split-then-merge lineage and resolve its first unit. */
  @Benchmark
  public Object splitThenMerge30() {
    UnitLineage.Builder b = UnitLineage.builder().unit("m0", "m0");
    for (int k = 0; k < 30; k++) {
      b.unit("a" + k, "a").unit("b" + k, "b").unit("m" + (k + 1), "m");
    }
    stages.forEach(b::event);
    return b.build().successorsAt("m0", DAY.plusDays(60));
  }
}
