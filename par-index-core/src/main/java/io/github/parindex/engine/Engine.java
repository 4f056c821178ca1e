package io.github.parindex.engine;

import io.github.parindex.method.Fact;
import io.github.parindex.method.MethodResult;
import io.github.parindex.method.ScoringMethod;
import io.github.parindex.model.Appraisal;
import io.github.parindex.model.Assessment;
import io.github.parindex.model.LeafInput;
import io.github.parindex.model.Node;
import io.github.parindex.model.NodeKind;
import io.github.parindex.model.NodeRole;
import io.github.parindex.model.ParIndexException;
import io.github.parindex.model.Problem;
import io.github.parindex.model.RoundingPolicy;
import io.github.parindex.model.RoundingStage;
import io.github.parindex.model.RuleSet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Scores an assessment against a rule set: a pure, thread-safe function {@code (RuleSet, Assessment) -> Scorecard}.
 *
 * <p>The assessment is checked first; if anything is wrong the engine throws one {@link ParIndexException} listing
 * every problem with the unit and criterion code. Then, per leaf, the final points are the appraised value if the
 * council gave one, else the measured (survey or outcome) result, else the self-assessed answer. Leaves marked not
 * applicable are removed from the effective maximum. Parents add up their children; bonus nodes add and penalty
 * nodes subtract outside the maximum. Points are rounded as the rule set's {@link RoundingPolicy} says, and the
 * index is {@code total / effective maximum × 100}, capped at 100% unless the rule set lets bonus points lift it.
 *
 * <pre>{@code
 * Scorecard card = Engine.score(ruleSet, assessment);
 * List<Problem> problems = Engine.check(ruleSet, assessment);   // the same checks, without scoring
 * }</pre>
 */
public final class Engine {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Engine() {}

  /** Every problem with an assessment, without scoring it; empty when it can be scored. */
  public static List<Problem> check(RuleSet ruleSet, Assessment assessment) {
    return AssessmentChecks.problems(ruleSet, assessment);
  }

  /**
   * Scores one unit.
   *
   * @throws ParIndexException listing every problem if the assessment does not fit the rule set
   */
  public static Scorecard score(RuleSet ruleSet, Assessment assessment) {
    List<Problem> problems = check(ruleSet, assessment);
    if (!problems.isEmpty()) {
      throw new ParIndexException(
          "assessment of unit " + assessment.unit().code() + " for rule set " + ruleSet.id() + " is invalid",
          problems);
    }
    return new Run(ruleSet, assessment).scorecard();
  }

  /** One scoring run; holds nothing but its inputs. */
  private static final class Run {
    private final RuleSet rs;
    private final Assessment a;
    private final RoundingPolicy policy;
    private final Set<String> notApplicable = new HashSet<>();
    private final List<Problem> negative = new ArrayList<>();

    Run(RuleSet rs, Assessment a) {
      this.rs = rs;
      this.a = a;
      this.policy = rs.rounding();
      for (LeafInput in : a.inputs()) {
        if (in.notApplicable()) {
          notApplicable.add(in.code());
        }
      }
    }

    Scorecard scorecard() {
      List<NodeScore> tops = new ArrayList<>();
      for (Node n : rs.nodes()) {
        tops.add(score(n, false));
      }
      BigDecimal effMax = sumScored(tops, NodeScore::effectiveMaximum);
      if (effMax.compareTo(rs.maxTotal()) == 0) {
        effMax = rs.maxTotal();
      }
      BigDecimal total = sumSigned(tops);
      if (total.signum() < 0) {
        negative.add(Problem.general("penalties make the total negative (" + plain(total)
            + "); the rule set declares no floor below which they stop").forUnit(a.unit().code()));
      }
      if (!negative.isEmpty()) {
        throw new ParIndexException("unit " + a.unit().code() + " cannot be scored by rule set " + rs.id(), negative);
      }
      List<String> arithmetic = new ArrayList<>();
      List<RoundingStep> steps = new ArrayList<>();
      arithmetic.add("total = " + describeSum(tops) + " = " + plain(total));
      if (!rs.allowAboveMaximum() && total.compareTo(effMax) > 0) {
        arithmetic.add("total " + total.toPlainString() + " is above the effective maximum " + effMax.toPlainString()
            + " and rule set " + rs.id() + " does not let bonus points lift it: total = " + effMax.toPlainString());
        total = effMax;
      }
      BigDecimal shown = round("total", total, steps);
      BigDecimal index = effMax.signum() == 0 ? BigDecimal.ZERO.setScale(policy.indexScale())
          : index("index", shown, effMax, steps);
      arithmetic.add("index = " + shown.toPlainString() + " / " + effMax.toPlainString() + " × 100 = "
          + index.toPlainString() + "%");
      return Scorecard.builder()
          .unit(a.unit())
          .ruleSetId(rs.id())
          .ruleSetVersion(rs.version())
          .year(a.year())
          .rounding(policy)
          .nodes(tops)
          .maximum(rs.maxTotal())
          .effectiveMaximum(effMax)
          .totalPoints(shown)
          .exactTotal(total)
          .index(index)
          .grade(rs.gradesFor(a.unit()).grade(index))
          .arithmetic(arithmetic)
          .roundingSteps(steps)
          .build();
    }

