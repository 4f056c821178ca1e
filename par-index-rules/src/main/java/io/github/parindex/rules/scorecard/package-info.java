/**
 * The scorecard report document {@code par-index/scorecard@1}: a scored unit's points, grade, rank and every
 * leaf's explanation as versioned JSON, written and read back exactly ({@code * io.github.parindex.rules.scorecard.ScorecardReport}).
 *
 * <pre>{@code
 * String json = ScorecardReport.of(card).toJson();
 * Scorecard back = ScorecardReport.fromJson(json).scorecard();   // equal to card
 * }</pre>
 *
 * @since 0.1.0
 */
package io.github.parindex.rules.scorecard;
