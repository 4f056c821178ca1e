package io.github.parindex.scenario;

import io.github.parindex.engine.Engine;
import io.github.parindex.engine.NodeScore;
import io.github.parindex.engine.Scorecard;
import io.github.parindex.internal.Numbers;
import io.github.parindex.method.Answer;
import io.github.parindex.method.Band;
import io.github.parindex.method.CountTimesPoints;
import io.github.parindex.method.Deadline;
import io.github.parindex.method.DeductionPerEvent;
import io.github.parindex.method.DirectPoints;
import io.github.parindex.method.GradedLevels;
import io.github.parindex.method.Level;
import io.github.parindex.method.Methods;
import io.github.parindex.method.PercentBands;
import io.github.parindex.method.Proportional;
import io.github.parindex.method.ScoringMethod;
import io.github.parindex.method.SurveyShare;
import io.github.parindex.method.YesNo;
import io.github.parindex.model.Assessment;
import io.github.parindex.model.GradeBand;
import io.github.parindex.model.GradeScale;
import io.github.parindex.model.LeafInput;
import io.github.parindex.model.Node;
import io.github.parindex.model.NodeRole;
import io.github.parindex.model.PointSource;
import io.github.parindex.model.RoundingPolicy;
import io.github.parindex.model.RoundingStage;
import io.github.parindex.model.RuleSet;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
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
 * <p><b>Improvement options.</b> Each leaf offers the answers that score more than now: for percentage bands the
 * lower bound of each better band ("80%"; a band open at its lower end is represented by its midpoint); for graded
 * levels each better level; for yes/no, yes; for deadlines, on time (or late); for counts, each larger count up to
 * the cap; for deductions per event, each smaller number of events; for direct points, proportional rates and survey
 * shares, exactly the points needed (rates rounded up to 2 decimals of a percent). Leaves scored by methods this
 * class does not know are listed with their available points but never suggested.
 *
 * <p><b>Smallest path.</b> The path uses the fewest leaves; among paths with that many leaves, the least total
 * improvement in points (ties: the path met first when leaves are taken largest available first, then in tree
 * order). The search is exact within a budget of search steps ({@value #SEARCH_BUDGET} unless set with
 * {@link #withSearchBudget(long)}; each set of leaves and each answer tried is one step), which bounds it whether or
 * not it has found a path yet. When the budget runs out the path says so ({@link Path#exhaustive()} is false and
 * {@link Path#render()} tells): it is the best path found so far, or, if the search had found none, the fewest leaves
 * with the most to give, each at its best answer. Either way it is verified and has the fewest leaves, but a path with
 * a smaller total may exist. An empty result never comes from the budget: it means the target cannot be reached (even
 * every suggestible leaf at its best answer falls short when re-scored), or, rarely, that rounding kept every path
 * the exact search found from reaching the target when re-scored.
 *
 * <p>The points needed come from the target with the rule set's rounding: the smallest published total whose
 * published index reaches the target (a target of 90 with indices published as whole percent rounded half up needs
 * only 89.5%), found by bisection over the points scale in exact arithmetic (some forty steps even with 10 decimals),
 * and the smallest gain, in units of the points scale, that brings the unrounded total to it (83.1396… + 6.86 =
 * 89.9996… is published as 90.00). Every path is verified by re-scoring the assessment with the path's
 * {@link Scenario} applied; {@link Path#result()} is that scorecard.
 *
 * <pre>{@code
 * Gains gains = Gains.of(ruleSet, assessment);
 * gains.top(5).forEach(g -> System.out.println(g.describe()));     // 1.1: 2 points available (0 of 2)
 * gains.pathToNextGrade().ifPresent(p -> System.out.println(p.render()));
 * gains.pathToIndex(new BigDecimal("75")).map(Path::scenario);     // run it, render it, put it in a report
 * gains.withSearchBudget(50_000).pathToGrade("A");                 // a quicker, possibly not smallest, answer
 * }</pre>
 */
public final class Gains {

  /** How many search steps the path search may take by default before it settles for what it has. */
  public static final int SEARCH_BUDGET = 2_000_000;

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final int MAX_COUNT_STEPS = 100;

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

  /** The gains of a unit on leaves it can influence (survey leaves left out). */
  public static Gains of(RuleSet ruleSet, Assessment assessment) {
    return new Gains(ruleSet, assessment, false);
  }

  /** The gains of a unit, including survey leaves when {@code includeSurveys}. */
  public static Gains of(RuleSet ruleSet, Assessment assessment, boolean includeSurveys) {
    return new Gains(ruleSet, assessment, includeSurveys);
  }

  /** The unit's scorecard as it is. */
  public Scorecard scorecard() {
    return scorecard;
  }

  public boolean includesSurveys() {
    return includeSurveys;
  }

  /** How many steps a path search may take ({@value #SEARCH_BUDGET} unless set with {@link #withSearchBudget}). */
  public long searchBudget() {
    return searchBudget;
  }

  /**
   * The same gains with another budget for the path search: fewer steps answer sooner with a path that may not be the
   * smallest ({@link Path#exhaustive()} is then false), more steps prove larger searches.
   *
   * @param steps the most search steps (sets of leaves and answers tried) one path search may take; positive
   * @throws IllegalArgumentException if {@code steps} is not positive
   */
  public Gains withSearchBudget(long steps) {
    if (steps <= 0) {
      throw new IllegalArgumentException("search budget must be positive, was " + steps);
    }
    return new Gains(this, steps);
  }

  /** Every leaf with points still available, largest first (then in tree order). */
  public List<LeafGain> available() {
    return available;
  }

  /** The {@code n} leaves with the most points available. */
  public List<LeafGain> top(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("n must not be negative, was " + n);
    }
    return available.subList(0, Math.min(n, available.size()));
  }

  /** The sum of the available points (the most the unit can still gain on these leaves). */
  public BigDecimal totalAvailable() {
    return available.stream().map(LeafGain::available).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** The path to the grade above the unit's current one; empty at the top grade, without grades, or if unreachable. */
  public Optional<Path> pathToNextGrade() {
    GradeScale scale = ruleSet.gradesFor(assessment.unit());
    return scale.next(scorecard.grade()).flatMap(band -> search(band.minimumIndex(), Optional.of(band.label())));
  }

  /**
   * The path to a grade by label; empty if no such grade applies to the unit or it cannot be reached.
   *
   * @throws IllegalArgumentException if the unit's grade scale has no such label
   */
  public Optional<Path> pathToGrade(String label) {
    GradeScale scale = ruleSet.gradesFor(assessment.unit());
    GradeBand band = scale.bands().stream().filter(b -> b.label().equals(label)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("rule set " + ruleSet.id() + " has no grade \"" + label
            + "\" for unit " + assessment.unit().code() + " (grades: "
            + String.join(", ", scale.bands().stream().map(GradeBand::label).toList()) + ")"));
    return search(band.minimumIndex(), Optional.of(band.label()));
  }

  /** The path to a published index of at least {@code targetIndex} percent; empty if it cannot be reached. */
  public Optional<Path> pathToIndex(BigDecimal targetIndex) {
    Objects.requireNonNull(targetIndex, "targetIndex");
    return search(targetIndex, Optional.empty());
  }

  /** Shorthand for {@code pathToIndex(new BigDecimal(targetIndex))}. */
  public Optional<Path> pathToIndex(String targetIndex) {
    return pathToIndex(new BigDecimal(targetIndex));
  }

  // --- value types -------------------------------------------------------------------------------------------------

  /**
   * An answer that scores more on a leaf than the current one.
   *
   * @param answer the answer to give
   * @param text the answer in words, e.g. {@code "80%"}, {@code "yes"}, {@code "level \"Tốt\""}
   * @param points the points it earns
   */
  public record Option(Answer answer, String text, BigDecimal points) {
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
   */
  public record LeafGain(String code, String name, PointSource source, String method, BigDecimal maximum,
      BigDecimal points, BigDecimal available, String currentAnswer, List<Option> options, boolean continuous) {
    public LeafGain {
      Objects.requireNonNull(code, "code");
      options = List.copyOf(options);
    }

    /** Whether a path may use this leaf (its method is one whose answers can be stated). */
    public boolean suggestible() {
      return !options.isEmpty();
    }

    /**
     * The most a better answer can add: {@link #available()} for continuous methods, else the best option's points
     * less the current points (less than available when, say, the top band gives less than the maximum).
     */
    public BigDecimal attainable() {
      if (options.isEmpty()) {
        return BigDecimal.ZERO;
      }
      return continuous ? available : options.get(options.size() - 1).points().subtract(points);
    }

    /** E.g. {@code "1.1 Tỷ lệ ...: 2 points available (now 0 of 2, answer 60%)"}. */
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
   */
  public record Step(String code, String name, String from, String to, Answer answer, BigDecimal pointsBefore,
      BigDecimal pointsAfter) {
    public Step {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(answer, "answer");
    }

    public BigDecimal gain() {
      return pointsAfter.subtract(pointsBefore);
    }

    /** E.g. {@code "3.2.1 from 60% to 80%: +0.5 points"}. */
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
   * @param exhaustive whether the search for the smallest path finished within its budget; when false the path still
   *     reaches the target with the fewest leaves, but one with a smaller total may exist (if the budget ran out
   *     before the search found any path, this is the leaves with the most to give, each at its best answer)
   */
  public record Path(BigDecimal targetIndex, Optional<String> targetGrade, List<Step> steps, Scenario scenario,
      Scorecard result, boolean exhaustive) {
    public Path {
      Objects.requireNonNull(targetIndex, "targetIndex");
      Objects.requireNonNull(targetGrade, "targetGrade");
      steps = List.copyOf(steps);
      Objects.requireNonNull(scenario, "scenario");
      Objects.requireNonNull(result, "result");
    }

    /** The sum of the steps' gains. */
    public BigDecimal totalGain() {
      return steps.stream().map(Step::gain).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The target, the steps one per line, and the index reached. */
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
        s.append(" (search budget reached: a path with a smaller total may exist)");
      }
      return s.append(nl).toString();
    }
  }

  // --- the leaf's options ------------------------------------------------------------------------------------------

  private LeafGain leafGain(Node node, NodeScore leaf, Optional<LeafInput> input) {
    ScoringMethod method = node.method().orElseThrow();
    Optional<Answer> current = currentAnswer(input);
    BigDecimal now = leaf.exactPoints();
    BigDecimal max = node.maxPoints();
    List<Option> options = new ArrayList<>();
    boolean continuous = false;
    if (method instanceof PercentBands bands) {
      boolean rising = bands.higherIsBetter();
      for (Band b : bands.ascending()) {
        if (b.points().compareTo(now) > 0) {
          BigDecimal pct = representative(b, rising);
          options.add(new Option(Answer.percent(pct), plain(pct) + "%", b.points()));
        }
      }
      options.sort(Comparator.comparing(Option::points));
    } else if (method instanceof GradedLevels levels) {
      for (Level l : levels.levels()) {
        if (l.points().compareTo(now) > 0) {
          options.add(0, new Option(Answer.level(l.label()), "\"" + l.label() + "\"", l.points()));
        }
      }
    } else if (method instanceof YesNo yn) {
      if (yn.yesPoints().compareTo(now) > 0) {
        options.add(new Option(Answer.yes(), "yes", yn.yesPoints()));
      }
    } else if (method instanceof Deadline d) {
      if (d.late().compareTo(now) > 0 && d.late().compareTo(d.onTime()) < 0) {
        options.add(new Option(Answer.deadline(Answer.Timeliness.LATE), "late", d.late()));
      }
      if (d.onTime().compareTo(now) > 0) {
        options.add(new Option(Answer.deadline(Answer.Timeliness.ON_TIME), "on time", d.onTime()));
      }
    } else if (method instanceof CountTimesPoints c) {
      BigDecimal limit = c.cap().orElse(max);
      BigInteger start = current.filter(Answer.Count.class::isInstance).map(a -> ((Answer.Count) a).value())
          .orElse(BigInteger.ZERO);
      for (int step = 1; step <= MAX_COUNT_STEPS; step++) {
        BigInteger n = start.add(BigInteger.valueOf(step));
        BigDecimal pts = c.pointsEach().multiply(new BigDecimal(n)).min(limit);
        if (pts.compareTo(now) > 0) {
          options.add(new Option(new Answer.Count(n), "count " + n, pts));
        }
        if (pts.compareTo(limit) >= 0) {
          break;
        }
      }
    } else if (method instanceof DeductionPerEvent d) {
      // Counts are exact (BigInteger): any count above the steps tried offers the same fewer events.
      BigInteger events = current.filter(Answer.Count.class::isInstance).map(a -> ((Answer.Count) a).value())
          .orElse(BigInteger.ONE);
      long from = events.min(BigInteger.valueOf(MAX_COUNT_STEPS)).longValueExact();
      for (long n = from - 1; n >= 0; n--) {
        BigDecimal pts = max.subtract(d.perEvent().multiply(BigDecimal.valueOf(n))).max(d.floor());
        if (pts.compareTo(now) > 0) {
          options.add(new Option(Answer.count(n), n + " events", pts));
        }
      }
    } else if (method instanceof DirectPoints) {
      continuous = true;
      options.add(new Option(Answer.points(max), plain(max) + " points", max));
    } else if (method instanceof Proportional || method instanceof SurveyShare) {
      continuous = true;
      options.add(new Option(Answer.percent("100"), "100%", max));
    }
    options.removeIf(o -> o.points().compareTo(now) <= 0);
    return new LeafGain(leaf.code(), leaf.name(), leaf.source().orElseThrow(), method.kind(), max, now,
        max.subtract(now), current.map(Gains::describeAnswer).orElse(describeCurrent(input)), options, continuous);
  }

  private static String describeCurrent(Optional<LeafInput> input) {
    return input.flatMap(LeafInput::appraisal).flatMap(a -> a.points())
        .map(p -> "appraised points " + plain(p)).orElse("none");
  }

  /** The answer that counts now: an appraised answer, else a measured result, else the self-assessed answer. */
  private static Optional<Answer> currentAnswer(Optional<LeafInput> input) {
    if (input.isEmpty()) {
      return Optional.empty();
    }
    LeafInput in = input.get();
    if (in.appraisal().isPresent()) {
      return in.appraisal().get().answer();
    }
    return in.measured().or(in::selfAssessed);
  }

  private static BigDecimal representative(Band b, boolean rising) {
    if (rising && b.fromInclusive()) {
      return b.from();
    }
    if (!rising && b.toInclusive()) {
      return b.to();
    }
    return b.from().add(b.to()).divide(BigDecimal.valueOf(2), MathContext.DECIMAL128).stripTrailingZeros();
  }

  static String describeAnswer(Answer a) {
    if (a instanceof Answer.Rate r) {
      if (r.isPercent()) {
        return plain(r.numerator()) + "%";
      }
      return plain(r.numerator()) + "/" + plain(r.denominator()) + " ("
          + plain(r.numerator().multiply(HUNDRED).divide(r.denominator(), 2, RoundingMode.HALF_UP)) + "%)";
    }
    if (a instanceof Answer.Points p) {
      return plain(p.value()) + " points";
    }
    if (a instanceof Answer.YesNo y) {
      return y.value() ? "yes" : "no";
    }
    if (a instanceof Answer.Level l) {
      return "\"" + l.label() + "\"";
    }
    if (a instanceof Answer.Count c) {
      return "count " + c.value();
    }
    if (a instanceof Answer.Deadline d) {
      return d.value().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
    return a.describe();
  }

  // --- the search --------------------------------------------------------------------------------------------------

  private Optional<Path> search(BigDecimal target, Optional<String> grade) {
    if (scorecard.index().compareTo(target) >= 0) {
      return Optional.of(new Path(target, grade, List.of(), Scenario.named(name(target, grade)), scorecard, true));
    }
    RoundingPolicy policy = ruleSet.rounding();
    BigDecimal ulp = BigDecimal.ONE.movePointLeft(policy.pointsScale());
    Optional<BigDecimal> neededTotal = neededTotal(target, policy);
    if (neededTotal.isEmpty()) {
      return Optional.empty();
    }
    List<LeafGain> candidates = new ArrayList<>(available.stream().filter(LeafGain::suggestible).toList());
    candidates.sort(Comparator.comparing(LeafGain::attainable).reversed());
    // Points are stated on the rule set's points scale: the least multiple of its unit that, added to the unrounded
    // total, gives a published (rounded) total of at least the one needed.
    BigDecimal exact = unroundedTotal(policy);
    BigDecimal need = neededTotal.get().subtract(exact).setScale(policy.pointsScale(), RoundingMode.CEILING);
    while (need.compareTo(ulp) > 0
        && policy.roundPoints(exact.add(need.subtract(ulp))).compareTo(neededTotal.get()) >= 0) {
      need = need.subtract(ulp);
    }
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
    int fewest = Math.max(k, 1);
    // Rounding can also make a path fall short by a little: then ask one more unit (or one more leaf), a few times.
    // All attempts share one budget.
    long budgetLeft = searchBudget;
    for (int attempt = 0; attempt < 20; attempt++) {
      BigDecimal asked = need.min(prefix[k]);
      Search s = new Search(candidates, asked, ulp, budgetLeft);
      Optional<Choice> choice = s.run(k);
      budgetLeft -= s.steps();
      if (choice.isEmpty()) {
        return s.exhaustive() ? Optional.empty() : bestOfTop(candidates, fewest, target, grade);
      }
      Optional<Path> path = verify(choice.get(), target, grade, s.exhaustive());
      if (path.isPresent()) {
        return path;
      }
      if (budgetLeft <= 0) {
        return bestOfTop(candidates, fewest, target, grade);
      }
      if (asked.compareTo(need) < 0) {
        if (k == n) {
          return Optional.empty();
        }
        k++;
      } else {
        need = need.add(ulp);
      }
    }
    return Optional.empty();
  }

  /**
   * When the budget ran out before a verified path: the fewest candidates, from {@code fewest} on, that reach the
   * target at their best answers (checked by re-scoring), as a path that is not exhaustive; empty if even all fall
   * short.
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

  /**
   * The total before any rounding of components: the scorecard's exact total, except when the rule set rounds each
   * component, where the components' unrounded sums are added instead (the rounding hides fractions the leaves keep).
   */
  private BigDecimal unroundedTotal(RoundingPolicy policy) {
    if (policy.stage() != RoundingStage.COMPONENT) {
      return scorecard.exactTotal();
    }
    BigDecimal total = BigDecimal.ZERO;
    for (NodeScore c : scorecard.nodes()) {
      BigDecimal v;
      if (c.isLeaf()) {
        v = c.exactPoints();
      } else {
        v = BigDecimal.ZERO;
        for (NodeScore child : c.children()) {
          boolean subtract = child.role() == NodeRole.PENALTY && c.role() != NodeRole.PENALTY;
          v = subtract ? v.subtract(child.exactPoints()) : v.add(child.exactPoints());
        }
      }
      total = c.role() == NodeRole.PENALTY ? total.subtract(v) : total.add(v);
    }
    if (!ruleSet.allowAboveMaximum() && total.compareTo(scorecard.effectiveMaximum()) > 0) {
      total = scorecard.effectiveMaximum();
    }
    return total;
  }

  private static String name(BigDecimal target, Optional<String> grade) {
    return "path to " + grade.map(g -> "grade " + g).orElse(plain(target) + "%");
  }

  /**
   * The smallest published total (on the points scale) whose published index reaches the target; empty if none up to
   * the most the unit can reach. The published index never falls as the total rises (every rounding mode is
   * monotone), so this bisects, in exact arithmetic, between a total known to fall short and the limit.
   *
   * <p>A total of at most {@code (target − u) × effMax / 100}, {@code u} one unit of the index scale, falls short: its
   * index before rounding is at most {@code target − u}, and rounding to the index scale adds less than {@code u}, so
   * the published index stays below the target.
   */
  private Optional<BigDecimal> neededTotal(BigDecimal target, RoundingPolicy policy) {
    BigDecimal effMax = scorecard.effectiveMaximum();
    if (effMax.signum() <= 0) {
      return Optional.empty();
    }
    int scale = policy.pointsScale();
    BigDecimal limit = ruleSet.allowAboveMaximum() ? effMax.add(totalAvailable()) : effMax;
    BigDecimal high = limit.setScale(scale, RoundingMode.FLOOR);
    if (!reaches(high, target, policy, effMax)) {
      return Optional.empty();
    }
    BigDecimal indexUnit = BigDecimal.ONE.movePointLeft(policy.indexScale());
    BigDecimal low = target.subtract(indexUnit).multiply(effMax).divide(HUNDRED, scale, RoundingMode.FLOOR);
    // Invariant: low falls short, high reaches; both are whole numbers of units of the points scale.
    BigInteger lo = low.unscaledValue();
    BigInteger hi = high.unscaledValue();
    while (hi.subtract(lo).compareTo(BigInteger.ONE) > 0) {
      BigInteger mid = lo.add(hi).shiftRight(1);
      if (reaches(new BigDecimal(mid, scale), target, policy, effMax)) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    return Optional.of(new BigDecimal(hi, scale));
  }

  private static boolean reaches(BigDecimal total, BigDecimal target, RoundingPolicy policy, BigDecimal effMax) {
    BigDecimal index = total.multiply(HUNDRED).divide(effMax, policy.indexScale(), policy.indexMode());
    return index.compareTo(target) >= 0;
  }

  /** A set of leaves with an option (or, for continuous leaves, an amount) each. */
  private record Choice(List<LeafGain> leaves, List<BigDecimal> gains, List<Optional<Option>> options,
      BigDecimal total) {}

  /**
   * Fewest leaves, then least total improvement; exact branch and bound within the budget. Every step (a set of
   * leaves or an answer tried) counts, whether or not a choice has been found yet, so the budget always bounds it.
   */
  private final class Search {
    private final List<LeafGain> candidates;
    private final BigDecimal need;
    private final BigDecimal ulp;
    private final BigDecimal[] bestGain;
    private final long budget;
    private long steps;
    private boolean stopped;
    private Choice best;

    Search(List<LeafGain> candidates, BigDecimal need, BigDecimal ulp, long budget) {
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

  private Optional<Path> verify(Choice choice, BigDecimal target, Optional<String> grade, boolean exhaustive) {
    List<Change> changes = new ArrayList<>();
    List<Answer> answers = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < choice.leaves().size(); i++) {
      LeafGain leaf = choice.leaves().get(i);
      Optional<Option> option = choice.options().get(i);
      Answer answer;
      String text;
      if (option.isPresent()) {
        answer = option.get().answer();
        text = option.get().text();
      } else {
        BigDecimal points = leaf.points().add(choice.gains().get(i)).min(leaf.maximum());
        if (ruleSet.node(leaf.code()).flatMap(Node::method).orElseThrow() instanceof DirectPoints) {
          // Current points can carry a quotient's 34 digits; the answer goes through the numeric gate, so it is
          // rounded up to the gate's scale (still at most the maximum, which is within the gate).
          if (points.scale() > Numbers.MAX_SCALE) {
            points = points.setScale(Numbers.MAX_SCALE, RoundingMode.CEILING).min(leaf.maximum());
          }
          answer = Answer.points(points.stripTrailingZeros());
          text = plain(points) + " points";
        } else {
          BigDecimal pct = points.multiply(HUNDRED).divide(leaf.maximum(), 2, RoundingMode.CEILING).min(HUNDRED)
              .stripTrailingZeros();
          answer = Answer.percent(pct);
          text = plain(pct) + "%";
        }
      }
      changes.add(new Change.SetAnswer(leaf.code(), answer));
      answers.add(answer);
      texts.add(text);
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
      steps.add(new Step(leaf.code(), leaf.name(), leaf.currentAnswer(), texts.get(i), answers.get(i),
          before.points(), after.points()));
    }
    steps.sort(Comparator.comparing(Step::gain).reversed());
    return Optional.of(new Path(target, grade, steps, scenario, result, exhaustive));
  }

  /** Plain text, or "≈" and 2 decimals for a value with more than 4 (the quotient of a rate). */
  static String approx(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    return s.scale() > 4 ? "≈" + v.setScale(2, RoundingMode.HALF_UP).toPlainString() : plain(v);
  }

  static String plain(BigDecimal v) {
    BigDecimal s = v.signum() == 0 ? BigDecimal.ZERO : v.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0).toPlainString() : s.toPlainString();
  }

  @Override
  public String toString() {
    return "gains of " + scorecard.unit() + ": " + available.size() + " leaves, " + plain(totalAvailable())
        + " points available";
  }
}
