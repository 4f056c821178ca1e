package io.github.parindex.rules.merges;

import io.github.parindex.lineage.UnitLineage;
import io.github.parindex.model.LegalReference;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * The 2025 province-level rearrangement as bundled data: 63 provinces became 34 on 1 July 2025 under Resolution
 * 202/2025/QH15 of the National Assembly (12 June 2025). 23 new units were formed by merging 52 provinces; 11 were
 * unchanged. A merged unit that keeps a predecessor's name keeps that predecessor's code.
 *
 * <p>Codes are ASCII slugs of the names ({@code "ha-giang"}, {@code "ho-chi-minh"}), chosen by par-index, not
 * official statistical codes. Source: the plan as adopted, published at
 * {@value #SOURCE}; merges 1–10 are quoted there verbatim (CONFIRMED), merges 11–23 and the unchanged provinces
 * follow the same published plan and are INFERRED until checked against the resolution's text (each event's
 * {@link io.github.parindex.lineage.LineageEvent#provenance()} says which).
 *
 * <pre>{@code
 * UnitLineage provinces = ProvinceMerges2025.lineage();
 * provinces.successorsAt("ha-giang", ProvinceMerges2025.EFFECTIVE);   // [tuyen-quang]
 * provinces.successorsAt("binh-duong", LocalDate.of(2026, 1, 1));     // [ho-chi-minh]
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ProvinceMerges2025 {
  private ProvinceMerges2025() {}

  /** The day the 34 provinces came into being. */
  public static final LocalDate EFFECTIVE = LocalDate.of(2025, 7, 1);

  /** The resolution. */
  public static final LegalReference BASIS = LegalReference.of("202/2025/QH15", LocalDate.of(2025, 6, 12));

  /** Where the list of merges was read. */
  public static final String SOURCE =
      "https://nghean24h.vn/34-tinh-thanh-du-kien-hoat-dong-ngay-tu-ngay-172025-a753727.html";

  static final String RESOURCE = "province-merges-2025.csv";

  private static final class Holder {
    static final UnitLineage LINEAGE = load();
  }

  /** {@return the lineage of the 63 pre-2025 provinces and the 34 from 1 July 2025 (loaded once, immutable)} */
  public static UnitLineage lineage() {
    return Holder.LINEAGE;
  }

  private static UnitLineage load() {
    InputStream in = ProvinceMerges2025.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("bundled resource " + RESOURCE + " is missing from par-index-rules");
    }
    try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return LineageCsv.read(r, RESOURCE);
    } catch (IOException e) {
      // A bundled resource that cannot be read is a broken jar, like a missing one: the same exception.
      throw new IllegalStateException("bundled resource " + RESOURCE + " of par-index-rules could not be read: "
          + e.getMessage(), e);
    }
  }
}
