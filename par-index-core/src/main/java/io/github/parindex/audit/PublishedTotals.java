package io.github.parindex.audit;

import io.github.parindex.engine.NodeScore;
import io.github.parindex.engine.Scorecard;
import io.github.parindex.internal.LibraryAccess;
import io.github.parindex.internal.Numbers;
import io.github.parindex.model.AdministrativeUnit;
import io.github.parindex.model.GradeScale;
import io.github.parindex.model.NodeKind;
import io.github.parindex.model.NodeRole;
import io.github.parindex.model.ParIndexException;
import io.github.parindex.model.Problem;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Scorecards built from a published table's totals, without a criterion tree: each row's maximum (or the scale less
 * a not-applicable deduction), its points (or the sum of its parts), and its parts (appraisal, survey, components)
 * give the scorecard's total, effective maximum, index, grade (with any floors on the parts) and component nodes.
 * Each scorecard says so: its first line of arithmetic, carried into the scorecard report, starts with
 * {@value #BUILT_FROM_PUBLISHED_TOTALS}.
 *
 * <pre>{@code
 * PublishedTable table = PublishedTableCsv.read(Path.of("published/tay-ninh-2023.csv"));
 * TableRules rules = TableRules.of("2729/QĐ-UBND", 2023, RoundingPolicy.halfUp(2));
 * Reconciliation r = PublishedTotals.reconcile(table, rules);   // index, grade and rank of every row checked
 * List<Scorecard> cards = PublishedTotals.scorecards(table, rules);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class PublishedTotals {
  /** How the arithmetic of a scorecard built from published totals begins. */
  public static final String BUILT_FROM_PUBLISHED_TOTALS = "built from published totals";
  /** The {@code ruleSetVersion} of such scorecards. */
  public static final String VERSION = "published-totals";
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private PublishedTotals() {}

  /**
   * Checks a published table against its own totals: every index, grade, rank and sum of parts that the totals
   * and the rules determine.
   *
   * @param table the table
   * @param rules the rule-set header
   * @return the reconciliation, ranks compared within the table's groups under the rules' tie rule
   * @throws ParIndexException listing every row whose scorecard cannot be built (no maximum, no points, ...)
   */
  public static Reconciliation reconcile(PublishedTable table, TableRules rules) {
    return Reconciliation.of(table, scorecards(table, rules), rules.options());
  }

  /**
   * One scorecard per row, in the table's order.
   *
   * @param table the table
   * @param rules the rule-set header
   * @return the scorecards
   * @throws ParIndexException listing every row whose scorecard cannot be built
   */
  public static List<Scorecard> scorecards(PublishedTable table, TableRules rules) {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(rules, "rules");
    List<Problem> problems = new ArrayList<>();
    List<Scorecard> cards = new ArrayList<>();
    for (PublishedRow row : table.rows()) {
      int before = problems.size();
      Scorecard c = scorecard(row, rules, problems);
      if (problems.size() == before) {
        cards.add(c);
      }
    }
    if (!problems.isEmpty()) {
      throw new ParIndexException("published table " + table.title() + " cannot be scored from its totals", problems);
    }
    return cards;
  }

  /**
   * Whether a scorecard was built from published totals (and not scored from a criterion tree).
   *
   * @param card the scorecard
   * @return whether {@link #scorecards} built it
   */
  public static boolean isBuiltFromPublishedTotals(Scorecard card) {
    return card.ruleSetVersion().equals(VERSION) && !card.arithmetic().isEmpty()
        && card.arithmetic().get(0).startsWith(BUILT_FROM_PUBLISHED_TOTALS);
  }

  private static Scorecard scorecard(PublishedRow row, TableRules rules, List<Problem> problems) {
    String where = row.location().map(l -> l + ": ").orElse("");
    List<String> arithmetic = new ArrayList<>();
    arithmetic.add(BUILT_FROM_PUBLISHED_TOTALS + " (" + row.location().orElse("row " + row.unit())
        + "): no criterion was scored; the figures are the table's own");
    BigDecimal effMax = effectiveMaximum(row, rules, where, arithmetic, problems);
    List<NodeScore> nodes = parts(row, rules, where, problems);
    BigDecimal total = total(row, nodes, where, arithmetic, problems);
    if (effMax == null || total == null) {
      return null;
    }
    if (!rules.allowAboveMaximum() && total.compareTo(effMax) > 0) {
      problems.add(Problem.general(where + "unit " + row.unit() + ": points " + total.toPlainString()
          + " are above the maximum " + effMax.toPlainString() + " and the rules allow no bonus above it"
          + " (TableRules.withBonusAboveMaximum)").forUnit(row.unit()));
      return null;
    }
    BigDecimal exactIndex = total.multiply(HUNDRED).divide(effMax, MathContext.DECIMAL128);
    BigDecimal index = rules.rounding().roundIndex(exactIndex);
    arithmetic.add("index = " + total.toPlainString() + " / " + effMax.toPlainString() + " × 100 = "
        + index.toPlainString() + "%");
    Map<String, BigDecimal> components = new LinkedHashMap<>();
    nodes.forEach(n -> n.index().ifPresent(i -> components.put(n.code(), i)));
    GradeScale scale = rules.gradesFor(row.group());
    GradeScale.Grading grading = scale.grade(index, components);
    grading.reasons().forEach(r -> arithmetic.add("grade: " + r));
    AdministrativeUnit unit;
    try {
      unit = AdministrativeUnit.builder().code(row.unit()).name(row.name().orElse(row.unit())).level(rules.level())
          .block(row.group()).build();
    } catch (IllegalArgumentException e) {
      problems.add(Problem.general(where + e.getMessage()).forUnit(row.unit()));
      return null;
    }
    return Scorecard.builder(LibraryAccess.KEY).unit(unit).ruleSetId(rules.id()).ruleSetVersion(VERSION).year(rules.year())
        .rounding(rules.rounding()).nodes(nodes).maximum(rules.scale().orElse(effMax)).effectiveMaximum(effMax)
        .totalPoints(total).exactTotal(total).index(index).grade(grading.band()).arithmetic(arithmetic)
        .roundingSteps(List.of()).build();
  }

  private static BigDecimal effectiveMaximum(PublishedRow row, TableRules rules, String where, List<String> arithmetic,
      List<Problem> problems) {
    if (row.maximum().isPresent()) {
      BigDecimal max = Numbers.check(row.maximum().get(), "maximum");
      if (row.notApplicable().isPresent()) {
        BigDecimal expect = rules.scale().map(s -> s.subtract(row.notApplicable().get())).orElse(max);
        if (expect.compareTo(max) != 0) {
          problems.add(Problem.general(where + "unit " + row.unit() + ": maximum " + max.toPlainString()
              + " is not the scale " + rules.scale().get().toPlainString() + " less the "
              + row.notApplicable().get().toPlainString() + " points not applicable").forUnit(row.unit()));
        }
      }
      if (max.signum() <= 0) {
        problems.add(Problem.general(where + "unit " + row.unit() + ": maximum " + max.toPlainString()
            + " must be above 0").forUnit(row.unit()));
        return null;
      }
      arithmetic.add("effective maximum = " + max.toPlainString() + " (published)");
      return max;
    }
    if (row.notApplicable().isPresent() && rules.scale().isPresent()) {
      BigDecimal na = row.notApplicable().get();
      BigDecimal max = rules.scale().get().subtract(na);
      if (na.signum() < 0 || max.signum() <= 0) {
        problems.add(Problem.general(where + "unit " + row.unit() + ": " + na.toPlainString()
            + " points not applicable leave no maximum of the scale " + rules.scale().get().toPlainString())
            .forUnit(row.unit()));
        return null;
      }
      arithmetic.add("effective maximum = " + rules.scale().get().toPlainString() + " − " + na.toPlainString()
          + " not applicable = " + max.toPlainString());
      return max;
    }
    if (rules.scale().isPresent()) {
      arithmetic.add("effective maximum = " + rules.scale().get().toPlainString() + " (the rules' scale)");
      return rules.scale().get();
    }
    problems.add(Problem.general(where + "unit " + row.unit() + ": no maximum: the row prints none and the rules"
        + " declare no scale (a maximum is never guessed)").forUnit(row.unit()));
    return null;
  }

  private static List<NodeScore> parts(PublishedRow row, TableRules rules, String where, List<Problem> problems) {
    List<NodeScore> nodes = new ArrayList<>();
    for (Map.Entry<String, BigDecimal> p : row.parts().entrySet()) {
      BigDecimal max = rules.parts().get(p.getKey());
      if (max == null) {
        problems.add(Problem.general(where + "unit " + row.unit() + ": part " + p.getKey() + " has no maximum in"
            + " the rules (declare it with TableRules.withPart; a maximum is never guessed)").forUnit(row.unit())
            .atCode(p.getKey()));
        continue;
      }
      BigDecimal v = p.getValue();
      BigDecimal index = rules.rounding().roundIndex(v.multiply(HUNDRED).divide(max, MathContext.DECIMAL128));
      nodes.add(NodeScore.builder(LibraryAccess.KEY).code(p.getKey()).name(p.getKey()).kind(NodeKind.COMPONENT).role(NodeRole.SCORED)
          .maximum(max).effectiveMaximum(max).applicable(true).points(v).exactPoints(v).index(index).build());
    }
    return nodes;
  }

  private static BigDecimal total(PublishedRow row, List<NodeScore> nodes, String where, List<String> arithmetic,
      List<Problem> problems) {
    if (row.points().isPresent()) {
      BigDecimal t = Numbers.check(row.points().get(), "points");
      arithmetic.add("total = " + t.toPlainString() + " (published)");
      return t;
    }
    if (!row.parts().isEmpty() && nodes.size() == row.parts().size()) {
      BigDecimal sum = BigDecimal.ZERO;
      for (NodeScore n : nodes) {
        sum = sum.add(n.points());
      }
      arithmetic.add("total = sum of the published parts = " + sum.toPlainString());
      return sum;
    }
    if (row.parts().isEmpty()) {
      problems.add(Problem.general(where + "unit " + row.unit() + ": no points and no parts to add up")
          .forUnit(row.unit()));
    }
    return null;
  }
}
