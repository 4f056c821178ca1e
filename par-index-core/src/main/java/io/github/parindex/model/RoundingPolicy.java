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
 */
public record RoundingPolicy(
    int pointsScale, RoundingMode pointsMode, int indexScale, RoundingMode indexMode, RoundingStage stage) {

  public RoundingPolicy {
    Checks.check(pointsScale >= 0 && pointsScale <= 10, "pointsScale must be within 0..10, was %s", pointsScale);
    Checks.check(indexScale >= 0 && indexScale <= 10, "indexScale must be within 0..10, was %s", indexScale);
    Checks.notNull(pointsMode, "pointsMode");
    Checks.notNull(indexMode, "indexMode");
    Checks.notNull(stage, "stage");
    Checks.check(pointsMode != RoundingMode.UNNECESSARY, "pointsMode UNNECESSARY cannot round");
    Checks.check(indexMode != RoundingMode.UNNECESSARY, "indexMode UNNECESSARY cannot round");
  }

  /** {@code scale} decimals rounded half up for points and index, each published figure rounded on its own. */
  public static RoundingPolicy halfUp(int scale) {
    return new RoundingPolicy(scale, RoundingMode.HALF_UP, scale, RoundingMode.HALF_UP, RoundingStage.PUBLISHED_FIGURE);
  }

  public static RoundingPolicy of(
      int pointsScale, RoundingMode pointsMode, int indexScale, RoundingMode indexMode, RoundingStage stage) {
    return new RoundingPolicy(pointsScale, pointsMode, indexScale, indexMode, stage);
  }

  public RoundingPolicy withStage(RoundingStage newStage) {
    return new RoundingPolicy(pointsScale, pointsMode, indexScale, indexMode, newStage);
  }

  public BigDecimal roundPoints(BigDecimal points) {
    return points.setScale(pointsScale, pointsMode);
  }

  public BigDecimal roundIndex(BigDecimal index) {
    return index.setScale(indexScale, indexMode);
  }

  /** E.g. {@code "2 decimals HALF_UP (points), 2 decimals DOWN (index), stage LEAF"}. */
  public String describe() {
    return pointsScale + " decimals " + pointsMode + " (points), " + indexScale + " decimals " + indexMode
        + " (index), rounded at stage " + stage;
  }
}
