/**
 * The engine that scores an assessment against a rule set ({@link io.github.parindex.engine.Engine}), the explained
 * scorecard it returns ({@link io.github.parindex.engine.Scorecard}, {@link io.github.parindex.engine.NodeScore},
 * {@link io.github.parindex.engine.Explanation}) and the ranking of scorecards within blocks or clusters
 * ({@link io.github.parindex.engine.Ranking}).
 *
 * <p>Every type is immutable and thread-safe; no method accepts or returns {@code null}.
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
package io.github.parindex.engine;

import org.immutables.value.Value;
