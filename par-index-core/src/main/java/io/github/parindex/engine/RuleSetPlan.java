package io.github.parindex.engine;

import io.github.parindex.method.ScoringMethod;
import io.github.parindex.model.LegalReference;
import io.github.parindex.model.Node;
import io.github.parindex.model.NodeRole;
import io.github.parindex.model.PointSource;
import io.github.parindex.model.Provenance;
import io.github.parindex.model.RuleSet;
import io.github.parindex.model.UnitLevel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * What the engine needs of a rule set, worked out once per rule set and kept: the nodes flattened in tree order
 * with parent and child indices, the post-order the sums follow, each leaf's rule text, legal reference and
 * provenance (a leaf's rule text never changes, so it is not formatted again on every score). Internal.
 *
 * <p>Plans are kept in a small cache keyed by the rule set's identity (16 slots, a new rule set takes its slot), so
 * scoring many units against one rule set, or a batch against a few, builds each plan once. A plan is immutable and
 * shared between threads; two threads that build the same plan at once build equal plans.
 */
final class RuleSetPlan {
  private static final int SLOTS = 16;
  private static final AtomicReferenceArray<RuleSetPlan> CACHE = new AtomicReferenceArray<>(SLOTS);

  /** One node of the rule set with what scoring and explaining it need. */
  static final class Step {
    final Node node;
    final int index;
    final int parent;
    final int[] children;
    final boolean leaf;
    final boolean survey;
    /** The node's role, read once (read for every node of every score). */
    final NodeRole role;
    /** The node's source of points, read once (the node makes a new {@code Optional} on every read). */
    final Optional<PointSource> source;
    final ScoringMethod method;
    final String rule;
    final Optional<LegalReference> legalReference;
    final Provenance provenance;
    /** A leaf's rounded points and indices of recent scores; null on parents. */
    final LeafMemo memo;
    /** A leaf's method's points and problems for recent answers of few values; null on parents. */
    final AnswerMemo answers;

    Step(RuleSet rs, Node node, int index, int parent, int[] children) {
      this.node = node;
      this.index = index;
      this.parent = parent;
      this.children = children;
      this.leaf = node.isLeaf();
      this.role = node.role();
      this.source = node.source();
      this.survey = source.map(PointSource::isSurvey).orElse(false);
      this.method = leaf ? node.method().orElseThrow() : null;
      this.rule = leaf ? method.describe() : "";
      this.legalReference = node.legalReference().isPresent() ? node.legalReference()
          : Optional.of(rs.legalBasis());
      this.provenance = node.provenance().orElse(rs.provenance());
      this.memo = leaf ? new LeafMemo(rs.rounding(), node.maxPoints(),
          node.role() == NodeRole.SCORED && node.maxPoints().signum() != 0) : null;
      this.answers = leaf ? new AnswerMemo(method, node.maxPoints()) : null;
    }

    String code() {
      return node.code();
    }

    NodeRole role() {
      return role;
    }
  }

  final RuleSet ruleSet;
  /** Every node, parents before children, in declared order. */
  final Step[] steps;
  /** Each node's parent index, -1 for a top node (the steps' {@code parent}, as one array). */
  final int[] parents;
  /** Node indices children first, left to right: the order of a recursive walk's returns. */
  final int[] postOrder;
  final int[] tops;
  final Map<String, Integer> indexByCode;
  /** Whether a node is the one {@link #indexByCode} gives for its code (the first node of that code). */
  private final boolean[] firstOfCode;
  /** For each index, the first leaf at or after it ({@code size()} if none): where the next leaf's input is. */
  private final int[] leafFrom;
  /** Indices of the scored leaves, in tree order. */
  final int[] scoredLeaves;
  /** Zero points at the rule set's points scale (a leaf that does not apply). */
  final java.math.BigDecimal zeroPoints;
  /** A leaf's difference when the self-assessed points stand: zero at the points scale, as a node score holds it. */
  final Optional<java.math.BigDecimal> zeroDifference;
  /** The levels the rule set scores, as an {@code EnumSet} (checked on every score). */
  private final Set<UnitLevel> levels;
  /** The rule set's first and last year ({@code Integer.MAX_VALUE} when open-ended), unboxed once. */
  private final int firstYear;
  private final int lastYear;

  private RuleSetPlan(RuleSet rs) {
    this.ruleSet = rs;
    List<Node> nodes = new ArrayList<>();
    List<Integer> parents = new ArrayList<>();
    Deque<Object[]> stack = new ArrayDeque<>();
    for (int t = rs.nodes().size() - 1; t >= 0; t--) {
      stack.push(new Object[] {rs.nodes().get(t), -1});
    }
    while (!stack.isEmpty()) { // pre-order without recursion
      Object[] top = stack.pop();
      Node node = (Node) top[0];
      int me = nodes.size();
      nodes.add(node);
      parents.add((Integer) top[1]);
      for (int c = node.children().size() - 1; c >= 0; c--) {
        stack.push(new Object[] {node.children().get(c), me});
      }
    }
    int n = nodes.size();
    List<List<Integer>> kids = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      kids.add(new ArrayList<>(nodes.get(i).children().size()));
    }
    List<Integer> topList = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int p = parents.get(i);
      (p < 0 ? topList : kids.get(p)).add(i);
    }
    steps = new Step[n];
    indexByCode = new HashMap<>(n * 2);
    firstOfCode = new boolean[n];
    List<Integer> scored = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      steps[i] = new Step(rs, nodes.get(i), i, parents.get(i), toArray(kids.get(i)));
      firstOfCode[i] = indexByCode.putIfAbsent(nodes.get(i).code(), i) == null;
      if (steps[i].leaf && steps[i].role() == NodeRole.SCORED) {
        scored.add(i);
      }
    }
    this.parents = toArray(parents);
    leafFrom = new int[n + 1];
    leafFrom[n] = n;
    for (int i = n - 1; i >= 0; i--) {
      leafFrom[i] = steps[i].leaf ? i : leafFrom[i + 1];
    }
    tops = toArray(topList);
    scoredLeaves = toArray(scored);
    postOrder = postOrder(steps, tops);
    zeroPoints = java.math.BigDecimal.ZERO.setScale(rs.rounding().pointsScale());
    zeroDifference = Optional.of(zeroPoints);
    levels = rs.appliesTo().isEmpty() ? EnumSet.noneOf(UnitLevel.class) : EnumSet.copyOf(rs.appliesTo());
    firstYear = rs.years().firstYear();
    lastYear = rs.years().lastYear().orElse(Integer.MAX_VALUE);
  }

  /** Whether the rule set scores units of this level ({@code RuleSet.appliesTo().contains}). */
  boolean scoresLevel(UnitLevel level) {
    return levels.contains(level);
  }

  /** Whether the year is in the rule set's years ({@code RuleSet.years().contains}). */
  boolean coversYear(int year) {
    return year >= firstYear && year <= lastYear;
  }

  /** The plan of a rule set, from the cache or built now. */
  static RuleSetPlan of(RuleSet rs) {
    int slot = System.identityHashCode(rs) & (SLOTS - 1);
    RuleSetPlan p = CACHE.get(slot);
    if (p == null || p.ruleSet != rs) {
      p = new RuleSetPlan(rs);
      CACHE.set(slot, p);
    }
    return p;
  }

  /** The node of a code (the first one of that code), or -1. */
  int indexOf(String code) {
    Integer i = indexByCode.get(code);
    return i == null ? -1 : i;
  }

  /**
   * The node of a code, the node at {@code guess} or the first leaf from it tried first (inputs usually come in
   * the rule set's order, leaves only): {@link #indexOf}, mostly without a look-up.
   */
  int indexOf(String code, int guess) {
    if (guess < steps.length) {
      if (isNodeOf(guess, code)) {
        return guess;
      }
      int leaf = leafFrom[guess];
      if (leaf != guess && isNodeOf(leaf, code)) {
        return leaf;
      }
    }
    return indexOf(code);
  }

  /** Whether node {@code i} is the node of {@code code}: {@code indexOf(code) == i}, without a look-up. */
  private boolean isNodeOf(int i, String code) {
    return i < steps.length && firstOfCode[i] && steps[i].code().equals(code);
  }

  int size() {
    return steps.length;
  }

  private static int[] postOrder(Step[] steps, int[] tops) {
    int[] out = new int[steps.length];
    int k = 0;
    Deque<int[]> stack = new ArrayDeque<>(); // {node, next child}
    for (int t : tops) {
      stack.push(new int[] {t, 0});
      while (!stack.isEmpty()) {
        int[] f = stack.peek();
        int[] children = steps[f[0]].children;
        if (f[1] < children.length) {
          stack.push(new int[] {children[f[1]++], 0});
        } else {
          out[k++] = stack.pop()[0];
        }
      }
    }
    return out;
  }

  private static int[] toArray(List<Integer> list) {
    int[] a = new int[list.size()];
    for (int i = 0; i < a.length; i++) {
      a[i] = list.get(i);
    }
    return a;
  }
}
