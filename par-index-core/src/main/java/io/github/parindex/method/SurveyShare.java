package io.github.parindex.method;

import static io.github.parindex.method.MethodSupport.HUNDRED;
import static io.github.parindex.method.MethodSupport.plain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A survey share: {@code percent / 100 × max} (SIPAS% / 100 × the criterion's maximum). Reads {@link Answer.Rate}.
 *
 * <pre>{@code
 * Methods.surveyShare().apply(Answer.percent("82.30"), new BigDecimal("2")).points();   // 1.646
 * }</pre>
 *
 * @since 0.1.0
 */
public record SurveyShare() implements ScoringMethod {
  static final String KIND = "survey-share";

  /** A survey share's points, improvements and answers are those of a proportional rate; its texts are its own. */
  private static final Proportional AS_PROPORTIONAL = new Proportional();

  @Override
  public String kind() {
    return KIND;
  }

  /**
   * The share and the points. A share given in percent (the usual SIPAS figure, {@code x / 100}) is its own
   * percentage, so only the points are divided.
   */
  @Override
  public MethodResult apply(Answer answer, BigDecimal maxPoints) {
    Answer.Rate rate = (Answer.Rate) answer;
    MethodSupport.Quotient percent = rate.isPercent() && rate.numerator().precision() < 34
        ? new MethodSupport.Quotient(rate.numerator().stripTrailingZeros(), true)
        : MethodSupport.divide(rate.numerator().multiply(HUNDRED), rate.denominator());
    MethodSupport.Quotient points = Proportional.quotient(rate, maxPoints);
    return new MethodResult(points.value(), List.of(Fact.of("survey share", percent.text("%"))), "survey share",
        List.of(percent.text() + " / 100 × " + plain(maxPoints) + " = " + points.text()));
  }

  /** The points alone, as {@link #apply} gives them: a share scores as a {@link Proportional} rate. */
  @Override
  public BigDecimal points(Answer answer, BigDecimal maxPoints) {
    return AS_PROPORTIONAL.points(answer, maxPoints);
  }

  /** 100%, as for a {@link Proportional} rate. */
  @Override
  public List<Improvement> improvements(Optional<Answer> current, BigDecimal points, BigDecimal maxPoints) {
    return AS_PROPORTIONAL.improvements(current, points, maxPoints);
  }

  /** The share that gives at least these points, rounded up to 2 decimals (at most 100%). */
  @Override
  public Optional<Improvement> answerFor(BigDecimal points, BigDecimal maxPoints) {
    return AS_PROPORTIONAL.answerFor(points, maxPoints);
  }

  @Override
  public List<String> definitionProblems(BigDecimal maxPoints) {
    return List.of();
  }

  @Override
  public List<String> answerProblems(Answer answer, BigDecimal maxPoints) {
    return MethodSupport.rateAnswerProblems(answer, "a survey share in percent");
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

  /**
   * The JSON codec of {@code "survey-share"}: no settings. Found by {@link java.util.ServiceLoader}.
   *
   * @since 0.1.0
   */
  public static final class Kind extends MethodKind<SurveyShare> {
    /** Used by {@link java.util.ServiceLoader}. */
    public Kind() {
      super(KIND, SurveyShare.class, m -> settingsOf(), s -> new SurveyShare());
    }
  }
}
