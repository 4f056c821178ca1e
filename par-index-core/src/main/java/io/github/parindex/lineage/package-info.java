/**
 * Units over time: a {@link io.github.parindex.lineage.UnitLineage lineage} of merges, splits, renames and
 * abolitions with effective dates and legal basis, and a {@link io.github.parindex.lineage.YearComparison comparison}
 * of a unit's scorecards across years that maps predecessors to successors and says when rule sets differ.
 *
 * <pre>{@code
 * lineage.successorsAt("ha-giang", LocalDate.of(2025, 7, 1));    // [tuyen-quang]
 * YearComparison.of(lineage, "tuyen-quang", LocalDate.of(2025, 7, 1), scorecards).render();
 * }</pre>
 *
 * <p>Every type is immutable and thread-safe.
 */
package io.github.parindex.lineage;
