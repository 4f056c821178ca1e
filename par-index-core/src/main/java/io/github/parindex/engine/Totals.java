package io.github.parindex.engine;

import io.github.parindex.model.Assessment;
import io.github.parindex.model.GradeScale;
import io.github.parindex.model.NodeRole;
import io.github.parindex.model.ParIndexException;
import io.github.parindex.model.Problem;
import io.github.parindex.model.RoundingPolicy;
import io.github.parindex.model.RuleSet;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The last step of a score: the total, the effective maximum, the index and the grade, with their arithmetic. */
final class Totals {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Totals() {}

  static Scorecard of(RuleSet rs, Assessment a, List<NodeScore> tops, BigDecimal signedTotal,
      List<Problem> negative) {
    RoundingPolicy policy = rs.rounding();
    BigDecimal effMax = BigDecimal.ZERO;
    for (NodeScore n : tops) {
      if (n.role() == NodeRole.SCORED) {
        effMax = effMax.add(n.effectiveMaximum());
      }
    }
    if (effMax.compareTo(rs.maxTotal()) == 0) {
      effMax = rs.maxTotal();
    }
    BigDecimal total = signedTotal;
    if (total.signum() < 0) {
      negative.add(Problem.general("penalties make the total negative (" + plain(total)
          + "); the rule set declares no floor below which they stop").forUnit(a.unit().code()));
    }
    if (!negative.isEmpty()) {
      throw new ParIndexException("unit " + a.unit().code() + " cannot be scored by rule set " + rs.id(), negative);
    }
    List<String> arithmetic = new ArrayList<>(3);
    List<RoundingStep> steps = new ArrayList<>(2);
    arithmetic.add("total = " + describeSum(tops) + " = " + plain(total));
    if (!rs.allowAboveMaximum() && total.compareTo(effMax) > 0) {
      arithmetic.add("total " + total.toPlainString() + " is above the effective maximum " + effMax.toPlainString()
          + " and rule set " + rs.id() + " does not let bonus points lift it: total = " + effMax.toPlainString());
      total = effMax;
    }
    BigDecimal shown = policy.roundPoints(total);
    if (shown.compareTo(total) != 0) {
      steps.add(new RoundingStep("total", total, shown, policy.pointsScale(), policy.pointsMode()));
    }
    BigDecimal index = effMax.signum() == 0 ? BigDecimal.ZERO.setScale(policy.indexScale())
        : index(policy, shown, effMax, steps);
    arithmetic.add("index = " + shown.toPlainString() + " / " + effMax.toPlainString() + " × 100 = "
        + index.toPlainString() + "%");
    GradeScale.Grading grading = grade(rs.gradesFor(a.unit()), index, tops);
    grading.reasons().forEach(r -> arithmetic.add("grade: " + r));
    return Scorecard.builder()
        .unit(a.unit())
        .ruleSetId(rs.id())
        .ruleSetVersion(rs.version())
        .year(a.year())
        .rounding(policy)
        .nodes(tops)
        .maximum(rs.maxTotal())
        .effectiveMaximum(effMax)
        .totalPoints(shown)
        .exactTotal(total)
        .index(index)
        .grade(grading.band())
        .arithmetic(arithmetic)
        .roundingSteps(steps)
        .build();
  }

  /** The grade, checking floors on components against the components' indices (only when a band has floors). */
  private static GradeScale.Grading grade(GradeScale scale, BigDecimal index, List<NodeScore> tops) {
    if (!scale.hasFloors()) {
      return new GradeScale.Grading(scale.grade(index), List.of());
    }
    Map<String, BigDecimal> components = new LinkedHashMap<>();
    for (NodeScore top : tops) {
      if (top.role() == NodeRole.SCORED && top.applicable()) {
        top.index().ifPresent(i -> components.put(top.code(), i));
      }
    }
    return scale.grade(index, components);
  }

  private static BigDecimal index(RoundingPolicy policy, BigDecimal points, BigDecimal max, List<RoundingStep> steps) {
    BigDecimal rounded = points.multiply(HUNDRED).divide(max, policy.indexScale(), policy.indexMode());
    BigDecimal precise = points.multiply(HUNDRED).divide(max, MathContext.DECIMAL128);
    if (precise.compareTo(rounded) != 0) {
      steps.add(new RoundingStep("index", precise, rounded, policy.indexScale(), policy.indexMode()));
    }
    return rounded;
  }

  /** Plain notation without trailing zeros, for explanation text. */
  static String plain(BigDecimal value) {
    if (value.signum() == 0) {
      return "0";
    }
    String text = value.toPlainString(); // a whole number for scale <= 0, zeros and all (2E+1 is "20")
    if (value.scale() <= 0) {
      return text;
    }
    int end = text.length(); // the fraction's trailing zeros go, then the point if nothing is left after it
    while (text.charAt(end - 1) == '0') {
      end--;
    }
    if (text.charAt(end - 1) == '.') {
      end--;
    }
    return end == text.length() ? text : text.substring(0, end);
  }

  private static String describeSum(List<NodeScore> nodes) {
    StringBuilder s = new StringBuilder();
    for (NodeScore n : nodes) {
      if (s.length() > 0) {
        s.append(n.role() == NodeRole.PENALTY ? " − " : " + ");
      } else if (n.role() == NodeRole.PENALTY) {
        s.append("− ");
      }
      s.append(plain(n.exactPoints())).append(" (").append(n.code()).append(')');
    }
    return s.toString();
  }
}
