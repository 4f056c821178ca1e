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
 */
public record Evidence(String document, Optional<String> location) {
  public Evidence {
    Checks.notBlank(document, "evidence document");
    Checks.notNull(location, "location");
  }

  public static Evidence of(String document) {
    return new Evidence(document, Optional.empty());
  }

  public static Evidence of(String document, String location) {
    return new Evidence(document, Optional.of(location));
  }

  @Override
  public String toString() {
    return location.map(l -> document + ", " + l).orElse(document);
  }
}
