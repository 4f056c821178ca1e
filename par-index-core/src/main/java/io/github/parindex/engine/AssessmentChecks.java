package io.github.parindex.engine;

import io.github.parindex.method.Answer;
import io.github.parindex.model.Appraisal;
import io.github.parindex.model.Assessment;
import io.github.parindex.model.LeafInput;
import io.github.parindex.model.Node;
import io.github.parindex.model.Problem;
import io.github.parindex.model.RuleSet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks an assessment against its rule set, collecting every problem, over the rule set's {@link RuleSetPlan} and
 * the assessment's {@link ScoreInputs} (built once per score and then used for scoring too). Internal.
 */
final class AssessmentChecks {
  private AssessmentChecks() {}

  static List<Problem> problems(RuleSetPlan plan, Assessment a, ScoreInputs inputs) {
    RuleSet rs = plan.ruleSet;
    List<Problem> problems = new ArrayList<>(0);
    String unit = a.unit().code();
    unitProblems(plan, a, problems, unit);
    boolean[] seen = new boolean[plan.size()];
    Set<String> unknown = null;
    int k = 0;
    for (LeafInput in : a.inputs()) {
      String code = in.code();
      int i = inputs.nodeOfInput[k++];
      if (i < 0) {
        if (unknown == null) {
          unknown = new HashSet<>();
        }
        problems.add(unknown.add(code)
            ? Problem.at(code, "unknown code: rule set " + rs.id() + " has no such criterion").forUnit(unit)
            : Problem.at(code, "has more than one input").forUnit(unit));
      } else if (seen[i]) {
        problems.add(Problem.at(code, "has more than one input").forUnit(unit));
      } else {
        seen[i] = true;
        checkInput(plan.steps[i], in, inputs, problems, unit); // in is inputs.byNode[i]
      }
    }
    gradeProblems(rs, a, problems, unit);
    boolean anyApplicable = false;
    for (int i : plan.scoredLeaves) {
      if (inputs.notApplicable[i]) {
        continue;
      }
      anyApplicable = true;
      RuleSetPlan.Step leaf = plan.steps[i];
      LeafInput in = inputs.byNode[i];
      boolean answered = in != null && (inputs.appraisal[i] != null || inputs.measured[i] != null
          || (!leaf.survey && inputs.self[i] != null));
      if (!answered) {
        problems.add(Problem.at(leaf.code(), leaf.survey ? "applicable survey criterion has no survey result"
            : "applicable criterion has no answer").forUnit(unit));
      }
    }
    if (!anyApplicable) {
      problems.add(Problem.general("nothing applies to the unit: every scored criterion of rule set " + rs.id()
          + " is marked not applicable, so there is no maximum to score against").forUnit(unit));
    }
    return problems;
  }

  private static void unitProblems(RuleSetPlan plan, Assessment a, List<Problem> problems, String unit) {
    RuleSet rs = plan.ruleSet;
    if (!a.ruleSetId().equals(rs.id())) {
      problems.add(Problem.general("assessment is for rule set " + a.ruleSetId() + ", not " + rs.id()).forUnit(unit));
    }
    if (!plan.scoresLevel(a.unit().level())) {
      problems.add(Problem.general("rule set " + rs.id() + " does not score units of level " + a.unit().level()
          + " (it scores " + rs.appliesTo() + ")").forUnit(unit));
    }
    if (!plan.coversYear(a.year())) {
      problems.add(Problem.general("rule set " + rs.id() + " is for the years " + rs.years() + ", not " + a.year())
          .forUnit(unit));
    }
  }

  private static void gradeProblems(RuleSet rs, Assessment a, List<Problem> problems, String unit) {
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
  }

  private static void checkInput(RuleSetPlan.Step step, LeafInput in, ScoreInputs inputs, List<Problem> problems,
      String unit) {
    Node node = step.node;
    String code = node.code();
    // The optionals as read once by ScoreInputs: the input makes a new Optional on every read.
    Answer self = inputs.self[step.index];
    Answer measured = inputs.measured[step.index];
    Appraisal appraisal = inputs.appraisal[step.index];
    boolean hasValue = self != null || appraisal != null || measured != null;
    if (in.notApplicable()) {
      if (hasValue) {
        problems.add(Problem.at(code, "is marked not applicable but also has an answer").forUnit(unit));
      }
      return;
    }
    if (!step.leaf) {
      problems.add(Problem.at(code, "has sub-criteria; answers go on its leaves (only 'not applicable' may be given"
          + " for a whole criterion)").forUnit(unit));
      return;
    }
    BigDecimal max = node.maxPoints();
    if (step.survey && self != null) {
      problems.add(Problem.at(code, "is scored by a survey (" + node.source().get()
          + ") and cannot be self-assessed").forUnit(unit));
    }
    if (self != null) {
      answerProblems(step.answers.problems(self), "self-assessed answer: ", problems, code, unit);
    }
    if (measured != null) {
      answerProblems(step.answers.problems(measured), "measured result: ", problems, code, unit);
    }
    if (appraisal != null) {
      appraisalProblems(appraisal, step.answers, max, problems, code, unit);
    }
  }

  /** Adds a method's answer problems, if any (no iterator over the usual empty list). */
  private static void answerProblems(List<String> found, String what, List<Problem> problems, String code,
      String unit) {
    for (int i = 0; i < found.size(); i++) {
      problems.add(Problem.at(code, what + found.get(i)).forUnit(unit));
    }
  }

  private static void appraisalProblems(Appraisal ap, AnswerMemo answers,
      BigDecimal max, List<Problem> problems, String code, String unit) {
    if (ap.reason().isBlank()) {
      problems.add(Problem.at(code, "appraised value has no reason").forUnit(unit));
    }
    if (ap.answer().isPresent() == ap.points().isPresent()) {
      problems.add(Problem.at(code, "appraisal must give either an answer or points, not "
          + (ap.answer().isPresent() ? "both" : "neither")).forUnit(unit));
    }
    if (ap.answer().isPresent()) {
      for (String p : answers.problems(ap.answer().get())) {
        problems.add(Problem.at(code, "appraised answer: " + p).forUnit(unit));
      }
    }
    if (ap.points().isPresent()) {
      BigDecimal pts = ap.points().get();
      if (pts.signum() < 0 || pts.compareTo(max) > 0) {
        problems.add(Problem.at(code, "appraised points " + pts.toPlainString() + " are outside 0.."
            + max.toPlainString()).forUnit(unit));
      }
    }
  }
}
