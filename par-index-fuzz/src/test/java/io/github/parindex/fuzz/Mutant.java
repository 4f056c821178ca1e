package io.github.parindex.fuzz;

import java.util.List;

/**
 * One fuzz case: a seed and one to three mutations applied in turn. With one mutation the case carries that
 * mutation's {@link Verdict}; with several it is {@link Verdict#EITHER} (a later change may undo an earlier one).
 *
 * @param seed index of the seed in the target's list
 * @param steps the mutations, each an index into the target's mutators and two choice numbers
 */
public record Mutant(int seed, List<Step> steps) {
  public Mutant {
    steps = List.copyOf(steps);
  }

  /** One mutation: which mutator, with which choices. */
  public record Step(int mutator, int a, int b) {}
}
