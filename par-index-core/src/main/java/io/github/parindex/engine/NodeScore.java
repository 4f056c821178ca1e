package io.github.parindex.engine;

import io.github.parindex.internal.LibraryAccess;
import io.github.parindex.internal.ValueStyle;
import io.github.parindex.model.Node;
import io.github.parindex.model.NodeKind;
import io.github.parindex.model.NodeRole;
import io.github.parindex.model.ParIndexException;
import io.github.parindex.model.PointSource;
import io.github.parindex.model.Problem;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.immutables.value.Value;

/**
 * The score of one node of the rule set for one unit.
 *
 * <pre>{@code
 * NodeScore n = scorecard.node("4.3").orElseThrow();
 * n.points();               // 3.00 of n.effectiveMaximum() 4
 * n.selfAssessedPoints();   // Optional[4.00]
 * n.appraisedPoints();      // Optional[3.00]
 * n.difference();           // Optional[-1.00]: the council cut a point
 * }</pre>
 *
 * <p>{@link #points()} is the figure as published (rounded by the rule set's policy); {@link #exactPoints()} is the
 * value the parent adds up, which depends on the {@linkplain io.github.parindex.model.RoundingStage rounding stage}:
 * rounded at leaves for {@code LEAF}, rounded at components for {@code COMPONENT}, unrounded for
 * {@code PUBLISHED_FIGURE}.
 *
 * <p>{@link #selfAssessedPoints()} are the points of the unit's own answers. {@link #appraisedPoints()} are the
 * points after the council's review: the appraisal where there is one, else the self-assessed points, which stand;
 * a leaf whose final points come from a measured (survey or outcome) result and no appraisal has none.
 * {@link #difference()} is appraised less self-assessed, on leaves that have both and summed on parents. Survey
 * leaves normally have only final points.
 *
 * @since 0.1.0
 */
@Value.Immutable
// The package's style plus a constructor of every attribute for the engine, which builds one node score per node of
// every score and so does without a builder (package-private, as the builder is).
@ValueStyle.AllParameters
public abstract class NodeScore {

  /** {@return the node's code as in the rule set, e.g. {@code "4.3"}} */
  public abstract String code();

  /** {@return the node's name as in the rule set} */
  public abstract String name();

  /** {@return the node's level in the tree: component, criterion or sub-criterion} */
  public abstract NodeKind kind();

  /** {@return whether the node's points count towards the total, or are a bonus or a penalty} */
  public abstract NodeRole role();

  /** {@return a leaf's source of points (appraisal, a survey, outcome data); empty on parents} */
  public abstract Optional<PointSource> source();

  /** {@return the maximum in the rule set, in points} */
  public abstract BigDecimal maximum();

  /** {@return the maximum less what does not apply to this unit, in points; zero when nothing applies} */
  public abstract BigDecimal effectiveMaximum();

  /** {@return whether any part of this node applies to the unit} */
  public abstract boolean applicable();

  /**
   * {@return the points of the unit's own answers, or empty (a survey or outcome leaf, or a parent with no such leaf)}
   */
  public abstract Optional<BigDecimal> selfAssessedPoints();

  /** {@return the points after the council's review (the appraisal, else the self-assessed points), or empty} */
  public abstract Optional<BigDecimal> appraisedPoints();

  /** {@return appraised less self-assessed points, negative when the council cut points; summed on parents} */
  public abstract Optional<BigDecimal> difference();

  /** {@return the final points as published, rounded by the rule set's policy} */
  public abstract BigDecimal points();

  /** {@return the value carried into the parent's sum, which depends on the rounding stage (see the class comment)} */
  public abstract BigDecimal exactPoints();

  /**
   * The published points / effective maximum × 100, rounded by the rule set's index rule, as published tables do
   * (54.2 / 61.5 = 88.13%).
   *
   * @return the index in percent; empty when nothing applies and on bonus and penalty nodes
   */
  public abstract Optional<BigDecimal> index();

