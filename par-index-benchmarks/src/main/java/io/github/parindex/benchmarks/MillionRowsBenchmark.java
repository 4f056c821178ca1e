package io.github.parindex.benchmarks;

import io.github.parindex.sipas.io.ReadReport;
import io.github.parindex.sipas.io.SurveyCsvReader;
import io.github.parindex.sipas.SurveyAccumulator;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One million rows, CSV streamed through {@link SurveyCsvReader} into a {@link SurveyAccumulator}, in a JVM limited
 * to {@code -Xmx256m}. The CSV is a 10,000-row SYNTHETIC block repeated 100 times by a {@link Reader} that never
 * holds more than the block, so the file is never in memory. The fork prints the peak heap used.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class MillionRowsBenchmark {
  static final int BLOCK = 10_000;
  static final int REPEATS = 100;

  BenchData data;
  char[] header;
  char[] body;

  @Setup(Level.Trial)
  public void setUp() {
    data = new BenchData(BLOCK);
    String text = new String(data.csv, StandardCharsets.UTF_8);
    int nl = text.indexOf('\n') + 1;
    header = text.substring(0, nl).toCharArray();
    body = text.substring(nl).toCharArray();
    data = new BenchData(1); // drop the int arrays of the block: only the CSV text is kept
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
  }

  @Benchmark
  public long millionRows() {
    SurveyAccumulator acc = new SurveyAccumulator(data.questionnaire, data.frame, data.method);
    ReadReport r = SurveyCsvReader.of(data.questionnaire, data.frame)
        .read(new RepeatingReader(header, body, REPEATS), "1M.csv", acc);
    long expected = (long) BLOCK * REPEATS;
    if (r.rowsAccepted() != expected || acc.size() != expected) {
      throw new IllegalStateException("expected " + expected + " rows: " + r.render());
    }
    acc.result().unit("TG").overall();
    return r.rowsAccepted();
  }

  @TearDown(Level.Trial)
  public void report() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    Runtime rt = Runtime.getRuntime();
    long max = rt.maxMemory();
    System.gc();
    long live = rt.totalMemory() - rt.freeMemory();
    System.out.println("[million-rows] rows per operation: " + (long) BLOCK * REPEATS + "; max heap (-Xmx): "
        + max / (1024 * 1024) + " MB; peak heap used (sum of pool peaks, garbage included): " + peak / (1024 * 1024)
        + " MB; heap in use after a full GC: " + live / (1024 * 1024) + " MB");
  }

  /** The header once, then the body {@code repeats} times. */
  static final class RepeatingReader extends Reader {
    private final char[] header;
    private final char[] body;
    private int remaining;
    private char[] cur;
    private int pos;

    RepeatingReader(char[] header, char[] body, int repeats) {
      this.header = header;
      this.body = body;
      this.remaining = repeats;
      this.cur = header;
    }

    @Override
    public int read(char[] buf, int off, int len) {
      if (pos == cur.length) {
        if (remaining == 0) {
          return -1;
        }
        remaining--;
        cur = body;
        pos = 0;
      }
      int n = Math.min(len, cur.length - pos);
      System.arraycopy(cur, pos, buf, off, n);
      pos += n;
      return n;
    }

    @Override
    public void close() {
      // nothing to release
    }
  }
}
