/**
 * Auditing published results: {@link io.github.parindex.audit.Reconciliation} compares a published table (unit,
 * points, maximum, index, grade, rank) with the library's scorecards and classifies every discrepancy;
 * {@link io.github.parindex.audit.SelfAssessmentReview} lists, for one unit, where the appraisal council changed the
 * self-assessed points and which leaves lack evidence or an explanation.
 *
 * <p>Everything here is pure logic on values; reading published tables from CSV lives in {@code par-index-rules}
 * ({@code io.github.parindex.rules.published.PublishedTableCsv}). Every type is immutable and thread-safe; no method
 * accepts or returns {@code null}.
 */
@ValueStyle
package io.github.parindex.audit;

import io.github.parindex.internal.ValueStyle;
