package io.github.parindex.engine;

import io.github.parindex.model.Assessment;
import io.github.parindex.model.LeafInput;

/**
 * An assessment's inputs laid over a rule set's plan, once per score and shared by the check and the scoring: the
 * input of each node (the first one given for its code, as {@link Assessment#inputsByCode()} keeps it) and whether
 * the node is not applicable, itself or through an ancestor. Internal.
 */
final class ScoreInputs {
  final LeafInput[] byNode;
  /** Marked not applicable by an input of its own code (any of them) or through an ancestor. */
  final boolean[] notApplicable;
  /** The node of each input, in the assessment's order; -1 for a code the rule set does not have. */
  final int[] nodeOfInput;

  ScoreInputs(RuleSetPlan plan, Assessment a) {
    int n = plan.size();
    byNode = new LeafInput[n];
    notApplicable = new boolean[n];
    nodeOfInput = new int[a.inputs().size()];
    int k = 0;
    for (LeafInput in : a.inputs()) {
      Integer i = plan.indexByCode.get(in.code());
      nodeOfInput[k++] = i == null ? -1 : i;
      if (i != null) {
        if (byNode[i] == null) {
          byNode[i] = in;
        }
        if (in.notApplicable()) {
          notApplicable[i] = true;
        }
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
