package io.github.parindex.engine;

import io.github.parindex.method.Answer;
import io.github.parindex.model.Appraisal;
import io.github.parindex.model.Assessment;
import io.github.parindex.model.LeafInput;
import java.util.List;

/**
 * An assessment's inputs laid over a rule set's plan, once per score and shared by the check and the scoring: the
 * input of each node (the first one given for its code, as {@link Assessment#inputsByCode()} keeps it), its
 * self-assessed answer, appraisal and measured result read once (an input makes a new {@code Optional} on every
 * read), and whether the node is not applicable, itself or through an ancestor. Internal.
 */
final class ScoreInputs {
  final LeafInput[] byNode;
  /** The self-assessed answer, appraisal and measured result of {@link #byNode}; null where there is none. */
  final Answer[] self;
  final Appraisal[] appraisal;
  final Answer[] measured;
  /** Marked not applicable by an input of its own code (any of them) or through an ancestor. */
  final boolean[] notApplicable;
  /** The node of each input, in the assessment's order; -1 for a code the rule set does not have. */
  final int[] nodeOfInput;

  ScoreInputs(RuleSetPlan plan, Assessment a) {
    int n = plan.size();
    byNode = new LeafInput[n];
    self = new Answer[n];
    appraisal = new Appraisal[n];
    measured = new Answer[n];
    notApplicable = new boolean[n];
    List<LeafInput> list = a.inputs();
    nodeOfInput = new int[list.size()];
    int next = 0; // inputs usually follow the rule set's order: try the node after the last one found first
    for (int k = 0; k < nodeOfInput.length; k++) {
      LeafInput in = list.get(k);
      String code = in.code();
      int i = plan.indexOf(code, next);
      nodeOfInput[k] = i;
      if (i < 0) {
        continue;
      }
      next = i + 1;
      if (byNode[i] == null) {
        byNode[i] = in;
        self[i] = in.selfAssessed().orElse(null);
        appraisal[i] = in.appraisal().orElse(null);
        measured[i] = in.measured().orElse(null);
      }
      if (in.notApplicable()) {
        notApplicable[i] = true;
      }
    }
    int[] parents = plan.parents;
    for (int i = 0; i < n; i++) { // parents come before their children
      int p = parents[i];
      if (p >= 0 && notApplicable[p]) {
        notApplicable[i] = true;
      }
    }
  }
}
