package io.github.parindex.audit;

import io.github.parindex.engine.NodeScore;
import io.github.parindex.engine.Scorecard;
import io.github.parindex.model.GradeBand;
import io.github.parindex.model.NodeRole;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Compares one published row's figures (maximum, parts, points, index, grade) with its scorecard. */
final class FigureCheck {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final PublishedRow row;
  private final Scorecard card;
  private final Reconciliation.Options options;
  private final boolean tiedInTable;
  private final List<Discrepancy> out;
  private final List<String> notes;
  private final String unit;
  boolean pointsMatch = true;
  boolean indexMatch = true;

  FigureCheck(PublishedRow row, Scorecard card, Reconciliation.Options options, boolean tiedInTable,
      List<Discrepancy> out, List<String> notes) {
    this.row = row;
    this.card = card;
    this.options = options;
    this.tiedInTable = tiedInTable;
    this.out = out;
    this.notes = notes;
    this.unit = row.unit();
  }

  void run() {
    maximum();
    boolean partsMatch = parts();
    points(partsMatch);
    index();
    grade();
    if (!pointsMatch && !indexMatch) {
      notes.add(unit + ": the index differs because the points differ");
    }
  }

  private void maximum() {
    row.maximum().ifPresent(max -> {
      if (max.compareTo(card.effectiveMaximum()) != 0) {
        out.add(mismatch("maximum", max, card.effectiveMaximum(),
            "the published maximum differs from the unit's effective maximum (maximum "
                + plain(card.maximum()) + " less what does not apply)"));
      }
    });
  }

  private boolean parts() {
    boolean partsMatch = true;
    for (Map.Entry<String, BigDecimal> part : row.parts().entrySet()) {
      String field = "points:" + part.getKey();
      Optional<NodeScore> node = card.node(part.getKey());
      if (node.isEmpty()) {
        partsMatch = false;
        out.add(new Discrepancy(unit, field, Discrepancy.Kind.VALUE_MISMATCH, Optional.of(plain(part.getValue())),
            Optional.empty(), "rule set " + card.ruleSetId() + " has no node " + part.getKey()));
        continue;
      }
      BigDecimal published = part.getValue();
      NodeScore n = node.get();
      if (published.compareTo(n.points()) != 0) {
        partsMatch = false;
        out.add(Rounding.classify(unit, field, published, n.points(), n.exactPoints(),
            "node " + part.getKey() + " exact points", card.rounding().pointsScale(), card.rounding().pointsMode())
            .orElseGet(() -> mismatch(field, published, n.points(),
                "node " + part.getKey() + " (" + n.name() + ") scores differently")));
      }
    }
    return partsMatch;
  }

