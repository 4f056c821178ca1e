package io.github.parindex.fuzz;

import io.github.parindex.model.ParIndexException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one document through a target with a time limit and classifies the outcome. A case fails when:
 *
 * <ul>
 *   <li>the reader throws anything but {@link ParIndexException} (or a subtype): a <em>crash</em>;
 *   <li>it takes more than {@link #CPU_LIMIT_NANOS} of CPU time on its thread, or does not finish within
 *       {@link #WALL_LIMIT_SECONDS} of wall time: a <em>hang</em> (CPU time, not wall time, so that a busy build
 *       machine does not make a case slow);
 *   <li>it accepts a document its format calls invalid: a <em>silent acceptance</em>; or it reads a document that
 *       means the same as its seed to a different value.
 * </ul>
 */
public final class FuzzHarness {
  private FuzzHarness() {}

  /** The most CPU time one case may take: 2 s. */
  public static final long CPU_LIMIT_NANOS = TimeUnit.SECONDS.toNanos(2);

  /** The most wall time one case may take before it is abandoned as a hang: 20 s. */
  public static final long WALL_LIMIT_SECONDS = 20;

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final Map<String, ExecutorService> WORKERS = new ConcurrentHashMap<>();
  private static final Map<String, Object> SEED_VALUES = new ConcurrentHashMap<>();

  /** What happened to one document. */
  public enum Kind { ACCEPTED, REJECTED, CRASH, HANG }

  /** The outcome of one read: its kind, the value read (when accepted) and the throwable (when not). */
  public record Outcome(Kind kind, Object value, Throwable error, long cpuNanos) {}

  /**
   * Reads a document with the time limit.
   *
   * @param target the reader
   * @param document the bytes
   * @return the outcome
   */
  public static Outcome run(FuzzTarget target, byte[] document) {
    ExecutorService worker = WORKERS.computeIfAbsent(target.name(), n -> newWorker(n));
    Future<Outcome> f = worker.submit(() -> {
      long start = THREADS.getCurrentThreadCpuTime();
      try {
        Object v = target.read(document);
        return new Outcome(Kind.ACCEPTED, v, null, THREADS.getCurrentThreadCpuTime() - start);
      } catch (ParIndexException e) {
        return new Outcome(Kind.REJECTED, null, e, THREADS.getCurrentThreadCpuTime() - start);
      } catch (Throwable e) {
        return new Outcome(Kind.CRASH, null, e, THREADS.getCurrentThreadCpuTime() - start);
      }
    });
    try {
      Outcome o = f.get(WALL_LIMIT_SECONDS, TimeUnit.SECONDS);
      return o.cpuNanos() > CPU_LIMIT_NANOS ? new Outcome(Kind.HANG, o.value(), o.error(), o.cpuNanos()) : o;
    } catch (TimeoutException e) {
      f.cancel(true);
      WORKERS.remove(target.name()).shutdownNow();
      return new Outcome(Kind.HANG, null, e, -1);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      return new Outcome(Kind.CRASH, null, e.getCause(), -1);
    }
  }

  /**
   * Runs one fuzz case and fails (AssertionError) on a crash, a hang, a silent acceptance or a changed value.
   *
   * @param target the reader
   * @param mutant the case
   */
  public static void check(FuzzTarget target, Mutant mutant) {
    Seed seed = target.seeds().get(mutant.seed() % target.seeds().size());
    byte[] doc = seed.bytes();
    Verdict verdict = Verdict.EITHER;
    StringBuilder what = new StringBuilder(seed.name());
    for (Mutant.Step step : mutant.steps()) {
      Mutator m = target.mutators().get(step.mutator() % target.mutators().size());
      byte[] next = m.apply(new Seed(seed.name(), doc), step.a(), step.b());
      if (next == null) {
        continue;
      }
      doc = next;
      what.append(" + ").append(m.name()).append('(').append(step.a()).append(',').append(step.b()).append(')');
      verdict = mutant.steps().size() == 1 ? m.verdict() : Verdict.EITHER;
    }
    if (doc.length == seed.length() && java.util.Arrays.equals(doc, seed.bytes())) {
      FuzzStats.of(target.name()).skipped();
      return;
    }
    Outcome o = run(target, doc);
    FuzzStats.of(target.name()).count(o.kind(), verdict);
    String shown = preview(doc);
    switch (o.kind()) {
      case CRASH -> throw new AssertionError(target.name() + ": " + what + " crashed the reader with "
          + o.error() + "\n--- document ---\n" + shown, o.error());
      case HANG -> throw new AssertionError(target.name() + ": " + what + " took more than the limit ("
          + (o.cpuNanos() < 0 ? "over " + WALL_LIMIT_SECONDS + " s wall" : o.cpuNanos() / 1_000_000 + " ms CPU")
          + ")\n--- document ---\n" + shown);
      case ACCEPTED -> {
        if (verdict == Verdict.MUST_REJECT) {
          FuzzStats.of(target.name()).silentAcceptance();
          throw new AssertionError(target.name() + ": " + what + " makes the document invalid, but it was"
              + " accepted\n--- document ---\n" + shown);
        }
        if (verdict == Verdict.SAME_AS_SEED && !o.value().equals(seedValue(target, seed))) {
          throw new AssertionError(target.name() + ": " + what + " means the same as the seed, but was read to"
              + " another value:\n" + o.value() + "\n--- seed read to ---\n" + seedValue(target, seed));
        }
      }
      case REJECTED -> {
        if (verdict == Verdict.SAME_AS_SEED) {
          throw new AssertionError(target.name() + ": " + what + " means the same as the seed, but was rejected",
              o.error());
        }
      }
      default -> throw new IllegalStateException(o.kind().name());
    }
  }

  /**
   * The value a seed reads to; fails if the seed is not accepted.
   *
   * @param target the reader
   * @param seed one of its seeds
   * @return the value read
   */
  public static Object seedValue(FuzzTarget target, Seed seed) {
    return SEED_VALUES.computeIfAbsent(target.name() + "\u0000" + seed.name(), k -> {
      Outcome o = run(target, seed.bytes());
      if (o.kind() != Kind.ACCEPTED) {
        throw new AssertionError(target.name() + ": the seed " + seed.name() + " is not accepted: " + o.kind(),
            o.error());
      }
      return o.value();
    });
  }

  private static String preview(byte[] doc) {
    String s = new String(doc, StandardCharsets.UTF_8);
    return s.length() <= 4000 ? s : s.substring(0, 2000) + "\n[... " + (s.length() - 3000) + " characters ...]\n"
        + s.substring(s.length() - 1000);
  }

  private static ExecutorService newWorker(String name) {
    return Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "fuzz-" + name);
      t.setDaemon(true);
      return t;
    });
  }
}
