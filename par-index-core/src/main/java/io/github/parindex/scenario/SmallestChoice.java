package io.github.parindex.scenario;

import io.github.parindex.scenario.Gains.LeafGain;
import io.github.parindex.scenario.Gains.Option;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Fewest leaves, then least total improvement; exact branch and bound within the budget. Every step (a set of
 * leaves or an answer tried) counts, whether or not a choice has been found yet, so the budget always bounds it.
 * Internal to {@link Gains}.
 */
final class SmallestChoice {

  /** A set of leaves with an option (or, for continuous leaves, an amount) each. */
  record Choice(List<LeafGain> leaves, List<BigDecimal> gains, List<Optional<Option>> options, BigDecimal total) {}

  private final List<LeafGain> candidates;
  private final BigDecimal need;
  private final BigDecimal ulp;
  private final BigDecimal[] bestGain;
  private final long budget;
  private long steps;
  private boolean stopped;
  private Choice best;

  SmallestChoice(List<LeafGain> candidates, BigDecimal need, BigDecimal ulp, long budget) {
    this.candidates = candidates;
    this.need = need;
    this.ulp = ulp;
    this.budget = budget;
    this.bestGain = new BigDecimal[candidates.size()];
    for (int i = 0; i < candidates.size(); i++) {
      bestGain[i] = candidates.get(i).attainable();
    }
  }

  /** Whether the search ran to its end (it did not stop for the budget). */
  boolean exhaustive() {
    return !stopped;
  }

  long steps() {
    return steps;
  }

  /** Takes one step of the budget; false (and the search stops) when none is left. */
  private boolean step() {
    if (stopped || steps >= budget) {
      stopped = true;
      return false;
    }
    steps++;
    return true;
  }

  /**
   * The best choice of {@code fewest} leaves, or of more if none reaches the need; empty if none does, or if the
   * budget ran out before one was found ({@link #exhaustive()} tells which).
   */
  Optional<Choice> run(int fewest) {
    for (int k = fewest; k <= candidates.size() && !stopped; k++) {
      combinations(0, k, new ArrayList<>(), BigDecimal.ZERO);
      if (best != null) {
        return Optional.of(best);
      }
    }
    return Optional.empty();
  }

  private void combinations(int from, int k, List<Integer> chosen, BigDecimal chosenBest) {
    if (!step()) {
      return;
    }
    if (chosen.size() == k) {
      evaluate(chosen);
      return;
    }
    int left = k - chosen.size();
    for (int i = from; i <= candidates.size() - left; i++) {
      BigDecimal bound = chosenBest;
      for (int j = i; j < i + left; j++) {
        bound = bound.add(bestGain[j]);
      }
      if (bound.compareTo(need) < 0) {
        return; // later candidates give no more than these
      }
      chosen.add(i);
      combinations(i + 1, k, chosen, chosenBest.add(bestGain[i]));
      chosen.remove(chosen.size() - 1);
      if (stopped) {
        return;
      }
    }
  }

  /** The least total improvement of these leaves that reaches {@code need}, kept if better than the best so far. */
  private void evaluate(List<Integer> chosen) {
    List<LeafGain> discrete = new ArrayList<>();
    List<LeafGain> flexible = new ArrayList<>();
    for (int i : chosen) {
      (candidates.get(i).continuous() ? flexible : discrete).add(candidates.get(i));
    }
    BigDecimal flexCapacity = flexible.stream().map(LeafGain::available).reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal[] suffixBest = new BigDecimal[discrete.size() + 1];
    suffixBest[discrete.size()] = BigDecimal.ZERO;
    for (int i = discrete.size() - 1; i >= 0; i--) {
      suffixBest[i] = suffixBest[i + 1].add(discrete.get(i).attainable());
    }
    options(discrete, flexible, flexCapacity, suffixBest, 0, new ArrayList<>(), BigDecimal.ZERO);
  }

  private void options(List<LeafGain> discrete, List<LeafGain> flexible, BigDecimal flexCapacity,
      BigDecimal[] suffixBest, int i, List<Option> picked, BigDecimal sum) {
    if (!step()) {
      return;
    }
    if (sum.add(suffixBest[i]).add(flexCapacity).compareTo(need) < 0) {
      return;
    }
    if (i == discrete.size()) {
      BigDecimal minFlex = ulp.multiply(BigDecimal.valueOf(flexible.size()));
      BigDecimal total = flexible.isEmpty() ? sum : sum.add(minFlex).max(need);
      if (total.compareTo(need) < 0) {
        return;
      }
      if (best == null || total.compareTo(best.total()) < 0) {
        best = choice(discrete, picked, flexible, total.subtract(sum), total);
      }
      return;
    }
    LeafGain leaf = discrete.get(i);
    for (Option o : leaf.options()) {
      BigDecimal gain = o.points().subtract(leaf.points());
      if (best != null && sum.add(gain).compareTo(best.total()) >= 0) {
        break; // options rise, so the rest cost more
      }
      picked.add(o);
      options(discrete, flexible, flexCapacity, suffixBest, i + 1, picked, sum.add(gain));
      picked.remove(picked.size() - 1);
      if (stopped) {
        return;
      }
    }
  }

  private Choice choice(List<LeafGain> discrete, List<Option> picked, List<LeafGain> flexible,
      BigDecimal flexAmount, BigDecimal total) {
    List<LeafGain> leaves = new ArrayList<>();
    List<BigDecimal> gains = new ArrayList<>();
    List<Optional<Option>> options = new ArrayList<>();
    for (int i = 0; i < discrete.size(); i++) {
      leaves.add(discrete.get(i));
      gains.add(picked.get(i).points().subtract(discrete.get(i).points()));
      options.add(Optional.of(picked.get(i)));
    }
    BigDecimal left = flexAmount;
    for (int i = 0; i < flexible.size(); i++) {
      LeafGain leaf = flexible.get(i);
      BigDecimal reserve = ulp.multiply(BigDecimal.valueOf(flexible.size() - i - 1L));
      BigDecimal amount = left.subtract(reserve).min(leaf.available()).max(ulp);
      leaves.add(leaf);
      gains.add(amount);
      options.add(Optional.empty());
      left = left.subtract(amount);
    }
    return new Choice(leaves, gains, options, total);
  }
}
