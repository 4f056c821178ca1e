package io.github.parindex.model;

import java.util.Optional;

/**
 * A piece of evidence (tài liệu kiểm chứng) cited for a self-assessed answer.
 *
 * <pre>{@code
 * Evidence e = Evidence.of("3765/QĐ-UBND", "Điều 2");   // decision number and the section read
 * }</pre>
 *
 * @param document the document's number or title
 * @param location the section or page, if given
 * @since 0.1.0
 */
public record Evidence(String document, Optional<String> location) {
  /**
   * Checks the components.
   *
   * @param document the document's number or title; not blank
   * @param location the section or page, if given
   * @throws IllegalArgumentException if the document is blank
   */
  public Evidence {
    Checks.notBlank(document, "evidence document");
    Checks.notNull(location, "location");
  }

  /**
   * Evidence without a section.
   *
   * @param document the document's number or title, e.g. {@code "3765/QĐ-UBND"}
   * @return the evidence
   * @throws IllegalArgumentException if the document is blank
   */
  public static Evidence of(String document) {
    return new Evidence(document, Optional.empty());
  }

  /**
   * Evidence with the section or page read.
   *
   * @param document the document's number or title, e.g. {@code "3765/QĐ-UBND"}
   * @param location the section or page, e.g. {@code "Điều 2"}
   * @return the evidence
   * @throws IllegalArgumentException if the document is blank
   */
  public static Evidence of(String document, String location) {
    return new Evidence(document, Optional.of(location));
  }

  @Override
  public String toString() {
    return location.map(l -> document + ", " + l).orElse(document);
  }
}
