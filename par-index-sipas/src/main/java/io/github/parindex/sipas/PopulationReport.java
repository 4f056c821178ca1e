package io.github.parindex.sipas;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every SIPAS figure of one population (a unit and the units below it, a service field, a respondent group, or
 * everyone): item satisfied shares, element, aspect and overall indices, judgement shares per option and expectation
 * shares per option, each a {@link Figure} with counts, interval and arithmetic. Immutable and thread-safe.
 *
 * <p>Satisfied share of an item = (hài lòng + rất hài lòng) / valid answers × 100, with "valid" as declared by
 * {@link SipasMethod#validAnswers()}; levels above follow {@link SipasMethod}. Values are aggregated as exact
 * fractions; only the declared intermediate rounding and the final 2-decimal HALF_UP rounding are applied.
 *
 * <pre>{@code
 * PopulationReport ht = results.unit("HT");
 * ht.overall().percent();                     // the unit's SIPAS
 * ht.element("2").summary();                  // element 2 with counts and interval
 * ht.judgement("ND5").get(0).percent();       // share choosing option 1 of judgement item ND5
 * System.out.println(ht.render());
 * }</pre>
 *
 * @since 0.1.0
 */
public final class PopulationReport {
  private final String code;
  private final String label;
  private final Questionnaire questionnaire;
  private final SipasMethod method;
  private final Tally t;
  private final PopulationArithmetic a;

  PopulationReport(String code, String label, Questionnaire q, SipasMethod m, SlotLayout layout, Tally t) {
    this.code = code;
    this.label = label;
    this.questionnaire = q;
    this.method = m;
    this.t = t;
    this.a = new PopulationArithmetic(q, m, layout, t);
  }

  /** A value for arithmetic lines: exact when it has at most 6 decimals, else "≈" and 6 decimals. */
  static String shortText(Ratio r) {
    return PopulationArithmetic.shortText(r);
  }

  // --- public API -------------------------------------------------------------------------------------------------

  /**
   * The population's code.
   *
   * @return a unit, service field or group code, or {@code "ALL"} for everyone
   */
  public String code() {
    return code;
  }

  /**
   * What the population is, in words, for reports.
   *
   * @return e.g. the unit's name, or the field or group's description
   */
  public String label() {
    return label;
  }

  /**
   * The number of respondents in this population, unweighted.
   *
   * @return the count, 0 or more
   */
  public long respondents() {
    return t.respondents;
  }

  /**
   * The sum of the respondents' weights.
   *
   * @return the total weight; equal to {@link #respondents()} when unweighted
   */
  public BigDecimal totalWeight() {
    return a.decimal(t.weightTotal);
  }

  /**
   * The overall SIPAS figure of this population.
   *
   * @return the overall index in percent, undefined (no percent) when no satisfaction item has a valid answer
   */
  public Figure overall() {
    return a.figure(a.overall);
  }

  Optional<Ratio> overallValue() {
    return a.overall.value();
  }

  /**
   * The satisfied share of one satisfaction item.
   *
   * @param itemCode the code of a satisfaction item of the questionnaire
   * @return the share of valid answers that are satisfied or very satisfied, in percent
   * @throws IllegalArgumentException if {@code itemCode} is not a satisfaction item of the questionnaire
   */
  public Figure item(String itemCode) {
    return a.figure(get(a.items, itemCode, "satisfaction item"));
  }

  /**
   * The index of one element, aggregated from its items as {@link SipasMethod#element()} declares.
   *
   * @param elementCode the code of an element with satisfaction items
   * @return the element's index in percent
   * @throws IllegalArgumentException if {@code elementCode} is not such an element of the questionnaire
   */
  public Figure element(String elementCode) {
    return a.figure(get(a.elements, elementCode, "element with satisfaction items"));
  }

  /**
   * The index of one aspect, aggregated from its elements as {@link SipasMethod#aspect()} declares.
   *
   * @param aspectCode the code of an aspect with satisfaction items
   * @return the aspect's index in percent
   * @throws IllegalArgumentException if {@code aspectCode} is not such an aspect of the questionnaire
   */
  public Figure aspect(String aspectCode) {
    return a.figure(get(a.aspects, aspectCode, "aspect with satisfaction items"));
  }

  /**
   * The share choosing each option of a judgement item.
   *
   * @param itemCode the code of a judgement item of the questionnaire
   * @return one figure per option, option 1 first; the shares of valid answers, in percent
   * @throws IllegalArgumentException if {@code itemCode} is not a judgement item of the questionnaire
   */
  public List<Figure> judgement(String itemCode) {
    return get(a.judgements, itemCode, "judgement item");
  }

  /**
   * The share ticking each option of an expectation (multi-select) item; the shares need not add up to 100.
   *
   * @param itemCode the code of an expectation item of the questionnaire
   * @return one figure per option, option 1 first, in percent of the base that
   *     {@link SipasMethod#expectationBase()} declares
   * @throws IllegalArgumentException if {@code itemCode} is not an expectation item of the questionnaire
   */
  public List<Figure> expectation(String itemCode) {
    return get(a.expectations, itemCode, "expectation item");
  }

  /**
   * Every satisfaction item's figure.
   *
   * @return the figures in questionnaire order
   */
  public List<Figure> items() {
    return a.items.values().stream().map(a::figure).toList();
  }

  /**
   * Every element's figure (elements with satisfaction items).
   *
   * @return the figures in questionnaire order
   */
  public List<Figure> elements() {
    return a.elements.values().stream().map(a::figure).toList();
  }

  /**
   * Every aspect's figure (aspects with satisfaction items).
   *
   * @return the figures in questionnaire order
   */
  public List<Figure> aspects() {
    return a.aspects.values().stream().map(a::figure).toList();
  }

  private <T> T get(Map<String, T> m, String key, String what) {
    T v = m.get(key);
    if (v == null) {
      throw new IllegalArgumentException(key + " is not a " + what + " of questionnaire " + questionnaire.id()
          + " (known: " + m.keySet() + ")");
    }
    return v;
  }

  /**
   * A plain-text report: the method, then every figure with counts, interval and arithmetic.
   *
   * @return the report, lines ended by the platform's line separator
   */
  public String render() {
    StringBuilder s = new StringBuilder();
    String nl = System.lineSeparator();
    s.append("SIPAS ").append(code).append(" — ").append(label).append(": ").append(t.respondents)
        .append(" respondents").append(nl);
    s.append("questionnaire ").append(questionnaire).append(nl);
    s.append("method: ").append(method.describe()).append(nl);
    s.append(overall().render());
    aspects().forEach(f -> s.append(f.render()));
    elements().forEach(f -> s.append(f.render()));
    items().forEach(f -> s.append(f.render()));
    a.judgements.values().forEach(l -> l.forEach(f -> s.append(f.render())));
    a.expectations.values().forEach(l -> l.forEach(f -> s.append(f.render())));
    return s.toString();
  }
}
