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

  /** The population's code: a unit, service field or group code, or {@code "ALL"}. */
  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  /** The number of respondents (unweighted). */
  public long respondents() {
    return t.respondents;
  }

  /** The sum of the respondents' weights (equal to {@link #respondents()} when unweighted). */
  public BigDecimal totalWeight() {
    return a.decimal(t.weightTotal);
  }

  /** The overall SIPAS figure of this population. */
  public Figure overall() {
    return a.figure(a.overall);
  }

  Optional<Ratio> overallValue() {
    return a.overall.value();
  }

  /** The satisfied share of satisfaction item {@code itemCode}. */
  public Figure item(String itemCode) {
    return a.figure(get(a.items, itemCode, "satisfaction item"));
  }

  /** The index of element {@code elementCode}. */
  public Figure element(String elementCode) {
    return a.figure(get(a.elements, elementCode, "element with satisfaction items"));
  }

  /** The index of aspect {@code aspectCode}. */
  public Figure aspect(String aspectCode) {
    return a.figure(get(a.aspects, aspectCode, "aspect with satisfaction items"));
  }

  /** The share choosing each option of judgement item {@code itemCode}, option 1 first. */
  public List<Figure> judgement(String itemCode) {
    return get(a.judgements, itemCode, "judgement item");
  }

  /** The share ticking each option of expectation item {@code itemCode}, option 1 first. */
  public List<Figure> expectation(String itemCode) {
    return get(a.expectations, itemCode, "expectation item");
  }

  /** Every satisfaction item's figure, in questionnaire order. */
  public List<Figure> items() {
    return a.items.values().stream().map(a::figure).toList();
  }

  /** Every element's figure, in questionnaire order. */
  public List<Figure> elements() {
    return a.elements.values().stream().map(a::figure).toList();
  }

  /** Every aspect's figure, in questionnaire order. */
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

  /** A plain-text report: the method, then every figure with counts, interval and arithmetic. */
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
