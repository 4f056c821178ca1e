package io.github.parindex.engine;

import io.github.parindex.method.Answer;
import io.github.parindex.model.Appraisal;
import io.github.parindex.model.Assessment;
import io.github.parindex.model.LeafInput;
import io.github.parindex.model.NodeKind;
import io.github.parindex.model.NodeRole;
import io.github.parindex.model.ParIndexException;
import io.github.parindex.model.Problem;
import io.github.parindex.model.RoundingPolicy;
import io.github.parindex.model.RoundingStage;
import io.github.parindex.model.RuleSet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One scoring run over a rule set's {@link RuleSetPlan}: the leaves and then each parent in post-order (children
 * first, left to right, without recursion), then the total, the index and the grade. Leaves compute their points
 * only; their explanations are kept as {@link LeafExplanation} facts and written out when read. Internal.
 */
final class ScoringRun {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final RuleSetPlan plan;
  private final RuleSet rs;
  private final Assessment a;
  private final ScoreInputs inputs;
  private final RoundingPolicy policy;
  private final List<Problem> negative = new ArrayList<>(0);
  private final Sums sums;
  /** The rounding steps of the leaf being scored; null until it has one (most leaves have none). */
  private List<RoundingStep> roundings;

  ScoringRun(RuleSetPlan plan, Assessment a, ScoreInputs inputs) {
    this.plan = plan;
    this.rs = plan.ruleSet;
    this.a = a;
    this.inputs = inputs;
    this.policy = rs.rounding();
    this.sums = new Sums(plan.size());
  }

  Scorecard scorecard() {
    NodeScore[] scores = new NodeScore[plan.size()];
    for (int i : plan.postOrder) {
      RuleSetPlan.Step step = plan.steps[i];
      scores[i] = step.leaf ? leaf(step) : parent(step, scores);
    }
    List<NodeScore> tops = new ArrayList<>(plan.tops.length);
    for (int t : plan.tops) {
      tops.add(scores[t]);
    }
    return Totals.of(rs, a, tops, sums.over(plan.tops, true).exact, negative);
  }

  private NodeScore parent(RuleSetPlan.Step step, NodeScore[] scores) {
    List<NodeScore> children = new ArrayList<>(step.children.length);
    for (int c : step.children) {
      children.add(scores[c]);
    }
    // Inside a bonus or penalty subtree every child has the parent's role: points are magnitudes and add up;
    // the sign is applied where the subtree meets a scored parent (or the total).
    Sums.Total sum = sums.over(step.children, step.role() == NodeRole.SCORED);
    BigDecimal effMax = sum.scoredMaximum;
    if (effMax.compareTo(step.node.maxPoints()) == 0) {
      effMax = step.node.maxPoints(); // keep the rule set's own notation, e.g. 10 rather than 10.0
    }
    BigDecimal exact = sum.exact;
    if (exact.signum() < 0) {
      negative.add(Problem.at(step.code(), "penalties make the points negative (" + Totals.plain(exact)
          + "); the rule set declares no floor below which they stop").forUnit(a.unit().code()));
    }
    BigDecimal shown = policy.roundPoints(exact);
    if (policy.stage() == RoundingStage.COMPONENT && step.node.kind() == NodeKind.COMPONENT) {
      exact = shown;
    }
    BigDecimal nodeMax = step.role() == NodeRole.SCORED ? effMax : step.node.maxPoints();
    BigDecimal self = roundOrNull(sum.self);
    BigDecimal appraised = roundOrNull(sum.appraised);
    BigDecimal difference = roundOrNull(sum.difference);
    sums.put(step.index, step.role(), nodeMax, exact, self, appraised, difference, sum.anyApplicable);
    return ImmutableNodeScore.of(step.code(), step.node.name(), step.node.kind(), step.role(), Optional.empty(),
        step.node.maxPoints(), nodeMax, sum.anyApplicable, Optional.ofNullable(self), Optional.ofNullable(appraised),
        Optional.ofNullable(difference), shown, exact, nodeIndex(step.role(), shown, effMax), Optional.empty(),
        children);
  }

  private NodeScore leaf(RuleSetPlan.Step step) {
    if (inputs.notApplicable[step.index]) {
      sums.put(step.index, step.role(), BigDecimal.ZERO, BigDecimal.ZERO, null, null, null, false);
      return node(step, BigDecimal.ZERO, false, Optional.empty(), Optional.empty(), Optional.empty(), zero(),
          BigDecimal.ZERO, Optional.empty(), LeafExplanation.notApplicable(step, notApplicableReason(step.index)));
    }
    LeafInput in = inputs.byNode[step.index];
    roundings = null;
    LeafPoints p = in == null ? LeafPoints.NOTHING_CLAIMED : leafPoints(step, in);
    LeafMemo.Entry rounded = round(step, "points", p.exact);
    List<RoundingStep> steps = roundings == null ? List.of() : roundings;
    BigDecimal max = step.node.maxPoints();
    // Rounded through the memo, which also holds the optionals: no new ones for the usual few values.
    LeafMemo.Entry self = p.self == null ? null : step.memo.of(p.self);
    LeafMemo.Entry appraised = p.appraised == null ? null : p.appraised == p.self ? self : step.memo.of(p.appraised);
    Optional<BigDecimal> difference = Optional.empty();
    if (self != null && appraised != null) {
      // The self-assessed points stand (the same value): the difference is zero at the points scale.
      difference = p.appraised == p.self ? plan.zeroDifference
          : Optional.of(policy.roundPoints(p.appraised.subtract(p.self)));
    }
    sums.put(step.index, step.role(), max, p.exact, self == null ? null : self.rounded(),
        appraised == null ? null : appraised.rounded(), difference.orElse(null), true);
    return node(step, max, true, self == null ? Optional.empty() : self.shown(),
        appraised == null ? Optional.empty() : appraised.shown(), difference, rounded.rounded(), p.exact,
        rounded.index(), LeafExplanation.scored(step, in, p.exact, steps));
  }

