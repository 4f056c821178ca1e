package io.github.parindex.rules.internal;

/**
 * The bounds of one kind of document, so that no file can take memory or time out of proportion to what the format
 * needs. Every limit is listed, with where it applies, in {@code docs/guide/limits.md}.
 *
 * <pre>{@code
 * DocumentLimits.RULE_FILE.maxBytes();   // 8388608
 * }</pre>
 *
 * @param kind the kind of document, for messages (e.g. {@code "rule files"})
 * @param maxBytes the longest document, in bytes (or characters, when read from a {@code Reader})
 * @param maxDepth the deepest nesting of objects and arrays
 * @param maxValues the most values (objects, arrays, strings, numbers...) in one document
 * @param maxStringLength the longest string, in characters
 * @param maxNumberLength the longest number token, in characters
 * @since 0.1.0
 */
public record DocumentLimits(String kind, int maxBytes, int maxDepth, int maxValues, int maxStringLength,
    int maxNumberLength) {

  /** Rule files: 8 MiB, depth 100, 200,000 values, strings of 100,000 characters, numbers of 50. */
  public static final DocumentLimits RULE_FILE = new DocumentLimits("rule files", 8 << 20, 100, 200_000, 100_000,
      50);

  /**
   * Scorecard reports: 32 MiB, depth 250 (a node tree about 120 levels deep), 1,000,000 values, strings of 100,000
   * characters, numbers of 20 (the year, scales).
   */
  public static final DocumentLimits SCORECARD_REPORT = new DocumentLimits("scorecard reports", 32 << 20, 250,
      1_000_000, 100_000, 20);

  /** Case files: 4 MiB, depth 50, 100,000 values, strings of 100,000 characters, numbers of 64. */
  public static final DocumentLimits CASE_FILE = new DocumentLimits("case files", 4 << 20, 50, 100_000, 100_000, 64);

  /**
   * The limits as one phrase for messages.
   *
   * @return e.g. {@code "rule files: 8388608 bytes, depth 100, 200000 values, ..."}
   */
  public String describe() {
    return kind + ": at most " + maxBytes + " bytes, nesting depth " + maxDepth + ", " + maxValues + " values, "
        + "strings of " + maxStringLength + " characters, numbers of " + maxNumberLength + " characters";
  }
}
