package io.github.parindex.model;

/**
 * How a node's points combine with its siblings'.
 *
 * <p>{@link #SCORED} nodes make up their parent's maximum. {@link #BONUS} (điểm thưởng, điểm cộng) and
 * {@link #PENALTY} (điểm trừ) nodes sit outside the maximum: a bonus adds its points, a penalty subtracts them.
 *
 * <pre>{@code
 * Node.builder().code("B").name("Điểm thưởng").maxPoints(new BigDecimal("5")).role(NodeRole.BONUS)...
 * }</pre>
 *
 * @since 0.1.0
 */
public enum NodeRole {
  /** Points that make up the parent's maximum: the usual role. */
  SCORED,
  /** Points added on top of the parent's sum (điểm thưởng, điểm cộng), up to the node's maximum. */
  BONUS,
  /** Points subtracted from the parent's sum (điểm trừ), up to the node's maximum. */
  PENALTY
}
