/**
 * The domain model: administrative units, rule sets (a tree of components, criteria and sub-criteria with their
 * maximum points and scoring methods), assessments (a unit's answers, the council's appraisal, survey results),
 * rounding policies, grade scales and the library's one exception type.
 *
 * <p>Every type is immutable and thread-safe; no method accepts or returns {@code null} (absent values are
 * {@link java.util.Optional}). Points and percentages are {@link java.math.BigDecimal}, never {@code double}.
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
package io.github.parindex.model;

import org.immutables.value.Value;
