package io.github.parindex.examples.plugin;

import io.github.parindex.method.Answer;
import io.github.parindex.method.Fact;
import io.github.parindex.method.Improvement;
import io.github.parindex.method.MethodKind;
import io.github.parindex.method.MethodResult;
import io.github.parindex.method.ScoringMethod;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A rule module's own scoring method, added through the SPI from test sources only: full points when a rate reaches
 * a threshold, else none. Its {@link Kind} is declared in {@code META-INF/services/io.github.parindex.method.MethodKind}
 * of the test resources, the same road the built-in methods take.
 */
public record Threshold(BigDecimal percent) implements ScoringMethod {
  static final String KIND = "example/reaches-threshold";

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public String describe() {
    return "from " + percent.toPlainString() + "%: full points; below: 0";
  }

  @Override
  public Optional<String> scoringText() {
    String p = percent.toPlainString().replace('.', ',');
    return Optional.of("Đạt từ " + p + "% trở lên: điểm tối đa; dưới " + p + "%: 0 điểm");
  }

  @Override
  public String englishGloss() {
    return "From " + percent.toPlainString() + "% up: full points; under " + percent.toPlainString() + "%: 0 points";
  }

  @Override
  public List<String> definitionProblems(BigDecimal maxPoints) {
    return percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0
        ? List.of("threshold " + percent.toPlainString() + "% is outside 0..100") : List.of();
  }

  @Override
  public List<String> answerProblems(Answer answer, BigDecimal maxPoints) {
    return answer instanceof Answer.Rate r && r.isValid() ? List.of() : List.of("expects a rate");
  }

  @Override
  public MethodResult apply(Answer answer, BigDecimal maxPoints) {
    boolean met = ((Answer.Rate) answer).comparePercent(percent) >= 0;
    return new MethodResult(met ? maxPoints : BigDecimal.ZERO, List.of(Fact.of("rate", answer.describe())),
        met ? "met" : "not met", List.of());
  }

  @Override
  public List<Improvement> improvements(Optional<Answer> current, BigDecimal points, BigDecimal maxPoints) {
    return maxPoints.compareTo(points) > 0
        ? List.of(new Improvement(Answer.percent(percent), percent.toPlainString() + "%", maxPoints)) : List.of();
  }

  /** The method's kind: {@code {"kind": "example/reaches-threshold", "percent": 80}}. */
  public static final class Kind extends MethodKind<Threshold> {
    public Kind() {
      super(KIND, Threshold.class, m -> settingsOf("percent", m.percent()), s -> new Threshold(s.decimal("percent")));
    }
  }
}
