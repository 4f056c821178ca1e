package io.github.parindex.sipas.io;

/**
 * What a survey reader does with a bad row.
 *
 * <pre>{@code
 * SurveyCsvReader.of(q, frame).errorMode(ErrorMode.FAIL_FAST);   // throw at the first bad row
 * }</pre>
 *
 * @since 0.1.0
 */
public enum ErrorMode {
  /** Stop at the first bad row with a {@link io.github.parindex.model.ParIndexException} naming it. */
  FAIL_FAST,
  /** Skip bad rows, count and report every one in the {@link ReadReport}; count every good row. */
  COLLECT
}
