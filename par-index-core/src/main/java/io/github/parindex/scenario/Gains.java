// Longer than 400 lines for a reason: the public results Gains.Option, LeafGain, Step and Path are nested here
// (their names are API) with their documentation. The jobs live beside it: PathSearch (the path and its
// verification), SmallestChoice (the exact search), TargetTotal (the points a target needs), CurrentAnswers.
package io.github.parindex.scenario;

import io.github.parindex.engine.Engine;
import io.github.parindex.engine.NodeScore;
import io.github.parindex.engine.Scorecard;
import io.github.parindex.internal.Decimals;
import io.github.parindex.internal.Numbers;
import io.github.parindex.method.Answer;
import io.github.parindex.method.Improvement;
import io.github.parindex.method.ScoringMethod;
import io.github.parindex.model.Assessment;
import io.github.parindex.model.GradeBand;
import io.github.parindex.model.GradeScale;
import io.github.parindex.model.LeafInput;
import io.github.parindex.model.Node;
import io.github.parindex.model.NodeRole;
import io.github.parindex.model.PointSource;
import io.github.parindex.model.RuleSet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a unit can still gain points, and the smallest set of improvements that reaches the next grade or a target
 * index, stated as concrete answers ("1.1 from 60% to 80%: +1 points").
 *
 * <p><b>Points available.</b> For every applicable {@link NodeRole#SCORED} leaf the unit can influence (appraisal and
 * outcome leaves; survey leaves only when asked, since units do not score surveys themselves): the leaf's maximum
 * less its current points, largest first.
 *
 * <p><b>Improvement options.</b> Each leaf offers the answers its method says score more than now
 * ({@link ScoringMethod#improvements}): for percentage bands the lower bound of each better band ("80%"; a band open
 * at its lower end is represented by its midpoint); for graded levels each better level; for yes/no, yes; for
 * deadlines, on time (or late); for counts, each larger count up to the cap; for deductions per event, each smaller
 * number of events; for direct points, proportional rates and survey shares ({@link ScoringMethod#answerFor}),
 * exactly the points needed (rates rounded up to 2 decimals of a percent). A method that offers no improvement is
 * listed with its available points but never suggested.
 *
 * <p><b>Smallest path.</b> The path uses the fewest leaves; among paths with that many leaves, the least total
 * improvement in points (ties: the path met first when leaves are taken largest available first, then in tree
 * order). The search is exact within a budget of search steps ({@value #SEARCH_BUDGET} unless set with
 * {@link #withSearchBudget(long)}; each set of leaves and each answer tried is one step), which bounds it whether or
 * not it has found a path yet. When the budget runs out the path says so ({@link Path#exhaustive()} is false and
 * {@link Path#render()} tells): it is the best path found so far, or, if the search had found none, the fewest leaves
 * with the most to give, each at its best answer. Either way it is verified and has the fewest leaves, but a path with
 * a smaller total may exist. The same holds, rarely, when rounding (of components, say) keeps the paths the exact
 * search found from reaching the target when re-scored: the path is then the fewest leaves with the most to give,
 * each at its best answer, and is not exhaustive either. An empty result never comes from the budget or from
 * rounding: it means the target cannot be reached (even every suggestible leaf at its best answer falls short when
 * re-scored).
 *
 * <p>The points needed come from the target with the rule set's rounding: the smallest published total whose
 * published index reaches the target (a target of 90 with indices published as whole percent rounded half up needs
 * only 89.5%), found by bisection over the points scale in exact arithmetic (some forty steps even with 10 decimals),
 * and the smallest gain, in units of the points scale, that brings the unrounded total to it (83.1396… + 6.86 =
 * 89.9996… is published as 90.00). Every path is verified by re-scoring the assessment with the path's
 * {@link Scenario} applied; {@link Path#result()} is that scorecard.
 *
 * <pre>{@code
 * Gains gains = Gains.of(ruleSet, assessment);                     // Gains.withSurveys(...) adds survey leaves
 * gains.top(5).forEach(g -> System.out.println(g.describe()));     // 1.1: 2 points available (0 of 2)
 * gains.pathToNextGrade().ifPresent(p -> System.out.println(p.render()));
 * gains.pathToIndex(new BigDecimal("75")).map(Path::scenario);     // run it, render it, put it in a report
 * gains.withSearchBudget(50_000).pathToGrade("A");                 // a quicker, possibly not smallest, answer
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Gains {

  /** How many search steps the path search may take by default before it settles for what it has. */
  public static final int SEARCH_BUDGET = 2_000_000;

  private final RuleSet ruleSet;
  private final Assessment assessment;
  private final Scorecard scorecard;
  private final boolean includeSurveys;
  private final List<LeafGain> available;
  private final long searchBudget;

  private Gains(Gains gains, long searchBudget) {
    this.ruleSet = gains.ruleSet;
    this.assessment = gains.assessment;
    this.includeSurveys = gains.includeSurveys;
    this.scorecard = gains.scorecard;
    this.available = gains.available;
    this.searchBudget = searchBudget;
  }

  private Gains(RuleSet ruleSet, Assessment assessment, boolean includeSurveys) {
    this.ruleSet = Objects.requireNonNull(ruleSet, "ruleSet");
    this.assessment = Objects.requireNonNull(assessment, "assessment");
    this.includeSurveys = includeSurveys;
    this.searchBudget = SEARCH_BUDGET;
    this.scorecard = Engine.score(ruleSet, assessment);
    List<LeafGain> gains = new ArrayList<>();
    for (NodeScore leaf : scorecard.leaves()) {
      if (!leaf.applicable() || leaf.role() != NodeRole.SCORED) {
        continue;
      }
      boolean survey = leaf.source().map(PointSource::isSurvey).orElse(false);
      if (survey && !includeSurveys) {
        continue;
      }
      BigDecimal availablePoints = leaf.maximum().subtract(leaf.exactPoints());
      if (availablePoints.signum() <= 0) {
        continue;
      }
      Node node = ruleSet.node(leaf.code()).orElseThrow();
      gains.add(leafGain(node, leaf, assessment.input(leaf.code())));
    }
    gains.sort(Comparator.comparing(LeafGain::available).reversed());
    this.available = List.copyOf(gains);
  }

  /**
   * The gains of a unit on leaves it can influence (survey leaves left out: units do not score surveys themselves).
   *
   * @param ruleSet the rule set
   * @param assessment the unit's answers
   * @return the gains
   * @throws io.github.parindex.model.ParIndexException if the assessment cannot be scored
   */
  public static Gains of(RuleSet ruleSet, Assessment assessment) {
    return new Gains(ruleSet, assessment, false);
  }

  /**
   * The gains of a unit including survey leaves (what a better survey result would give).
   *
   * @param ruleSet the rule set
   * @param assessment the unit's answers
   * @return the gains
   * @throws io.github.parindex.model.ParIndexException if the assessment cannot be scored
   */
  public static Gains withSurveys(RuleSet ruleSet, Assessment assessment) {
    return new Gains(ruleSet, assessment, true);
  }

  /**
   * The unit's scorecard as it is.
   *
   * @return the scorecard of the assessment, unchanged
   */
  public Scorecard scorecard() {
    return scorecard;
  }

  /**
   * Whether survey leaves are among the gains.
   *
   * @return true for gains made by {@link #withSurveys}
   */
  public boolean includesSurveys() {
    return includeSurveys;
  }

  /**
   * How many steps a path search may take.
   *
   * @return {@value #SEARCH_BUDGET} unless set with {@link #withSearchBudget}
   */
  public long searchBudget() {
    return searchBudget;
  }

  /**
   * The same gains with another budget for the path search: fewer steps answer sooner with a path that may not be the
   * smallest ({@link Path#exhaustive()} is then false), more steps prove larger searches.
   *
   * @param steps the most search steps (sets of leaves and answers tried) one path search may take; positive
   * @return the gains with that budget
   * @throws IllegalArgumentException if {@code steps} is not positive
   */
  public Gains withSearchBudget(long steps) {
    if (steps <= 0) {
      throw new IllegalArgumentException("search budget must be positive, was " + steps);
    }
    return new Gains(this, steps);
  }

  /**
   * Every leaf with points still available.
   *
   * @return the leaves, largest available first (then in tree order)
   */
  public List<LeafGain> available() {
    return available;
  }

  /**
   * The {@code n} leaves with the most points available.
   *
   * @param n how many, zero or more
   * @return at most {@code n} leaves, largest first
   * @throws IllegalArgumentException if {@code n} is negative
   */
  public List<LeafGain> top(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("n must not be negative, was " + n);
    }
    return available.subList(0, Math.min(n, available.size()));
  }

  /**
   * The sum of the available points.
   *
   * @return the most the unit can still gain on these leaves
   */
  public BigDecimal totalAvailable() {
    return available.stream().map(LeafGain::available).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /**
   * The path to the grade above the unit's current one.
   *
   * @return the path; empty at the top grade, without grades, or if unreachable
   */
  public Optional<Path> pathToNextGrade() {
    GradeScale scale = ruleSet.gradesFor(assessment.unit());
    return scale.next(scorecard.grade())
        .flatMap(band -> search().search(band.minimumIndex(), Optional.of(band.label())));
  }

  /**
   * The path to a grade by label.
   *
   * @param label the grade's label, e.g. {@code "Tốt"}
   * @return the path; empty if the grade cannot be reached
   * @throws IllegalArgumentException if the unit's grade scale has no such label
   */
  public Optional<Path> pathToGrade(String label) {
    GradeScale scale = ruleSet.gradesFor(assessment.unit());
    GradeBand band = scale.bands().stream().filter(b -> b.label().equals(label)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("rule set " + ruleSet.id() + " has no grade \"" + label
            + "\" for unit " + assessment.unit().code() + " (grades: "
            + String.join(", ", scale.bands().stream().map(GradeBand::label).toList()) + ")"));
    return search().search(band.minimumIndex(), Optional.of(band.label()));
  }

  /**
   * The path to a published index of at least {@code targetIndex} percent.
   *
   * @param targetIndex the index to reach, in percent
   * @return the path; empty if it cannot be reached
   */
  public Optional<Path> pathToIndex(BigDecimal targetIndex) {
    Objects.requireNonNull(targetIndex, "targetIndex");
    return search().search(targetIndex, Optional.empty());
  }

  /**
   * Shorthand for {@code pathToIndex(new BigDecimal(targetIndex))}; the text passes the numeric gate.
   *
   * @param targetIndex the index to reach, in percent, e.g. {@code "75"}
   * @return the path; empty if it cannot be reached
   * @throws io.github.parindex.model.ParIndexException if the text is not a decimal within the library's limits
   */
  public Optional<Path> pathToIndex(String targetIndex) {
    return pathToIndex(Numbers.parse(targetIndex, "target index"));
  }

  private PathSearch search() {
    return new PathSearch(ruleSet, assessment, scorecard, available, totalAvailable(), searchBudget);
  }

  // --- value types -------------------------------------------------------------------------------------------------

  /**
   * An answer that scores more on a leaf than the current one.
   *
   * @param answer the answer to give
   * @param text the answer in words, e.g. {@code "80%"}, {@code "yes"}, {@code "level \"Tốt\""}
   * @param points the points it earns
   * @since 0.1.0
   */
  public record Option(Answer answer, String text, BigDecimal points) {
    /**
     * Checks the components.
     *
     * @param answer the answer to give
     * @param text the answer in words, e.g. {@code "80%"}, {@code "yes"}, {@code "level \"Tốt\""}
     * @param points the points it earns
     */
    public Option {
      Objects.requireNonNull(answer, "answer");
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(points, "points");
    }
  }

  /**
   * Points still available on one leaf.
   *
   * @param code the leaf's code
   * @param name the leaf's name
   * @param source where its points come from
   * @param method the kind of its scoring method
   * @param maximum its maximum
   * @param points its current points (as carried into the total)
   * @param available maximum less current points
   * @param currentAnswer the answer that counts now, in words
   * @param options the better answers, fewest points first (for continuous methods only the best one; a path
   *     asks for exactly the points needed)
   * @param continuous whether any amount of points up to the maximum can be given (direct points, rates)
   * @since 0.1.0
   */
  public record LeafGain(String code, String name, PointSource source, String method, BigDecimal maximum,
      BigDecimal points, BigDecimal available, String currentAnswer, List<Option> options, boolean continuous) {
    /**
     * Checks the components and copies the collections.
     *
     * @param code the leaf's code
     * @param name the leaf's name
     * @param source where its points come from
     * @param method the kind of its scoring method
     * @param maximum its maximum
     * @param points its current points (as carried into the total)
     * @param available maximum less current points
     * @param currentAnswer the answer that counts now, in words
     * @param options the better answers, fewest points first (for continuous methods only the best one; a path
     *     asks for exactly the points needed)
     * @param continuous whether any amount of points up to the maximum can be given (direct points, rates)
     */
    public LeafGain {
      Objects.requireNonNull(code, "code");
      options = List.copyOf(options);
    }

    /** {@return whether a path may use this leaf (its method is one whose answers can be stated)} */
    public boolean suggestible() {
      return !options.isEmpty();
    }

    /**
     * The most a better answer can add: {@link #available()} for continuous methods, else the best option's points
     * less the current points (less than available when, say, the top band gives less than the maximum).
     *
     * @return the points a better answer can add, not more than {@link #available()}
     */
    public BigDecimal attainable() {
      if (options.isEmpty()) {
        return BigDecimal.ZERO;
      }
      return continuous ? available : options.get(options.size() - 1).points().subtract(points);
    }

    /** @return the gain in words, e.g. {@code "1.1 Tỷ lệ ...: 2 points available (now 0 of 2, answer 60%)"} */
    public String describe() {
      return code + " " + name + ": " + approx(available) + " points available (now " + approx(points) + " of "
          + plain(maximum) + ", answer " + currentAnswer + ")";
    }
  }

  /**
   * One improvement of a path.
   *
   * @param code the leaf's code
   * @param name the leaf's name
   * @param from the current answer in words
   * @param to the answer to reach, in words
   * @param answer the answer to reach
   * @param pointsBefore the leaf's published points now
   * @param pointsAfter the leaf's published points with the path applied (from the re-scored scorecard)
   * @since 0.1.0
   */
  public record Step(String code, String name, String from, String to, Answer answer, BigDecimal pointsBefore,
      BigDecimal pointsAfter) {
    /**
     * Checks the components.
     *
     * @param code the leaf's code
     * @param name the leaf's name
     * @param from the current answer in words
     * @param to the answer to reach, in words
     * @param answer the answer to reach
     * @param pointsBefore the leaf's published points now
     * @param pointsAfter the leaf's published points with the path applied (from the re-scored scorecard)
     */
    public Step {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(answer, "answer");
    }

    /** {@return the points this step adds: {@code pointsAfter - pointsBefore}} */
    public BigDecimal gain() {
      return pointsAfter.subtract(pointsBefore);
    }

    /** @return the step in words, e.g. {@code "3.2.1 from 60% to 80%: +0.5 points"} */
    public String describe() {
      return code + " from " + from + " to " + to + ": +" + plain(gain()) + " points";
    }
  }

  /**
   * A verified set of improvements that reaches a target.
   *
   * @param targetIndex the index to reach, in percent
   * @param targetGrade the grade the target stands for, if any
   * @param steps the improvements, largest gain first; empty when the target is already reached
   * @param scenario the improvements as a scenario (one {@link Change.SetAnswer} per step)
   * @param result the scorecard re-scored with the scenario applied; its index reaches the target
   * @param exhaustive whether the search proved the path the smallest (it finished within its budget and rounding did
   *     not defeat it); when false the path still reaches the target with the fewest leaves, but one with a smaller
   *     total may exist (if the search found no path itself, this is the leaves with the most to give, each at its
   *     best answer)
   *
   * @since 0.1.0
   */
  public record Path(BigDecimal targetIndex, Optional<String> targetGrade, List<Step> steps, Scenario scenario,
      Scorecard result, boolean exhaustive) {
    /**
     * Checks the components and copies the collections.
     *
     * @param targetIndex the index to reach, in percent
     * @param targetGrade the grade the target stands for, if any
     * @param steps the improvements, largest gain first; empty when the target is already reached
     * @param scenario the improvements as a scenario (one {@link Change.SetAnswer} per step)
     * @param result the scorecard re-scored with the scenario applied; its index reaches the target
     * @param exhaustive whether the search proved the path the smallest (it finished within its budget and rounding
     *     did not defeat it); when false the path still reaches the target with the fewest leaves, but one with a
     *     smaller total may exist (if the search found no path itself, this is the leaves with the most to give,
     *     each at its best answer)
     */
    public Path {
      Objects.requireNonNull(targetIndex, "targetIndex");
      Objects.requireNonNull(targetGrade, "targetGrade");
      steps = List.copyOf(steps);
      Objects.requireNonNull(scenario, "scenario");
      Objects.requireNonNull(result, "result");
    }

    /** {@return the sum of the steps' gains} */
    public BigDecimal totalGain() {
      return steps.stream().map(Step::gain).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** {@return the target, the steps one per line, and the index reached} */
    public String render() {
      String nl = System.lineSeparator();
      StringBuilder s = new StringBuilder("to reach ")
          .append(targetGrade.map(g -> "grade " + g + " (" + plain(targetIndex) + "%)").orElse(plain(targetIndex) + "%"))
          .append(": ");
      s.append(steps.isEmpty() ? "already reached" : steps.size() + (steps.size() == 1 ? " leaf" : " leaves")
          + ", +" + plain(totalGain()) + " points").append(nl);
      for (Step step : steps) {
        s.append("  ").append(step.describe()).append(nl);
      }
      s.append("  → ").append(plain(result.totalPoints())).append('/').append(plain(result.effectiveMaximum()))
          .append(" = ").append(plain(result.index())).append('%')
          .append(result.grade().map(g -> ", grade " + g.label()).orElse(""));
      if (!exhaustive) {
        s.append(" (not proven smallest: a path with a smaller total may exist)");
      }
      return s.append(nl).toString();
    }
  }

  // --- the leaf's options ------------------------------------------------------------------------------------------

  /** The leaf's points available and the better answers its method offers. */
  private static LeafGain leafGain(Node node, NodeScore leaf, Optional<LeafInput> input) {
    ScoringMethod method = node.method().orElseThrow();
    Optional<Answer> current = CurrentAnswers.of(input);
    BigDecimal now = leaf.exactPoints();
    BigDecimal max = node.maxPoints();
    List<Option> options = new ArrayList<>();
    for (Improvement i : method.improvements(current, now, max)) {
      if (i.points().compareTo(now) > 0) {
        options.add(new Option(i.answer(), i.text(), i.points()));
      }
    }
    boolean continuous = method.answerFor(max, max).isPresent();
    return new LeafGain(leaf.code(), leaf.name(), leaf.source().orElseThrow(), method.kind(), max, now,
        max.subtract(now), CurrentAnswers.describe(current, input), options, continuous);
  }

  @Override
  public String toString() {
    return "gains of " + scorecard.unit() + ": " + available.size() + " leaves, " + plain(totalAvailable())
        + " points available";
  }

  private static String approx(BigDecimal v) {
    return Decimals.approx(v);
  }

  private static String plain(BigDecimal v) {
    return Decimals.plain(v);
  }
}
