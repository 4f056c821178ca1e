/**
 * The domain model: administrative units, rule sets (a tree of components, criteria and sub-criteria with their
 * maximum points and scoring methods), assessments (a unit's answers, the council's appraisal, survey results),
 * rounding policies, grade scales and the library's one exception type.
 *
 * <p>Every type is immutable and thread-safe; no method accepts or returns {@code null} (absent values are
 * {@link java.util.Optional}). Points and percentages are {@link java.math.BigDecimal}, never {@code double}.
 */
@ValueStyle
package io.github.parindex.model;

import io.github.parindex.internal.ValueStyle;
