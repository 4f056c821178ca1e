package io.github.parindex.sipas;

import io.github.parindex.sipas.SipasMethod.Aggregation;
import io.github.parindex.sipas.SipasMethod.IntermediateRounding;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
 */
public final class PopulationReport {
  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

  private final String code;
  private final String label;
  private final Questionnaire questionnaire;
  private final SipasMethod method;
  private final SurveyAccumulator.Layout layout;
  private final Tally t;
  private final boolean weighted;
  private final Map<String, Calc> items = new LinkedHashMap<>();
  private final Map<String, Calc> elements = new LinkedHashMap<>();
  private final Map<String, Calc> aspects = new LinkedHashMap<>();
  private final Map<String, List<Figure>> judgements = new LinkedHashMap<>();
  private final Map<String, List<Figure>> expectations = new LinkedHashMap<>();
  private final Calc overall;

  /** An intermediate result: value (after declared rounding), interval n, counts, rule, arithmetic. */
  private record Calc(String code, String label, Optional<Ratio> value, BigDecimal n, long respondents, long sat,
      long valid, String rule, List<String> arithmetic) {}

  PopulationReport(String code, String label, Questionnaire q, SipasMethod m, SurveyAccumulator.Layout layout,
      Tally t) {
    this.code = code;
    this.label = label;
    this.questionnaire = q;
    this.method = m;
    this.layout = layout;
    this.t = t;
    this.weighted = t.weights != t.counts;
    List<Item> all = q.items();
    for (int i = 0; i < all.size(); i++) {
      Item it = all.get(i);
      switch (it.kind()) {
        case SATISFACTION -> items.put(it.code(), itemCalc(i, it));
        case JUDGEMENT -> judgements.put(it.code(), judgement(i, it));
        case EXPECTATION -> expectations.put(it.code(), expectation(i, it));
      }
    }
    List<Calc> aspectCalcs = new ArrayList<>();
    List<Calc> allElements = new ArrayList<>();
    List<Item> allContent = new ArrayList<>();
    for (Aspect a : q.aspects()) {
      List<Calc> elementCalcs = new ArrayList<>();
      List<Item> aspectContent = new ArrayList<>();
      for (Element e : a.satisfactionElements()) {
        Calc c = level("element", e.code(), e.name(), m.element(), e.satisfactionItems(), List.of(),
            e.overallItem());
        elements.put(e.code(), c);
        elementCalcs.add(c);
        aspectContent.addAll(e.satisfactionItems());
      }
      if (elementCalcs.isEmpty() && a.overallItem().isEmpty()) {
        continue;
      }
      Calc ac = level("aspect", a.code(), a.name(), m.aspect(), aspectContent, elementCalcs, a.overallItem());
      aspects.put(a.code(), ac);
      aspectCalcs.add(ac);
      allElements.addAll(elementCalcs);
      allContent.addAll(aspectContent);
    }
    List<Calc> overallParts = m.overall() == Aggregation.MEAN_OF_ASPECTS ? aspectCalcs : allElements;
    this.overall = level("overall", "SIPAS", "overall satisfaction index", m.overall(), allContent,
        overallParts, q.overallItem());
  }

  // --- items ------------------------------------------------------------------------------------------------------

  private long sum(long[] a, int from, int to) {
    long s = 0;
    for (int i = from; i < to; i++) {
      s += a[i];
    }
    return s;
  }

  /** Slots [off, off+2) are no-opinion and blank; NO_OPINION_COUNTS must skip the blank slot. */
  private long validSum(long[] a, int off, int width) {
    return switch (method.validAnswers()) {
      case ANSWERED_ONLY -> sum(a, off + 2, off + width);
      case NO_OPINION_COUNTS -> a[off] + sum(a, off + 2, off + width);
      case ALL_RESPONDENTS -> sum(a, off, off + width);
    };
  }