    private NodeScore score(Node node, boolean parentNotApplicable) {
      boolean na = parentNotApplicable || notApplicable.contains(node.code());
      return node.isLeaf() ? leaf(node, na) : parent(node, na);
    }

    private NodeScore parent(Node node, boolean na) {
      List<NodeScore> children = new ArrayList<>();
      for (Node c : node.children()) {
        children.add(score(c, na));
      }
      BigDecimal effMax = sumScored(children, NodeScore::effectiveMaximum);
      if (effMax.compareTo(node.maxPoints()) == 0) {
        effMax = node.maxPoints(); // keep the rule set's own notation, e.g. 10 rather than 10.0
      }
      // Inside a bonus or penalty subtree every child has the parent's role: points are magnitudes and add up;
      // the sign is applied where the subtree meets a scored parent (or the total).
      boolean signed = node.role() == NodeRole.SCORED;
      BigDecimal exact = sum(children, n -> Optional.of(n.exactPoints()), signed).orElse(BigDecimal.ZERO);
      if (exact.signum() < 0) {
        negative.add(Problem.at(node.code(), "penalties make the points negative (" + plain(exact)
            + "); the rule set declares no floor below which they stop").forUnit(a.unit().code()));
      }
      Optional<BigDecimal> self = sum(children, NodeScore::selfAssessedPoints, signed);
      Optional<BigDecimal> appraised = sum(children, NodeScore::appraisedPoints, signed);
      List<RoundingStep> ignored = new ArrayList<>();
      BigDecimal shown = round(node.code(), exact, ignored);
      if (policy.stage() == RoundingStage.COMPONENT && node.kind() == NodeKind.COMPONENT) {
        exact = shown;
      }
      boolean applicable = children.stream().anyMatch(NodeScore::applicable);
      return NodeScore.builder()
          .code(node.code())
          .name(node.name())
          .kind(node.kind())
          .role(node.role())
          .maximum(node.maxPoints())
          .effectiveMaximum(node.role() == NodeRole.SCORED ? effMax : node.maxPoints())
          .applicable(applicable)
          .selfAssessedPoints(self.map(this::roundQuietly))
          .appraisedPoints(appraised.map(this::roundQuietly))
          .difference(sum(children, NodeScore::difference, signed).map(this::roundQuietly))
          .points(shown)
          .exactPoints(exact)
          .index(nodeIndex(node, shown, effMax))
          .children(children)
          .build();
    }

