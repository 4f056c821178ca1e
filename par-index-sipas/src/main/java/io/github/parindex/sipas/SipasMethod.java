package io.github.parindex.sipas;

import io.github.parindex.model.Provenance;
import io.github.parindex.model.ProvenanceStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The declared computation rules of a SIPAS result: what counts as a valid answer, how item shares become element,
 * aspect and overall indices, whether respondent weights are used, and where intermediate figures are rounded.
 * Published figures are always rounded to 2 decimals half up at the end.
 *
 * <p>The official rules of recent years are not public (sipas.md §2.3): the 2017–2020 recalled rule is "SIPAS =
 * mean of the 5 element indices"; for 2022–2024 the published national figures are not reproduced by a plain mean
 * of the two aspects. Every choice here is therefore explicit, described by {@link #describe()} and carried into
 * every figure's explanation.
 *
 * <pre>{@code
 * SipasMethod m = SipasMethod.meanOfElements();                      // recalled 2017–2020 rule
 * SipasMethod pooled = m.withOverall(Aggregation.POOLED_ANSWERS).withWeighting(Weighting.RESPONDENT_WEIGHTS);
 * }</pre>
 *
 * @param validAnswers which answers count in a share's denominator
 * @param element how an element's index is formed from its items
 * @param aspect how an aspect's index is formed
 * @param overall how the overall SIPAS figure is formed
 * @param weighting whether respondents count once or by their weight
 * @param rounding which intermediate figures are rounded (2 decimals half up) before they are aggregated
 * @param expectationBase the denominator of an expectation share
 * @param provenance how sure this method is as a statement of the official rules
 *
 * @since 0.1.0
 */
public record SipasMethod(
    ValidAnswers validAnswers,
    Aggregation element,
    Aggregation aspect,
    Aggregation overall,
    Weighting weighting,
    IntermediateRounding rounding,
    ExpectationBase expectationBase,
    Provenance provenance) {

  /**
   * Which answers count in the denominator of a satisfaction or judgement share.
   *
   * @since 0.1.0
   */
  public enum ValidAnswers {
    /** Only answers on the scale (or options) count: blank and "no opinion" are left out of numerator and denominator. */
    ANSWERED_ONLY,
    /** "No opinion" counts as a valid, not-satisfied answer; only blanks are left out. */
    NO_OPINION_COUNTS,
    /** Every respondent counts; blank and "no opinion" are not satisfied. */
    ALL_RESPONDENTS
  }

  /**
   * How a level (element, aspect, overall) is formed from what is below it.
   *
   * @since 0.1.0
   */
  public enum Aggregation {
    /** The arithmetic mean of the satisfied shares of the content items below (items without valid answers skipped). */
    MEAN_OF_ITEMS,
    /** The mean of the element indices below (aspect and overall levels). */
    MEAN_OF_ELEMENTS,
    /** The mean of the aspect indices (overall level). */
    MEAN_OF_ASPECTS,
    /** All valid answers to the content items below pooled: Σ satisfied / Σ valid over respondents and items. */
    POOLED_ANSWERS,
    /** The share of the level's own overall item ("hài lòng ... nói chung"). */
    OVERALL_ITEM
  }

  /**
   * Whether respondents are weighted.
   *
   * @since 0.1.0
   */
  public enum Weighting {
    /** Every respondent counts once (their weight is ignored). */
    UNWEIGHTED,
    /** Every respondent counts by their weight; intervals use Kish's effective sample size. */
    RESPONDENT_WEIGHTS
  }

  /**
   * Where intermediate figures are rounded (to 2 decimals half up) before being aggregated further.
   *
   * @since 0.1.0
   */
  public enum IntermediateRounding {
    /** Nothing is rounded until the published figure: aggregation is exact (rational arithmetic). */
    NONE,
    /** Item shares are rounded before they are averaged; higher levels stay exact until published. */
    ITEMS,
    /** Every level is rounded before it enters the next (items, elements, aspects, provinces in a national mean). */
    EACH_LEVEL
  }

  /**
   * The denominator of an expectation (multi-select) share.
   *
   * @since 0.1.0
   */
  public enum ExpectationBase {
    /** Respondents who ticked at least one option (blank and "no opinion" left out). */
    ANSWERED,
    /** Every respondent. */
    ALL_RESPONDENTS
  }

  /**
   * Checks that every choice is given and that each level's aggregation is one it can have.
   *
   * @param validAnswers which answers count in a share's denominator
   * @param element how an element's index is formed from its items
   * @param aspect how an aspect's index is formed
   * @param overall how the overall SIPAS figure is formed
   * @param weighting whether respondents count once or by their weight
   * @param rounding which intermediate figures are rounded (2 decimals half up) before they are aggregated
   * @param expectationBase the denominator of an expectation share
   * @param provenance how sure this method is as a statement of the official rules
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if an element is a mean of elements or of aspects, or an aspect a mean of aspects
   */
  public SipasMethod {
    Objects.requireNonNull(validAnswers, "validAnswers");
    Objects.requireNonNull(element, "element");
    Objects.requireNonNull(aspect, "aspect");
    Objects.requireNonNull(overall, "overall");
    Objects.requireNonNull(weighting, "weighting");
    Objects.requireNonNull(rounding, "rounding");
    Objects.requireNonNull(expectationBase, "expectationBase");
    Objects.requireNonNull(provenance, "provenance");
    if (element == Aggregation.MEAN_OF_ELEMENTS || element == Aggregation.MEAN_OF_ASPECTS) {
      throw new IllegalArgumentException("an element cannot be a " + element + "; use MEAN_OF_ITEMS, POOLED_ANSWERS"
          + " or OVERALL_ITEM");
    }
    if (aspect == Aggregation.MEAN_OF_ASPECTS) {
      throw new IllegalArgumentException("an aspect cannot be a MEAN_OF_ASPECTS");
    }
  }

  /**
   * The recalled 2017–2020 rule: element = mean of its items' satisfied shares, overall = mean of the element
   * indices; valid answers exclude blank and "no opinion"; unweighted; no intermediate rounding. Provenance
   * INFERRED (sipas.md §2.3: recalled, to verify; the denominator rule was not seen).
   *
   * @return the method
   */
  public static SipasMethod meanOfElements() {
    return new SipasMethod(ValidAnswers.ANSWERED_ONLY, Aggregation.MEAN_OF_ITEMS, Aggregation.MEAN_OF_ELEMENTS,
        Aggregation.MEAN_OF_ELEMENTS, Weighting.UNWEIGHTED, IntermediateRounding.NONE, ExpectationBase.ALL_RESPONDENTS,
        Provenance.of(ProvenanceStatus.INFERRED, "recalled rule (SIPAS = mean of the element indices, element ="
            + " satisfied share of its items); official formula and denominator rule not seen (sipas.md §2.2, §2.3)"));
  }

  /**
   * Every valid answer pooled at every level: element, aspect and overall are Σ satisfied / Σ valid. Provenance
   * ILLUSTRATIVE: a declared alternative, not an official rule.
   *
   * @return the method
   */
  public static SipasMethod pooled() {
    return new SipasMethod(ValidAnswers.ANSWERED_ONLY, Aggregation.POOLED_ANSWERS, Aggregation.POOLED_ANSWERS,
        Aggregation.POOLED_ANSWERS, Weighting.UNWEIGHTED, IntermediateRounding.NONE, ExpectationBase.ALL_RESPONDENTS,
        Provenance.of(ProvenanceStatus.ILLUSTRATIVE, "declared alternative: answers pooled at every level"));
  }

  /**
   * A copy with another rule for valid answers.
   *
   * @param v which answers count in a share's denominator
   * @return the copy; this method is unchanged
   * @throws NullPointerException if {@code v} is null
   */
  public SipasMethod withValidAnswers(ValidAnswers v) {
    return new SipasMethod(v, element, aspect, overall, weighting, rounding, expectationBase, provenance);
  }

  /**
   * A copy with another element aggregation.
   *
   * @param v how an element's index is formed: {@code MEAN_OF_ITEMS}, {@code POOLED_ANSWERS} or {@code OVERALL_ITEM}
   * @return the copy; this method is unchanged
   * @throws IllegalArgumentException if {@code v} is {@code MEAN_OF_ELEMENTS} or {@code MEAN_OF_ASPECTS}
   * @throws NullPointerException if {@code v} is null
   */
  public SipasMethod withElement(Aggregation v) {
    return new SipasMethod(validAnswers, v, aspect, overall, weighting, rounding, expectationBase, provenance);
  }

  /**
   * A copy with another aspect aggregation.
   *
   * @param v how an aspect's index is formed (any but {@code MEAN_OF_ASPECTS})
   * @return the copy; this method is unchanged
   * @throws IllegalArgumentException if {@code v} is {@code MEAN_OF_ASPECTS}
   * @throws NullPointerException if {@code v} is null
   */
  public SipasMethod withAspect(Aggregation v) {
    return new SipasMethod(validAnswers, element, v, overall, weighting, rounding, expectationBase, provenance);
  }

  /**
   * A copy with another overall aggregation.
   *
   * @param v how the overall SIPAS figure is formed
   * @return the copy; this method is unchanged
   * @throws NullPointerException if {@code v} is null
   */
  public SipasMethod withOverall(Aggregation v) {
    return new SipasMethod(validAnswers, element, aspect, v, weighting, rounding, expectationBase, provenance);
  }

  /**
   * A copy with respondents weighted or not.
   *
   * @param v whether respondents count once or by their weight
   * @return the copy; this method is unchanged
   * @throws NullPointerException if {@code v} is null
   */
  public SipasMethod withWeighting(Weighting v) {
    return new SipasMethod(validAnswers, element, aspect, overall, v, rounding, expectationBase, provenance);
  }

  /**
   * A copy with another intermediate rounding.
   *
   * @param v which intermediate figures are rounded to 2 decimals half up before they are aggregated
   * @return the copy; this method is unchanged
   * @throws NullPointerException if {@code v} is null
   */
  public SipasMethod withRounding(IntermediateRounding v) {
    return new SipasMethod(validAnswers, element, aspect, overall, weighting, v, expectationBase, provenance);
  }

  /**
   * A copy with another denominator for expectation shares.
   *
   * @param v the denominator of an expectation share
   * @return the copy; this method is unchanged
   * @throws NullPointerException if {@code v} is null
   */
  public SipasMethod withExpectationBase(ExpectationBase v) {
    return new SipasMethod(validAnswers, element, aspect, overall, weighting, rounding, v, provenance);
  }

  /**
   * A copy with another provenance, e.g. once the rules have been checked against an official source.
   *
   * @param v how sure the method is as a statement of the official rules
   * @return the copy; this method is unchanged
   * @throws NullPointerException if {@code v} is null
   */
  public SipasMethod withProvenance(Provenance v) {
    return new SipasMethod(validAnswers, element, aspect, overall, weighting, rounding, expectationBase, v);
  }

  /**
   * The rules in one line, e.g. for explanations and report headers.
   *
   * @return e.g. {@code "valid answers: ANSWERED_ONLY; element = MEAN_OF_ITEMS; ... [INFERRED]"}
   */
  public String describe() {
    return "valid answers: " + validAnswers + "; element = " + element + "; aspect = " + aspect + "; overall = "
        + overall + "; " + weighting + "; intermediate rounding " + rounding + " (2 decimals HALF_UP), published"
        + " figures 2 decimals HALF_UP; expectation base " + expectationBase + "; 95% Wilson intervals (z = 1.96)"
        + " [" + provenance.status() + "]";
  }

  /** Throws unless every element, aspect and the questionnaire have the overall items this method needs. */
  void checkFits(Questionnaire q) {
    SipasMethod m = this;
    List<String> problems = new ArrayList<>();
    for (Aspect a : q.aspects()) {
      for (Element e : a.satisfactionElements()) {
        if (m.element() == SipasMethod.Aggregation.OVERALL_ITEM && e.overallItem().isEmpty()) {
          problems.add("element " + e.code() + " has no overall item");
        }
      }
      if (m.aspect() == SipasMethod.Aggregation.OVERALL_ITEM && !a.satisfactionElements().isEmpty()
          && a.overallItem().isEmpty()) {
        problems.add("aspect " + a.code() + " has no overall item");
      }
    }
    if (m.overall() == SipasMethod.Aggregation.OVERALL_ITEM && q.overallItem().isEmpty()) {
      problems.add("questionnaire " + q.id() + " has no overall item");
    }
    if (!problems.isEmpty()) {
      throw new io.github.parindex.model.ParIndexException("method (" + m.describe() + ") does not fit"
          + " questionnaire " + q.id(), problems.stream().map(io.github.parindex.model.Problem::general).toList());
    }
  }
}
