/**
 * The engine that scores an assessment against a rule set ({@link io.github.parindex.engine.Engine}), the explained
 * scorecard it returns ({@link io.github.parindex.engine.Scorecard}, {@link io.github.parindex.engine.NodeScore},
 * {@link io.github.parindex.engine.Explanation}) and the ranking of scorecards within blocks or clusters
 * ({@link io.github.parindex.engine.Ranking}).
 *
 * <p>Every type is immutable and thread-safe; no method accepts or returns {@code null}.
 */
@ValueStyle
package io.github.parindex.engine;

import io.github.parindex.internal.ValueStyle;
