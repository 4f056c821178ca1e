package io.github.parindex.audit;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * One row of a published result table: a unit and whatever the publication gives for it (total points, maximum,
 * index, grade, rank, and points of parts such as the appraisal and survey components). Every figure is optional,
 * because publications print different columns; only the figures present are compared. Each figure keeps the
 * decimals it was printed with ({@code 85.780} has three), and reconciliation compares it at that precision.
 *
 * <pre>{@code
 * PublishedRow row = PublishedRow.builder()
 *     .unit("TDM").name("Thành phố Thủ Dầu Một")
 *     .putParts("I", new BigDecimal("51.75")).putParts("II", new BigDecimal("32.83"))
 *     .points(new BigDecimal("84.58")).index(new BigDecimal("84.58")).rank(1)
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class PublishedRow {

  /** {@return the unit as the table names it: matched against a scorecard's unit code first, then its name} */
  public abstract String unit();

  /** {@return the unit's name, if the table gives one besides the code} */
  public abstract Optional<String> name();

  /** {@return the block or cluster the table ranks the unit in, if it says} */
  public abstract Optional<String> group();

  /** {@return the total points as published} */
  public abstract Optional<BigDecimal> points();

  /** {@return the maximum (the unit's effective maximum) as published} */
  public abstract Optional<BigDecimal> maximum();

  /**
   * Points removed from the rule set's maximum as not applicable to the unit, when the table prints that instead of
   * the unit's own maximum (effective maximum = scale − this).
   *
   * @return the points not applicable, as published
   * @since 0.1.0
   */
  public abstract Optional<BigDecimal> notApplicable();

  /** {@return the index in percent as published} */
  public abstract Optional<BigDecimal> index();

  /** {@return the grade label as published, e.g. {@code "B"} or {@code "Nhóm I"}} */
  public abstract Optional<String> grade();

  /** {@return the rank as published, 1 being the best} */
  public abstract OptionalInt rank();

  /** {@return points of parts of the total, by node code, e.g. {@code I -> 51.75} for the appraisal component} */
  public abstract Map<String, BigDecimal> parts();

  /**
   * {@return where the row was read (e.g. {@code "bd-2017.csv: row 2 (line 3)"}), for messages; empty for rows built in code}
   */
  public abstract Optional<String> location();

  /**
   * Checks the row when it is built.
   *
   * @throws IllegalArgumentException if the unit is blank or the rank is below 1
   */
  @Value.Check
  protected void check() {
    if (unit().isBlank()) {
      throw new IllegalArgumentException("published row " + location().orElse("") + ": unit must not be blank");
    }
    rank().ifPresent(r -> {
      if (r < 1) {
        throw new IllegalArgumentException("published row for " + unit() + ": rank must be 1 or more, was " + r);
      }
    });
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link PublishedRow}; only {@code unit} is required.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutablePublishedRow.Builder {}
}
