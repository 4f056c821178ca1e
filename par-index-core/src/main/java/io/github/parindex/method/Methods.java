package io.github.parindex.method;

import io.github.parindex.internal.Decimals;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The built-in scoring methods, one small immutable value each, with static factories.
 *
 * <pre>{@code
 * Methods.directPoints();                                              // 0 .. max, given directly
 * Methods.percentBands(Band.exactly("100", "1"),                       // 100%: 1 điểm
 *                      Band.between("80", "100", "0.5"),               // từ 80% đến dưới 100%: 0,5 điểm
 *                      Band.below("80", "0"));                         // dưới 80%: 0 điểm
 * Methods.proportional();                                              // max × rate
 * Methods.yesNo("1", "0");                                             // Có: 1 điểm; Không: 0 điểm
 * Methods.levels(Level.of("Thực hiện tốt", "2.5"), Level.of("Có thực hiện đầy đủ", "2.0"),
 *                Level.of("Thực hiện chưa đầy đủ", "1.0"), Level.of("Không thực hiện", "0"));
 * Methods.countTimesPoints("0.25");                                    // 0,25 điểm mỗi ..., capped at max
 * Methods.deadline("1", "0.5", "0");                                   // đúng hạn / chậm / không thực hiện
 * Methods.deductionPerEvent("0.5", "0");                               // mỗi ... trừ 0,5 điểm, from max down to 0
 * Methods.surveyShare();                                               // SIPAS% / 100 × max
 * }</pre>
 *
 * <p>Every method checks its own definition against the leaf's maximum ({@link ScoringMethod#definitionProblems})
 * and every answer ({@link ScoringMethod#answerProblems}); nothing is clamped silently.
 */
public final class Methods {
  private Methods() {}

  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** Points given directly, between 0 and the leaf's maximum. Reads {@link Answer.Points}. */
  public static DirectPoints directPoints() {
    return new DirectPoints();
  }

  /** Points by the band a percentage falls in. Reads {@link Answer.Rate}. */
  public static PercentBands percentBands(Band... bands) {
    return new PercentBands(List.of(bands));
  }

  /** Points by the band a percentage falls in, from a list (as a reader of rule files builds it). */
  public static PercentBands percentBands(List<Band> bands) {
    return new PercentBands(bands);
  }

  /** The maximum times a rate. Reads {@link Answer.Rate}. */
  public static Proportional proportional() {
    return new Proportional();
  }

  /** Points for Có and for Không. Reads {@link Answer.YesNo}. */
  public static YesNo yesNo(String yesPoints, String noPoints) {
    return new YesNo(new BigDecimal(yesPoints), new BigDecimal(noPoints));
  }

  /** Graded levels, best first. Reads {@link Answer.Level}. */
  public static GradedLevels levels(Level... levels) {
    return new GradedLevels(List.of(levels));
  }

  /** Graded levels, best first, from a list. */
  public static GradedLevels levels(List<Level> levels) {
    return new GradedLevels(levels);
  }

  /** Points for each counted item, capped at the leaf's maximum. Reads {@link Answer.Count}. */
  public static CountTimesPoints countTimesPoints(String pointsEach) {
    return new CountTimesPoints(new BigDecimal(pointsEach), Optional.empty());
  }

  /** Points for each counted item, capped at {@code cap} (at most the leaf's maximum). */
  public static CountTimesPoints countTimesPoints(String pointsEach, String cap) {
    return new CountTimesPoints(new BigDecimal(pointsEach), Optional.of(new BigDecimal(cap)));
  }

  /** Points for on time, late and not done. Reads {@link Answer.Deadline}. */
  public static Deadline deadline(String onTime, String late, String notDone) {
    return new Deadline(new BigDecimal(onTime), new BigDecimal(late), new BigDecimal(notDone));
  }

  /** The maximum less a deduction per event, never below {@code floor}. Reads {@link Answer.Count}. */
  public static DeductionPerEvent deductionPerEvent(String perEvent, String floor) {
    return new DeductionPerEvent(new BigDecimal(perEvent), new BigDecimal(floor));
  }

  /** A survey's share in percent over 100 times the maximum. Reads {@link Answer.Rate}. */
  public static SurveyShare surveyShare() {
    return new SurveyShare();
  }

  // ---------------------------------------------------------------------------------------------------------------

  /** Points given directly, between 0 and the leaf's maximum. */
  public record DirectPoints() implements ScoringMethod {
    @Override
    public String kind() {
      return "direct-points";
    }

    @Override
    public String describe() {
      return "points given directly, 0 to the maximum";
    }

    @Override
    public List<String> definitionProblems(BigDecimal maxPoints) {
      return List.of();
    }

    @Override
    public List<String> answerProblems(Answer answer, BigDecimal maxPoints) {
      if (!(answer instanceof Answer.Points p)) {
        return wrongKind("points", answer);
      }
      return pointsInRange(p.value(), maxPoints);
    }

    @Override
    public MethodResult apply(Answer answer, BigDecimal maxPoints) {
      BigDecimal points = ((Answer.Points) answer).value();
      return new MethodResult(points, List.of(Fact.of("points", plain(points))), "points given directly", List.of());
    }
  }

  /**
   * One band of a {@link PercentBands} method: a range of percentages and the points it earns. Build them with
   * {@link #exactly}, {@link #between} (from inclusive, to exclusive), {@link #atLeast}, {@link #below} or
   * {@link #of} for any combination of open and closed ends.
   *
   * @param from lower end in percent
   * @param fromInclusive whether {@code from} itself is in the band
   * @param to upper end in percent
   * @param toInclusive whether {@code to} itself is in the band
   * @param points the points the band earns
   */
  public record Band(BigDecimal from, boolean fromInclusive, BigDecimal to, boolean toInclusive, BigDecimal points) {
    public Band {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(points, "points");
    }

    /** Any band: {@code Band.of("50", false, "80", true, "0.5")} is "trên 50% đến 80%". */
    public static Band of(String from, boolean fromInclusive, String to, boolean toInclusive, String points) {
      return new Band(new BigDecimal(from), fromInclusive, new BigDecimal(to), toInclusive, new BigDecimal(points));
    }

    /** Exactly {@code percent}, e.g. "100%: 1 điểm". */
    public static Band exactly(String percent, String points) {
      return of(percent, true, percent, true, points);
    }

    /** From {@code from} (inclusive) to under {@code to}: "từ 80% đến dưới 100%". */
    public static Band between(String from, String to, String points) {
      return of(from, true, to, false, points);
    }

    /** From {@code from} (inclusive) up to 100% inclusive: "từ 80% trở lên". */
    public static Band atLeast(String from, String points) {
      return of(from, true, "100", true, points);
    }

    /** From 0% up to under {@code to}: "dưới 80%". */
    public static Band below(String to, String points) {
      return of("0", true, to, false, points);
    }

    boolean contains(Answer.Rate rate) {
      int lo = rate.comparePercent(from);
      int hi = rate.comparePercent(to);
      return (fromInclusive ? lo >= 0 : lo > 0) && (toInclusive ? hi <= 0 : hi < 0);
    }

    /**
     * The band as a scoring text prints it, e.g. {@code "từ 80% đến dưới 100%"}, {@code "dưới 80%"},
     * {@code "từ 90% trở lên"}, {@code "100%"}; numbers keep their scale and take a decimal comma.
     *
     * @return the band in Vietnamese, without its points
     */
    public String scoringText() {
      String fromText = vn(from) + "%";
      String toText = vn(to) + "%";
      if (from.compareTo(to) == 0 && fromInclusive && toInclusive) {
        return fromText;
      }
      if (from.signum() == 0 && fromInclusive && from.scale() == 0) {
        return toInclusive ? "từ " + toText + " trở xuống" : "dưới " + toText;
      }
      if (toInclusive && to.equals(HUNDRED)) {
        return fromInclusive ? "từ " + fromText + " trở lên" : "trên " + fromText;
      }
      return (fromInclusive ? "từ " : "trên ") + fromText + " đến " + (toInclusive ? "" : "dưới ") + toText;
    }

    /** The band in words, e.g. {@code "from 80% to under 100%"}. */
    public String describe() {
      if (from.compareTo(to) == 0) {
        return plain(from) + "%";
      }
      boolean fromZero = from.signum() == 0 && fromInclusive;
      boolean toHundred = to.compareTo(HUNDRED) == 0 && toInclusive;
      if (fromZero && !toInclusive) {
        return "under " + plain(to) + "%";
      }
      if (fromZero) {
        return "up to " + plain(to) + "%";
      }
      String low = (fromInclusive ? "from " : "above ") + plain(from) + "%";
      if (toHundred) {
        return low + " up";
      }
      return low + (toInclusive ? " to " : " to under ") + plain(to) + "%";
    }
  }

  /**
   * Points by the band a percentage falls in. The bands must cover 0% to 100% with no gap and no overlap, every
   * band's points must be within the maximum, and points must move one way only (all rising or all falling with the
   * percentage), so that a better answer never scores less.
   */
  public record PercentBands(List<Band> bands) implements ScoringMethod {
    public PercentBands {
      bands = List.copyOf(bands);
    }

    @Override
    public String kind() {
      return "percent-bands";
    }

    @Override
    public String describe() {
      StringBuilder s = new StringBuilder();
      for (Band b : bands) {
        if (s.length() > 0) {
          s.append("; ");
        }
        s.append(b.describe()).append(" → ").append(plain(b.points()));
      }
      return s.toString();
    }

    @Override
    public Optional<String> scoringText() {
      List<String> parts = new ArrayList<>();
      for (Band b : bands) {
        parts.add(b.scoringText() + ": " + vn(b.points()) + " điểm");
      }
      return Optional.of(String.join("; ", parts));
    }

    @Override
    public String englishGloss() {
      List<String> parts = new ArrayList<>();
      for (Band b : bands) {
        parts.add(b.describe() + ": " + pointsGloss(b.points()));
      }
      return String.join("; ", parts);
    }

    /** The bands from the lowest percentages to the highest. */
    public List<Band> ascending() {
      List<Band> sorted = new ArrayList<>(bands);
      sorted.sort(Comparator.comparing(Band::from).thenComparing(Band::to));
      return sorted;
    }

    /** Whether points rise with the percentage (the usual case) rather than fall (e.g. a share of late files). */
    public boolean higherIsBetter() {
      List<Band> asc = ascending();
      return asc.isEmpty() || asc.get(asc.size() - 1).points().compareTo(asc.get(0).points()) >= 0;
    }

    @Override
    public List<String> definitionProblems(BigDecimal maxPoints) {
      List<String> problems = new ArrayList<>();
      if (bands.isEmpty()) {
        problems.add("percentage bands: no band given");
        return problems;
      }
      List<Band> asc = ascending();
      for (Band b : asc) {
        if (b.from().signum() < 0 || b.to().compareTo(HUNDRED) > 0) {
          problems.add("band " + b.describe() + " goes outside 0%..100%");
        }
        if (b.from().compareTo(b.to()) > 0
            || (b.from().compareTo(b.to()) == 0 && !(b.fromInclusive() && b.toInclusive()))) {
          problems.add("band " + b.describe() + " is empty");
        }
        if (b.points().signum() < 0 || b.points().compareTo(maxPoints) > 0) {
          problems.add("band " + b.describe() + " gives " + plain(b.points()) + " points, outside 0.."
              + plain(maxPoints));
        }
      }
      Band first = asc.get(0);
      if (first.from().signum() != 0 || !first.fromInclusive()) {
        problems.add("percentage bands leave a gap: nothing covers 0% up to " + (first.fromInclusive() ? "under " : "")
            + plain(first.from()) + "%");
      }
      // Walk the bands from the lowest, keeping the band that reaches furthest so far, so that a band nested in
      // another is an overlap and not mistaken for a gap at its end.
      Band reach = first;
      for (int i = 1; i < asc.size(); i++) {
        Band b = asc.get(i);
        int cmp = reach.to().compareTo(b.from());
        if (cmp < 0 || (cmp == 0 && !reach.toInclusive() && !b.fromInclusive())) {
          problems.add("percentage bands leave a gap between " + reach.describe() + " and " + b.describe());
        } else if (cmp > 0 || (reach.toInclusive() && b.fromInclusive())) {
          problems.add("percentage bands overlap: " + reach.describe() + " and " + b.describe());
        }
        int end = b.to().compareTo(reach.to());
        if (end > 0 || (end == 0 && b.toInclusive() && !reach.toInclusive())) {
          reach = b;
        }
      }
      if (reach.to().compareTo(HUNDRED) != 0 || !reach.toInclusive()) {
        problems.add("percentage bands leave a gap: nothing covers " + (reach.toInclusive() ? "above " : "")
            + plain(reach.to()) + "% up to 100%");
      }
      boolean rising = true;
      boolean falling = true;
      for (int i = 1; i < asc.size(); i++) {
        int c = asc.get(i).points().compareTo(asc.get(i - 1).points());
        rising &= c >= 0;
        falling &= c <= 0;
      }
      if (!rising && !falling) {
        problems.add("band points go up and down with the percentage (" + describe()
            + "); a better answer could score less");
      }
      return problems;
    }

    @Override
    public List<String> answerProblems(Answer answer, BigDecimal maxPoints) {
      return rateAnswerProblems(answer, "a rate or percentage");
    }

    @Override
    public MethodResult apply(Answer answer, BigDecimal maxPoints) {
      Answer.Rate rate = (Answer.Rate) answer;
      for (Band b : bands) {
        if (b.contains(rate)) {
          return new MethodResult(b.points(), rateFacts(rate), b.describe(),
              List.of(rate.describe() + " is in band " + b.describe() + " → " + plain(b.points())));
        }
      }
      throw new IllegalStateException("no band holds " + rate.describe() + "; definitionProblems was not checked");
    }
  }

  /** The maximum times a rate: {@code max × numerator / denominator}. */
  public record Proportional() implements ScoringMethod {
    @Override
    public String kind() {
      return "proportional";
    }

    @Override
    public String describe() {
      return "maximum × rate";
    }

    @Override
    public Optional<String> scoringText() {
      return Optional.of("Điểm = tỷ lệ % x điểm tối đa");
    }

    @Override
    public String englishGloss() {
      return "Points = rate % x maximum points";
    }

    @Override
    public List<String> definitionProblems(BigDecimal maxPoints) {
      return List.of();
    }

    @Override
    public List<String> answerProblems(Answer answer, BigDecimal maxPoints) {
      return rateAnswerProblems(answer, "a rate or percentage");
    }

    @Override
    public MethodResult apply(Answer answer, BigDecimal maxPoints) {
      Answer.Rate rate = (Answer.Rate) answer;
      Quotient q = divide(maxPoints.multiply(rate.numerator()), rate.denominator());
      return new MethodResult(q.value(), rateFacts(rate), "proportional",
          List.of(plain(maxPoints) + " × " + plain(rate.numerator()) + " / " + plain(rate.denominator()) + " = "
              + q.text()));
    }
  }

  /** Points for Có (yes) and for Không (no). */
  public record YesNo(BigDecimal yesPoints, BigDecimal noPoints) implements ScoringMethod {
    public YesNo {
      Objects.requireNonNull(yesPoints, "yesPoints");
      Objects.requireNonNull(noPoints, "noPoints");
    }

    @Override
    public String kind() {
      return "yes-no";
    }

    @Override
    public String describe() {
      return "yes → " + plain(yesPoints) + "; no → " + plain(noPoints);
    }

    @Override
    public Optional<String> scoringText() {
      return Optional.of("Có: " + vn(yesPoints) + " điểm; Không: " + vn(noPoints) + " điểm");
    }

    @Override
    public String englishGloss() {
      return "Yes: " + pointsGloss(yesPoints) + "; No: " + pointsGloss(noPoints);
    }

    @Override
    public List<String> definitionProblems(BigDecimal maxPoints) {
      List<String> problems = new ArrayList<>();
      pointsWithin("yes", yesPoints, maxPoints, problems);
      pointsWithin("no", noPoints, maxPoints, problems);
      if (noPoints.compareTo(yesPoints) > 0) {
        problems.add("yes/no: no gives more points (" + plain(noPoints) + ") than yes (" + plain(yesPoints) + ")");
      }
      return problems;
    }

    @Override
    public List<String> answerProblems(Answer answer, BigDecimal maxPoints) {
      return answer instanceof Answer.YesNo ? List.of() : wrongKind("yes or no", answer);
    }

    @Override
    public MethodResult apply(Answer answer, BigDecimal maxPoints) {
      boolean yes = ((Answer.YesNo) answer).value();
      BigDecimal points = yes ? yesPoints : noPoints;
      return new MethodResult(points, List.of(Fact.of("answer", yes ? "yes" : "no")), yes ? "yes" : "no",
          List.of((yes ? "yes" : "no") + " → " + plain(points)));
    }
  }

  /**
   * One graded level of a {@link GradedLevels} method, e.g. {@code Level.of("Thực hiện tốt", "2.5")}.
   *
   * @param label the level's wording as the decision prints it
   * @param points the points it earns
   */
  public record Level(String label, BigDecimal points) {
    public Level {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(points, "points");
    }

    /** A level and its points, e.g. {@code Level.of("Có thực hiện đầy đủ", "2.0")}. */
    public static Level of(String label, String points) {
      return new Level(label, new BigDecimal(points));
    }
  }

  /** Graded levels, best first, e.g. Thực hiện tốt 2.5 / đầy đủ 2.0 / chưa đầy đủ 1.0 / không thực hiện 0. */
  public record GradedLevels(List<Level> levels) implements ScoringMethod {
    public GradedLevels {
      levels = List.copyOf(levels);
    }

    @Override
    public String kind() {
      return "graded-levels";
    }

    @Override
    public String describe() {
      StringBuilder s = new StringBuilder();
      for (Level l : levels) {
        if (s.length() > 0) {
          s.append("; ");
        }
        s.append(l.label()).append(" → ").append(plain(l.points()));
      }
      return s.toString();
    }

    @Override
    public Optional<String> scoringText() {
      List<String> parts = new ArrayList<>();
      for (Level l : levels) {
        parts.add(l.label() + ": " + vn(l.points()) + " điểm");
      }
      return Optional.of(String.join("; ", parts));
    }

    @Override
    public String englishGloss() {
      List<String> parts = new ArrayList<>();
      for (Level l : levels) {
        parts.add("\"" + l.label() + "\": " + pointsGloss(l.points()));
      }
      return String.join("; ", parts);
    }

    @Override
    public List<String> definitionProblems(BigDecimal maxPoints) {
      List<String> problems = new ArrayList<>();
      if (levels.isEmpty()) {
        problems.add("graded levels: no level given");
      }
      Set<String> labels = new HashSet<>();
      for (int i = 0; i < levels.size(); i++) {
        Level l = levels.get(i);
        if (!labels.add(l.label())) {
          problems.add("level \"" + l.label() + "\" appears twice");
        }
        pointsWithin("level \"" + l.label() + "\"", l.points(), maxPoints, problems);
        if (i > 0 && l.points().compareTo(levels.get(i - 1).points()) > 0) {
          problems.add("levels must be listed best first, but \"" + l.label() + "\" (" + plain(l.points())
              + ") gives more than \"" + levels.get(i - 1).label() + "\" (" + plain(levels.get(i - 1).points()) + ")");
        }
      }
      return problems;
    }

    @Override
    public List<String> answerProblems(Answer answer, BigDecimal maxPoints) {
      if (!(answer instanceof Answer.Level level)) {
        return wrongKind("one of the levels", answer);
      }
      if (find(level.label()).isEmpty()) {
        List<String> labels = levels.stream().map(l -> "\"" + l.label() + "\"").toList();
        return List.of("level \"" + level.label() + "\" is not one of " + String.join(", ", labels));
      }
      return List.of();
    }

    public Optional<Level> find(String label) {
      return levels.stream().filter(l -> l.label().equals(label)).findFirst();
    }

    @Override
    public MethodResult apply(Answer answer, BigDecimal maxPoints) {
      Level level = find(((Answer.Level) answer).label()).orElseThrow();
      return new MethodResult(level.points(), List.of(Fact.of("level", level.label())), level.label(),
          List.of("\"" + level.label() + "\" → " + plain(level.points())));
    }
  }

  /** Points for each counted item, capped at {@code cap} or else at the leaf's maximum. */
  public record CountTimesPoints(BigDecimal pointsEach, Optional<BigDecimal> cap) implements ScoringMethod {
    public CountTimesPoints {
      Objects.requireNonNull(pointsEach, "pointsEach");
      Objects.requireNonNull(cap, "cap");
    }

    @Override
    public String kind() {
      return "count-times-points";
    }

    @Override
    public String describe() {
      return plain(pointsEach) + " per item, at most " + cap.map(Methods::plain).orElse("the maximum");
    }

    @Override
    public Optional<String> scoringText() {
      return Optional.of("Mỗi lần được " + vn(pointsEach) + " điểm"
          + cap.map(c -> ", tối đa " + vn(c) + " điểm").orElse(""));
    }

    @Override
    public String englishGloss() {
      return "Each time: " + pointsGloss(pointsEach) + cap.map(c -> ", at most " + pointsGloss(c)).orElse("");
    }

    @Override
    public List<String> definitionProblems(BigDecimal maxPoints) {
      List<String> problems = new ArrayList<>();
      if (pointsEach.signum() <= 0) {
        problems.add("points per item must be positive, was " + plain(pointsEach));
      }
      cap.ifPresent(c -> pointsWithin("cap", c, maxPoints, problems));
      return problems;
    }

    @Override
    public List<String> answerProblems(Answer answer, BigDecimal maxPoints) {
      if (!(answer instanceof Answer.Count c)) {
        return wrongKind("a count", answer);
      }
      return countProblems(c);
    }

    @Override
    public MethodResult apply(Answer answer, BigDecimal maxPoints) {
      BigInteger n = ((Answer.Count) answer).value();
      BigDecimal limit = cap.orElse(maxPoints);
      BigDecimal raw = pointsEach.multiply(new BigDecimal(n));
      boolean capped = raw.compareTo(limit) > 0;
      BigDecimal points = capped ? limit : raw;
      List<String> steps = new ArrayList<>();
      steps.add(n + " × " + plain(pointsEach) + " = " + plain(raw));
      if (capped) {
        steps.add(plain(raw) + " is above the cap " + plain(limit) + " → " + plain(limit));
      }
      return new MethodResult(points, List.of(Fact.of("count", n.toString())), capped ? "capped" : "per item",
          steps);
    }
  }

  /** Points for a task done on time, late, or not done (đúng hạn / chậm / không thực hiện). */
  public record Deadline(BigDecimal onTime, BigDecimal late, BigDecimal notDone) implements ScoringMethod {
    public Deadline {
      Objects.requireNonNull(onTime, "onTime");
      Objects.requireNonNull(late, "late");
      Objects.requireNonNull(notDone, "notDone");
    }

    @Override
    public String kind() {
      return "deadline";
    }

    @Override
    public String describe() {
      return "on time → " + plain(onTime) + "; late → " + plain(late) + "; not done → " + plain(notDone);
    }

    @Override
    public Optional<String> scoringText() {
      return Optional.of("Đúng hạn: " + vn(onTime) + " điểm; Chậm: " + vn(late) + " điểm; Không thực hiện: "
          + vn(notDone) + " điểm");
    }

    @Override
    public String englishGloss() {
      return "On time: " + pointsGloss(onTime) + "; Late: " + pointsGloss(late) + "; Not done: "
          + pointsGloss(notDone);
    }

    @Override
    public List<String> definitionProblems(BigDecimal maxPoints) {
      List<String> problems = new ArrayList<>();
      pointsWithin("on time", onTime, maxPoints, problems);
      pointsWithin("late", late, maxPoints, problems);
      pointsWithin("not done", notDone, maxPoints, problems);
      if (late.compareTo(onTime) > 0 || notDone.compareTo(late) > 0) {
        problems.add("deadline points must not rise from on time to late to not done: " + describe());
      }
      return problems;
    }

    @Override
    public List<String> answerProblems(Answer answer, BigDecimal maxPoints) {
      return answer instanceof Answer.Deadline ? List.of() : wrongKind("on time, late or not done", answer);
    }

    @Override
    public MethodResult apply(Answer answer, BigDecimal maxPoints) {
      Answer.Timeliness t = ((Answer.Deadline) answer).value();
      BigDecimal points = switch (t) {
        case ON_TIME -> onTime;
        case LATE -> late;
        case NOT_DONE -> notDone;
      };
      String name = t.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
      return new MethodResult(points, List.of(Fact.of("timeliness", name)), name,
          List.of(name + " → " + plain(points)));
    }
  }

  /** The maximum less {@code perEvent} for each event, never below {@code floor} (mỗi ... trừ 0,5 điểm). */
  public record DeductionPerEvent(BigDecimal perEvent, BigDecimal floor) implements ScoringMethod {
    public DeductionPerEvent {
      Objects.requireNonNull(perEvent, "perEvent");
      Objects.requireNonNull(floor, "floor");
    }

    @Override
    public String kind() {
      return "deduction-per-event";
    }

    @Override
    public String describe() {
      return "maximum less " + plain(perEvent) + " per event, not below " + plain(floor);
    }

    @Override
    public Optional<String> scoringText() {
      return Optional.of("Mỗi lần trừ " + vn(perEvent) + " điểm, tối thiểu " + vn(floor) + " điểm");
    }

    @Override
    public String englishGloss() {
      return "Each time: minus " + pointsGloss(perEvent) + ", at least " + pointsGloss(floor);
    }

    @Override
    public List<String> definitionProblems(BigDecimal maxPoints) {
      List<String> problems = new ArrayList<>();
      if (perEvent.signum() <= 0) {
        problems.add("deduction per event must be positive, was " + plain(perEvent));
      }
      pointsWithin("floor", floor, maxPoints, problems);
      return problems;
    }

    @Override
    public List<String> answerProblems(Answer answer, BigDecimal maxPoints) {
      if (!(answer instanceof Answer.Count c)) {
        return wrongKind("a count of events", answer);
      }
      return countProblems(c);
    }

    @Override
    public MethodResult apply(Answer answer, BigDecimal maxPoints) {
      BigInteger n = ((Answer.Count) answer).value();
      BigDecimal raw = maxPoints.subtract(perEvent.multiply(new BigDecimal(n)));
      boolean floored = raw.compareTo(floor) < 0;
      BigDecimal points = floored ? floor : raw;
      List<String> steps = new ArrayList<>();
      steps.add(plain(maxPoints) + " − " + n + " × " + plain(perEvent) + " = " + plain(raw));
      if (floored) {
        steps.add(plain(raw) + " is below the floor " + plain(floor) + " → " + plain(floor));
      }
      return new MethodResult(points, List.of(Fact.of("events", n.toString())), floored ? "at the floor" : "deducted",
          steps);
    }
  }

  /** A survey share: {@code percent / 100 × max} (SIPAS% / 100 × the criterion's maximum). */
  public record SurveyShare() implements ScoringMethod {
    @Override
    public String kind() {
      return "survey-share";
    }

    @Override
    public String describe() {
      return "survey share % / 100 × maximum";
    }

    @Override
    public Optional<String> scoringText() {
      return Optional.of("Chỉ số SIPAS / 100 x điểm tối đa");
    }

    @Override
    public String englishGloss() {
      return "SIPAS index / 100 x maximum points";
    }

    @Override
    public List<String> definitionProblems(BigDecimal maxPoints) {
      return List.of();
    }

    @Override
    public List<String> answerProblems(Answer answer, BigDecimal maxPoints) {
      return rateAnswerProblems(answer, "a survey share in percent");
    }

    @Override
    public MethodResult apply(Answer answer, BigDecimal maxPoints) {
      Answer.Rate rate = (Answer.Rate) answer;
      Quotient percent = divide(rate.numerator().multiply(HUNDRED), rate.denominator());
      Quotient points = divide(maxPoints.multiply(rate.numerator()), rate.denominator());
      return new MethodResult(points.value(), List.of(Fact.of("survey share", percent.text("%"))), "survey share",
          List.of(percent.text() + " / 100 × " + plain(maxPoints) + " = " + points.text()));
    }
  }

  // --- shared helpers --------------------------------------------------------------------------------------------

  /** A quotient to 34 significant digits, and whether it is exact. */
  record Quotient(BigDecimal value, boolean exact) {
    String text() {
      return text("");
    }

    String text(String unit) {
      return plain(value) + unit + (exact ? "" : " (to 34 significant digits)");
    }
  }

  static Quotient divide(BigDecimal dividend, BigDecimal divisor) {
    BigDecimal q = dividend.divide(divisor, MathContext.DECIMAL128);
    boolean exact = q.multiply(divisor).compareTo(dividend) == 0;
    return new Quotient(exact ? q.stripTrailingZeros() : q, exact);
  }

  static String plain(BigDecimal value) {
    return Decimals.plain(value);
  }

  /** A number as Vietnamese scoring texts print it: decimal comma, scale kept ({@code 0,50}). */
  static String vn(BigDecimal value) {
    return Decimals.withComma(value);
  }

  /** E.g. {@code "1 point"}, {@code "0.5 points"}, {@code "0 points"}. */
  static String pointsGloss(BigDecimal value) {
    return plain(value) + (value.compareTo(BigDecimal.ONE) == 0 ? " point" : " points");
  }

  static List<String> wrongKind(String expected, Answer answer) {
    return List.of("expects " + expected + ", got " + answer.describe());
  }

  static List<String> pointsInRange(BigDecimal points, BigDecimal max) {
    if (points.signum() < 0) {
      return List.of("points " + plain(points) + " are negative");
    }
    if (points.compareTo(max) > 0) {
      return List.of("points " + plain(points) + " are above the maximum " + plain(max));
    }
    return List.of();
  }

  static void pointsWithin(String what, BigDecimal points, BigDecimal max, List<String> problems) {
    if (points.signum() < 0 || points.compareTo(max) > 0) {
      problems.add(what + " gives " + plain(points) + " points, outside 0.." + plain(max));
    }
  }

  static List<String> rateAnswerProblems(Answer answer, String expected) {
    return answer instanceof Answer.Rate r ? rateProblems(r) : wrongKind(expected, answer);
  }

  static List<String> rateProblems(Answer.Rate r) {
    if (r.denominator().signum() <= 0) {
      return List.of("rate " + r.describe() + " has a denominator that is not positive");
    }
    if (r.numerator().signum() < 0 || r.numerator().compareTo(r.denominator()) > 0) {
      return List.of("percentage " + r.describe() + " is outside 0..100%");
    }
    return List.of();
  }

  static List<String> countProblems(Answer.Count c) {
    return c.value().signum() < 0 ? List.of("count " + c.value() + " is negative") : List.of();
  }

  static List<Fact> rateFacts(Answer.Rate rate) {
    if (rate.isPercent()) {
      return List.of(Fact.of("percentage", plain(rate.numerator()) + "%"));
    }
    Quotient p = divide(rate.numerator().multiply(HUNDRED), rate.denominator());
    return List.of(Fact.of("numerator", plain(rate.numerator())), Fact.of("denominator", plain(rate.denominator())),
        Fact.of("percentage", p.text("%")));
  }
}
