/**
 * Auditing published results: {@link io.github.parindex.audit.Reconciliation} compares a published table (unit,
 * points, maximum, index, grade, rank) with the library's scorecards and classifies every discrepancy;
 * {@link io.github.parindex.audit.SelfAssessmentReview} lists, for one unit, where the appraisal council changed the
 * self-assessed points and which leaves lack evidence or an explanation.
 *
 * <p>Everything here is pure logic on values; reading published tables from CSV lives in {@code par-index-rules}
 * ({@code io.github.parindex.rules.report.PublishedTableCsv}). Every type is immutable and thread-safe; no method
 * accepts or returns {@code null}.
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    defaults = @Value.Immutable(copy = true),
    // No @org.immutables.value.Generated in the class files: consumers do not have it, and javac -Xlint:all warns
    // "Cannot find annotation method". Naming only a JDK annotation here allows none of the optional ones.
    allowedClasspathAnnotations = {Override.class})
package io.github.parindex.audit;

import org.immutables.value.Value;
