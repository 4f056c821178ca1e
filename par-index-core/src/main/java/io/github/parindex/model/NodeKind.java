package io.github.parindex.model;

/**
 * The three depths of a PAR Index tree, as the decisions name them.
 *
 * <pre>{@code
 * NodeKind.atDepth(3);                  // SUB_CRITERION
 * ruleSet.node("3.1").orElseThrow().kind();   // CRITERION
 * }</pre>
 *
 * @since 0.1.0
 */
public enum NodeKind {
  /** Lĩnh vực. */
  COMPONENT("Lĩnh vực"),
  /** Tiêu chí. */
  CRITERION("Tiêu chí"),
  /** Tiêu chí thành phần (and anything deeper). */
  SUB_CRITERION("Tiêu chí thành phần");

  private final String vietnameseLabel;

  NodeKind(String vietnameseLabel) {
    this.vietnameseLabel = vietnameseLabel;
  }

  /** {@return the name the decisions use, e.g. {@code "Tiêu chí thành phần"}} */
  public String vietnameseLabel() {
    return vietnameseLabel;
  }

  /**
   * The kind at a depth of the tree.
   *
   * @param depth the number of segments of a code, 1 being the top ({@code "3"}); 3 or more is a sub-criterion
   * @return the kind
   * @throws IllegalArgumentException if the depth is below 1
   */
  public static NodeKind atDepth(int depth) {
    Checks.check(depth >= 1, "depth must be at least 1, was %s", depth);
    return depth == 1 ? COMPONENT : depth == 2 ? CRITERION : SUB_CRITERION;
  }
}
