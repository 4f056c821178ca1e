/**
 * Unit lineage as data: the CSV reader ({@link io.github.parindex.rules.merges.LineageCsv}) and the bundled 2025
 * province merges ({@link io.github.parindex.rules.merges.ProvinceMerges2025}).
 *
 * <pre>{@code
 * ProvinceMerges2025.lineage().successorsAt("ha-giang", ProvinceMerges2025.EFFECTIVE);   // [tuyen-quang]
 * }</pre>
 */
package io.github.parindex.rules.merges;
