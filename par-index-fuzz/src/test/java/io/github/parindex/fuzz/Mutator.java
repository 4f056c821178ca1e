package io.github.parindex.fuzz;

/**
 * One kind of change made to a seed document, with what the format says of the result.
 *
 * <p>{@code apply} is deterministic in its two choice numbers {@code a} and {@code b} (any non-negative ints,
 * reduced by the mutator to a position, a length, a replacement), so that jqwik can shrink a failing case to a
 * small one and replay it.
 */
public interface Mutator {

  /** A short name for messages and figures, e.g. {@code "json-duplicate-key"}. */
  String name();

  /** What a reader must do with the result (see {@link Verdict}). */
  Verdict verdict();

  /**
   * The mutated document.
   *
   * @param seed the seed
   * @param a a choice (position, index)
   * @param b another choice (length, replacement)
   * @return the mutated bytes, or {@code null} when this mutation does not apply to the seed (e.g. no key to
   *     duplicate); such a case is counted as skipped
   */
  byte[] apply(Seed seed, int a, int b);

  /** A mutator from a name, a verdict and a function. */
  static Mutator of(String name, Verdict verdict, Apply apply) {
    return new Mutator() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Verdict verdict() {
        return verdict;
      }

      @Override
      public byte[] apply(Seed seed, int a, int b) {
        return apply.apply(seed, a, b);
      }

      @Override
      public String toString() {
        return name;
      }
    };
  }

  /** The same mutation with another verdict (a target whose format is stricter or looser than the default). */
  default Mutator withVerdict(Verdict v) {
    Mutator self = this;
    return of(name(), v, self::apply);
  }

  /** The function of a mutator. */
  @FunctionalInterface
  interface Apply {
    byte[] apply(Seed seed, int a, int b);
  }
}
