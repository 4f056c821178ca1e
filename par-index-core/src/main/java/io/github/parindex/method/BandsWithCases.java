package io.github.parindex.method;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Bands (of percentages or counts) beside plain cases that no figure measures: {@code "Từ 30% trở lên: 1 điểm; Từ
 * 25% đến dưới 30%: 0,5 điểm; Dưới 25%: 0,25 điểm; Không thực hiện: 0 điểm"}. A rate or count is scored by the
 * bands; a {@link Answer.Level} naming a plain case ("Không thực hiện") scores that case.
 *
 * <pre>{@code
 * BandsWithCases m = new BandsWithCases(Methods.percentBands(Band.atLeast("30", "1"), Band.below("30", "0.25")),
 *     List.of(Level.of("Không thực hiện", "0")));
 * m.apply(Answer.percent("10"), BigDecimal.ONE).points();               // 0.25
 * m.apply(Answer.level("Không thực hiện"), BigDecimal.ONE).points();    // 0
 * }</pre>
 *
 * @param bands the bands: {@link PercentBands} or {@link CountBands}
 * @param cases the plain cases, as written
 * @since 0.1.0
 */
public record BandsWithCases(ScoringMethod bands, List<Level> cases) implements ScoringMethod {

  /**
   * Checks and copies the parts.
   *
   * @param bands the bands: {@link PercentBands} or {@link CountBands}
   * @param cases the plain cases, as written
   * @throws NullPointerException if a part is null
   */
  public BandsWithCases {
    Objects.requireNonNull(bands, "bands");
    cases = List.copyOf(cases);
  }

  static final String KIND = "bands-with-cases";

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public String describe() {
    List<String> parts = new ArrayList<>();
    parts.add(bands.describe());
    for (Level l : cases) {
      parts.add(l.label() + " → " + MethodSupport.plain(l.points()));
    }
    return String.join("; ", parts);
  }

  @Override
  public Optional<String> scoringText() {
    return bands.scoringText().map(text -> {
      StringBuilder s = new StringBuilder(text);
      for (Level l : cases) {
        s.append("; ").append(l.label()).append(": ").append(MethodSupport.vn(l.points())).append(" điểm");
      }
      return s.toString();
    });
  }

  @Override
  public String englishGloss() {
    StringBuilder s = new StringBuilder(bands.englishGloss());
    for (Level l : cases) {
      s.append("; \"").append(l.label()).append("\": ").append(MethodSupport.pointsGloss(l.points()));
    }
    return s.toString();
  }

  @Override
  public List<String> definitionProblems(BigDecimal maxPoints) {
    List<String> problems = new ArrayList<>(bands.definitionProblems(maxPoints));
    if (cases.isEmpty()) {
      problems.add("bands with cases: no plain case given");
    }
    Set<String> labels = new HashSet<>();
    for (Level l : cases) {
      if (!labels.add(l.label())) {
        problems.add("case \"" + l.label() + "\" appears twice");
      }
      MethodSupport.pointsWithin("case \"" + l.label() + "\"", l.points(), maxPoints, problems);
    }
    return problems;
  }

  private Optional<Level> find(String label) {
    return cases.stream().filter(l -> l.label().equals(label)).findFirst();
  }

  @Override
  public List<String> answerProblems(Answer answer, BigDecimal maxPoints) {
    if (answer instanceof Answer.Level l) {
      if (find(l.label()).isEmpty()) {
        return List.of("level \"" + l.label() + "\" is not one of the plain cases "
            + String.join(", ", cases.stream().map(c -> "\"" + c.label() + "\"").toList()));
      }
      return List.of();
    }
    return bands.answerProblems(answer, maxPoints);
  }

  @Override
  public MethodResult apply(Answer answer, BigDecimal maxPoints) {
    if (answer instanceof Answer.Level l) {
      Level c = find(l.label()).orElseThrow();
      return new MethodResult(c.points(), List.of(Fact.of("case", c.label())), c.label(),
          List.of("\"" + c.label() + "\" → " + MethodSupport.plain(c.points())));
    }
    return bands.apply(answer, maxPoints);
  }

  /**
   * The JSON kind {@code bands-with-cases}: {@code {"of": "percent-bands", "bands": [...], "cases": [{"label":
   * "Không thực hiện", "points": 0}]}}, the bands written as their own kind writes them.
   *
   * @since 0.1.0
   */
  public static final class Kind extends MethodKind<BandsWithCases> {
    /** Used by {@link java.util.ServiceLoader}. */
    public Kind() {
      super(KIND, BandsWithCases.class, BandsWithCases::settings, BandsWithCases::read);
    }
  }

  private static Map<String, Object> settings(BandsWithCases method) {
    Map<String, Object> inner = method.bands() instanceof CountBands cb ? new CountBands.Kind().settings(cb)
        : new PercentBands.Kind().settings(method.bands());
    List<Object> cases = new ArrayList<>();
    for (Level l : method.cases()) {
      cases.add(MethodKind.settingsOf("label", l.label(), "points", l.points()));
    }
    return MethodKind.settingsOf("of", method.bands().kind(), "bands", inner.get("bands"), "cases", cases);
  }

  private static BandsWithCases read(MethodSettings settings) {
    String of = settings.string("of");
    ScoringMethod bands;
    if (of.equals(CountBands.KIND)) {
      bands = new CountBands.Kind().read(settings);
    } else {
      if (!of.equals(PercentBands.KIND)) {
        settings.problem("of", "\"" + of + "\" is not a kind of bands; write percent-bands or count-bands");
      }
      bands = new PercentBands.Kind().read(settings);
    }
    List<Level> cases = new ArrayList<>();
    for (MethodSettings c : settings.objects("cases")) {
      String label = c.string("label");
      BigDecimal points = c.decimal("points");
      cases.add(new Level(label, points));
    }
    return new BandsWithCases(bands, cases);
  }
}
