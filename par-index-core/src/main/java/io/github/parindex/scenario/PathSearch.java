package io.github.parindex.scenario;

import io.github.parindex.engine.Engine;
import io.github.parindex.engine.NodeScore;
import io.github.parindex.engine.Scorecard;
import io.github.parindex.internal.Decimals;
import io.github.parindex.method.Answer;
import io.github.parindex.method.Improvement;
import io.github.parindex.model.Assessment;
import io.github.parindex.model.Node;
import io.github.parindex.model.RoundingPolicy;
import io.github.parindex.model.RuleSet;
import io.github.parindex.scenario.Gains.LeafGain;
import io.github.parindex.scenario.Gains.Option;
import io.github.parindex.scenario.Gains.Path;
import io.github.parindex.scenario.Gains.Step;
import io.github.parindex.scenario.SmallestChoice.Choice;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The smallest path to a target index for {@link Gains}: the fewest leaves, the points they need, the exact search
 * within the budget, and the verification by re-scoring. Internal.
 */
final class PathSearch {
  private final RuleSet ruleSet;
  private final Assessment assessment;
  private final Scorecard scorecard;
  private final List<LeafGain> available;
  private final BigDecimal totalAvailable;
  private final long searchBudget;

  PathSearch(RuleSet ruleSet, Assessment assessment, Scorecard scorecard, List<LeafGain> available,
      BigDecimal totalAvailable, long searchBudget) {
    this.ruleSet = ruleSet;
    this.assessment = assessment;
    this.scorecard = scorecard;
    this.available = available;
    this.totalAvailable = totalAvailable;
    this.searchBudget = searchBudget;
  }

  /** The candidates and the fewest leaves that can reach the need, before the search proper. */
  private record Start(List<LeafGain> candidates, BigDecimal[] prefix, int k, int fewest) {}

