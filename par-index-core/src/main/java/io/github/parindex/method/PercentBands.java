package io.github.parindex.method;

import static io.github.parindex.method.MethodSupport.HUNDRED;
import static io.github.parindex.method.MethodSupport.plain;
import static io.github.parindex.method.MethodSupport.pointsGloss;
import static io.github.parindex.method.MethodSupport.vn;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Points by the band a percentage falls in. The bands must cover 0% to 100% with no gap and no overlap, every band's
 * points must be within the maximum, and points must move one way only (all rising or all falling with the
 * percentage), so that a better answer never scores less. Reads {@link Answer.Rate}, compared exactly (no
 * division).
 *
 * <pre>{@code
 * PercentBands m = Methods.percentBands(Band.exactly("100", "1"), Band.between("80", "100", "0.5"),
 *     Band.below("80", "0"));
 * m.apply(Answer.rate(4, 5), BigDecimal.ONE).points();   // 0.5 (4/5 = 80%)
 * m.scoringText();   // Optional[100%: 1 điểm; từ 80% đến dưới 100%: 0,5 điểm; dưới 80%: 0 điểm]
 * }</pre>
 *
 * @param bands the bands, in the order the decision prints them
 * @since 0.1.0
 */
public record PercentBands(List<Band> bands) implements ScoringMethod {
  static final String KIND = "percent-bands";

  /**
   * Copies the bands.
   *
   * @param bands the bands, in the order the decision prints them
   * @throws NullPointerException if the list or a band is null
   */
  public PercentBands {
    bands = List.copyOf(bands);
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public String describe() {
    return bands.stream().map(b -> b.describe() + " → " + plain(b.points())).collect(Collectors.joining("; "));
  }

  /** Each band as the decisions print it, e.g. {@code "từ 80% đến dưới 100%: 0,5 điểm"}, in the given order. */
  @Override
  public Optional<String> scoringText() {
    return Optional.of(bands.stream().map(b -> b.scoringText() + ": " + vn(b.points()) + " điểm")
        .collect(Collectors.joining("; ")));
  }

  @Override
  public String englishGloss() {
    return bands.stream().map(b -> b.describe() + ": " + pointsGloss(b.points())).collect(Collectors.joining("; "));
  }

  /**
   * The bands from the lowest percentages to the highest.
   *
   * @return the bands sorted by their lower, then upper end
   */
  public List<Band> ascending() {
    List<Band> sorted = new ArrayList<>(bands);
    sorted.sort(Comparator.comparing(Band::from).thenComparing(Band::to));
    return sorted;
  }

  /**
   * Whether points rise with the percentage (the usual case) rather than fall (e.g. a share of late files).
   *
   * @return true when the highest band gives at least the points of the lowest
   */
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
    coverage(asc, problems);
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

  /** Gaps and overlaps of the bands sorted ascending. */
  private static void coverage(List<Band> asc, List<String> problems) {
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
  }

  @Override
  public List<String> answerProblems(Answer answer, BigDecimal maxPoints) {
    return MethodSupport.rateAnswerProblems(answer, "a rate or percentage");
  }

  @Override
  public MethodResult apply(Answer answer, BigDecimal maxPoints) {
    Answer.Rate rate = (Answer.Rate) answer;
    for (Band b : bands) {
      if (b.contains(rate)) {
        return new MethodResult(b.points(), MethodSupport.rateFacts(rate), b.describe(),
            List.of(rate.describe() + " is in band " + b.describe() + " → " + plain(b.points())));
      }
    }
    throw new IllegalStateException("no band holds " + rate.describe() + "; definitionProblems was not checked");
  }

  /** The points alone, as {@link #apply} gives them, without the explanation's text. */
  @Override
  public BigDecimal points(Answer answer, BigDecimal maxPoints) {
    Answer.Rate rate = (Answer.Rate) answer;
    for (Band b : bands) {
      if (b.contains(rate)) {
        return b.points();
      }
    }
    throw new IllegalStateException("no band holds " + rate.describe() + "; definitionProblems was not checked");
  }

  /**
   * The lower end of each band that gives more than now (the upper end when points fall with the percentage; a band
   * open at that end is represented by its midpoint), fewest points first.
   */
  @Override
  public List<Improvement> improvements(Optional<Answer> current, BigDecimal points, BigDecimal maxPoints) {
    boolean rising = higherIsBetter();
    List<Improvement> options = new ArrayList<>();
    for (Band b : ascending()) {
      if (b.points().compareTo(points) > 0) {
        BigDecimal pct = representative(b, rising);
        options.add(new Improvement(Answer.percent(pct), plain(pct) + "%", b.points()));
      }
    }
    options.sort(Comparator.comparing(Improvement::points));
    return options;
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

  /**
   * The JSON codec of {@code "percent-bands"}:
   * {@code {"bands": [{"from": 80, "fromInclusive": true, "to": 100, "toInclusive": false, "points": 0.5}]}}; the
   * inclusive flags default to {@code true} and {@code false}. Found by {@link java.util.ServiceLoader}.
   *
   * @since 0.1.0
   */
  public static final class Kind extends MethodKind<PercentBands> {
    /** Used by {@link java.util.ServiceLoader}. */
    public Kind() {
      super(KIND, PercentBands.class, PercentBands::settings, PercentBands::read);
    }
  }

  private static Map<String, Object> settings(PercentBands method) {
    List<Object> bands = new ArrayList<>();
    for (Band b : method.bands()) {
      bands.add(MethodKind.settingsOf("from", b.from(), "fromInclusive", b.fromInclusive(), "to", b.to(),
          "toInclusive", b.toInclusive(), "points", b.points()));
    }
    return MethodKind.settingsOf("bands", bands);
  }

  private static PercentBands read(MethodSettings settings) {
    List<Band> bands = new ArrayList<>();
    for (MethodSettings band : settings.objects("bands")) {
      BigDecimal from = band.decimal("from");
      boolean fromInclusive = band.optionalBool("fromInclusive").orElse(true);
      BigDecimal to = band.decimal("to");
      boolean toInclusive = band.optionalBool("toInclusive").orElse(false);
      BigDecimal points = band.decimal("points");
      bands.add(new Band(from, fromInclusive, to, toInclusive, points));
    }
    return new PercentBands(bands);
  }
}
