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
 */
public enum NodeRole {
  SCORED,
  BONUS,
  PENALTY
}
