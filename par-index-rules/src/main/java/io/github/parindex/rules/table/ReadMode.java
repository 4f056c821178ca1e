package io.github.parindex.rules.table;

/**
 * What a table reader does with a warning (words of a scoring text kept as a note, a typo read as the word meant).
 *
 * <pre>{@code
 * RuleSetTable.read(reader, "bo-chi-so.csv", ReadMode.LENIENT).warnings();
 * }</pre>
 *
 * @since 0.1.0
 */
public enum ReadMode {
  /** A warning fails the read as an error does: for a rule set to be used as it is. */
  STRICT,
  /** Warnings are recorded with the rows (whose provenance is then INFERRED, not CONFIRMED): for review. */
  LENIENT
}
