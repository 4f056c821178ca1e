package io.github.parindex.method;

import io.github.parindex.internal.Numbers;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One graded level of a {@link GradedLevels} method.
 *
 * <pre>{@code
 * Level.of("Thực hiện tốt", "2.5");   // Thực hiện tốt: 2,5 điểm
 * }</pre>
 *
 * @param label the level's wording as the decision prints it
 * @param points the points it earns
 * @since 0.1.0
 */
public record Level(String label, BigDecimal points) {
  /**
   * Checks the parts; the points pass the numeric gate.
   *
   * @param label the level's wording as the decision prints it
   * @param points the points it earns
   * @throws NullPointerException if a part is null
   * @throws io.github.parindex.model.ParIndexException if the points are past the library's limits
   */
  public Level {
    Objects.requireNonNull(label, "label");
    points = Numbers.check(points, "level points");
  }

  /**
   * A level and its points, e.g. {@code Level.of("Có thực hiện đầy đủ", "2.0")}.
   *
   * @param label the wording
   * @param points the points
   * @return the level
   * @throws io.github.parindex.model.ParIndexException if the points are not a decimal within the library's limits
   */
  public static Level of(String label, String points) {
    return new Level(label, Numbers.parse(points, "level points"));
  }
}
