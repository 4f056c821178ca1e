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
 */
public record LegalReference(String document, Optional<LocalDate> date, Optional<String> clause, Optional<String> url) {

  public LegalReference {
    Checks.notBlank(document, "legal reference document");
    Checks.notNull(date, "date");
    Checks.notNull(clause, "clause");
    Checks.notNull(url, "url");
  }

  public static LegalReference of(String document) {
    return new LegalReference(document, Optional.empty(), Optional.empty(), Optional.empty());
  }

  public static LegalReference of(String document, LocalDate date) {
    return new LegalReference(document, Optional.of(date), Optional.empty(), Optional.empty());
  }

  public LegalReference withClause(String clause) {
    return new LegalReference(document, date, Optional.of(clause), url);
  }

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
