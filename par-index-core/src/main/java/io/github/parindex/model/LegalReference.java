package io.github.parindex.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A reference to the legal text a rule comes from: a decision's number, its date, and optionally the clause.
 *
 * <pre>{@code
 * LegalReference ref = LegalReference.of("876/QĐ-BNV", LocalDate.of(2022, 11, 10)).withClause("Phụ lục, Bảng 2");
 * }</pre>
 *
 * @param document the document number exactly as issued, e.g. {@code "876/QĐ-BNV"}
 * @param date the date it was signed, if known
 * @param clause the article, appendix or table, if any
 * @param url a public copy, if any
 * @since 0.1.0
 */
public record LegalReference(String document, Optional<LocalDate> date, Optional<String> clause, Optional<String> url) {

  /**
   * Checks the components.
   *
   * @param document the document number exactly as issued, e.g. {@code "876/QĐ-BNV"}
   * @param date the date it was signed, if known
   * @param clause the article, appendix or table, if any
   * @param url a public copy, if any
   * @throws IllegalArgumentException if the document is blank
   */
  public LegalReference {
    Checks.notBlank(document, "legal reference document");
    Checks.notNull(date, "date");
    Checks.notNull(clause, "clause");
    Checks.notNull(url, "url");
  }

  /**
   * A reference to a document, without date, clause or URL.
   *
   * @param document the document number exactly as issued, e.g. {@code "876/QĐ-BNV"}
   * @return the reference
   * @throws IllegalArgumentException if the document is blank
   */
  public static LegalReference of(String document) {
    return new LegalReference(document, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /**
   * A reference to a dated document.
   *
   * @param document the document number exactly as issued, e.g. {@code "876/QĐ-BNV"}
   * @param date the date it was signed
   * @return the reference
   * @throws IllegalArgumentException if the document is blank
   */
  public static LegalReference of(String document, LocalDate date) {
    return new LegalReference(document, Optional.of(date), Optional.empty(), Optional.empty());
  }

  /**
   * The same reference, to one clause.
   *
   * @param clause the article, appendix or table, e.g. {@code "Phụ lục, Bảng 2"}
   * @return a copy with the clause set
   */
  public LegalReference withClause(String clause) {
    return new LegalReference(document, date, Optional.of(clause), url);
  }

  /**
   * The same reference, with a public copy.
   *
   * @param url where the document can be read
   * @return a copy with the URL set
   */
  public LegalReference withUrl(String url) {
    return new LegalReference(document, date, clause, Optional.of(url));
  }

  /** E.g. {@code "876/QĐ-BNV (10/11/2022), Phụ lục, Bảng 2"}. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(document);
    date.ifPresent(d -> s.append(String.format(" (%02d/%02d/%d)", d.getDayOfMonth(), d.getMonthValue(), d.getYear())));
    clause.ifPresent(c -> s.append(", ").append(c));
    return s.toString();
  }
}
