package io.github.parindex.engine;

import io.github.parindex.model.Appraisal;
import io.github.parindex.model.Assessment;
import io.github.parindex.model.LeafInput;
import io.github.parindex.model.Node;
import io.github.parindex.model.NodeRole;
import io.github.parindex.model.PointSource;
import io.github.parindex.model.Problem;
import io.github.parindex.model.RuleSet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks an assessment against its rule set, collecting every problem. Internal. */
final class AssessmentChecks {
  private AssessmentChecks() {}

  static List<Problem> problems(RuleSet rs, Assessment a) {
    List<Problem> problems = new ArrayList<>();
    String unit = a.unit().code();
    if (!a.ruleSetId().equals(rs.id())) {
      problems.add(Problem.general("assessment is for rule set " + a.ruleSetId() + ", not " + rs.id()).forUnit(unit));
    }
    if (!rs.appliesTo().contains(a.unit().level())) {
      problems.add(Problem.general("rule set " + rs.id() + " does not score units of level " + a.unit().level()
          + " (it scores " + rs.appliesTo() + ")").forUnit(unit));
    }
    if (!rs.years().contains(a.year())) {
      problems.add(Problem.general("rule set " + rs.id() + " is for the years " + rs.years() + ", not " + a.year())
          .forUnit(unit));
    }
    Set<String> seen = new HashSet<>();
    for (LeafInput in : a.inputs()) {
      String code = in.code();
      if (!seen.add(code)) {
        problems.add(Problem.at(code, "has more than one input").forUnit(unit));
        continue;
      }
      Node node = rs.nodesByCode().get(code);
      if (node == null) {
        problems.add(Problem.at(code, "unknown code: rule set " + rs.id() + " has no such criterion").forUnit(unit));
        continue;
      }
      checkInput(node, in, problems, unit);
    }
    Set<String> notApplicable = new HashSet<>();
    for (LeafInput in : a.inputs()) {
      if (in.notApplicable()) {
        notApplicable.add(in.code());
      }
    }
    if (!rs.gradesByBlock().isEmpty() && rs.grades().bands().isEmpty()) {
      String blocks = String.join(", ", new java.util.TreeSet<>(rs.gradesByBlock().keySet()));
      if (a.unit().block().isEmpty()) {
        problems.add(Problem.general("rule set " + rs.id() + " grades by block (" + blocks
            + ") and has no default grades, but the unit has no block: it would be left ungraded").forUnit(unit));
      } else if (!rs.gradesByBlock().containsKey(a.unit().block().get())) {
        problems.add(Problem.general("block \"" + a.unit().block().get() + "\" has no grade scale in rule set "
            + rs.id() + " (blocks with one: " + blocks + ") and there are no default grades: the unit would be left"
            + " ungraded").forUnit(unit));
      }
    }
    boolean anyApplicable = false;
    for (Node leaf : rs.leaves()) {
      if (leaf.role() != NodeRole.SCORED || isNotApplicable(rs, leaf.code(), notApplicable)) {
        continue;
      }
      anyApplicable = true;
      LeafInput in = a.inputsByCode().get(leaf.code());
      boolean survey = leaf.source().map(PointSource::isSurvey).orElse(false);
      boolean answered = in != null
          && (in.appraisal().isPresent() || (survey ? in.measured().isPresent()
              : in.selfAssessed().isPresent() || in.measured().isPresent()));
      if (!answered) {
        problems.add(Problem.at(leaf.code(), survey ? "applicable survey criterion has no survey result"
            : "applicable criterion has no answer").forUnit(unit));
      }
    }
    if (!anyApplicable) {
      problems.add(Problem.general("nothing applies to the unit: every scored criterion of rule set " + rs.id()
          + " is marked not applicable, so there is no maximum to score against").forUnit(unit));
    }
    return problems;
  }

  static boolean isNotApplicable(RuleSet rs, String code, Set<String> notApplicable) {
    String c = code;
    while (c != null) {
      if (notApplicable.contains(c)) {
        return true;
      }
      c = rs.parentCodes().get(c);
    }
    return false;
  }

  private static void checkInput(Node node, LeafInput in, List<Problem> problems, String unit) {
    String code = node.code();
    boolean hasValue = in.selfAssessed().isPresent() || in.appraisal().isPresent() || in.measured().isPresent();
    if (in.notApplicable()) {
      if (hasValue) {
        problems.add(Problem.at(code, "is marked not applicable but also has an answer").forUnit(unit));
      }
      return;
    }
    if (!node.isLeaf()) {
      problems.add(Problem.at(code, "has sub-criteria; answers go on its leaves (only 'not applicable' may be given"
          + " for a whole criterion)").forUnit(unit));
      return;
    }
    var method = node.method().orElseThrow();
    BigDecimal max = node.maxPoints();
    boolean survey = node.source().map(PointSource::isSurvey).orElse(false);
    if (survey && in.selfAssessed().isPresent()) {
      problems.add(Problem.at(code, "is scored by a survey (" + node.source().get()
          + ") and cannot be self-assessed").forUnit(unit));
    }
    in.selfAssessed().ifPresent(ans -> method.answerProblems(ans, max)
        .forEach(p -> problems.add(Problem.at(code, "self-assessed answer: " + p).forUnit(unit))));
    in.measured().ifPresent(ans -> method.answerProblems(ans, max)
        .forEach(p -> problems.add(Problem.at(code, "measured result: " + p).forUnit(unit))));
    if (in.appraisal().isPresent()) {
      Appraisal ap = in.appraisal().get();
      if (ap.reason().isBlank()) {
        problems.add(Problem.at(code, "appraised value has no reason").forUnit(unit));
      }
      if (ap.answer().isPresent() == ap.points().isPresent()) {
        problems.add(Problem.at(code, "appraisal must give either an answer or points, not "
            + (ap.answer().isPresent() ? "both" : "neither")).forUnit(unit));
      }
      ap.answer().ifPresent(ans -> method.answerProblems(ans, max)
          .forEach(p -> problems.add(Problem.at(code, "appraised answer: " + p).forUnit(unit))));
      ap.points().ifPresent(pts -> {
        if (pts.signum() < 0 || pts.compareTo(max) > 0) {
          problems.add(Problem.at(code, "appraised points " + pts.toPlainString() + " are outside 0.."
              + max.toPlainString()).forUnit(unit));
        }
      });
    }
  }
}
