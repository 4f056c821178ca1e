package io.github.parindex.model;

/**
 * How a node's points combine with its siblings'.
 *
 * <p>{@link #SCORED} nodes make up their parent's maximum. {@link #BONUS} (điểm thưởng, điểm cộng) and
 * {@link #PENALTY} (điểm trừ) nodes sit outside the maximum: a bonus adds its points, a penalty subtracts them.
 */
public enum NodeRole {
  SCORED,
  BONUS,
  PENALTY
}
