package io.github.parindex.testkit;

import io.github.parindex.audit.PublishedRow;
import io.github.parindex.audit.TableRules;
import io.github.parindex.engine.Ranking;
import io.github.parindex.engine.TieBreak;
import io.github.parindex.model.GradeBand;
import io.github.parindex.model.GradeScale;
import io.github.parindex.model.RoundingPolicy;
import io.github.parindex.model.RoundingStage;
import io.github.parindex.model.UnitLevel;
import io.github.parindex.rules.internal.JsonTree;
import io.github.parindex.rules.internal.JsonTree.Member;
import io.github.parindex.rules.internal.JsonTree.Obj;
import io.github.parindex.rules.internal.JsonTree.Value;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The parts of a case file about published totals and ranking: the {@code rules} header, a unit's
 * {@code published} figures and the {@code ranking.ties} rule. Internal.
 */
final class CaseRules {
  private final CaseValues v;

  CaseRules(CaseValues values) {
    this.v = values;
  }

  /** {@code ties: SHARED} or {@code ties: {breakBy: [unroundedIndex, {indexDecimals: 3}, {points: I}], dense: true}}. */
  TieBreak ties(Value t, String p) {
    if (t instanceof JsonTree.Str s) {
      Ranking.TieRule rule = v.enumOf(Ranking.TieRule.class, s.value(), p);
      if (rule == Ranking.TieRule.DECLARED) {
        v.problem(p, t, "DECLARED is written as a mapping: {breakBy: [...], dense: false}");
        return TieBreak.SHARED;
      }
      return rule == null ? TieBreak.SHARED : rule.tieBreak();
    }
    if (!(t instanceof Obj o)) {
      v.problem(p, t, "expected SHARED, DENSE, EXACT_INDEX_THEN_SHARED or a mapping {breakBy: [...], dense: ...}");
      return TieBreak.SHARED;
    }
    v.known(o, p + ".", Set.of("breakBy", "dense"));
    List<TieBreak.Key> keys = new ArrayList<>();
    Value by = CaseValues.get(o, "breakBy");
    if (by instanceof JsonTree.Arr a) {
      for (int i = 0; i < a.items().size(); i++) {
        key(a.items().get(i), p + ".breakBy[" + (i + 1) + "]").ifPresent(keys::add);
      }
    } else if (by != null) {
      v.problem(p + ".breakBy", by, "expected a list of keys");
    }
    boolean dense = false;
    Value d = CaseValues.get(o, "dense");
    if (d instanceof JsonTree.Bool b) {
      dense = b.value();
    } else if (d != null) {
      v.problem(p + ".dense", d, "expected true or false");
    }
    try {
      return new TieBreak(keys, dense);
    } catch (IllegalArgumentException e) {
      v.problem(p, t, e.getMessage());
      return TieBreak.SHARED;
    }
  }

  private static final String KEYS = "unroundedIndex, totalPoints, publishedOrder, {indexDecimals: n}, "
      + "{points: code}, {index: code}";

  private Optional<TieBreak.Key> key(Value k, String p) {
    if (k instanceof JsonTree.Str s) {
      switch (s.value()) {
        case "unroundedIndex":
          return Optional.of(TieBreak.Key.exactIndex());
        case "totalPoints":
          return Optional.of(TieBreak.Key.totalPoints());
        case "publishedOrder":
          return Optional.of(TieBreak.Key.publishedOrder());
        default:
          break;
      }
    } else if (k instanceof Obj o && o.members().size() == 1) {
      Member m = o.members().values().iterator().next();
      String code = m.value() instanceof JsonTree.Str c ? c.value() : m.value() instanceof JsonTree.Num n
          ? n.text() : null;
      try {
        switch (m.key()) {
          case "indexDecimals":
            return v.optInteger(o, "indexDecimals", p + ".", 0).map(TieBreak.Key::indexDecimals);
          case "points":
            return code == null ? Optional.empty() : Optional.of(TieBreak.Key.nodePoints(code));
          case "index":
            return code == null ? Optional.empty() : Optional.of(TieBreak.Key.nodeIndex(code));
          default:
            break;
        }
      } catch (IllegalArgumentException e) {
        v.problem(p, k, e.getMessage());
        return Optional.empty();
      }
    }
    v.problem(p, k, "unknown tie-break key " + k.describe() + " (one of " + KEYS + ")");
    return Optional.empty();
  }

