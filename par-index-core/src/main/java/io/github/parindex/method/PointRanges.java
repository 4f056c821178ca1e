package io.github.parindex.method;

import io.github.parindex.internal.Numbers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Points the appraisal council chooses within the range of one case: {@code "Tốt: từ 4 đến 5 điểm; Đạt: 2-3 điểm;
 * Không đạt: 0 điểm"}, or one case {@code "Giải pháp cải tiến: đạt tối đa 3 điểm"} (0 to 3). The answer is the
 * points given ({@link Answer.Points}); they must fall in one case's range, and the explanation names that case.
 *
 * <pre>{@code
 * PointRanges m = new PointRanges(List.of(PointRanges.Range.of("Tốt", "4", "5"), PointRanges.Range.of("Đạt", "2", "3"),
 *     PointRanges.Range.of("Không đạt", "0", "0")));
 * m.apply(Answer.points("4.5"), new BigDecimal("5")).points();   // 4.5, case "Tốt"
 * m.answerProblems(Answer.points("3.5"), new BigDecimal("5"));   // ["points 3.5 are in no case's range: ..."]
 * }</pre>
 *
 * @param ranges the cases, best first, each with its lowest and highest points
 * @since 0.1.0
 */
public record PointRanges(List<Range> ranges) implements ScoringMethod {

  /**
   * Checks the parts.
   *
   * @param ranges the cases, best first, each with its lowest and highest points
   * @throws NullPointerException if the list is null
   */
  public PointRanges {
    ranges = List.copyOf(ranges);
  }

  /**
   * One case and the points the council may give for it, both ends included.
   *
   * @param label the case as the decision words it
   * @param min the lowest points
   * @param max the highest points
   * @since 0.1.0
   */
  public record Range(String label, BigDecimal min, BigDecimal max) {
    /**
     * Checks the parts.
     *
     * @param label the case as the decision words it
     * @param min the lowest points
     * @param max the highest points
     * @throws NullPointerException if a part is null
     */
    public Range {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(min, "min");
      Objects.requireNonNull(max, "max");
    }

    /**
     * A case from decimal texts.
     *
     * @param label the case's wording
     * @param min the lowest points, e.g. {@code "4"}
     * @param max the highest points, e.g. {@code "5"}
     * @return the range
     * @throws io.github.parindex.model.ParIndexException if a number is not a decimal within the library's limits
     */
    public static Range of(String label, String min, String max) {
      return new Range(label, Numbers.parse(min, "range minimum"), Numbers.parse(max, "range maximum"));
    }

    boolean contains(BigDecimal points) {
      return points.compareTo(min) >= 0 && points.compareTo(max) <= 0;
    }

    String describe() {
      return "\"" + label + "\" " + (min.compareTo(max) == 0 ? MethodSupport.plain(min)
          : MethodSupport.plain(min) + ".." + MethodSupport.plain(max));
    }
  }

  static final String KIND = "point-ranges";

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public String describe() {
    List<String> parts = new ArrayList<>();
    for (Range r : ranges) {
      parts.add(r.describe());
    }
    return "points chosen by the council: " + String.join("; ", parts);
  }

  @Override
  public Optional<String> scoringText() {
    List<String> parts = new ArrayList<>();
    for (Range r : ranges) {
      parts.add(r.label() + ": " + (r.min().compareTo(r.max()) == 0 ? MethodSupport.vn(r.min())
          : "từ " + MethodSupport.vn(r.min()) + " đến " + MethodSupport.vn(r.max())) + " điểm");
    }
    return Optional.of(String.join("; ", parts));
  }

  @Override
  public String englishGloss() {
    List<String> parts = new ArrayList<>();
    for (Range r : ranges) {
      parts.add("\"" + r.label() + "\": " + (r.min().compareTo(r.max()) == 0 ? MethodSupport.pointsGloss(r.min())
          : MethodSupport.plain(r.min()) + " to " + MethodSupport.pointsGloss(r.max()) + " as the council decides"));
    }
    return String.join("; ", parts);
  }

  @Override
  public List<String> definitionProblems(BigDecimal maxPoints) {
    List<String> problems = new ArrayList<>();
    if (ranges.isEmpty()) {
      problems.add("point ranges: no case given");
    }
    Set<String> labels = new HashSet<>();
    for (Range r : ranges) {
      if (!labels.add(r.label())) {
        problems.add("case \"" + r.label() + "\" appears twice");
      }
      if (r.min().compareTo(r.max()) > 0) {
        problems.add("case \"" + r.label() + "\" goes from " + MethodSupport.plain(r.min()) + " down to "
            + MethodSupport.plain(r.max()));
      }
      MethodSupport.pointsWithin("case \"" + r.label() + "\"", r.min(), maxPoints, problems);
      MethodSupport.pointsWithin("case \"" + r.label() + "\"", r.max(), maxPoints, problems);
    }
    return problems;
  }

  @Override
  public List<String> answerProblems(Answer answer, BigDecimal maxPoints) {
    if (!(answer instanceof Answer.Points p)) {
      return MethodSupport.wrongKind("points within a case's range", answer);
    }
    if (find(p.value()).isEmpty()) {
      return List.of("points " + MethodSupport.plain(p.value()) + " are in no case's range: " + describe());
    }
    return List.of();
  }

  /**
   * The first case whose range holds the points.
   *
   * @param points the points given
   * @return the case, or empty
   */
  public Optional<Range> find(BigDecimal points) {
    return ranges.stream().filter(r -> r.contains(points)).findFirst();
  }

  @Override
  public MethodResult apply(Answer answer, BigDecimal maxPoints) {
    BigDecimal points = ((Answer.Points) answer).value();
    Range r = find(points).orElseThrow();
    return new MethodResult(points, List.of(Fact.of("points", MethodSupport.plain(points))), r.label(),
        List.of(MethodSupport.plain(points) + " is within " + r.describe()));
  }

  /**
   * The JSON kind {@code point-ranges}: {@code {"ranges": [{"label": "Tốt", "min": 4, "max": 5}, ...]}}.
   *
   * @since 0.1.0
   */
  public static final class Kind extends MethodKind<PointRanges> {
    /** Used by {@link java.util.ServiceLoader}. */
    public Kind() {
      super(KIND, PointRanges.class, PointRanges::settings, PointRanges::read);
    }
  }

  private static Map<String, Object> settings(PointRanges method) {
    List<Object> ranges = new ArrayList<>();
    for (Range r : method.ranges()) {
      ranges.add(MethodKind.settingsOf("label", r.label(), "min", r.min(), "max", r.max()));
    }
    return MethodKind.settingsOf("ranges", ranges);
  }

  private static PointRanges read(MethodSettings settings) {
    List<Range> ranges = new ArrayList<>();
    for (MethodSettings r : settings.objects("ranges")) {
      String label = r.string("label");
      BigDecimal min = r.decimal("min");
      BigDecimal max = r.decimal("max");
      ranges.add(new Range(label, min, max));
    }
    return new PointRanges(ranges);
  }
}
