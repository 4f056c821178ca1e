package io.github.parindex.sipas;

import io.github.parindex.method.Answer;
import io.github.parindex.model.Evidence;
import io.github.parindex.model.LeafInput;
import java.util.Objects;

/**
 * Makes a SIPAS figure the measured value of the citizens' survey leaf of a PAR Index assessment. The leaf is scored
 * by {@link io.github.parindex.method.Methods#surveyShare()}: points = SIPAS% / 100 × the leaf's maximum, rounded
 * by the rule set's policy by the engine (Hà Tĩnh 2021: 91.17% of 10 points = 9.117 → 9.12).
 *
 * <p>The value passed is the <em>published</em> figure (2 decimals half up), as the PAR Index uses the published
 * SIPAS. The figure's counts, interval and rule travel with the input as {@link Evidence}, which the engine shows
 * in the leaf's {@link io.github.parindex.engine.Explanation} ("measured by ...").
 *
 * <pre>{@code
 * Figure sipas = results.unit("HT").overall();
 * LeafInput in = SipasLink.leafInput("6.1", sipas, "SIPAS 2021 Hà Tĩnh");
 * Assessment a = assessment.withInput(in);
 * Engine.score(ruleSet, a).node("6.1").orElseThrow().points();     // 9.12 for 91.17% of 10
 * }</pre>
 *
 * @since 0.1.0
 */
public final class SipasLink {
  private SipasLink() {}

  /**
   * The measured input for leaf {@code leafCode}.
   *
   * @param leafCode the code of the citizens' survey leaf in the rule set
   * @param sipas the SIPAS figure (usually a unit's {@code overall()})
   * @param source what the figure is, e.g. {@code "SIPAS 2021 Hà Tĩnh (synthetic data)"}
   * @return the leaf's input: the figure's published percentage as the measured answer, with the figure's summary
   *     and rule as evidence
   * @throws IllegalArgumentException if the figure has no value (no valid answer)
   * @throws NullPointerException if an argument is null
   */
  public static LeafInput leafInput(String leafCode, Figure sipas, String source) {
    Objects.requireNonNull(leafCode, "leafCode");
    Objects.requireNonNull(sipas, "sipas");
    Objects.requireNonNull(source, "source");
    if (!sipas.isDefined()) {
      throw new IllegalArgumentException("SIPAS figure " + sipas.code() + " for leaf " + leafCode
          + " has no value (no valid answer)");
    }
    return LeafInput.builder()
        .code(leafCode)
        .measured(Answer.percent(sipas.percent().orElseThrow()))
        .addEvidence(Evidence.of(source + ": " + sipas.label() + " " + sipas.summary(), sipas.rule()))
        .build();
  }
}