  /** The {@code rules} header of a case of published totals. */
  TableRules rules(Value r, int year, String p) {
    if (!(r instanceof Obj o)) {
      v.problem(p, r, "expected a mapping with id, scale, decimals, grades, parts, ...");
      return null;
    }
    v.known(o, p + ".", Set.of("id", "scale", "decimals", "indexMode", "grades", "parts", "bonusAboveMaximum",
        "tieDecimals", "level"));
    String id = v.text(o, "id", p + ".");
    int decimals = v.optInteger(o, "decimals", p + ".", 0).orElse(2);
    RoundingMode indexMode = v.optText(o, "indexMode", p + ".")
        .map(m -> v.enumOf(RoundingMode.class, m, p + ".indexMode")).orElse(RoundingMode.HALF_UP);
    if (id == null || indexMode == null || decimals > 10) {
      if (decimals > 10) {
        v.problem(p + ".decimals", "at most 10");
      }
      return null;
    }
    TableRules rules = TableRules.of(id, year, RoundingPolicy.of(decimals, RoundingMode.HALF_UP, decimals, indexMode,
        RoundingStage.PUBLISHED_FIGURE));
    BigDecimal scale = v.decimal(CaseValues.get(o, "scale"), p + ".scale", false);
    if (scale != null && scale.signum() > 0) {
      rules = rules.withScale(scale);
    }
    rules = rules.withGrades(grades(CaseValues.get(o, "grades"), p + ".grades"));
    Value parts = CaseValues.get(o, "parts");
    if (parts instanceof Obj po) {
      for (Member m : po.members().values()) {
        BigDecimal max = v.decimal(m.value(), p + ".parts." + m.key(), true);
        if (max != null && max.signum() > 0) {
          rules = rules.withPart(m.key(), max);
        }
      }
    } else if (parts != null) {
      v.problem(p + ".parts", parts, "expected a mapping from part code to its maximum");
    }
    Value bonus = CaseValues.get(o, "bonusAboveMaximum");
    if (bonus instanceof JsonTree.Bool b && b.value()) {
      rules = rules.withBonusAboveMaximum();
    } else if (bonus != null && !(bonus instanceof JsonTree.Bool)) {
      v.problem(p + ".bonusAboveMaximum", bonus, "expected true or false");
    }
    Optional<Integer> tieDecimals = v.optInteger(o, "tieDecimals", p + ".", 0);
    if (tieDecimals.isPresent()) {
      rules = rules.withTieDecimals(Math.min(tieDecimals.get(), 10));
    }
    UnitLevel level = v.optText(o, "level", p + ".").map(l -> v.enumOf(UnitLevel.class, l, p + ".level"))
        .orElse(UnitLevel.OTHER);
    return level == null ? rules : rules.withLevel(level);
  }

  private GradeScale grades(Value g, String p) {
    if (g == null) {
      return GradeScale.none();
    }
    if (!(g instanceof JsonTree.Arr a)) {
      v.problem(p, g, "expected a list of grades, highest first");
      return GradeScale.none();
    }
    List<GradeBand> bands = new ArrayList<>();
    for (int i = 0; i < a.items().size(); i++) {
      band(a.items().get(i), p + "[" + (i + 1) + "]").ifPresent(bands::add);
    }
    try {
      return new GradeScale(bands);
    } catch (IllegalArgumentException e) {
      v.problem(p, g, e.getMessage());
      return GradeScale.none();
    }
  }

  private Optional<GradeBand> band(Value x, String p) {
    if (!(x instanceof Obj o)) {
      v.problem(p, x, "expected a mapping with label and from");
      return Optional.empty();
    }
    v.known(o, p + ".", Set.of("label", "from", "description", "aliases", "floor"));
    String label = v.text(o, "label", p + ".");
    BigDecimal from = v.decimal(CaseValues.get(o, "from"), p + ".from", true);
    if (label == null || from == null) {
      return Optional.empty();
    }
    try {
      GradeBand b = new GradeBand(label, from, v.optText(o, "description", p + "."));
      BigDecimal floor = v.decimal(CaseValues.get(o, "floor"), p + ".floor", false);
      if (floor != null) {
        b = b.withFloor(GradeBand.Floor.everyComponent(floor));
      }
      Value al = CaseValues.get(o, "aliases");
      if (al instanceof JsonTree.Arr aa) {
        List<String> names = new ArrayList<>();
        aa.items().forEach(n -> {
          if (n instanceof JsonTree.Str s) {
            names.add(s.value());
          } else {
            v.problem(p + ".aliases", n, "expected names (text)");
          }
        });
        b = b.withAliases(names.toArray(String[]::new));
      } else if (al != null) {
        v.problem(p + ".aliases", al, "expected a list of names");
      }
      return Optional.of(b);
    } catch (IllegalArgumentException e) {
      v.problem(p, x, e.getMessage());
      return Optional.empty();
    }
  }

  /** A unit's {@code published} figures: maximum or notApplicable, points, parts. */
  PublishedRow published(Value x, String unitCode, Optional<String> group, String p) {
    if (!(x instanceof Obj o)) {
      v.problem(p, x, "expected a mapping with maximum (or notApplicable), points and parts");
      return null;
    }
    v.known(o, p + ".", Set.of("maximum", "notApplicable", "points", "parts"));
    PublishedRow.Builder b = PublishedRow.builder().unit(unitCode).location(p + " (line " + x.line() + ")");
    group.ifPresent(b::group);
    Optional.ofNullable(v.decimal(CaseValues.get(o, "maximum"), p + ".maximum", false)).ifPresent(b::maximum);
    Optional.ofNullable(v.decimal(CaseValues.get(o, "notApplicable"), p + ".notApplicable", false))
        .ifPresent(b::notApplicable);
    Optional.ofNullable(v.decimal(CaseValues.get(o, "points"), p + ".points", false)).ifPresent(b::points);
    Value parts = CaseValues.get(o, "parts");
    if (parts instanceof Obj po) {
      for (Member m : po.members().values()) {
        BigDecimal d = v.decimal(m.value(), p + ".parts." + m.key(), true);
        if (d != null) {
          b.putParts(m.key(), d);
        }
      }
    } else if (parts != null) {
      v.problem(p + ".parts", parts, "expected a mapping from part code to its points");
    }
    return b.build();
  }
}
