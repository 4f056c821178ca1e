package io.github.parindex.audit;

import io.github.parindex.engine.TieBreak;
import io.github.parindex.model.GradeScale;
import io.github.parindex.model.RoundingPolicy;
import io.github.parindex.model.UnitLevel;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The rule-set header a published table is checked under when only its totals are known (no criterion tree): how
 * figures are rounded, the grades (per group if they differ), the tie rule, the scale that a "not applicable"
 * deduction is taken from, and the maxima of the parts the table prints (appraisal, survey, components).
 *
 * <pre>{@code
 * TableRules rules = TableRules.of("tay-ninh-2023", 2023, RoundingPolicy.halfUp(2))
 *     .withScale(new BigDecimal("100"))
 *     .withGrades(GradeScale.of(GradeBand.of("Tốt", "80", "từ 80%"), GradeBand.of("Khá", "65", "từ 65%")))
 *     .withTieBreak(TieBreak.sharing(TieBreak.Key.indexDecimals(3)))
 *     .withTieDecimals(3)
 *     .withPart("I", new BigDecimal("65")).withPart("II", new BigDecimal("35"));
 * }</pre>
 *
 * @param id an id for the scorecards' {@code ruleSetId}, e.g. the decision's number
 * @param year the assessment year
 * @param rounding how the index is rounded (and the decimals points are printed with)
 * @param scale the maximum every unit starts from, for rows that print a not-applicable deduction instead of their
 *     own maximum; empty when every row prints its maximum
 * @param grades the grades, unless {@code gradesByGroup} has a scale for the row's group
 * @param gradesByGroup grade scales that differ by block or cluster, keyed by the table's group label
 * @param tieBreak how ties are broken when ranks are compared
 * @param tieDecimals the most decimals an index may be printed with where that separates a tie
 * @param allowAboveMaximum whether bonus points may lift a total above the maximum (Tiền Giang 2020)
 * @param parts the maxima of the parts a table prints, by the part's code (the {@code points:<code>} column)
 * @param level the level of the units (for their scorecards)
 * @since 0.1.0
 */
