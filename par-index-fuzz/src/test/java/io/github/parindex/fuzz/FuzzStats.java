package io.github.parindex.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The figures of a fuzz run per target: cases, accepted, rejected, skipped (mutation did not apply), crashes, hangs
 * and silent acceptances, and how many cases had a must-reject verdict. Printed, and appended to
 * {@code target/fuzz-figures.txt}, when a target's properties finish.
 */
public final class FuzzStats {
  private static final Map<String, FuzzStats> ALL = new ConcurrentHashMap<>();

  private final String target;
  private final LongAdder cases = new LongAdder();
  private final LongAdder accepted = new LongAdder();
  private final LongAdder rejected = new LongAdder();
  private final LongAdder mustReject = new LongAdder();
  private final LongAdder skipped = new LongAdder();
  private final LongAdder crashes = new LongAdder();
  private final LongAdder hangs = new LongAdder();
  private final LongAdder silent = new LongAdder();

  private FuzzStats(String target) {
    this.target = target;
  }

  /** The figures of a target. */
  public static FuzzStats of(String target) {
    return ALL.computeIfAbsent(target, FuzzStats::new);
  }

  void count(FuzzHarness.Kind kind, Verdict verdict) {
    cases.increment();
    if (verdict == Verdict.MUST_REJECT) {
      mustReject.increment();
    }
    switch (kind) {
      case ACCEPTED -> accepted.increment();
      case REJECTED -> rejected.increment();
      case CRASH -> crashes.increment();
      case HANG -> hangs.increment();
      default -> throw new IllegalStateException(kind.name());
    }
  }

  void skipped() {
    skipped.increment();
  }

  void silentAcceptance() {
    silent.increment();
  }

  /** One line of figures. */
  public String line() {
    return String.format("%-22s cases %7d  accepted %7d  rejected %7d (must-reject %6d)  skipped %5d  crashes %d"
        + "  hangs %d  silent acceptances %d", target, cases.sum(), accepted.sum(), rejected.sum(), mustReject.sum(),
        skipped.sum(), crashes.sum(), hangs.sum(), silent.sum());
  }

  /** Prints the line and appends it to {@code target/fuzz-figures.txt}. */
  public void report() {
    System.out.println("fuzz: " + line());
    try {
      Files.createDirectories(Path.of("target"));
      Files.writeString(Path.of("target", "fuzz-figures.txt"), line() + System.lineSeparator(),
          StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