    private NodeScore leaf(Node node, boolean na) {
      ScoringMethod method = node.method().orElseThrow();
      Explanation.Builder why = Explanation.builder()
          .code(node.code())
          .method(method.kind())
          .rule(method.describe())
          .scoringText(node.scoringText())
          .legalReference(node.legalReference().or(() -> Optional.of(rs.legalBasis())))
          .provenance(node.provenance().orElse(rs.provenance()));
      NodeScore.Builder out = NodeScore.builder()
          .code(node.code())
          .name(node.name())
          .kind(node.kind())
          .role(node.role())
          .source(node.source())
          .maximum(node.maxPoints());
      LeafInput in = a.inputsByCode().get(node.code());
      if (na) {
        String reason = notApplicableReason(node.code());
        why.method("not-applicable").basis("not applicable" + (reason.isEmpty() ? "" : ": " + reason))
            .matched("removed from the unit's maximum")
            .addArithmetic("effective maximum 0 (maximum " + node.maxPoints().toPlainString() + " removed)");
        return out.effectiveMaximum(BigDecimal.ZERO).applicable(false).points(zero()).exactPoints(BigDecimal.ZERO)
            .explanation(why.build()).build();
      }
      BigDecimal max = node.maxPoints();
      List<RoundingStep> steps = new ArrayList<>();
      Optional<BigDecimal> self = Optional.empty();
      Optional<BigDecimal> appraised = Optional.empty();
      MethodResult used = null;
      String basis;
      BigDecimal exact;
      if (in == null) {
        // Only bonus and penalty leaves may have no input (checked): nothing claimed.
        basis = node.role() == NodeRole.BONUS ? "no input: no bonus claimed" : "no input: no events declared";
        exact = BigDecimal.ZERO;
        why.matched("nothing claimed");
      } else {
        if (in.selfAssessed().isPresent()) {
          MethodResult r = apply(method, in.selfAssessed().get(), node);
          self = Optional.of(stageRound("self-assessed points", r.points(), steps));
          used = r;
        }
        Optional<Appraisal> ap = in.appraisal();
        if (ap.isPresent()) {
          why.appraisalReason(ap.get().reason());
          if (ap.get().answer().isPresent()) {
            used = apply(method, ap.get().answer().get(), node);
            basis = "appraised answer " + ap.get().answer().get().describe();
          } else {
            BigDecimal pts = ap.get().points().orElseThrow();
            used = new MethodResult(pts, List.of(Fact.of("appraised points", pts.toPlainString())),
                "points set by the appraisal council", List.of());
            basis = "appraised points " + pts.toPlainString();
          }
          self.ifPresent(s -> why.addInputs(Fact.of("self-assessed answer", in.selfAssessed().get().describe())));
          exact = stageRound("appraised points", used.points(), steps);
          appraised = Optional.of(exact);
        } else if (in.measured().isPresent()) {
          used = apply(method, in.measured().get(), node);
          basis = "measured result " + in.measured().get().describe();
          exact = stageRound("points", used.points(), steps);
        } else {
          basis = "self-assessed answer " + in.selfAssessed().orElseThrow().describe();
          exact = self.orElseThrow();
          appraised = self; // no appraisal recorded: the self-assessed points stand
        }
        why.addAllInputs(used.inputs()).matched(used.matched()).addAllArithmetic(used.arithmetic());
        if (ap.isEmpty() && in.measured().isPresent()) {
          // Where a measured result comes from (e.g. a SIPAS figure with its counts and interval).
          in.evidence().forEach(e -> why.addInputs(Fact.of("measured by", e.toString())));
        }
      }
      if (node.role() == NodeRole.PENALTY) {
        why.addArithmetic("penalty: " + exact.toPlainString() + " points are subtracted from the parent");
      }
      BigDecimal shown = round("points", exact, steps);
      Optional<BigDecimal> difference = self.isPresent() && appraised.isPresent()
          ? Optional.of(appraised.get().subtract(self.get())) : Optional.empty();
      return out.effectiveMaximum(max)
          .applicable(true)
          .selfAssessedPoints(self.map(this::roundQuietly))
          .appraisedPoints(appraised.map(this::roundQuietly))
          .difference(difference.map(this::roundQuietly))
          .points(shown)
          .exactPoints(exact)
          .index(nodeIndex(node, shown, max))
          .explanation(why.basis(basis).rounding(steps).build())
          .build();
    }

    /**
     * Applies a leaf's method and checks its unrounded result: a built-in method cannot leave 0..max (answers are
     * range-checked first); a rule module's method can, and that is an error, never a clamp.
     */
    private MethodResult apply(ScoringMethod method, io.github.parindex.method.Answer answer, Node node) {
      MethodResult r = method.apply(answer, node.maxPoints());
      if (r.points().signum() < 0 || r.points().compareTo(node.maxPoints()) > 0) {
        throw new ParIndexException("scoring method " + method.kind() + " misbehaved", List.of(
            Problem.at(node.code(), "method " + method.kind() + " gave " + r.points().toPlainString()
                + " points, outside 0.." + node.maxPoints().toPlainString()).forUnit(a.unit().code())));
      }
      return r;
    }

