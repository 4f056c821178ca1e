package io.github.parindex.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The consistency checks of a {@link RuleSet}, every problem collected. Internal. */
final class RuleSetChecks {
  private RuleSetChecks() {}

  static List<Problem> problems(RuleSet rs) {
    List<Problem> problems = new ArrayList<>();
    RuleSet.idProblem(rs.id()).ifPresent(m -> problems.add(Problem.general(m)));
    if (rs.appliesTo().isEmpty()) {
      problems.add(Problem.general("rule set applies to no unit level"));
    }
    if (rs.nodes().isEmpty()) {
      problems.add(Problem.general("rule set has no components"));
    }
    BigDecimal top = RuleSet.sumOfScoredMaxima(rs.nodes());
    if (top.compareTo(rs.maxTotal()) != 0) {
      problems.add(Problem.general("the components' maxima add up to " + top.toPlainString()
          + ", not to the rule set's maximum total " + rs.maxTotal().toPlainString()));
    }
    Set<String> seen = new HashSet<>();
    for (Node n : rs.nodes()) {
      n.forEach(node -> checkNode(rs, node, seen, problems));
    }
    return problems;
  }

  private static void checkNode(RuleSet rs, Node node, Set<String> seen, List<Problem> problems) {
    String code = node.code();
    int scale = node.maxPoints().stripTrailingZeros().scale();
    if (scale > rs.rounding().pointsScale()) {
      problems.add(Problem.at(code, "maximum " + node.maxPoints().toPlainString() + " has more decimals than the "
          + rs.rounding().pointsScale() + " the rounding policy keeps, so rounded points could exceed it"));
    }
    if (!seen.add(code)) {
      problems.add(Problem.at(code, "code appears more than once"));
    }
    if (node.isLeaf()) {
      if (node.method().isEmpty()) {
        problems.add(Problem.at(code, "leaf has no scoring method"));
      } else {
        for (String p : node.method().get().definitionProblems(node.maxPoints())) {
          problems.add(Problem.at(code, p));
        }
      }
      if (node.source().isEmpty()) {
        problems.add(Problem.at(code, "leaf does not say where its points come from (source)"));
      }
    } else {
      if (node.method().isPresent()) {
        problems.add(Problem.at(code, "has children and so cannot have a scoring method of its own"));
      }
      if (node.source().isPresent()) {
        problems.add(Problem.at(code, "has children and so cannot have a source of its own"));
      }
      boolean anyScored = node.children().stream().anyMatch(c -> c.role() == NodeRole.SCORED);
      BigDecimal sum = RuleSet.sumOfScoredMaxima(node.children());
      if (anyScored && sum.compareTo(node.maxPoints()) != 0) {
        problems.add(Problem.at(code, "children's maxima add up to " + sum.toPlainString()
            + ", not to the maximum " + node.maxPoints().toPlainString()));
      }
      if (node.role() != NodeRole.SCORED) {
        for (Node c : node.children()) {
          if (c.role() != node.role()) {
            problems.add(Problem.at(c.code(), "a child of " + node.role() + " node " + code
                + " must have the same role, not " + c.role()));
          }
        }
      }
    }
  }
}