  private String validRule() {
    return switch (method.validAnswers()) {
      case ANSWERED_ONLY -> "valid = answers on the scale (blank and no opinion left out)";
      case NO_OPINION_COUNTS -> "valid = answers on the scale + no opinion (blank left out)";
      case ALL_RESPONDENTS -> "valid = every respondent (blank and no opinion count as not satisfied)";
    };
  }

  private Calc itemCalc(int i, Item it) {
    int off = layout.offset[i];
    int width = layout.width[i];
    long sat = t.weights[off + 1 + AnswerKind.SATISFIED] + t.weights[off + 1 + AnswerKind.VERY_SATISFIED];
    long valid = validSum(t.weights, off, width);
    long resp = validSum(t.counts, off, width);
    long sq = validSum(t.squares, off, width);
    Optional<Ratio> v = valid == 0 ? Optional.empty() : Optional.of(Ratio.percent(sat, valid));
    List<String> arithmetic = new ArrayList<>();
    if (v.isPresent()) {
      arithmetic.add("(" + w(t.weights[off + 1 + AnswerKind.SATISFIED]) + " hài lòng + "
          + w(t.weights[off + 1 + AnswerKind.VERY_SATISFIED]) + " rất hài lòng) / " + w(valid) + " valid × 100 = "
          + v.get().text());
      if (method.rounding() != IntermediateRounding.NONE) {
        Ratio r = v.get().rounded(2);
        arithmetic.add("rounded before aggregation (" + method.rounding() + "): " + shortText(r));
        v = Optional.of(r);
      }
    }
    return new Calc(it.code(), it.text(), v, effectiveN(valid, sq), resp, sat, valid,
        "satisfied share = (hài lòng + rất hài lòng) / valid × 100; " + validRule()
            + (weighted ? "; weighted by respondent weights" : ""),
        arithmetic);
  }

  private BigDecimal effectiveN(long w, long sq) {
    if (w == 0) {
      return BigDecimal.ZERO;
    }
    if (!weighted) {
      return BigDecimal.valueOf(w);
    }
    return new Ratio(java.math.BigInteger.valueOf(w).pow(2), java.math.BigInteger.valueOf(sq)).decimal();
  }

  private String w(long units) {
    return weighted ? Figure.plain(BigDecimal.valueOf(units).divide(THOUSAND)) : Long.toString(units);
  }

  private List<Figure> judgement(int i, Item it) {
    int off = layout.offset[i];
    int width = layout.width[i];
    long valid = validSum(t.weights, off, width);
    long resp = validSum(t.counts, off, width);
    long sq = validSum(t.squares, off, width);
    List<Figure> out = new ArrayList<>();
    for (int j = 1; j <= it.options().size(); j++) {
      long x = t.weights[off + 1 + j];
      out.add(share(it.code() + "#" + j, it.text() + ": " + it.options().get(j - 1), x, valid, resp, sq,
          "share choosing option " + j + " of " + it.options().size() + "; " + validRule()));
    }
    return List.copyOf(out);
  }

  private List<Figure> expectation(int i, Item it) {
    int off = layout.offset[i];
    long base;
    long resp;
    long sq;
    String rule;
    if (method.expectationBase() == SipasMethod.ExpectationBase.ALL_RESPONDENTS) {
      base = t.weightTotal;
      resp = t.respondents;
      sq = t.squareTotal;
      rule = "share of all respondents ticking the option";
    } else {
      base = t.weightTotal - t.weights[off] - t.weights[off + 1];
      resp = t.respondents - t.counts[off] - t.counts[off + 1];
      sq = t.squareTotal - t.squares[off] - t.squares[off + 1];
      rule = "share of respondents who ticked at least one option";
    }
    List<Figure> out = new ArrayList<>();
    for (int j = 1; j <= it.options().size(); j++) {
      long x = t.weights[off + 1 + j];
      out.add(share(it.code() + "#" + j, it.text() + ": " + it.options().get(j - 1), x, base, resp, sq, rule));
    }
    return List.copyOf(out);
  }