    private String notApplicableReason(String code) {
      String c = code;
      while (c != null) {
        LeafInput in = a.inputsByCode().get(c);
        if (in != null && in.notApplicable()) {
          return in.notApplicableReason().orElse("")
              + (c.equals(code) ? "" : " (criterion " + c + " does not apply)");
        }
        c = rs.parentCodes().get(c);
      }
      return "";
    }

    /** Rounds leaf points when the rule set rounds at leaves; otherwise keeps them exact. */
    private BigDecimal stageRound(String what, BigDecimal value, List<RoundingStep> steps) {
      return policy.stage() == RoundingStage.LEAF ? round(what, value, steps) : value;
    }

    private BigDecimal round(String what, BigDecimal value, List<RoundingStep> steps) {
      BigDecimal r = policy.roundPoints(value);
      if (r.compareTo(value) != 0) {
        steps.add(new RoundingStep(what, value, r, policy.pointsScale(), policy.pointsMode()));
      }
      return r;
    }

    private BigDecimal roundQuietly(BigDecimal value) {
      return policy.roundPoints(value);
    }

    private BigDecimal zero() {
      return BigDecimal.ZERO.setScale(policy.pointsScale());
    }

    private BigDecimal index(String what, BigDecimal points, BigDecimal max, List<RoundingStep> steps) {
      BigDecimal rounded = points.multiply(HUNDRED).divide(max, policy.indexScale(), policy.indexMode());
      BigDecimal precise = points.multiply(HUNDRED).divide(max, java.math.MathContext.DECIMAL128);
      if (precise.compareTo(rounded) != 0) {
        steps.add(new RoundingStep(what, precise, rounded, policy.indexScale(), policy.indexMode()));
      }
      return rounded;
    }

    private Optional<BigDecimal> nodeIndex(Node node, BigDecimal points, BigDecimal effMax) {
      if (node.role() != NodeRole.SCORED || effMax.signum() == 0) {
        return Optional.empty();
      }
      return Optional.of(points.multiply(HUNDRED).divide(effMax, policy.indexScale(), policy.indexMode()));
    }
  }

  private static BigDecimal sumScored(List<NodeScore> nodes, java.util.function.Function<NodeScore, BigDecimal> f) {
    BigDecimal sum = BigDecimal.ZERO;
    for (NodeScore n : nodes) {
      if (n.role() == NodeRole.SCORED) {
        sum = sum.add(f.apply(n));
      }
    }
    return sum;
  }

  /** Scored and bonus children add, penalty children subtract. */
  private static BigDecimal sumSigned(List<NodeScore> nodes) {
    return sum(nodes, n -> Optional.of(n.exactPoints()), true).orElse(BigDecimal.ZERO);
  }

  /**
   * The sum of a figure over the children that have it (empty when none has it). With {@code signed}, penalty
   * children subtract; inside a bonus or penalty subtree everything adds.
   */
  private static Optional<BigDecimal> sum(List<NodeScore> nodes,
      java.util.function.Function<NodeScore, Optional<BigDecimal>> figure, boolean signed) {
    BigDecimal sum = BigDecimal.ZERO;
    boolean any = false;
    for (NodeScore n : nodes) {
      Optional<BigDecimal> v = figure.apply(n);
      if (v.isPresent()) {
        any = true;
        sum = signed && n.role() == NodeRole.PENALTY ? sum.subtract(v.get()) : sum.add(v.get());
      }
    }
    return any ? Optional.of(sum) : Optional.empty();
  }

  /** Plain notation without trailing zeros, for explanation text. */
  private static String plain(BigDecimal value) {
    BigDecimal v = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    return v.scale() < 0 ? v.setScale(0).toPlainString() : v.toPlainString();
  }

  private static String describeSum(List<NodeScore> nodes) {
    StringBuilder s = new StringBuilder();
    for (NodeScore n : nodes) {
      if (s.length() > 0) {
        s.append(n.role() == NodeRole.PENALTY ? " − " : " + ");
      } else if (n.role() == NodeRole.PENALTY) {
        s.append("− ");
      }
      s.append(plain(n.exactPoints())).append(" (").append(n.code()).append(')');
    }
    return s.toString();
  }
}
