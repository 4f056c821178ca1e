package io.github.parindex.rules.table;

import io.github.parindex.model.Node;
import io.github.parindex.model.NodeRole;
import io.github.parindex.model.Problem;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A table read by {@link RuleSetTable#read(java.io.Reader, String, ReadMode)}: the nodes, every warning, and for
 * each leaf what its scoring text was read as (for the {@link ScoringTextReview review report}).
 *
 * <pre>{@code
 * TableReading t = RuleSetTable.read(reader, "bo-chi-so.csv", ReadMode.LENIENT);
 * String page = ScoringTextReview.markdown(t);
 * }</pre>
 *
 * @param source the table's name
 * @param nodes the top-level nodes with their subtrees
 * @param warnings every warning, in row order
 * @param leaves one entry per leaf row, in row order
 * @since 0.1.0
 */
public record TableReading(String source, List<Node> nodes, List<Problem> warnings, List<Leaf> leaves) {

  /**
   * Checks and copies the parts.
   *
   * @param source the table's name
   * @param nodes the top-level nodes with their subtrees
   * @param warnings every warning, in row order
   * @param leaves one entry per leaf row, in row order
   * @throws NullPointerException if a part is null
   */
  public TableReading {
    Objects.requireNonNull(source, "source");
    nodes = List.copyOf(nodes);
    warnings = List.copyOf(warnings);
    leaves = List.copyOf(leaves);
  }

  /**
   * One leaf row and what was understood of it.
   *
   * @param row the data row (the header is row 1)
   * @param code the criterion code
   * @param name the criterion's name
   * @param maxPoints the maximum
   * @param role the row's role
   * @param scoringText the scoring text as written, if any
   * @param methodCell the method column as written ({@code ""} when blank)
   * @param node the node built from the row
   * @param reading what the text (or the method column's phrase) was read as; empty for {@code direct}
   * @param warnings the row's warnings
   * @since 0.1.0
   */
  public record Leaf(int row, String code, String name, BigDecimal maxPoints, NodeRole role,
      Optional<String> scoringText, String methodCell, Node node, Optional<ScoringTextReading> reading,
      List<Problem> warnings) {
    /**
     * Checks and copies the parts.
     *
     * @param row the data row (the header is row 1)
     * @param code the criterion code
     * @param name the criterion's name
     * @param maxPoints the maximum
     * @param role the row's role
     * @param scoringText the scoring text as written, if any
     * @param methodCell the method column as written ({@code ""} when blank)
     * @param node the node built from the row
     * @param reading what the text (or the method column's phrase) was read as; empty for {@code direct}
     * @param warnings the row's warnings
     * @throws NullPointerException if a part is null
     */
    public Leaf {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(maxPoints, "maxPoints");
      Objects.requireNonNull(role, "role");
      Objects.requireNonNull(scoringText, "scoringText");
      Objects.requireNonNull(methodCell, "methodCell");
      Objects.requireNonNull(node, "node");
      Objects.requireNonNull(reading, "reading");
      warnings = List.copyOf(warnings);
    }
  }
}
