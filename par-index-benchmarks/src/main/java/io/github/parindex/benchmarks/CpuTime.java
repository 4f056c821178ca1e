package io.github.parindex.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A check of the national batch and the 100-leaf score by THREAD CPU time, for a machine too loaded for JMH's wall
 * clock: the engine and its hand-written baseline run in alternating rounds in one JVM, and each round's CPU time
 * per operation is taken; the medians are printed. Not a JMH benchmark and not a substitute for one (garbage
 * collection runs on other threads and is not counted); a way to compare two builds while other jobs run.
 *
 * <pre>
 * java -Xmx512m -cp par-index-benchmarks/target/benchmarks.jar io.github.parindex.benchmarks.CpuTime [rounds]
 * </pre>
 */
public final class CpuTime {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static long sink;

  private CpuTime() {}

  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
    NationalBatchBenchmark batch = new NationalBatchBenchmark();
    batch.setUp();
    ProvinceBenchmark province = new ProvinceBenchmark();
    province.setUp();
    long[][] ns = new long[4][rounds];
    for (int r = -5; r < rounds; r++) { // five rounds of warm-up
      long[] t = {
          cpu(batch::batch, 3), cpu(batch::handLoop, 3),
          cpu(() -> province.score().exactTotal().signum(), 2_000),
          cpu(() -> province.handLoop().total().signum(), 2_000)};
      if (r >= 0) {
        for (int k = 0; k < 4; k++) {
          ns[k][r] = t[k];
        }
      }
    }
    String[] names = {"national batch, ms", "national batch hand loop, ms", "100-leaf score, us",
        "100-leaf hand loop, us"};
    double[] unit = {1e6, 1e6, 1e3, 1e3};
    for (int k = 0; k < 4; k++) {
      long[] sorted = ns[k].clone();
      Arrays.sort(sorted);
      System.out.printf(Locale.ROOT, "%-30s median %8.2f  min %8.2f  (thread CPU per operation, %d rounds)%n",
          names[k], sorted[rounds / 2] / unit[k], sorted[0] / unit[k], rounds);
    }
    System.out.println(sink == 42 ? "" : "");
  }

  /** Thread CPU nanoseconds per call over {@code n} calls. */
  private static long cpu(LongSupplier op, int n) {
    long start = THREADS.getCurrentThreadCpuTime();
    for (int i = 0; i < n; i++) {
      sink += op.getAsLong();
    }
    return (THREADS.getCurrentThreadCpuTime() - start) / n;
  }
}
