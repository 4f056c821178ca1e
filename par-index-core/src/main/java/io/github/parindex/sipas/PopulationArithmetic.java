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
 * The arithmetic behind a {@link PopulationReport}: from one population's counters ({@link Tally}) to the
 * satisfied share of every item, the judgement and expectation shares, and the element, aspect and overall indices
 * as the {@link SipasMethod} declares them, each with its counts, rule and arithmetic lines. Computed once, when
 * the report is made; immutable afterwards. Internal.
 */
final class PopulationArithmetic {
  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

  private final SipasMethod method;
  private final SlotLayout layout;
  private final Tally t;
  private final boolean weighted;
  final Map<String, Calc> items = new LinkedHashMap<>();
  final Map<String, Calc> elements = new LinkedHashMap<>();
  final Map<String, Calc> aspects = new LinkedHashMap<>();
  final Map<String, List<Figure>> judgements = new LinkedHashMap<>();
  final Map<String, List<Figure>> expectations = new LinkedHashMap<>();
  final Calc overall;

  /** An intermediate result: value (after declared rounding), interval n, counts, rule, arithmetic. */
  record Calc(String code, String label, Optional<Ratio> value, BigDecimal n, long respondents, long sat,
      long valid, String rule, List<String> arithmetic) {}

  PopulationArithmetic(Questionnaire q, SipasMethod m, SlotLayout layout, Tally t) {
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
    int off = layout.offset(i);
    int width = layout.width(i);
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
    int off = layout.offset(i);
    int width = layout.width(i);
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
    int off = layout.offset(i);
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

  BigDecimal decimal(long units) {
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

  Figure figure(Calc c) {
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
}
