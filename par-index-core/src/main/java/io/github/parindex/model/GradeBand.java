package io.github.parindex.model;

import io.github.parindex.internal.Numbers;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One grade: a label, the lowest index (inclusive, in percent) that earns it, and optionally floors on components
 * (Hải Dương 2024: group 1 needs 90% and no component under 80%) and other names the grade is published under
 * ({@code Nhóm A} for {@code A}).
 *
 * <pre>{@code
 * GradeBand a = GradeBand.of("A", new BigDecimal("90"));   // Nhóm A: từ 90% trở lên
 * GradeBand group1 = GradeBand.of("1", "90", "từ 90% trở lên, không lĩnh vực nào dưới 80%")
 *     .withFloor(GradeBand.Floor.everyComponent(new BigDecimal("80")))
 *     .withAliases("Nhóm 1");
 * }</pre>
 *
 * @param label the label as published, e.g. {@code "A"}, {@code "Tốt"}, {@code "Nhóm I"}
 * @param minimumIndex the lowest index that earns the grade, inclusive
 * @param description the official wording, e.g. {@code "từ 90% trở lên"}, if any
 * @param floors conditions on components that a unit must meet as well; empty for most grades
 * @param aliases other labels the grade is published under, compared like the label (see {@link #isCalled})
 * @since 0.1.0
 */
public record GradeBand(
    String label, BigDecimal minimumIndex, Optional<String> description, List<Floor> floors, List<String> aliases) {

  /**
   * A floor on components: every component (top-level node that applies to the unit), or one named component, must
   * have an index at or above {@code minimumIndex}.
   *
   * @param component the component's code, or empty for every component
   * @param minimumIndex the lowest component index allowed, inclusive, in percent
   * @since 0.1.0
   */
  public record Floor(Optional<String> component, BigDecimal minimumIndex) {
    /**
     * Checks the components.
     *
     * @param component the component's code, or empty for every component
     * @param minimumIndex the lowest component index allowed, inclusive, in percent
     * @throws IllegalArgumentException if the component is blank or the minimum is negative
     */
    public Floor {
      Checks.notNull(component, "component");
      component.ifPresent(c -> Checks.notBlank(c, "floor component"));
      Checks.nonNegative(minimumIndex, "floor minimum index");
    }

    /**
     * @param minimumIndex the lowest index allowed for each component
     * @return a floor on every component
     */
    public static Floor everyComponent(BigDecimal minimumIndex) {
      return new Floor(Optional.empty(), minimumIndex);
    }

    /**
     * @param code the component's code
     * @param minimumIndex the lowest index allowed for it
     * @return a floor on one component
     */
    public static Floor component(String code, BigDecimal minimumIndex) {
      return new Floor(Optional.of(code), minimumIndex);
    }

    /** @return e.g. {@code "every component at 80% or more"} */
    public String describe() {
      return component.map(c -> "component " + c).orElse("every component") + " at "
          + minimumIndex.toPlainString() + "% or more";
    }
  }

  /**
   * Checks the components and copies the lists.
   *
   * @param label the label as published; not blank
   * @param minimumIndex the lowest index that earns the grade, inclusive, in percent; not negative
   * @param description the official wording, if any
   * @param floors conditions on components that a unit must meet as well
   * @param aliases other labels the grade is published under
   * @throws IllegalArgumentException if the label or an alias is blank, the minimum is negative, or an alias repeats
   *     a name of the grade (after folding)
   */
  public GradeBand {
    Checks.notBlank(label, "grade label");
    Checks.nonNegative(minimumIndex, "minimum index of grade " + label);
    Checks.notNull(description, "description");
    floors = List.copyOf(Checks.notNull(floors, "floors"));
    aliases = List.copyOf(Checks.notNull(aliases, "aliases"));
    List<String> seen = new ArrayList<>(List.of(fold(label)));
    for (String a : aliases) {
      Checks.notBlank(a, "alias of grade " + label);
      Checks.check(!seen.contains(fold(a)), "grade %s: alias %s repeats a name of the grade", label, a);
      seen.add(fold(a));
    }
  }

  /**
   * A grade without floors or aliases.
   *
   * @param label the label
   * @param minimumIndex the lowest index that earns it
   * @param description the official wording, if any
   */
  public GradeBand(String label, BigDecimal minimumIndex, Optional<String> description) {
    this(label, minimumIndex, description, List.of(), List.of());
  }

  /**
   * A grade with just a label and its lowest index.
   *
   * @param label the label as published, e.g. {@code "A"}
   * @param minimumIndex the lowest index that earns it, inclusive, in percent (e.g. {@code 90})
   * @return the grade, without description, floors or aliases
   * @throws IllegalArgumentException if the label is blank or the minimum is negative
   */
  public static GradeBand of(String label, BigDecimal minimumIndex) {
    return new GradeBand(label, minimumIndex, Optional.empty());
  }

  /**
   * A grade with its official wording, the minimum given as decimal text.
   *
   * @param label the label as published, e.g. {@code "A"}
   * @param minimumIndex the lowest index that earns it, inclusive, in percent, e.g. {@code "90"}
   * @param description the official wording, e.g. {@code "từ 90% trở lên"}
   * @return the grade, without floors or aliases
   * @throws ParIndexException if the minimum is not a decimal or is past the library's numeric limits
   * @throws IllegalArgumentException if the label is blank or the minimum is negative
   */
  public static GradeBand of(String label, String minimumIndex, String description) {
    return new GradeBand(label, Numbers.parse(minimumIndex, "minimum index of grade " + label),
        Optional.of(description));
  }

  /**
   * A copy with one more floor.
   *
   * @param floor the floor
   * @return the copy
   */
  public GradeBand withFloor(Floor floor) {
    List<Floor> f = new ArrayList<>(floors);
    f.add(floor);
    return new GradeBand(label, minimumIndex, description, f, aliases);
  }

  /**
   * A copy with other names.
   *
   * @param names labels the grade is also published under, e.g. {@code "Nhóm A"}, {@code "Xuất sắc"}
   * @return the copy
   */
  public GradeBand withAliases(String... names) {
    return new GradeBand(label, minimumIndex, description, floors, List.of(names));
  }

  /**
   * Whether a published label names this grade: the label or an alias, compared after Unicode NFC normalisation,
   * case folding and white-space folding ({@code "nhóm  a"} is {@code "Nhóm A"}).
   *
   * @param published the label as published
   * @return whether it names this grade
   */
  public boolean isCalled(String published) {
    String p = fold(published);
    return fold(label).equals(p) || aliases.stream().anyMatch(a -> fold(a).equals(p));
  }

  /** NFC, lower case, runs of white space as one space, no leading or trailing space. */
  static String fold(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
  }
}