  /** A leaf's node score, made without a builder (one per leaf of every score). */
  private static NodeScore node(RuleSetPlan.Step step, BigDecimal effMax, boolean applicable,
      Optional<BigDecimal> self, Optional<BigDecimal> appraised, Optional<BigDecimal> difference, BigDecimal shown,
      BigDecimal exact, Optional<BigDecimal> index, LeafExplanation why) {
    return ImmutableNodeScore.of(step.code(), step.node.name(), step.node.kind(), step.role(), step.source,
        step.node.maxPoints(), effMax, applicable, self, appraised, difference, shown, exact, index, Optional.of(why),
        List.of());
  }

  /** A leaf's self-assessed, appraised and final (exact) points; null where there is none. */
  record LeafPoints(BigDecimal self, BigDecimal appraised, BigDecimal exact) {
    static final LeafPoints NOTHING_CLAIMED = new LeafPoints(null, null, BigDecimal.ZERO);
  }

  /**
   * The final points are the appraisal if the council gave one, else the measured result, else the self-assessed
   * answer (which then also stands as the appraised points).
   */
  private LeafPoints leafPoints(RuleSetPlan.Step step, LeafInput in) {
    BigDecimal self = null;
    Answer selfAnswer = inputs.self[step.index];
    if (selfAnswer != null) {
      self = stageRound(step, "self-assessed points", points(step, selfAnswer));
    }
    Appraisal ap = inputs.appraisal[step.index];
    if (ap != null) {
      Answer answer = ap.answer().orElse(null);
      BigDecimal used = answer != null ? points(step, answer) : ap.points().orElseThrow();
      BigDecimal exact = stageRound(step, "appraised points", used);
      return new LeafPoints(self, exact, exact);
    }
    Answer measured = inputs.measured[step.index];
    if (measured != null) {
      return new LeafPoints(self, null, stageRound(step, "points", points(step, measured)));
    }
    if (self == null) {
      throw new IllegalStateException("input of " + step.code() + " has no value; the check was not run");
    }
    return new LeafPoints(self, self, self); // no appraisal recorded: the self-assessed points stand
  }

  /**
   * A leaf's method's points for an answer, checked: a built-in method cannot leave 0..max (answers are
   * range-checked first); a rule module's method can, and that is an error, never a clamp.
   */
  private BigDecimal points(RuleSetPlan.Step step, Answer answer) {
    BigDecimal max = step.node.maxPoints();
    BigDecimal points = step.answers.points(answer); // step.method.points(answer, max)
    if (points.signum() < 0 || points.compareTo(max) > 0) {
      throw new ParIndexException("scoring method " + step.method.kind() + " misbehaved", List.of(
          Problem.at(step.code(), "method " + step.method.kind() + " gave " + points.toPlainString()
              + " points, outside 0.." + max.toPlainString()).forUnit(a.unit().code())));
    }
    return points;
  }

  private String notApplicableReason(int index) {
    for (int i = index; i >= 0; i = plan.steps[i].parent) {
      LeafInput in = inputs.byNode[i];
      if (in != null && in.notApplicable()) {
        return in.notApplicableReason().orElse("")
            + (i == index ? "" : " (criterion " + plan.steps[i].code() + " does not apply)");
      }
    }
    return "";
  }

  /** Rounds leaf points when the rule set rounds at leaves; otherwise keeps them exact. */
  private BigDecimal stageRound(RuleSetPlan.Step step, String what, BigDecimal value) {
    return policy.stage() == RoundingStage.LEAF ? round(step, what, value).rounded() : value;
  }

  /** Rounds a leaf's points (through its memo), noting the step in {@link #roundings} when the value changes. */
  private LeafMemo.Entry round(RuleSetPlan.Step step, String what, BigDecimal value) {
    LeafMemo.Entry r = step.memo.of(value);
    if (r.changed()) {
      if (roundings == null) {
        roundings = new ArrayList<>(2);
      }
      roundings.add(new RoundingStep(what, value, r.rounded(), policy.pointsScale(), policy.pointsMode()));
    }
    return r;
  }

  private BigDecimal roundOrNull(BigDecimal value) {
    return value == null ? null : policy.roundPoints(value);
  }

  private BigDecimal zero() {
    return plan.zeroPoints;
  }

  private Optional<BigDecimal> nodeIndex(NodeRole role, BigDecimal points, BigDecimal effMax) {
    if (role != NodeRole.SCORED || effMax.signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(points.multiply(HUNDRED).divide(effMax, policy.indexScale(), policy.indexMode()));
  }
}
