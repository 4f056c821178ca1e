package io.github.parindex.model;

import io.github.parindex.method.ScoringMethod;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One node of a rule set's tree: a component (lĩnh vực), a criterion (tiêu chí) or a sub-criterion (tiêu chí thành
 * phần), with its code exactly as the decision numbers it, its maximum points and, for a leaf, its scoring method.
 *
 * <p>A leaf has a {@link #method()} and a {@link #source()}; a parent has children whose {@link NodeRole#SCORED}
 * maxima add up to its own. {@link NodeRole#BONUS} and {@link NodeRole#PENALTY} children sit outside the maximum.
 * Consistency is checked when the {@link RuleSet} is built, all problems at once.
 *
 * <pre>{@code
 * Node leaf = Node.builder()
 *     .code("3.1.2").name("Tỷ lệ TTHC được công bố đúng hạn").gloss("Share of procedures announced on time")
 *     .maxPoints(new BigDecimal("1"))
 *     .source(PointSource.APPRAISAL)
 *     .method(Methods.percentBands(...))
 *     .scoringText("100%: 1 điểm; từ 80% đến dưới 100%: 0,5 điểm; dưới 80%: 0 điểm")
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Node {
  /**
   * The deepest tree a node may head, in levels (a leaf is 1, a component over criteria over sub-criteria is 3).
   * Official PAR Index trees are 3 or 4 levels deep; the limit keeps every walk over a tree (scoring, checks,
   * equality, reports) far from the stack's depth whatever a program or a file builds. It is checked as each node is
   * built: a node that would head a deeper tree is refused with a {@link ParIndexException}.
   */
  public static final int MAX_DEPTH = 32;

  /** {@return the code exactly as the decision numbers it, e.g. {@code "3"}, {@code "3.1"}, {@code "3.1.2"}} */
  public abstract String code();

  /** {@return the official Vietnamese name} */
  public abstract String name();

  /** {@return an English gloss of the name, if any} */
  public abstract Optional<String> gloss();

  /** {@return maximum points; for a bonus or penalty node, the cap on what it adds or subtracts} */
  public abstract BigDecimal maxPoints();

  /** {@return how the node's points combine with its siblings'; {@link NodeRole#SCORED} unless set} */
  @Value.Default
  public NodeRole role() {
    return NodeRole.SCORED;
  }

  /** {@return where a leaf's points come from; empty on parents} */
  public abstract Optional<PointSource> source();

  /** {@return how a leaf turns an answer into points; empty on parents} */
  public abstract Optional<ScoringMethod> method();

  /** {@return the scoring text as printed in the decision (cách tính điểm), kept verbatim} */
  public abstract Optional<String> scoringText();

  /** {@return the clause of the decision the node comes from, if recorded} */
  public abstract Optional<LegalReference> legalReference();

  /** {@return where this node's data comes from; when empty the rule set's provenance applies} */
  public abstract Optional<Provenance> provenance();

  /** {@return the sub-nodes, in the decision's order; empty for a leaf} */
  public abstract List<Node> children();

  /** {@return the depth kind derived from the code's segments ({@code 3} component, {@code 3.1} criterion, ...)} */
  @Value.Derived
  public NodeKind kind() {
    return NodeKind.atDepth(code().split("\\.").length);
  }

  /** {@return whether the node has no children (and so has a scoring method)} */
  public boolean isLeaf() {
    return children().isEmpty();
  }

  /** The levels of the tree this node heads: 1 for a leaf, one more than its deepest child otherwise. */
  @Value.Derived
  @Value.Auxiliary
  int height() {
    int deepest = 0;
    for (Node c : children()) {
      deepest = Math.max(deepest, c.height());
    }
    return deepest + 1;
  }

  /**
   * Checks the node when it is built.
   *
   * @throws IllegalArgumentException if the code is blank or has spaces, the name is blank or the maximum is
   *     negative
   * @throws ParIndexException if the node heads a tree deeper than {@link #MAX_DEPTH} levels
   */
  @Value.Check
  protected void check() {
    Checks.notBlank(code(), "criterion code");
    Checks.check(!code().contains(" "), "criterion code must not contain spaces, was \"%s\"", code());
    Checks.notBlank(name(), "name of criterion " + code());
    Checks.nonNegative(maxPoints(), "maximum points of criterion " + code());
    if (height() > MAX_DEPTH) {
      throw new ParIndexException("criterion " + code() + " heads a tree deeper than " + MAX_DEPTH + " levels",
          List.of(Problem.at(code(), "the tree below it is " + height() + " levels deep; at most " + MAX_DEPTH
              + " levels are allowed (Node.MAX_DEPTH)")));
    }
  }

  /**
   * Visits this node and every descendant, parents first, in declared order.
   *
   * @param action called once per node
   */
  public void forEach(java.util.function.Consumer<Node> action) {
    action.accept(this);
    for (Node child : children()) {
      child.forEach(action);
    }
  }

  /**
   * A copy with another maximum.
   *
   * @param maxPoints the new maximum points, not negative
   * @return the copy
   */
  public Node withMaxPoints(BigDecimal maxPoints) {
    return builder().from(this).maxPoints(maxPoints).build();
  }

  /**
   * A copy with another scoring method.
   *
   * @param method the new method
   * @return the copy
   */
  public Node withMethod(ScoringMethod method) {
    return builder().from(this).method(method).build();
  }

  /**
   * A copy with other children.
   *
   * @param children the new children, in order
   * @return the copy
   * @throws ParIndexException if the tree would be deeper than {@link #MAX_DEPTH} levels
   */
  public Node withChildren(List<Node> children) {
    return builder().from(this).children(children).build();
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Node}; {@code code}, {@code name} and {@code maxPoints} are required.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableNode.Builder {}

  @Override
  public String toString() {
    return code() + " " + name() + " (max " + maxPoints().toPlainString() + ")";
  }
}