  Optional<Path> search(BigDecimal target, Optional<String> grade) {
    if (scorecard.index().compareTo(target) >= 0) {
      return Optional.of(new Path(target, grade, List.of(), Scenario.named(name(target, grade)), scorecard, true));
    }
    RoundingPolicy policy = ruleSet.rounding();
    BigDecimal ulp = BigDecimal.ONE.movePointLeft(policy.pointsScale());
    Optional<BigDecimal> neededTotal = TargetTotal.neededTotal(scorecard, ruleSet, totalAvailable, target, policy);
    if (neededTotal.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal need = TargetTotal.need(neededTotal.get(), TargetTotal.unroundedTotal(scorecard, ruleSet, policy),
        policy, ulp);
    Optional<Start> start = start(need, target);
    if (start.isEmpty()) {
      return Optional.empty();
    }
    List<LeafGain> candidates = start.get().candidates();
    BigDecimal[] prefix = start.get().prefix();
    int k = start.get().k();
    int n = candidates.size();
    // Rounding can also make a path fall short by a little: then ask one more unit (or one more leaf), a few times.
    // All attempts share one budget.
    long budgetLeft = searchBudget;
    for (int attempt = 0; attempt < 20; attempt++) {
      BigDecimal asked = need.min(prefix[k]);
      SmallestChoice s = new SmallestChoice(candidates, asked, ulp, budgetLeft);
      Optional<Choice> choice = s.run(k);
      budgetLeft -= s.steps();
      if (choice.isEmpty()) {
        return s.exhaustive() ? Optional.empty() : bestOfTop(candidates, start.get().fewest(), target, grade);
      }
      Optional<Path> path = verify(choice.get(), target, grade, s.exhaustive());
      if (path.isPresent()) {
        return path;
      }
      if (budgetLeft <= 0) {
        return bestOfTop(candidates, start.get().fewest(), target, grade);
      }
      if (asked.compareTo(need) < 0) {
        // Every choice of k leaves was asked for all they have. If rounding keeps the choice found from the target
        // but the top k at their best reach it, k leaves are still the fewest: take them rather than one more.
        if (k == n || reachesWithTop(candidates, k, target)) {
          return bestOfTop(candidates, k, target, grade);
        }
        k++;
      } else {
        need = need.add(ulp);
      }
    }
    // Rounding defeated every attempt: the fewest top leaves that reach the target at their best, if any.
    return bestOfTop(candidates, k, target, grade);
  }

  /** The candidates, largest attainable first, and the fewest of them that reach the need; empty if none can. */
  private Optional<Start> start(BigDecimal need, BigDecimal target) {
    List<LeafGain> candidates = new ArrayList<>(available.stream().filter(LeafGain::suggestible).toList());
    candidates.sort(Comparator.comparing(LeafGain::attainable).reversed());
    int n = candidates.size();
    BigDecimal[] prefix = new BigDecimal[n + 1];
    prefix[0] = BigDecimal.ZERO;
    for (int i = 0; i < n; i++) {
      prefix[i + 1] = prefix[i].add(candidates.get(i).attainable());
    }
    // The fewest leaves: the first k whose gains add up to the need (gains add, so no k others give more) ...
    int k = 0;
    while (k < n && prefix[k].compareTo(need) < 0) {
      k++;
    }
    if (prefix[k].compareTo(need) < 0 && !reachesWithTop(candidates, n, target)) {
      return Optional.empty();
    }
    // ... unless rounding (of components, say) lets fewer reach the target: checked by re-scoring.
    while (k > 1 && reachesWithTop(candidates, k - 1, target)) {
      k--;
    }
    return Optional.of(new Start(candidates, prefix, k, Math.max(k, 1)));
  }

  /**
   * When the budget ran out, or rounding kept the exact search's choices from the target, before a verified path:
   * the fewest candidates, from {@code fewest} on, that reach the target at their best answers (checked by
   * re-scoring), as a path that is not exhaustive; empty if even all fall short.
   */
  private Optional<Path> bestOfTop(List<LeafGain> candidates, int fewest, BigDecimal target, Optional<String> grade) {
    for (int m = fewest; m <= candidates.size(); m++) {
      if (reachesWithTop(candidates, m, target)) {
        List<LeafGain> leaves = List.copyOf(candidates.subList(0, m));
        List<BigDecimal> gains = new ArrayList<>();
        List<Optional<Option>> options = new ArrayList<>();
        for (LeafGain leaf : leaves) {
          Option best = leaf.options().get(leaf.options().size() - 1);
          gains.add(best.points().subtract(leaf.points()));
          options.add(Optional.of(best));
        }
        BigDecimal total = gains.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return verify(new Choice(leaves, gains, options, total), target, grade, false);
      }
    }
    return Optional.empty();
  }

  /** Whether the first {@code m} candidates at their best answers reach the target, by re-scoring. */
  private boolean reachesWithTop(List<LeafGain> candidates, int m, BigDecimal target) {
    Scenario s = Scenario.named("best of " + m);
    for (LeafGain leaf : candidates.subList(0, m)) {
      s = s.with(new Change.SetAnswer(leaf.code(), leaf.options().get(leaf.options().size() - 1).answer()));
    }
    Scenario.Applied applied = s.apply(ruleSet, assessment);
    return Engine.score(applied.ruleSet(), applied.assessment()).index().compareTo(target) >= 0;
  }

  private Optional<Path> verify(Choice choice, BigDecimal target, Optional<String> grade, boolean exhaustive) {
    List<Change> changes = new ArrayList<>();
    List<Improvement> picked = new ArrayList<>();
    for (int i = 0; i < choice.leaves().size(); i++) {
      LeafGain leaf = choice.leaves().get(i);
      Optional<Option> option = choice.options().get(i);
      Improvement answer;
      if (option.isPresent()) {
        answer = new Improvement(option.get().answer(), option.get().text(), option.get().points());
      } else {
        // A continuous leaf: exactly the points wanted, as its method states them.
        BigDecimal points = leaf.points().add(choice.gains().get(i)).min(leaf.maximum());
        answer = ruleSet.node(leaf.code()).flatMap(Node::method).orElseThrow()
            .answerFor(points, leaf.maximum()).orElseThrow();
      }
      changes.add(new Change.SetAnswer(leaf.code(), answer.answer()));
      picked.add(answer);
    }
    Scenario scenario = Scenario.named(name(target, grade)).with(changes);
    Scenario.Applied applied = scenario.apply(ruleSet, assessment);
    Scorecard result = Engine.score(applied.ruleSet(), applied.assessment());
    if (result.index().compareTo(target) < 0) {
      return Optional.empty();
    }
    List<Step> steps = new ArrayList<>();
    for (int i = 0; i < choice.leaves().size(); i++) {
      LeafGain leaf = choice.leaves().get(i);
      NodeScore before = scorecard.node(leaf.code()).orElseThrow();
      NodeScore after = result.node(leaf.code()).orElseThrow();
      Answer answer = picked.get(i).answer();
      steps.add(new Step(leaf.code(), leaf.name(), leaf.currentAnswer(), picked.get(i).text(), answer,
          before.points(), after.points()));
    }
    steps.sort(Comparator.comparing(Step::gain).reversed());
    return Optional.of(new Path(target, grade, steps, scenario, result, exhaustive));
  }

  static String name(BigDecimal target, Optional<String> grade) {
    return "path to " + grade.map(g -> "grade " + g).orElse(Decimals.plain(target) + "%");
  }
}
