package io.github.parindex.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
 * @since 0.1.0
 */
public record GradeScale(List<GradeBand> bands) {

  /**
   * Checks the components and copies the collections.
   *
   * @param bands the bands, ordered from the highest minimum to the lowest
   * @throws IllegalArgumentException if a label or name repeats, or the bands are not ordered from the highest minimum down
   */
  public GradeScale {
    Checks.notNull(bands, "bands");
    bands = List.copyOf(bands);
    List<String> problems = problems(bands);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("grade scale: " + String.join("; ", problems));
    }
  }

  /** {@return a scale with no grades: every index is ungraded} */
  public static GradeScale none() {
    return new GradeScale(List.of());
  }

  /**
   * A scale of the given bands.
   *
   * @param bands the bands, from the highest minimum down
   * @return the scale
   * @throws IllegalArgumentException if a label or name repeats or the bands are not ordered from the highest
   *     minimum down
   */
  public static GradeScale of(GradeBand... bands) {
    return new GradeScale(List.of(bands));
  }

  /**
   * The grade an index earns: the first band whose minimum it reaches. Floors on components are not checked: use
   * {@link #grade(BigDecimal, Map)} for a scale that has them.
   *
   * @param index the unit's index, in percent
   * @return the band, or empty when the index is below the lowest band
   */
  public Optional<GradeBand> grade(BigDecimal index) {
    for (GradeBand band : bands) {
      if (index.compareTo(band.minimumIndex()) >= 0) {
        return Optional.of(band);
      }
    }
    return Optional.empty();
  }

  /**
   * A grade and why: the band, and for every higher band whose minimum the index reaches, the component whose floor
   * kept the unit out of it.
   *
   * @param band the grade, if any
   * @param reasons e.g. {@code "index 92.00 reaches 1 (from 90%), but component 3 is at 78.00%, under the floor of
   *     every component at 80% or more"}; empty when no floor applied
   * @since 0.1.0
   */
  public record Grading(Optional<GradeBand> band, List<String> reasons) {
    /**
     * Checks the components and copies the collections.
     *
     * @param band the grade, if any
     * @param reasons e.g. {@code "index 92.00 reaches 1 (from 90%), but component 3 is at 78.00%, under the floor of
     *     every component at 80% or more"}; empty when no floor applied
     */
    public Grading {
      Checks.notNull(band, "band");
      reasons = List.copyOf(reasons);
    }
  }

  /**
   * The grade an index earns when every floor of the band is met too: the first band whose minimum the index
   * reaches and whose floors the components meet.
   *
   * @param index the unit's index
   * @param componentIndices the index of every component that applies to the unit, by code, in the rule set's order
   * @return the grade, with the reasons a higher band was missed
   */
  public Grading grade(BigDecimal index, Map<String, BigDecimal> componentIndices) {
    Checks.notNull(index, "index");
    Checks.notNull(componentIndices, "componentIndices");
    List<String> reasons = new ArrayList<>();
    for (GradeBand band : bands) {
      if (index.compareTo(band.minimumIndex()) < 0) {
        continue;
      }
      Optional<String> missed = missedFloor(band, componentIndices);
      if (missed.isEmpty()) {
        return new Grading(Optional.of(band), reasons);
      }
      reasons.add("index " + index.toPlainString() + " reaches " + band.label() + " (from "
          + band.minimumIndex().toPlainString() + "%), but " + missed.get());
    }
    return new Grading(Optional.empty(), reasons);
  }

  private static Optional<String> missedFloor(GradeBand band, Map<String, BigDecimal> components) {
    for (GradeBand.Floor f : band.floors()) {
      if (f.component().isPresent()) {
        String code = f.component().get();
        BigDecimal v = components.get(code);
        if (v == null) {
          return Optional.of("component " + code + " has no index (it does not apply), so the floor of "
              + f.describe() + " is not met");
        }
        if (v.compareTo(f.minimumIndex()) < 0) {
          return Optional.of("component " + code + " is at " + v.toPlainString() + "%, under the floor of "
              + f.describe());
        }
        continue;
      }
      for (Map.Entry<String, BigDecimal> c : components.entrySet()) {
        if (c.getValue().compareTo(f.minimumIndex()) < 0) {
          return Optional.of("component " + c.getKey() + " is at " + c.getValue().toPlainString()
              + "%, under the floor of " + f.describe());
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The band a published label names: by label or alias (see {@link GradeBand#isCalled}).
   *
   * @param published the label as published
   * @return the band, if one has that name
   */
  public Optional<GradeBand> named(String published) {
    Checks.notNull(published, "published");
    return bands.stream().filter(b -> b.isCalled(published)).findFirst();
  }

  /** @return whether a band has a floor on components */
  public boolean hasFloors() {
    return bands.stream().anyMatch(b -> !b.floors().isEmpty());
  }

  /**
   * The band just above the given one, i.e. the next grade to reach.
   *
   * @param current the unit's grade, or empty for an ungraded unit
   * @return the next band up; the lowest band for an ungraded unit; empty at the top or for a scale without bands
   */
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
    Set<String> names = new HashSet<>();
    Set<String> exactLabels = new HashSet<>();
    for (GradeBand b : bands) {
      boolean repeatedLabel = !exactLabels.add(b.label());
      List<String> all = new ArrayList<>(List.of(b.label()));
      all.addAll(b.aliases());
      for (String n : all) {
        if (!names.add(GradeBand.fold(n)) && !(repeatedLabel && n.equals(b.label()))) {
          problems.add("name " + n + " of grade " + b.label() + " is also a name of another grade");
        }
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
