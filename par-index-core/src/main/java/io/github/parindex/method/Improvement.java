package io.github.parindex.method;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An answer that would give a leaf more points than it has now, as a scoring method offers it to
 * {@code scenario.Gains} ({@link ScoringMethod#improvements}).
 *
 * <pre>{@code
 * Methods.yesNo("1", "0").improvements(Optional.of(Answer.no()), BigDecimal.ZERO, BigDecimal.ONE);
 * // [Improvement[answer=YesNo[value=true], text=yes, points=1]]
 * }</pre>
 *
 * @param answer the answer to give
 * @param text the answer in words, e.g. {@code "80%"}, {@code "yes"}, {@code "\"Tốt\""}, {@code "count 3"}
 * @param points the points the answer earns
 * @since 0.1.0
 */
public record Improvement(Answer answer, String text, BigDecimal points) {
  /**
   * Checks the parts.
   *
   * @param answer the answer to give
   * @param text the answer in words, e.g. {@code "80%"}, {@code "yes"}, {@code "\"Tốt\""}, {@code "count 3"}
   * @param points the points the answer earns
   * @throws NullPointerException if a part is null
   */
  public Improvement {
    Objects.requireNonNull(answer, "answer");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(points, "points");
  }
}