  /**
   * A leaf's explanation, written out in full the first time it is read.
   *
   * @return the explanation; empty on parents
   */
  public Optional<Explanation> explanation() {
    return explanationSource().map(LeafExplanation::get);
  }

  /** The explanation's facts, written out on first read (see {@link LeafExplanation}). */
  abstract Optional<LeafExplanation> explanationSource();

  /** {@return the node's children in the rule set's order; empty for a leaf} */
  public abstract List<NodeScore> children();

  /** {@return whether the node has no children} */
  public boolean isLeaf() {
    return children().isEmpty();
  }

  /** The levels of the tree this node heads: 1 for a leaf; at most {@link Node#MAX_DEPTH}, as for rule sets. */
  @Value.Derived
  @Value.Auxiliary
  int height() {
    List<NodeScore> children = children();
    int deepest = 0;
    for (int i = 0; i < children.size(); i++) { // no iterator: computed for every node of every score
      deepest = Math.max(deepest, children.get(i).height());
    }
    return deepest + 1;
  }

  @Value.Check
  void checkHeight() {
    if (height() > Node.MAX_DEPTH) {
      throw new ParIndexException("node " + code() + " heads a tree deeper than " + Node.MAX_DEPTH + " levels",
          List.of(Problem.at(code(), "the tree below it is " + height() + " levels deep; at most " + Node.MAX_DEPTH
              + " levels are allowed (Node.MAX_DEPTH)")));
    }
  }

  /**
   * Visits this node and every descendant, parents first, children in order.
   *
   * @param action called once per node
   */
  public void forEach(Consumer<NodeScore> action) {
    action.accept(this);
    children().forEach(c -> c.forEach(action));
  }

  /**
   * A builder of node scores for the library's own modules only (the package of {@link LibraryAccess} is exported
   * to them alone): node scores come from the engine, and from reading a report.
   *
   * @param key the library's key
   * @return an empty node-score builder
   */
  public static Builder builder(LibraryAccess key) {
    LibraryAccess.check(key);
    return builder();
  }

  static Builder builder() {
    return new Builder();
  }

  /**
   * Decimals with a negative scale kept with scale 0 ({@link ExactValues}), so that reports read back equal.
   * Called by the generated immutable class; not for use.
   *
   * @return this node score, or a copy whose decimals have scale 0 where they had a negative scale
   */
  @Value.Check
  protected NodeScore normalised() {
    if (ExactValues.plain(maximum(), effectiveMaximum(), points(), exactPoints())
        && ExactValues.plain(selfAssessedPoints(), appraisedPoints(), difference(), index())) {
      return this;
    }
    return builder().from(this).maximum(ExactValues.of(maximum()))
        .effectiveMaximum(ExactValues.of(effectiveMaximum())).points(ExactValues.of(points()))
        .exactPoints(ExactValues.of(exactPoints())).selfAssessedPoints(selfAssessedPoints().map(ExactValues::of))
        .appraisedPoints(appraisedPoints().map(ExactValues::of)).difference(difference().map(ExactValues::of))
        .index(index().map(ExactValues::of)).build();
  }

  /**
   * Builds a {@link NodeScore}.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableNodeScore.Builder {
    Builder() {}

    /**
     * Sets a leaf's explanation.
     *
     * @param explanation the explanation
     * @return this builder
     */
    public Builder explanation(Explanation explanation) {
      explanationSource(LeafExplanation.of(explanation));
      return this;
    }

    /**
     * Sets a leaf's explanation, or none (a parent).
     *
     * @param explanation the explanation, or empty
     * @return this builder
     */
    public Builder explanation(Optional<Explanation> explanation) {
      explanationSource(explanation.map(LeafExplanation::of));
      return this;
    }
  }

  @Override
  public String toString() {
    return code() + " " + points().toPlainString() + "/" + effectiveMaximum().toPlainString();
  }
}
