package io.github.parindex.model;

/**
 * When a rule set rounds points. The published methods differ, and the choice changes whether published parts add
 * up to the published total.
 *
 * <pre>{@code
 * RoundingPolicy.halfUp(2).withStage(RoundingStage.LEAF);   // published parts always add up
 * }</pre>
 *
 * @since 0.1.0
 */
public enum RoundingStage {
  /**
   * Each leaf's points are rounded; every parent is the exact sum of its rounded children, so published parts always
   * add up to the total.
   */
  LEAF,
  /**
   * Leaves are exact; each component (lĩnh vực) is rounded and the total is the sum of the rounded components.
   */
  COMPONENT,
  /**
   * Everything is computed exactly; each published points figure (a node's points, the total) is rounded on its own
   * from the exact value, and each index is computed from the published points. Published parts may then differ
   * from the published total by a unit in the last place, as in the national PAR Index 2022 (Ninh Thuận: 54.2 +
   * 31.59 = 85.79, published 85.78; 54.2 / 61.5 = 88.13% published).
   */
  PUBLISHED_FIGURE
}
