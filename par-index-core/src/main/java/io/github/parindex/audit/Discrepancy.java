package io.github.parindex.audit;

import java.util.Objects;
import java.util.Optional;

/**
 * One difference between a published table and the library's scorecards, classified.
 *
 * <pre>{@code
 * for (Discrepancy d : Reconciliation.of(table, scorecards).discrepancies()) {
 *   System.out.println(d.unit() + " " + d.field() + ": " + d.kind());   // e.g. "PG rank: VALUE_MISMATCH"
 * }
 * }</pre>
 *
 * @param unit the unit, as the table or the scorecard names it
 * @param field what differs: {@code points}, {@code maximum}, {@code index}, {@code grade}, {@code rank},
 *     {@code points:<code>} for a part (e.g. {@code points:I}), or {@code unit} for a missing unit
 * @param kind the classification
 * @param published the published value, if there is one
 * @param computed the library's value, if there is one
 * @param explanation why it was classified so, in words, with the numbers
 * @since 0.1.0
 */
public record Discrepancy(
    String unit, String field, Kind kind, Optional<String> published, Optional<String> computed, String explanation) {

  /**
   * What kind of difference it is; {@link #VALUE_MISMATCH} when nothing more specific explains it.
   *
   * @since 0.1.0
   */
  public enum Kind {
    /**
     * The published value is the same exact value rounded another recognised way (half up, half even or truncated):
     * truncated where the rules round, rounded where they truncate, or rounded to fewer decimals than the rules.
     * A value the exact one only reaches by rounding up, toward a ceiling or a floor is a {@link #VALUE_MISMATCH}.
     */
    ROUNDING_MODE,
    /**
     * A figure printed to another number of decimals than the rules print (e.g. {@code 85.781} where they print
     * {@code 85.78}), without a rule that allows it; or printed with padded decimals that are not the value at that
     * precision ({@code 85.780} for 85.7812…).
     */
    PRECISION,
    /**
     * A rank differs where units have the same index: the table and the rules (the declared tie rule) break or share
     * the tie differently.
     */
    TIE,
    /** The published parts do not add up to the published total, and the rules do not reproduce the total. */
    PARTS_DO_NOT_ADD_UP,
    /** The published grade is not the one the grade bands give. */
    GRADE_BAND,
    /** A unit in the published table has no scorecard. */
    MISSING_IN_LIBRARY,
    /** A scorecard's unit is not in the published table. */
    MISSING_IN_PUBLISHED,
    /** The values differ and nothing above explains it. */
    VALUE_MISMATCH
  }

  /**
   * Checks the components.
   *
   * @param unit the unit, as the table or the scorecard names it
   * @param field what differs: {@code points}, {@code maximum}, {@code index}, {@code grade}, {@code rank},
   *     {@code points:<code>} for a part (e.g. {@code points:I}), or {@code unit} for a missing unit
   * @param kind the classification
   * @param published the published value, if there is one
   * @param computed the library's value, if there is one
   * @param explanation why it was classified so, in words, with the numbers
   */
  public Discrepancy {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(computed, "computed");
    Objects.requireNonNull(explanation, "explanation");
  }

  /** E.g. {@code "NĐ-SNV index: ROUNDING_MODE, published 89.45, computed 89.46: 89.457142… truncated ..."}. */
  @Override
  public String toString() {
    return unit + " " + field + ": " + kind + ", published " + published.orElse("-") + ", computed "
        + computed.orElse("-") + ": " + explanation;
  }
}