  private void points(boolean partsMatch) {
    if (row.points().isEmpty()) {
      return;
    }
    BigDecimal published = row.points().get();
    Map<String, BigDecimal> tops = topLevelParts();
    Optional<BigDecimal> partsSum = tops.isEmpty() ? Optional.empty()
        : Optional.of(tops.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
    boolean partsAddUp = partsSum.map(s -> s.compareTo(published) == 0).orElse(true);
    Optional<BigDecimal> byRounding = partsAddUp ? Optional.empty()
        : Rounding.explainsSum(tops.values(), published);
    if (published.compareTo(card.totalPoints()) != 0) {
      pointsMatch = false;
      Optional<Discrepancy> rounding = Rounding.classify(unit, "points", published, card.totalPoints(),
          card.exactTotal(), "exact total", card.rounding().pointsScale(), card.rounding().pointsMode());
      if (rounding.isPresent()) {
        out.add(rounding.get());
      } else if (!partsAddUp) {
        out.add(partsDoNotAddUp(published, tops, partsSum.get(), "; the rules give " + plain(card.totalPoints())));
      } else {
        out.add(mismatch("points", published, card.totalPoints(), "the total differs"
            + (partsSum.isPresent() ? " although the published parts add up to it" : "")));
      }
    } else if (!partsAddUp && byRounding.isPresent()) {
      notes.add(unit + ": rounding: the published parts " + describe(tops) + " add up to " + plain(partsSum.get())
          + ", not to the published total " + plain(published) + "; a total rounded once from the unrounded parts"
          + " explains a gap of up to " + plain(byRounding.get().stripTrailingZeros()) + " (rounding "
          + card.rounding().describe() + ")");
    } else if (!partsAddUp && partsMatch && !PublishedTotals.isBuiltFromPublishedTotals(card)) {
      notes.add(unit + ": the published parts " + describe(tops) + " add up to " + plain(partsSum.get())
          + ", not to the published total " + plain(published) + "; the rules reproduce both (rounding "
          + card.rounding().describe() + ")");
    } else if (!partsAddUp) {
      out.add(partsDoNotAddUp(published, tops, partsSum.get(), PublishedTotals.isBuiltFromPublishedTotals(card)
          ? ", more than rounding the unrounded parts once can explain" : ", and the rules do not reproduce every part"));
    }
  }

  private Discrepancy partsDoNotAddUp(BigDecimal published, Map<String, BigDecimal> tops, BigDecimal sum,
      String tail) {
    return new Discrepancy(unit, "points", Discrepancy.Kind.PARTS_DO_NOT_ADD_UP, Optional.of(plain(published)),
        Optional.of(plain(card.totalPoints())), "the published parts " + describe(tops) + " add up to " + plain(sum)
            + ", not to the published total " + plain(published) + tail);
  }

  private void index() {
    if (row.index().isEmpty()) {
      return;
    }
    BigDecimal published = row.index().get();
    int ruleScale = card.rounding().indexScale();
    RoundingMode mode = card.rounding().indexMode();
    BigDecimal exact = card.effectiveMaximum().signum() == 0 ? BigDecimal.ZERO
        : card.totalPoints().multiply(HUNDRED).divide(card.effectiveMaximum(), MathContext.DECIMAL128);
    String exactText = plain(card.totalPoints()) + " / " + plain(card.effectiveMaximum()) + " × 100";
    if (published.scale() > ruleScale) {
      precision(published, exact, exactText, ruleScale, mode);
      return;
    }
    if (published.compareTo(card.index()) == 0) {
      return;
    }
    indexMatch = false;
    Optional<Discrepancy> d = Rounding.classify(unit, "index", published, card.index(), exact, exactText, ruleScale,
        mode);
    if (d.isEmpty()) {
      d = Rounding.classify(unit, "index", published, card.index(), card.exactIndex(), "exact index", ruleScale, mode);
    }
    out.add(d.orElseGet(() -> mismatch("index", published, card.index(), pointsMatchText())));
  }

  /** An index printed with more decimals than the rules print: compared at its own precision. */
  private void precision(BigDecimal published, BigDecimal exact, String exactText, int ruleScale, RoundingMode mode) {
    int ps = published.scale();
    BigDecimal atPrinted = exact.setScale(ps, mode);
    String printed = "printed to " + ps + " decimals where the rules print " + ruleScale + " ("
        + plain(card.index()) + ")";
    if (atPrinted.compareTo(published) == 0 && atPrinted.toPlainString().equals(published.toPlainString())) {
      boolean allowed = options.tieDecimals().isPresent() && options.tieDecimals().getAsInt() >= ps;
      if (allowed && tiedInTable) {
        notes.add(unit + ": index " + plain(published) + " " + printed + ", to separate a tie at " + ruleScale
            + " decimals, as the rules allow (up to " + options.tieDecimals().getAsInt() + " decimals); "
            + exactText + " = " + plain(exact));
        return;
      }
      indexMatch = false;
      out.add(new Discrepancy(unit, "index", Discrepancy.Kind.PRECISION, Optional.of(plain(published)),
          Optional.of(plain(card.index())), printed + "; the value is right at " + ps + " decimals (" + exactText
              + " = " + plain(exact) + ")" + (allowed ? ", but no other unit has the same index at " + ruleScale
                  + " decimals, so there is no tie to separate" : ", and the rules declare no extra decimals for"
                  + " ties")));
      return;
    }
    indexMatch = false;
    if (published.compareTo(card.index()) == 0) {
      out.add(new Discrepancy(unit, "index", Discrepancy.Kind.PRECISION, Optional.of(plain(published)),
          Optional.of(plain(card.index())), printed + " by padding with zeros: at " + ps + " decimals the value is "
              + plain(atPrinted) + " (" + exactText + " = " + plain(exact) + ")"));
      return;
    }
    out.add(Rounding.classify(unit, "index", published, atPrinted, exact, exactText, ps, mode)
        .orElseGet(() -> mismatch("index", published, atPrinted, "at the " + ps + " decimals printed the rules give "
            + plain(atPrinted) + " (" + exactText + " = " + plain(exact) + ")")));
  }

  private void grade() {
    if (row.grade().isEmpty()) {
      return;
    }
    String published = row.grade().get();
    Optional<GradeBand> computed = card.grade();
    if (computed.map(b -> b.label().equals(published)).orElse(false)) {
      return;
    }
    if (computed.map(b -> b.isCalled(published)).orElse(false)) {
      notes.add(unit + ": grade " + quote(published) + " read as " + computed.get().label()
          + (computed.get().aliases().stream().anyMatch(a -> a.equals(published)) ? " (a declared alias)"
              : " (after folding case, white space and Unicode normalisation)"));
      return;
    }
    String why = computed.isPresent()
        ? "index " + plain(card.index()) + " falls in band " + computed.get().label() + " (from "
            + plain(computed.get().minimumIndex()) + "%)"
        : "index " + plain(card.index()) + " is below every band of the rule set";
    List<String> floors = card.arithmetic().stream().filter(l -> l.startsWith("grade: ")).toList();
    if (!floors.isEmpty()) {
      why += "; " + String.join("; ", floors.stream().map(l -> l.substring("grade: ".length())).toList());
    }
    if (!indexMatch) {
      why += "; the published index " + plain(row.index().get()) + " differs too";
    }
    out.add(new Discrepancy(unit, "grade", Discrepancy.Kind.GRADE_BAND, Optional.of(published),
        computed.map(GradeBand::label), "published grade " + published + ", but the " + why));
  }

  private String pointsMatchText() {
    if (row.points().isPresent() && row.points().get().compareTo(card.totalPoints()) != 0) {
      return "the index differs (so do the points)";
    }
    return "the index differs: the rules give " + plain(card.totalPoints()) + " / " + plain(card.effectiveMaximum())
        + " × 100 = " + plain(card.index());
  }

  /**
   * The published parts that are the scorecard's components (top-level nodes), when the table gives every one of
   * them; empty otherwise (parts deeper in the tree, or only some components, do not add up to the total).
   */
  private Map<String, BigDecimal> topLevelParts() {
    Map<String, BigDecimal> tops = new LinkedHashMap<>();
    for (NodeScore top : card.nodes()) {
      BigDecimal v = row.parts().get(top.code());
      if (v == null) {
        return Map.of();
      }
      tops.put(top.code(), top.role() == NodeRole.PENALTY ? v.negate() : v);
    }
    return tops;
  }

  private Discrepancy mismatch(String field, BigDecimal published, BigDecimal computed, String why) {
    return new Discrepancy(unit, field, Discrepancy.Kind.VALUE_MISMATCH, Optional.of(plain(published)),
        Optional.of(plain(computed)), why);
  }

  static String describe(Map<String, BigDecimal> parts) {
    StringBuilder s = new StringBuilder();
    parts.forEach((code, v) -> s.append(s.length() == 0 ? "" : " + ").append(plain(v)).append(" (")
        .append(code).append(')'));
    return s.toString();
  }

  static String plain(BigDecimal v) {
    return v.toPlainString();
  }

  private static String quote(String s) {
    return "\"" + s + "\"";
  }
}
