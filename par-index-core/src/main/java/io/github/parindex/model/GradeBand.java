package io.github.parindex.model;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One grade: a label and the lowest index (inclusive, in percent) that earns it.
 *
 * <pre>{@code
 * GradeBand a = GradeBand.of("A", new BigDecimal("90"));   // Nhóm A: từ 90% trở lên
 * }</pre>
 *
 * @param label the label as published, e.g. {@code "A"}, {@code "Tốt"}, {@code "Nhóm I"}
 * @param minimumIndex the lowest index that earns the grade, inclusive
 * @param description the official wording, e.g. {@code "từ 90% trở lên"}, if any
 */
public record GradeBand(String label, BigDecimal minimumIndex, Optional<String> description) {
  public GradeBand {
    Checks.notBlank(label, "grade label");
    Checks.nonNegative(minimumIndex, "minimum index of grade " + label);
    Checks.notNull(description, "description");
  }

  public static GradeBand of(String label, BigDecimal minimumIndex) {
    return new GradeBand(label, minimumIndex, Optional.empty());
  }

  public static GradeBand of(String label, String minimumIndex, String description) {
    return new GradeBand(label, new BigDecimal(minimumIndex), Optional.of(description));
  }
}
