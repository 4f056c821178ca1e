package io.github.parindex.scenario;

import io.github.parindex.method.Band;
import io.github.parindex.method.Methods;
import io.github.parindex.method.PercentBands;
import io.github.parindex.model.Assessment;
import io.github.parindex.model.GradeBand;
import io.github.parindex.model.GradeScale;
import io.github.parindex.model.LeafInput;
import io.github.parindex.model.Node;
import io.github.parindex.model.NodeRole;
import io.github.parindex.model.ParIndexException;
import io.github.parindex.model.PointSource;
import io.github.parindex.model.Problem;
import io.github.parindex.model.RuleSet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Applies a scenario's changes to copies of a rule set and an assessment. Internal. */
final class Overrides {
  private Overrides() {}

  static Scenario.Applied apply(Scenario scenario, RuleSet ruleSet, Assessment assessment) {
    List<Problem> problems = new ArrayList<>();
    RuleSet rs = ruleSet;
    for (Change c : scenario.changes()) {
      if (!c.changesAssessment()) {
        try {
          rs = applyToRuleSet(c, rs, problems);
        } catch (ParIndexException e) {
          for (Problem p : e.problems()) {
            problems.add(new Problem(p.unit(), p.code(), "after \"" + c.describe() + "\": " + p.message()));
          }
        } catch (IllegalArgumentException e) {
          problems.add(Problem.general("\"" + c.describe() + "\" cannot be applied: " + e.getMessage()));
        }
      }
    }
    Assessment a = assessment;
    for (Change c : scenario.changes()) {
      if (c.changesAssessment()) {
        a = applyToAssessment(c, rs, a, problems);
      }
    }
    if (!problems.isEmpty()) {
      throw new ParIndexException("scenario \"" + scenario.name() + "\" cannot be applied to unit "
          + assessment.unit().code() + " under rule set " + ruleSet.id(), problems);
    }
    return new Scenario.Applied(rs, a);
  }

  // --- rule set ----------------------------------------------------------------------------------------------------

  private static RuleSet applyToRuleSet(Change c, RuleSet rs, List<Problem> problems) {
    if (c instanceof Change.SetGradeThreshold g) {
      return gradeThreshold(g, rs, problems);
    }
    String code = codeOf(c);
    Optional<Node> found = rs.node(code);
    if (found.isEmpty()) {
      problems.add(Problem.at(code, "\"" + c.describe() + "\": rule set " + rs.id() + " has no such criterion"));
      return rs;
    }
    Node node = found.get();
    if (!node.isLeaf()) {
      problems.add(Problem.at(code, "\"" + c.describe() + "\": criterion " + code + " has sub-criteria ("
          + String.join(", ", node.children().stream().map(Node::code).toList())
          + "); change its leaves instead"));
      return rs;
    }
    if (c instanceof Change.SetMethod m) {
      return rs.withNode(node.withMethod(m.method()));
    }
    if (c instanceof Change.MoveBandBoundary b) {
      return moveBoundary(b, node, rs, problems);
    }
    if (c instanceof Change.SetMaximum m) {
      return setMaximum(m, node, rs);
    }
    throw new IllegalStateException("unhandled rule-set change " + c);
  }

  private static String codeOf(Change c) {
    if (c instanceof Change.SetMethod m) {
      return m.code();
    }
    if (c instanceof Change.MoveBandBoundary b) {
      return b.code();
    }
    if (c instanceof Change.SetMaximum m) {
      return m.code();
    }
    throw new IllegalStateException("no code in " + c);
  }

  private static RuleSet moveBoundary(Change.MoveBandBoundary b, Node node, RuleSet rs, List<Problem> problems) {
    if (!(node.method().orElseThrow() instanceof PercentBands bands)) {
      problems.add(Problem.at(node.code(), "\"" + b.describe() + "\": the leaf is scored by "
          + node.method().orElseThrow().kind() + ", not by percentage bands"));
      return rs;
    }
    boolean moved = false;
    List<Band> out = new ArrayList<>();
    for (Band band : bands.bands()) {
      BigDecimal from = band.from();
      BigDecimal to = band.to();
      if (from.compareTo(b.from()) == 0) {
        from = b.to();
        moved = true;
      }
      if (to.compareTo(b.from()) == 0) {
        to = b.to();
        moved = true;
      }
      out.add(new Band(from, band.fromInclusive(), to, band.toInclusive(), band.points()));
    }
    if (!moved) {
      problems.add(Problem.at(node.code(), "\"" + b.describe() + "\": no band starts or ends at "
          + b.from().toPlainString() + "% (bands: " + bands.describe() + ")"));
      return rs;
    }
    return rs.withNode(node.withMethod(Methods.percentBands(out)));
  }

