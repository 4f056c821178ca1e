package io.github.parindex.method;

import io.github.parindex.internal.Numbers;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Points by the band a count falls in: {@code "Từ 100 trở lên: 5 điểm; Đạt từ 50 - dưới 100: 3 điểm; Dưới 50: 0
 * điểm"}. The bands must cover every whole count from 0 up with no gap and no overlap; the last band is open
 * above. Reads {@link Answer.Count}.
 *
 * <pre>{@code
 * CountBands m = new CountBands(List.of(CountBands.CountBand.atLeast("100", "5"),
 *     CountBands.CountBand.between("50", "100", "3"), CountBands.CountBand.below("50", "0")));
 * m.apply(Answer.count(99), new BigDecimal("5")).points();   // 3
 * }</pre>
 *
 * @param bands the bands, in any order
 * @since 0.1.0
 */
public record CountBands(List<CountBand> bands) implements ScoringMethod {

  /**
   * Checks the parts.
   *
   * @param bands the bands, in any order
   * @throws NullPointerException if the list is null
   */
  public CountBands {
    bands = List.copyOf(bands);
  }

  /**
   * One band of counts and its points.
   *
   * @param from the lower end
   * @param fromInclusive whether {@code from} itself is in the band
   * @param to the upper end, empty for no upper end
   * @param toInclusive whether {@code to} itself is in the band
   * @param points the points the band earns
   * @since 0.1.0
   */
  public record CountBand(BigDecimal from, boolean fromInclusive, Optional<BigDecimal> to, boolean toInclusive,
      BigDecimal points) {
    /**
     * Checks the parts.
     *
     * @param from the lower end
     * @param fromInclusive whether {@code from} itself is in the band
     * @param to the upper end, empty for no upper end
     * @param toInclusive whether {@code to} itself is in the band
     * @param points the points the band earns
     * @throws NullPointerException if a part is null
     */
    public CountBand {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(points, "points");
    }

    /**
     * From {@code from} (inclusive) up, no upper end: "từ 100 trở lên".
     *
     * @param from the lowest count
     * @param points the points
     * @return the band
     * @throws io.github.parindex.model.ParIndexException if a number is not a decimal within the library's limits
     */
    public static CountBand atLeast(String from, String points) {
      return new CountBand(Numbers.parse(from, "count band from"), true, Optional.empty(), false,
          Numbers.parse(points, "count band points"));
    }

    /**
     * From {@code from} (inclusive) to under {@code to}: "từ 50 đến dưới 100".
     *
     * @param from the lower end
     * @param to the upper end, not included
     * @param points the points
     * @return the band
     * @throws io.github.parindex.model.ParIndexException if a number is not a decimal within the library's limits
     */
    public static CountBand between(String from, String to, String points) {
      return new CountBand(Numbers.parse(from, "count band from"), true,
          Optional.of(Numbers.parse(to, "count band to")), false, Numbers.parse(points, "count band points"));
    }

    /**
     * From 0 to under {@code to}: "dưới 50".
     *
     * @param to the upper end, not included
     * @param points the points
     * @return the band
     * @throws io.github.parindex.model.ParIndexException if a number is not a decimal within the library's limits
     */
    public static CountBand below(String to, String points) {
      return new CountBand(BigDecimal.ZERO, true, Optional.of(Numbers.parse(to, "count band to")), false,
          Numbers.parse(points, "count band points"));
    }

    /** The lowest whole count in the band. */
    BigInteger low() {
      BigInteger f = from.setScale(0, RoundingMode.CEILING).toBigIntegerExact();
      return fromInclusive || from.compareTo(new BigDecimal(f)) != 0 ? f : f.add(BigInteger.ONE);
    }

    /** The highest whole count in the band, empty when it has no upper end. */
    Optional<BigInteger> high() {
      return to.map(t -> {
        BigInteger c = t.setScale(0, RoundingMode.FLOOR).toBigIntegerExact();
        return toInclusive || t.compareTo(new BigDecimal(c)) != 0 ? c : c.subtract(BigInteger.ONE);
      });
    }

    boolean contains(BigInteger count) {
      return count.compareTo(low()) >= 0 && high().map(h -> count.compareTo(h) <= 0).orElse(true);
    }

    /**
     * The band as a decision writes it, e.g. {@code "Từ 50 đến dưới 100"} or {@code "Từ 100 trở lên"}.
     *
     * @return the band in Vietnamese
     */
    public String scoringText() {
      String f = MethodSupport.vn(from);
      if (to.isEmpty()) {
        return fromInclusive ? "Từ " + f + " trở lên" : "Trên " + f;
      }
      String t = MethodSupport.vn(to.get());
      if (from.signum() == 0 && fromInclusive && from.scale() == 0) {
        return toInclusive ? "Từ " + t + " trở xuống" : "Dưới " + t;
      }
      return (fromInclusive ? "Từ " : "Trên ") + f + " đến " + (toInclusive ? "" : "dưới ") + t;
    }

    /**
     * The band in words, e.g. {@code "50 to 99"} or {@code "100 or more"}.
     *
     * @return the band's whole counts
     */
    public String describe() {
      return high().map(h -> h.equals(low()) ? low().toString() : low() + " to " + h)
          .orElse(low() + " or more");
    }
  }

  static final String KIND = "count-bands";

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public String describe() {
    List<String> parts = new ArrayList<>();
    for (CountBand b : ascending()) {
      parts.add(b.describe() + " → " + MethodSupport.plain(b.points()));
    }
    return String.join("; ", parts);
  }

  /**
   * The bands from the lowest counts up.
   *
   * @return the bands, sorted
   */
  public List<CountBand> ascending() {
    List<CountBand> sorted = new ArrayList<>(bands);
    sorted.sort(Comparator.comparing(CountBand::low));
    return sorted;
  }

  @Override
  public Optional<String> scoringText() {
    List<String> parts = new ArrayList<>();
    for (CountBand b : bands) {
      parts.add(b.scoringText() + ": " + MethodSupport.vn(b.points()) + " điểm");
    }
    return Optional.of(String.join("; ", parts));
  }

  @Override
  public String englishGloss() {
    List<String> parts = new ArrayList<>();
    for (CountBand b : bands) {
      parts.add(b.describe() + ": " + MethodSupport.pointsGloss(b.points()));
    }
    return "By count: " + String.join("; ", parts);
  }

  @Override
  public List<String> definitionProblems(BigDecimal maxPoints) {
    List<String> problems = new ArrayList<>();
    if (bands.isEmpty()) {
      return List.of("count bands: no band given");
    }
    List<CountBand> asc = ascending();
    for (CountBand b : asc) {
      if (b.from().signum() < 0) {
        problems.add("count band " + b.describe() + " starts below 0");
      }
      if (b.high().map(h -> h.compareTo(b.low()) < 0).orElse(false)) {
        problems.add("count band from " + MethodSupport.plain(b.from()) + " holds no whole count");
      }
      MethodSupport.pointsWithin("count band " + b.describe(), b.points(), maxPoints, problems);
    }
    if (asc.get(0).low().signum() > 0) {
      problems.add("count bands leave a gap: nothing covers 0 to " + asc.get(0).low().subtract(BigInteger.ONE));
    }
    for (int i = 1; i < asc.size(); i++) {
      CountBand prev = asc.get(i - 1);
      CountBand b = asc.get(i);
      if (prev.high().isEmpty()) {
        problems.add("count bands overlap: " + prev.describe() + " and " + b.describe());
        continue;
      }
      int cmp = prev.high().get().add(BigInteger.ONE).compareTo(b.low());
      if (cmp < 0) {
        problems.add("count bands leave a gap between " + prev.describe() + " and " + b.describe());
      } else if (cmp > 0) {
        problems.add("count bands overlap: " + prev.describe() + " and " + b.describe());
      }
    }
    CountBand last = asc.get(asc.size() - 1);
    last.high().ifPresent(h -> problems.add("count bands leave a gap: nothing covers more than " + h));
    return problems;
  }

  @Override
  public List<String> answerProblems(Answer answer, BigDecimal maxPoints) {
    if (!(answer instanceof Answer.Count c)) {
      return MethodSupport.wrongKind("a count", answer);
    }
    return MethodSupport.countProblems(c);
  }

  @Override
  public MethodResult apply(Answer answer, BigDecimal maxPoints) {
    BigInteger n = ((Answer.Count) answer).value();
    CountBand band = bands.stream().filter(b -> b.contains(n)).findFirst().orElseThrow(
        () -> new IllegalStateException("no band holds " + n + "; definitionProblems was not checked"));
    return new MethodResult(band.points(), List.of(Fact.of("count", n.toString())), band.describe(),
        List.of(n + " is in band " + band.describe() + " → " + MethodSupport.plain(band.points())));
  }

  /**
   * The JSON kind {@code count-bands}: {@code {"bands": [{"from": 50, "fromInclusive": true, "to": 100,
   * "toInclusive": false, "points": 3}, {"from": 100, "points": 5}]}} (no {@code to}: no upper end).
   *
   * @since 0.1.0
   */
  public static final class Kind extends MethodKind<CountBands> {
    /** Used by {@link java.util.ServiceLoader}. */
    public Kind() {
      super(KIND, CountBands.class, m -> MethodKind.settingsOf("bands", bandsJson(m.bands())),
          s -> new CountBands(bandsOf(s.objects("bands"))));
    }
  }

  static List<Object> bandsJson(List<CountBand> bands) {
    List<Object> out = new ArrayList<>();
    for (CountBand b : bands) {
      Map<String, Object> band = new LinkedHashMap<>();
      band.put("from", b.from());
      band.put("fromInclusive", b.fromInclusive());
      b.to().ifPresent(t -> {
        band.put("to", t);
        band.put("toInclusive", b.toInclusive());
      });
      band.put("points", b.points());
      out.add(band);
    }
    return out;
  }

  static List<CountBand> bandsOf(List<MethodSettings> items) {
    List<CountBand> out = new ArrayList<>();
    for (MethodSettings b : items) {
      BigDecimal from = b.decimal("from");
      boolean fromInclusive = b.optionalBool("fromInclusive").orElse(true);
      Optional<BigDecimal> to = b.optionalDecimal("to");
      boolean toInclusive = b.optionalBool("toInclusive").orElse(false);
      BigDecimal points = b.decimal("points");
      out.add(new CountBand(from, fromInclusive, to, toInclusive, points));
    }
    return out;
  }
}