  private Figure share(String code, String label, long x, long of, long resp, long sq, String rule) {
    rule = rule + (weighted ? "; weighted by respondent weights" : "");
    BigDecimal n = effectiveN(of, sq);
    if (of == 0) {
      return new Figure(code, label, Optional.empty(), Optional.empty(), Optional.empty(), BigDecimal.ZERO,
          BigDecimal.ZERO, 0, BigDecimal.ZERO, rule, List.of());
    }
    Ratio r = Ratio.percent(x, of);
    return new Figure(code, label, Optional.of(r.round(2, RoundingMode.HALF_UP)), Optional.of(r.decimal()),
        Optional.of(interval(r, n)), decimal(x), decimal(of), resp, n, rule,
        List.of(w(x) + " / " + w(of) + " × 100 = " + r.text()));
  }

  private BigDecimal decimal(long units) {
    return weighted ? BigDecimal.valueOf(units).divide(THOUSAND) : BigDecimal.valueOf(units);
  }

  private static ConfidenceInterval interval(Ratio percent, BigDecimal n) {
    BigDecimal p = percent.decimal().divide(BigDecimal.valueOf(100), Ratio.MC);
    return ConfidenceInterval.ofShare(p.min(BigDecimal.ONE), n);
  }

  // --- levels -----------------------------------------------------------------------------------------------------

  private Calc level(String what, String code, String name, Aggregation how, List<Item> content, List<Calc> parts,
      Optional<Item> overallItem) {
    List<String> arithmetic = new ArrayList<>();
    Optional<Ratio> value;
    BigDecimal n;
    long resp;
    long sat = 0;
    long valid = 0;
    String rule;
    List<Calc> contentCalcs = content.stream().map(i -> items.get(i.code())).toList();
    for (Calc c : contentCalcs) {
      sat += c.sat();
      valid += c.valid();
    }
    switch (how) {
      case OVERALL_ITEM -> {
        Calc c = items.get(overallItem.orElseThrow().code());
        value = c.value();
        n = c.n();
        resp = c.respondents();
        sat = c.sat();
        valid = c.valid();
        rule = what + " = its overall item " + c.code() + " (" + c.label() + ")";
        arithmetic.add(c.code() + " = " + value.map(PopulationReport::shortText).orElse("no valid answer"));
      }
      case POOLED_ANSWERS -> {
        value = valid == 0 ? Optional.empty() : Optional.of(Ratio.percent(sat, valid));
        n = minN(contentCalcs);
        resp = minResp(contentCalcs);
        rule = what + " = all valid answers to its " + content.size() + " items pooled: Σ satisfied / Σ valid × 100";
        value.ifPresent(v -> arithmetic.add(w(satOf(contentCalcs)) + " / " + w(validOf(contentCalcs)) + " × 100 = "
            + v.text()));
      }
      case MEAN_OF_ITEMS -> {
        value = mean(contentCalcs, arithmetic);
        n = minN(contentCalcs);
        resp = minResp(contentCalcs);
        rule = what + " = mean of the satisfied shares of its " + content.size() + " items";
      }
      default -> {
        value = mean(parts, arithmetic);
        n = minN(parts);
        resp = minResp(parts);
        rule = what + " = mean of its " + parts.size() + (how == Aggregation.MEAN_OF_ASPECTS ? " aspects" : " elements");
      }
    }
    rule = rule + "; interval n = smallest n among the items it is built from";
    if (value.isPresent() && method.rounding() == IntermediateRounding.EACH_LEVEL && !"overall".equals(what)) {
      Ratio r = value.get().rounded(2);
      arithmetic.add("rounded before aggregation (EACH_LEVEL): " + shortText(r));
      value = Optional.of(r);
    }
    return new Calc(code, name, value, n, resp, sat, valid, rule, arithmetic);
  }

  private static long satOf(List<Calc> cs) {
    return cs.stream().mapToLong(Calc::sat).sum();
  }

  private static long validOf(List<Calc> cs) {
    return cs.stream().mapToLong(Calc::valid).sum();
  }

  private static BigDecimal minN(List<Calc> cs) {
    return cs.stream().filter(c -> c.value().isPresent()).map(Calc::n).min(BigDecimal::compareTo)
        .orElse(BigDecimal.ZERO);
  }

