package io.github.parindex.model;

/** How sure we are that a piece of rule data is what the issuing decision says. *
 * <pre>{@code
 * Provenance.of(ProvenanceStatus.INFERRED, "45 = 100 − 13 − 10.5 − 15 − 16.5");
 * }</pre>
 *
 * @since 0.1.0
 */
public enum ProvenanceStatus {
  /** Read in the decision or in a source that quotes it. */
  CONFIRMED,
  /** Derived by arithmetic or reasoning from confirmed facts (the note says how). */
  INFERRED,
  /** Known only in part: the deeper table is missing; the note says what is missing. */
  INCOMPLETE,
  /** Made up to demonstrate the library; not an official rule. */
  ILLUSTRATIVE
}