  /** The leaf's new maximum, and the same difference on every scored ancestor and on the maximum total. */
  private static RuleSet setMaximum(Change.SetMaximum m, Node leaf, RuleSet rs) {
    BigDecimal delta = m.maximum().subtract(leaf.maxPoints());
    Map<String, BigDecimal> newMax = new LinkedHashMap<>();
    newMax.put(leaf.code(), m.maximum());
    boolean reachesTotal = leaf.role() == NodeRole.SCORED;
    String child = leaf.code();
    String parent = rs.parentCodes().get(child);
    while (parent != null && reachesTotal) {
      Node p = rs.node(parent).orElseThrow();
      newMax.put(parent, p.maxPoints().add(delta));
      reachesTotal = p.role() == NodeRole.SCORED;
      child = parent;
      parent = rs.parentCodes().get(child);
    }
    List<Node> tops = new ArrayList<>();
    for (Node top : rs.nodes()) {
      tops.add(withMaxima(top, newMax));
    }
    BigDecimal total = reachesTotal ? rs.maxTotal().add(delta) : rs.maxTotal();
    return RuleSet.builder().from(rs).nodes(tops).maxTotal(total).build();
  }

  private static Node withMaxima(Node node, Map<String, BigDecimal> newMax) {
    Node n = newMax.containsKey(node.code()) ? node.withMaxPoints(newMax.get(node.code())) : node;
    if (n.isLeaf()) {
      return n;
    }
    List<Node> children = new ArrayList<>();
    for (Node c : n.children()) {
      children.add(withMaxima(c, newMax));
    }
    return n.withChildren(children);
  }

  private static RuleSet gradeThreshold(Change.SetGradeThreshold g, RuleSet rs, List<Problem> problems) {
    boolean found = false;
    GradeScale grades = rs.grades();
    if (hasLabel(grades, g.label())) {
      grades = moveGrade(grades, g);
      found = true;
    }
    RuleSet.Builder b = RuleSet.builder().from(rs).grades(grades);
    Map<String, GradeScale> byBlock = new LinkedHashMap<>();
    for (Map.Entry<String, GradeScale> e : rs.gradesByBlock().entrySet()) {
      if (hasLabel(e.getValue(), g.label())) {
        byBlock.put(e.getKey(), moveGrade(e.getValue(), g));
        found = true;
      } else {
        byBlock.put(e.getKey(), e.getValue());
      }
    }
    if (!found) {
      problems.add(Problem.general("\"" + g.describe() + "\": rule set " + rs.id() + " has no grade " + g.label()));
      return rs;
    }
    return b.gradesByBlock(byBlock).build();
  }

  private static boolean hasLabel(GradeScale scale, String label) {
    return scale.bands().stream().anyMatch(band -> band.label().equals(label));
  }

  private static GradeScale moveGrade(GradeScale scale, Change.SetGradeThreshold g) {
    List<GradeBand> bands = new ArrayList<>();
    for (GradeBand band : scale.bands()) {
      bands.add(band.label().equals(g.label())
          ? new GradeBand(band.label(), g.minimumIndex(), band.description()) : band);
    }
    return new GradeScale(bands);
  }

  // --- assessment --------------------------------------------------------------------------------------------------

  private static Assessment applyToAssessment(Change c, RuleSet rs, Assessment a, List<Problem> problems) {
    String code;
    if (c instanceof Change.SetAnswer s) {
      code = s.code();
    } else if (c instanceof Change.SetAppraisedPoints p) {
      code = p.code();
    } else {
      code = ((Change.MarkNotApplicable) c).code();
    }
    Optional<Node> found = rs.node(code);
    if (found.isEmpty()) {
      problems.add(Problem.at(code, "\"" + c.describe() + "\": rule set " + rs.id() + " has no such criterion")
          .forUnit(a.unit().code()));
      return a;
    }
    Node node = found.get();
    if (c instanceof Change.MarkNotApplicable na) {
      return a.withInput(LeafInput.notApplicable(code, na.reason()));
    }
    if (!node.isLeaf()) {
      problems.add(Problem.at(code, "\"" + c.describe() + "\": answers go on leaves, and " + code
          + " has sub-criteria").forUnit(a.unit().code()));
      return a;
    }
    String ancestorNa = notApplicableAncestor(rs, a, code);
    if (ancestorNa != null) {
      problems.add(Problem.at(code, "\"" + c.describe() + "\": criterion " + ancestorNa
          + " is marked not applicable to the unit, so an answer below it would not count")
          .forUnit(a.unit().code()));
      return a;
    }
    LeafInput current = a.input(code).orElse(LeafInput.builder().code(code).build());
    LeafInput.Builder b = LeafInput.builder().from(current).notApplicable(false)
        .notApplicableReason(Optional.empty());
    if (c instanceof Change.SetAnswer s) {
      boolean survey = node.source().map(PointSource::isSurvey).orElse(false);
      if (survey) {
        b.measured(s.answer()).selfAssessed(Optional.empty()).appraisal(Optional.empty());
      } else {
        b.selfAssessed(s.answer()).appraisal(Optional.empty()).measured(Optional.empty());
      }
    } else {
      Change.SetAppraisedPoints p = (Change.SetAppraisedPoints) c;
      b.appraisal(io.github.parindex.model.Appraisal.ofPoints(p.points(), p.reason()));
    }
    return a.withInput(b.build());
  }

  /** The code of the nearest proper ancestor marked not applicable, or null. */
  private static String notApplicableAncestor(RuleSet rs, Assessment a, String code) {
    String c = rs.parentCodes().get(code);
    while (c != null) {
      Optional<LeafInput> in = a.input(c);
      if (in.isPresent() && in.get().notApplicable()) {
        return c;
      }
      c = rs.parentCodes().get(c);
    }
    return null;
  }
}
