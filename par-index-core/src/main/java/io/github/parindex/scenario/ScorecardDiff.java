package io.github.parindex.scenario;

import io.github.parindex.engine.NodeScore;
import io.github.parindex.engine.Ranking;
import io.github.parindex.engine.Scorecard;
import io.github.parindex.model.GradeBand;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Two scorecards of one unit compared node by node: points, effective maximum and index of every node, and the
 * total, index, grade and (when peers are given) rank. Grades belong to totals only (rule sets grade the total
 * index), so node changes carry points and indices.
 *
 * <pre>{@code
 * ScorecardDiff d = ScorecardDiff.of(before, after);
 * d.indexChange();                       // +1.25
 * d.changedNodes();                      // only the nodes whose points, maximum or index moved
 * System.out.println(d.render());
 * }</pre>
 *
 * @param before the first scorecard
 * @param after the second scorecard
 * @param nodes every node of either scorecard, in the order of {@code after} then nodes only in {@code before}
 * @param rankBefore the unit's rank with {@code before} among the peers, if peers were given
 * @param rankAfter the unit's rank with {@code after} among the peers, if peers were given
 * @since 0.1.0
 */
public record ScorecardDiff(
    Scorecard before, Scorecard after, List<NodeChange> nodes, Optional<Integer> rankBefore,
    Optional<Integer> rankAfter) {

  /**
   * Checks the components and copies the collections.
   *
   * @param before the first scorecard
   * @param after the second scorecard
   * @param nodes every node of either scorecard, in the order of {@code after} then nodes only in {@code before}
   * @param rankBefore the unit's rank with {@code before} among the peers, if peers were given
   * @param rankAfter the unit's rank with {@code after} among the peers, if peers were given
   */
  public ScorecardDiff {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    nodes = List.copyOf(nodes);
    Objects.requireNonNull(rankBefore, "rankBefore");
    Objects.requireNonNull(rankAfter, "rankAfter");
  }

  /**
   * One node in both scorecards (or in one only, when the rule sets differ).
   *
   * @param code the node's code
   * @param name the node's name (from {@code after} when present)
   * @param before the node in the first scorecard, if there
   * @param after the node in the second scorecard, if there
   * @since 0.1.0
   */
  public record NodeChange(String code, String name, Optional<NodeScore> before, Optional<NodeScore> after) {
    /**
     * Checks the components.
     *
     * @param code the node's code
     * @param name the node's name (from {@code after} when present)
     * @param before the node in the first scorecard, if there
     * @param after the node in the second scorecard, if there
     */
    public NodeChange {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(before, "before");
      Objects.requireNonNull(after, "after");
    }

    /** {@return the node's published points before; empty when the node is only in the later scorecard} */
    public Optional<BigDecimal> pointsBefore() {
      return before.map(NodeScore::points);
    }

    /** {@return the node's published points after; empty when the node is only in the earlier scorecard} */
    public Optional<BigDecimal> pointsAfter() {
      return after.map(NodeScore::points);
    }

    /** {@return after less before, counting a missing node as 0 points} */
    public BigDecimal pointsChange() {
      return pointsAfter().orElse(BigDecimal.ZERO).subtract(pointsBefore().orElse(BigDecimal.ZERO));
    }

    /** {@return the node's index before, in percent; empty when it has none (not applicable) or is missing} */
    public Optional<BigDecimal> indexBefore() {
      return before.flatMap(NodeScore::index);
    }

    /** {@return the node's index after, in percent; empty when it has none (not applicable) or is missing} */
    public Optional<BigDecimal> indexAfter() {
      return after.flatMap(NodeScore::index);
    }

    /** {@return after less before, when both have an index} */
    public Optional<BigDecimal> indexChange() {
      return indexBefore().isPresent() && indexAfter().isPresent()
          ? Optional.of(indexAfter().get().subtract(indexBefore().get())) : Optional.empty();
    }

    /** {@return whether the effective maximum differs (or the node is in one scorecard only)} */
    public boolean maximumChanged() {
      return before.isEmpty() || after.isEmpty()
          || before.get().effectiveMaximum().compareTo(after.get().effectiveMaximum()) != 0;
    }

    /** {@return whether points, maximum or index differ} */
    public boolean changed() {
      return maximumChanged() || pointsChange().signum() != 0
          || !indexBefore().map(BigDecimal::stripTrailingZeros).equals(indexAfter().map(BigDecimal::stripTrailingZeros));
    }

    /** {@return whether the node is a leaf (a node in one scorecard only counts as a leaf)} */
    public boolean isLeaf() {
      return after.or(() -> before).map(NodeScore::isLeaf).orElse(true);
    }
  }

  /**
   * Compares two scorecards without ranks.
   *
   * @param before the scorecard before the change
   * @param after the scorecard after it
   * @return the differences, node by node
   */
  public static ScorecardDiff of(Scorecard before, Scorecard after) {
    return new ScorecardDiff(before, after, nodeChanges(before, after), Optional.empty(), Optional.empty());
  }

  /**
   * Compares two scorecards and ranks the unit once with each among {@code peers} (any peer with the unit's code is
   * left out), in the unit's group under {@code scope}.
   *
   * @param before the scorecard before the change
   * @param after the scorecard after it
   * @param peers the other units' scorecards
   * @param scope which units the unit is ranked among
   * @param tieRule how ties are ranked
   * @return the differences, with the rank before and after
   */
  public static ScorecardDiff of(
      Scorecard before, Scorecard after, Collection<Scorecard> peers, Ranking.Scope scope, Ranking.TieRule tieRule) {
    String unit = before.unit().code();
    List<Scorecard> others = peers.stream().filter(c -> !c.unit().code().equals(unit)).toList();
    List<Scorecard> withBefore = new ArrayList<>(others);
    withBefore.add(before);
    List<Scorecard> withAfter = new ArrayList<>(others);
    withAfter.add(after);
    return new ScorecardDiff(before, after, nodeChanges(before, after),
        Ranking.of(withBefore, scope, tieRule).rankOf(unit),
        Ranking.of(withAfter, scope, tieRule).rankOf(after.unit().code()));
  }

  private static List<NodeChange> nodeChanges(Scorecard before, Scorecard after) {
    Set<String> codes = new LinkedHashSet<>(after.nodesByCode().keySet());
    codes.addAll(before.nodesByCode().keySet());
    List<NodeChange> out = new ArrayList<>();
    for (String code : codes) {
      Optional<NodeScore> b = before.node(code);
      Optional<NodeScore> a = after.node(code);
      out.add(new NodeChange(code, a.or(() -> b).orElseThrow().name(), b, a));
    }
    return out;
  }

  /** {@return the nodes whose points, maximum or index differ} */
  public List<NodeChange> changedNodes() {
    return nodes.stream().filter(NodeChange::changed).toList();
  }

  /**
   * The change of one node.
   *
   * @param code the node's code
   * @return its change, or empty when neither scorecard has the node
   */
  public Optional<NodeChange> node(String code) {
    return nodes.stream().filter(n -> n.code().equals(code)).findFirst();
  }

  /** {@return published total after less before} */
  public BigDecimal totalChange() {
    return after.totalPoints().subtract(before.totalPoints());
  }

  /** {@return published index after less before, in percentage points} */
  public BigDecimal indexChange() {
    return after.index().subtract(before.index());
  }

  /** {@return the grade before, if the unit had one} */
  public Optional<GradeBand> gradeBefore() {
    return before.grade();
  }

  /** {@return the grade after, if the unit has one} */
  public Optional<GradeBand> gradeAfter() {
    return after.grade();
  }

  /** {@return whether the grade's label differs (gaining or losing a grade counts)} */
  public boolean gradeChanged() {
    return !gradeBefore().map(GradeBand::label).equals(gradeAfter().map(GradeBand::label));
  }

  /** {@return rank after less rank before: negative is better (a smaller rank number)} */
  public Optional<Integer> rankChange() {
    return rankBefore.isPresent() && rankAfter.isPresent()
        ? Optional.of(rankAfter.get() - rankBefore.get()) : Optional.empty();
  }

  /** {@return a plain-text summary: the total, index, grade and rank lines, then every changed node} */
  public String render() {
    String nl = System.lineSeparator();
    StringBuilder s = new StringBuilder();
    s.append(before.unit().name()).append(" (").append(before.unit().code()).append(')').append(nl);
    s.append("  total: ").append(plain(before.totalPoints())).append('/').append(plain(before.effectiveMaximum()))
        .append(" → ").append(plain(after.totalPoints())).append('/').append(plain(after.effectiveMaximum()))
        .append(" (").append(signed(totalChange())).append(')').append(nl);
    s.append("  index: ").append(plain(before.index())).append("% → ").append(plain(after.index())).append("% (")
        .append(signed(indexChange())).append(')').append(nl);
    s.append("  grade: ").append(label(gradeBefore())).append(" → ").append(label(gradeAfter())).append(nl);
    if (rankBefore.isPresent() && rankAfter.isPresent()) {
      s.append("  rank: ").append(rankBefore.get()).append(" → ").append(rankAfter.get()).append(nl);
    }
    for (NodeChange n : changedNodes()) {
      s.append("  ").append(n.code()).append(' ').append(n.name()).append(": ")
          .append(n.pointsBefore().map(ScorecardDiff::plain).orElse("—")).append(" → ")
          .append(n.pointsAfter().map(ScorecardDiff::plain).orElse("—")).append(" points (")
          .append(signed(n.pointsChange())).append(')');
      if (n.indexChange().isPresent() && !n.isLeaf()) {
        s.append(", index ").append(plain(n.indexBefore().get())).append("% → ")
            .append(plain(n.indexAfter().get())).append('%');
      }
      if (n.maximumChanged()) {
        s.append(", maximum ").append(n.before().map(x -> plain(x.effectiveMaximum())).orElse("—")).append(" → ")
            .append(n.after().map(x -> plain(x.effectiveMaximum())).orElse("—"));
      }
      s.append(nl);
    }
    return s.toString();
  }

  @Override
  public String toString() {
    return render();
  }

  static String label(Optional<GradeBand> grade) {
    return grade.map(GradeBand::label).orElse("no grade");
  }

  static String plain(BigDecimal v) {
    return v.toPlainString();
  }

  static String signed(BigDecimal v) {
    return (v.signum() > 0 ? "+" : "") + v.toPlainString();
  }
}
