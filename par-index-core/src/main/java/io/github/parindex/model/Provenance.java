package io.github.parindex.model;

import java.util.Optional;

/**
 * Where a rule set or a node comes from and how sure that is.
 *
 * <pre>{@code
 * Provenance p = Provenance.of(ProvenanceStatus.INFERRED, "45 = 100 - 13 - 10.5 - 15 - 16.5");
 * }</pre>
 *
 * @param status how sure the data is
 * @param note what is known or missing, in plain words; may be empty
 * @param source where it was read (decision, page URL), if any
 * @since 0.1.0
 */
public record Provenance(ProvenanceStatus status, String note, Optional<String> source) {

  /**
   * Checks the components.
   *
   * @param status how sure the data is
   * @param note what is known or missing, in plain words; may be empty
   * @param source where it was read (decision, page URL), if any
   */
  public Provenance {
    Checks.notNull(status, "status");
    Checks.notNull(note, "note");
    Checks.notNull(source, "source");
  }

  /** {@return confirmed data with no note} */
  public static Provenance confirmed() {
    return new Provenance(ProvenanceStatus.CONFIRMED, "", Optional.empty());
  }

  /**
   * Provenance without a source.
   *
   * @param status how sure the data is
   * @param note what is known or missing, in plain words; may be empty
   * @return the provenance
   */
  public static Provenance of(ProvenanceStatus status, String note) {
    return new Provenance(status, note, Optional.empty());
  }

  /**
   * Provenance with the place it was read.
   *
   * @param status how sure the data is
   * @param note what is known or missing, in plain words; may be empty
   * @param source where it was read, e.g. a decision's number or a page URL
   * @return the provenance
   */
  public static Provenance of(ProvenanceStatus status, String note, String source) {
    return new Provenance(status, note, Optional.of(source));
  }
}