  private static long minResp(List<Calc> cs) {
    return cs.stream().filter(c -> c.value().isPresent()).mapToLong(Calc::respondents).min().orElse(0);
  }

  private static Optional<Ratio> mean(List<Calc> parts, List<String> arithmetic) {
    Ratio sum = Ratio.ZERO;
    int k = 0;
    List<String> terms = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    for (Calc c : parts) {
      if (c.value().isEmpty()) {
        skipped.add(c.code());
        continue;
      }
      sum = sum.plus(c.value().get());
      terms.add(shortText(c.value().get()));
      k++;
    }
    if (!skipped.isEmpty()) {
      arithmetic.add("skipped (no valid answer): " + String.join(", ", skipped));
    }
    if (k == 0) {
      return Optional.empty();
    }
    Ratio mean = sum.dividedBy(k);
    arithmetic.add("(" + String.join(" + ", terms) + ") / " + k + " = " + mean.text());
    return Optional.of(mean);
  }

  /** A value for arithmetic lines: exact when it has at most 6 decimals, else "≈" and 6 decimals. */
  static String shortText(Ratio r) {
    BigDecimal six = r.round(6, RoundingMode.HALF_UP);
    boolean exact = r.compareTo(Ratio.of(six)) == 0;
    return (exact ? "" : "≈") + Figure.plain(six);
  }

  private Figure figure(Calc c) {
    if (c.value().isEmpty()) {
      return new Figure(c.code(), c.label(), Optional.empty(), Optional.empty(), Optional.empty(),
          decimal(c.sat()), decimal(c.valid()), c.respondents(), c.n(), c.rule(), c.arithmetic());
    }
    Ratio v = c.value().get();
    List<String> arithmetic = new ArrayList<>(c.arithmetic());
    arithmetic.add("published: " + v.round(2, RoundingMode.HALF_UP).toPlainString() + " (2 decimals HALF_UP)");
    return new Figure(c.code(), c.label(), Optional.of(v.round(2, RoundingMode.HALF_UP)), Optional.of(v.decimal()),
        Optional.of(interval(v, c.n())), decimal(c.sat()), decimal(c.valid()), c.respondents(), c.n(), c.rule(),
        arithmetic);
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
    return decimal(t.weightTotal);
  }

  /** The overall SIPAS figure of this population. */
  public Figure overall() {
    return figure(overall);
  }

  Optional<Ratio> overallValue() {
    return overall.value();
  }

  /** The satisfied share of satisfaction item {@code itemCode}. */
  public Figure item(String itemCode) {
    return figure(get(items, itemCode, "satisfaction item"));
  }

  /** The index of element {@code elementCode}. */
  public Figure element(String elementCode) {
    return figure(get(elements, elementCode, "element with satisfaction items"));
  }

  /** The index of aspect {@code aspectCode}. */
  public Figure aspect(String aspectCode) {
    return figure(get(aspects, aspectCode, "aspect with satisfaction items"));
  }

  /** The share choosing each option of judgement item {@code itemCode}, option 1 first. */
  public List<Figure> judgement(String itemCode) {
    return get(judgements, itemCode, "judgement item");
  }

  /** The share ticking each option of expectation item {@code itemCode}, option 1 first. */
  public List<Figure> expectation(String itemCode) {
    return get(expectations, itemCode, "expectation item");
  }

  /** Every satisfaction item's figure, in questionnaire order. */
  public List<Figure> items() {
    return items.values().stream().map(this::figure).toList();
  }

  /** Every element's figure, in questionnaire order. */
  public List<Figure> elements() {
    return elements.values().stream().map(this::figure).toList();
  }

  /** Every aspect's figure, in questionnaire order. */
  public List<Figure> aspects() {
    return aspects.values().stream().map(this::figure).toList();
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
    judgements.values().forEach(l -> l.forEach(f -> s.append(f.render())));
    expectations.values().forEach(l -> l.forEach(f -> s.append(f.render())));
    return s.toString();
  }
}
