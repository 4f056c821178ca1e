package io.github.parindex.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The grades of a rule set, highest first. An index below the lowest band gets no grade.
 *
 * <pre>{@code
 * GradeScale national = GradeScale.of(
 *     GradeBand.of("A", "90", "từ 90% trở lên"),
 *     GradeBand.of("B", "80", "từ 80% đến dưới 90%"),
 *     GradeBand.of("C", "70", "từ 70% đến dưới 80%"));
 * national.grade(new BigDecimal("85.78"));   // Optional[B]
 * }</pre>
 *
 * @param bands the bands, ordered from the highest minimum to the lowest
 */
public record GradeScale(List<GradeBand> bands) {

  public GradeScale {
    Checks.notNull(bands, "bands");
    bands = List.copyOf(bands);
    List<String> problems = problems(bands);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("grade scale: " + String.join("; ", problems));
    }
  }

  /** A scale with no grades: every index is ungraded. */
  public static GradeScale none() {
    return new GradeScale(List.of());
  }

  public static GradeScale of(GradeBand... bands) {
    return new GradeScale(List.of(bands));
  }

  /** The grade an index earns: the first band whose minimum it reaches. */
  public Optional<GradeBand> grade(BigDecimal index) {
    for (GradeBand band : bands) {
      if (index.compareTo(band.minimumIndex()) >= 0) {
        return Optional.of(band);
      }
    }
    return Optional.empty();
  }

  /** The band just above the given one, i.e. the next grade to reach; empty at the top. */
  public Optional<GradeBand> next(Optional<GradeBand> current) {
    if (bands.isEmpty()) {
      return Optional.empty();
    }
    if (current.isEmpty()) {
      return Optional.of(bands.get(bands.size() - 1));
    }
    int i = bands.indexOf(current.get());
    return i > 0 ? Optional.of(bands.get(i - 1)) : Optional.empty();
  }

  private static List<String> problems(List<GradeBand> bands) {
    List<String> problems = new ArrayList<>();
    Set<String> labels = new HashSet<>();
    for (GradeBand b : bands) {
      if (!labels.add(b.label())) {
        problems.add("label " + b.label() + " appears twice");
      }
    }
    for (int i = 1; i < bands.size(); i++) {
      if (bands.get(i).minimumIndex().compareTo(bands.get(i - 1).minimumIndex()) >= 0) {
        problems.add("bands must be ordered from the highest minimum down, but " + bands.get(i).label() + " ("
            + bands.get(i).minimumIndex().toPlainString() + ") is not below " + bands.get(i - 1).label() + " ("
            + bands.get(i - 1).minimumIndex().toPlainString() + ")");
      }
    }
    return problems;
  }
}
