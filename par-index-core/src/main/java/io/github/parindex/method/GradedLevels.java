package io.github.parindex.method;

import static io.github.parindex.method.MethodSupport.plain;
import static io.github.parindex.method.MethodSupport.pointsGloss;
import static io.github.parindex.method.MethodSupport.vn;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Graded levels, best first, e.g. Thực hiện tốt 2.5 / đầy đủ 2.0 / chưa đầy đủ 1.0 / không thực hiện 0. Reads
 * {@link Answer.Level} by its label.
 *
 * <pre>{@code
 * GradedLevels m = Methods.levels(Level.of("Tốt", "2"), Level.of("Đạt", "1"), Level.of("Không đạt", "0"));
 * m.apply(Answer.level("Đạt"), new BigDecimal("2")).points();   // 1
 * }</pre>
 *
 * @param levels the levels, best first
 * @since 0.1.0
 */
public record GradedLevels(List<Level> levels) implements ScoringMethod {
  static final String KIND = "graded-levels";

  /**
   * Copies the levels.
   *
   * @param levels the levels, best first
   * @throws NullPointerException if the list or a level is null
   */
  public GradedLevels {
    levels = List.copyOf(levels);
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public String describe() {
    return levels.stream().map(l -> l.label() + " → " + plain(l.points())).collect(Collectors.joining("; "));
  }

  /** Each level with its points, best first, e.g. {@code "Thực hiện tốt: 2,5 điểm; Không thực hiện: 0 điểm"}. */
  @Override
  public Optional<String> scoringText() {
    return Optional.of(levels.stream().map(l -> l.label() + ": " + vn(l.points()) + " điểm")
        .collect(Collectors.joining("; ")));
  }

  /** Each level quoted, with its points in English. */
  @Override
  public String englishGloss() {
    return levels.stream().map(l -> "\"" + l.label() + "\": " + pointsGloss(l.points()))
        .collect(Collectors.joining("; "));
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
      MethodSupport.pointsWithin("level \"" + l.label() + "\"", l.points(), maxPoints, problems);
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
      return MethodSupport.wrongKind("one of the levels", answer);
    }
    if (find(level.label()).isEmpty()) {
      List<String> labels = levels.stream().map(l -> "\"" + l.label() + "\"").toList();
      return List.of("level \"" + level.label() + "\" is not one of " + String.join(", ", labels));
    }
    return List.of();
  }

  /**
   * The level of a label.
   *
   * @param label the label as the rule set names it
   * @return the level, or empty if none has that label
   */
  public Optional<Level> find(String label) {
    for (Level l : levels) { // a loop, not a stream: the check of every graded answer asks
      if (l.label().equals(label)) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }

  @Override
  public MethodResult apply(Answer answer, BigDecimal maxPoints) {
    Level level = find(((Answer.Level) answer).label()).orElseThrow();
    return new MethodResult(level.points(), List.of(Fact.of("level", level.label())), level.label(),
        List.of("\"" + level.label() + "\" → " + plain(level.points())));
  }

  /** The points alone, as {@link #apply} gives them, without the explanation's text. */
  @Override
  public BigDecimal points(Answer answer, BigDecimal maxPoints) {
    String label = ((Answer.Level) answer).label();
    for (Level l : levels) {
      if (l.label().equals(label)) {
        return l.points();
      }
    }
    throw new java.util.NoSuchElementException("no level \"" + label + "\"; answerProblems was not checked");
  }

  /** Each level that gives more than now, fewest points first. */
  @Override
  public List<Improvement> improvements(Optional<Answer> current, BigDecimal points, BigDecimal maxPoints) {
    List<Improvement> options = new ArrayList<>();
    for (Level l : levels) {
      if (l.points().compareTo(points) > 0) {
        options.add(0, new Improvement(Answer.level(l.label()), "\"" + l.label() + "\"", l.points()));
      }
    }
    return options;
  }

  /**
   * The JSON codec of {@code "graded-levels"}: {@code {"levels": [{"label": "Thực hiện tốt", "points": 2.5}, ...]}},
   * best first. Found by {@link java.util.ServiceLoader}.
   *
   * @since 0.1.0
   */
  public static final class Kind extends MethodKind<GradedLevels> {
    /** Used by {@link java.util.ServiceLoader}. */
    public Kind() {
      super(KIND, GradedLevels.class, GradedLevels::settings, GradedLevels::read);
    }
  }

  private static Map<String, Object> settings(GradedLevels method) {
    List<Object> levels = new ArrayList<>();
    for (Level l : method.levels()) {
      levels.add(MethodKind.settingsOf("label", l.label(), "points", l.points()));
    }
    return MethodKind.settingsOf("levels", levels);
  }

  private static GradedLevels read(MethodSettings settings) {
    List<Level> levels = new ArrayList<>();
    for (MethodSettings level : settings.objects("levels")) {
      String label = level.string("label");
      BigDecimal points = level.decimal("points");
      levels.add(new Level(label, points));
    }
    return new GradedLevels(levels);
  }
}
