package io.github.parindex.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How a rule set rounds: the scale and mode for points, the scale and mode for the index in percent, and the
 * {@linkplain RoundingStage stage} at which points are rounded. Truncation is {@link RoundingMode#DOWN}.
 *
 * <pre>{@code
 * RoundingPolicy national = RoundingPolicy.halfUp(2);                // 2 decimals, half up, each figure
 * RoundingPolicy namDinh = RoundingPolicy.of(2, RoundingMode.HALF_UP, 2, RoundingMode.DOWN, RoundingStage.LEAF);
 * }</pre>
 *
 * @param pointsScale decimals kept in points
 * @param pointsMode how points are rounded
 * @param indexScale decimals kept in an index (percent)
 * @param indexMode how an index is rounded; {@code DOWN} truncates
 * @param stage when points are rounded
 * @since 0.1.0
 */
public record RoundingPolicy(
    int pointsScale, RoundingMode pointsMode, int indexScale, RoundingMode indexMode, RoundingStage stage) {

  /**
   * Checks the components.
   *
   * @param pointsScale decimals kept in points
   * @param pointsMode how points are rounded
   * @param indexScale decimals kept in an index (percent)
   * @param indexMode how an index is rounded; {@code DOWN} truncates
   * @param stage when points are rounded
   * @throws IllegalArgumentException if a scale is outside 0..10 or a mode is {@link RoundingMode#UNNECESSARY}
   */
  public RoundingPolicy {
    Checks.check(pointsScale >= 0 && pointsScale <= 10, "pointsScale must be within 0..10, was %s", pointsScale);
    Checks.check(indexScale >= 0 && indexScale <= 10, "indexScale must be within 0..10, was %s", indexScale);
    Checks.notNull(pointsMode, "pointsMode");
    Checks.notNull(indexMode, "indexMode");
    Checks.notNull(stage, "stage");
    Checks.check(pointsMode != RoundingMode.UNNECESSARY, "pointsMode UNNECESSARY cannot round");
    Checks.check(indexMode != RoundingMode.UNNECESSARY, "indexMode UNNECESSARY cannot round");
  }

  /**
   * Half-up rounding to the same number of decimals for points and index, each published figure rounded on its own.
   *
   * @param scale decimals kept, 0 to 10 (the decisions print 2)
   * @return the policy
   * @throws IllegalArgumentException if the scale is outside 0..10
   */
  public static RoundingPolicy halfUp(int scale) {
    return new RoundingPolicy(scale, RoundingMode.HALF_UP, scale, RoundingMode.HALF_UP, RoundingStage.PUBLISHED_FIGURE);
  }

  /**
   * A policy from its parts.
   *
   * @param pointsScale decimals kept in points, 0 to 10
   * @param pointsMode how points are rounded; not {@link RoundingMode#UNNECESSARY}
   * @param indexScale decimals kept in the index (percent), 0 to 10
   * @param indexMode how the index is rounded; not {@link RoundingMode#UNNECESSARY}
   * @param stage where in the calculation points are rounded
   * @return the policy
   * @throws IllegalArgumentException if a scale is outside 0..10 or a mode is {@link RoundingMode#UNNECESSARY}
   */
  public static RoundingPolicy of(
      int pointsScale, RoundingMode pointsMode, int indexScale, RoundingMode indexMode, RoundingStage stage) {
    return new RoundingPolicy(pointsScale, pointsMode, indexScale, indexMode, stage);
  }

  /**
   * The same scales and modes, rounding at another stage.
   *
   * @param newStage where in the calculation points are rounded
   * @return a copy with the stage replaced
   */
  public RoundingPolicy withStage(RoundingStage newStage) {
    return new RoundingPolicy(pointsScale, pointsMode, indexScale, indexMode, newStage);
  }

  /**
   * Rounds points to {@code pointsScale} decimals with {@code pointsMode}.
   *
   * @param points exact points
   * @return the rounded points, with scale {@code pointsScale}
   */
  public BigDecimal roundPoints(BigDecimal points) {
    return points.setScale(pointsScale, pointsMode);
  }

  /**
   * Rounds an index to {@code indexScale} decimals with {@code indexMode}.
   *
   * @param index the exact index, in percent
   * @return the rounded index, with scale {@code indexScale}
   */
  public BigDecimal roundIndex(BigDecimal index) {
    return index.setScale(indexScale, indexMode);
  }

  /**
   * The policy in words, for explanations.
   *
   * @return e.g. {@code "2 decimals HALF_UP (points), 2 decimals DOWN (index), rounded at stage LEAF"}
   */
  public String describe() {
    return pointsScale + " decimals " + pointsMode + " (points), " + indexScale + " decimals " + indexMode
        + " (index), rounded at stage " + stage;
  }
}
