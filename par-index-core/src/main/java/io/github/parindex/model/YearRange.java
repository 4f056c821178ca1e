package io.github.parindex.model;

import java.util.Optional;

/**
 * The assessment years a rule set applies to, inclusive; open-ended when {@code lastYear} is empty.
 *
 * <pre>{@code
 * YearRange.of(2022, 2023);   // PAR 2022 and PAR 2023
 * YearRange.from(2024);       // PAR 2024 onwards
 * }</pre>
 */
public record YearRange(int firstYear, Optional<Integer> lastYear) {
  public YearRange {
    Checks.notNull(lastYear, "lastYear");
    Checks.check(firstYear >= 1990 && firstYear <= 2200, "firstYear out of range: %s", firstYear);
    lastYear.ifPresent(last -> Checks.check(last >= firstYear, "lastYear %s is before firstYear %s", last, firstYear));
  }

  public static YearRange of(int firstYear, int lastYear) {
    return new YearRange(firstYear, Optional.of(lastYear));
  }

  public static YearRange from(int firstYear) {
    return new YearRange(firstYear, Optional.empty());
  }

  public boolean contains(int year) {
    return year >= firstYear && lastYear.map(last -> year <= last).orElse(true);
  }

  @Override
  public String toString() {
    return firstYear + "–" + lastYear.map(String::valueOf).orElse("");
  }
}
