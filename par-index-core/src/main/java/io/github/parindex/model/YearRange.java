package io.github.parindex.model;

import java.util.Optional;

/**
 * The assessment years a rule set applies to, inclusive; open-ended when {@code lastYear} is empty.
 *
 * <pre>{@code
 * YearRange.of(2022, 2023);   // PAR 2022 and PAR 2023
 * YearRange.from(2024);       // PAR 2024 onwards
 * }</pre>
 *
 * @param firstYear the first assessment year, 1990 to 2200
 * @param lastYear the last assessment year, inclusive; empty when open-ended
 * @since 0.1.0
 */
public record YearRange(int firstYear, Optional<Integer> lastYear) {
  /**
   * Checks the components.
   *
   * @param firstYear the first assessment year, 1990 to 2200
   * @param lastYear the last assessment year, inclusive, not before the first; empty when open-ended
   * @throws IllegalArgumentException if the first year is outside 1990..2200 or the last year is before it
   */
  public YearRange {
    Checks.notNull(lastYear, "lastYear");
    Checks.check(firstYear >= 1990 && firstYear <= 2200, "firstYear out of range: %s", firstYear);
    lastYear.ifPresent(last -> Checks.check(last >= firstYear, "lastYear %s is before firstYear %s", last, firstYear));
  }

  /**
   * A closed range.
   *
   * @param firstYear the first assessment year, 1990 to 2200
   * @param lastYear the last assessment year, inclusive
   * @return the range
   * @throws IllegalArgumentException if the first year is outside 1990..2200 or the last year is before it
   */
  public static YearRange of(int firstYear, int lastYear) {
    return new YearRange(firstYear, Optional.of(lastYear));
  }

  /**
   * An open-ended range.
   *
   * @param firstYear the first assessment year, 1990 to 2200
   * @return the range from that year on
   * @throws IllegalArgumentException if the year is outside 1990..2200
   */
  public static YearRange from(int firstYear) {
    return new YearRange(firstYear, Optional.empty());
  }

  /**
   * Whether a year is in the range.
   *
   * @param year an assessment year
   * @return whether it is between the first and the last year, inclusive
   */
  public boolean contains(int year) {
    return year >= firstYear && lastYear.map(last -> year <= last).orElse(true);
  }

  @Override
  public String toString() {
    return firstYear + "–" + lastYear.map(String::valueOf).orElse("");
  }
}