public record TableRules(String id, int year, RoundingPolicy rounding, Optional<BigDecimal> scale, GradeScale grades,
    Map<String, GradeScale> gradesByGroup, TieBreak tieBreak, OptionalInt tieDecimals, boolean allowAboveMaximum,
    Map<String, BigDecimal> parts, UnitLevel level) {

  /**
   * Checks the components and copies the collections.
   *
   * @param id an id for the scorecards' {@code ruleSetId}, e.g. the decision's number
   * @param year the assessment year
   * @param rounding how the index is rounded (and the decimals points are printed with)
   * @param scale the maximum every unit starts from, for rows that print a not-applicable deduction instead of their
   *     own maximum; empty when every row prints its maximum
   * @param grades the grades, unless {@code gradesByGroup} has a scale for the row's group
   * @param gradesByGroup grade scales that differ by block or cluster, keyed by the table's group label
   * @param tieBreak how ties are broken when ranks are compared
   * @param tieDecimals the most decimals an index may be printed with where that separates a tie
   * @param allowAboveMaximum whether bonus points may lift a total above the maximum (Tiền Giang 2020)
   * @param parts the maxima of the parts a table prints, by the part's code (the {@code points:<code>} column)
   * @param level the level of the units (for their scorecards)
   * @throws IllegalArgumentException if the id is blank or a scale, maximum or decimal count is out of its range
   */
  public TableRules {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("table rules: id must not be blank");
    }
    Objects.requireNonNull(rounding, "rounding");
    Objects.requireNonNull(scale, "scale");
    scale.ifPresent(s -> positive(s, "scale"));
    Objects.requireNonNull(grades, "grades");
    gradesByGroup = Map.copyOf(gradesByGroup);
    Objects.requireNonNull(tieBreak, "tieBreak");
    Objects.requireNonNull(tieDecimals, "tieDecimals");
    parts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parts));
    parts.forEach((code, max) -> positive(max, "maximum of part " + code));
    Objects.requireNonNull(level, "level");
  }

  /**
   * Rules with no grades, shared ranks for ties, no scale and no parts.
   *
   * @param id an id for the scorecards
   * @param year the assessment year
   * @param rounding the rounding
   * @return the rules
   */
  public static TableRules of(String id, int year, RoundingPolicy rounding) {
    return new TableRules(id, year, rounding, Optional.empty(), GradeScale.none(), Map.of(), TieBreak.SHARED,
        OptionalInt.empty(), false, Map.of(), UnitLevel.OTHER);
  }

  /**
   * A copy with one setting replaced.
   *
   * @param s the scale
   * @return a copy with it
   */
  public TableRules withScale(BigDecimal s) {
    return new TableRules(id, year, rounding, Optional.of(s), grades, gradesByGroup, tieBreak, tieDecimals,
        allowAboveMaximum, parts, level);
  }

  /**
   * A copy with one setting replaced.
   *
   * @param g the grades
   * @return a copy with them
   */
  public TableRules withGrades(GradeScale g) {
    return new TableRules(id, year, rounding, scale, g, gradesByGroup, tieBreak, tieDecimals, allowAboveMaximum,
        parts, level);
  }

  /**
   * @param group the table's group label
   * @param g the grades of that group
   * @return a copy with them
   */
  public TableRules withGrades(String group, GradeScale g) {
    Map<String, GradeScale> m = new LinkedHashMap<>(gradesByGroup);
    m.put(group, g);
    return new TableRules(id, year, rounding, scale, grades, m, tieBreak, tieDecimals, allowAboveMaximum, parts,
        level);
  }

  /**
   * A copy with one setting replaced.
   *
   * @param t the tie rule
   * @return a copy with it
   */
  public TableRules withTieBreak(TieBreak t) {
    return new TableRules(id, year, rounding, scale, grades, gradesByGroup, t, tieDecimals, allowAboveMaximum,
        parts, level);
  }

  /**
   * A copy with one setting replaced.
   *
   * @param decimals the most decimals allowed for ties
   * @return a copy with it
   */
  public TableRules withTieDecimals(int decimals) {
    return new TableRules(id, year, rounding, scale, grades, gradesByGroup, tieBreak, OptionalInt.of(decimals),
        allowAboveMaximum, parts, level);
  }

  /** @return a copy that lets bonus points lift a total above the maximum */
  public TableRules withBonusAboveMaximum() {
    return new TableRules(id, year, rounding, scale, grades, gradesByGroup, tieBreak, tieDecimals, true, parts,
        level);
  }

  /**
   * @param code the part's code, as in the {@code points:<code>} column
   * @param maximum its maximum
   * @return a copy with it
   */
  public TableRules withPart(String code, BigDecimal maximum) {
    Map<String, BigDecimal> m = new LinkedHashMap<>(parts);
    m.put(code, maximum);
    return new TableRules(id, year, rounding, scale, grades, gradesByGroup, tieBreak, tieDecimals, allowAboveMaximum,
        m, level);
  }

  /**
   * A copy with one setting replaced.
   *
   * @param l the units' level
   * @return a copy with it
   */
  public TableRules withLevel(UnitLevel l) {
    return new TableRules(id, year, rounding, scale, grades, gradesByGroup, tieBreak, tieDecimals, allowAboveMaximum,
        parts, l);
  }

  /** @return the reconciliation options these rules imply */
  public Reconciliation.Options options() {
    Reconciliation.Options o = Reconciliation.Options.defaults().withTieBreak(tieBreak);
    return tieDecimals.isPresent() ? o.withTieDecimals(tieDecimals.getAsInt()) : o;
  }

  /**
   * @param group the row's group, if any
   * @return the grade scale of that group
   */
  public GradeScale gradesFor(Optional<String> group) {
    return group.map(gradesByGroup::get).orElse(grades);
  }

  private static void positive(BigDecimal v, String what) {
    Objects.requireNonNull(v, what);
    if (v.signum() <= 0) {
      throw new IllegalArgumentException("table rules: " + what + " must be above 0, was " + v.toPlainString());
    }
  }
}
