package io.github.parindex.sipas;

import io.github.parindex.model.UnitLevel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Who a survey is about and how its respondents are grouped: the surveyed units (a tree: province, its departments,
 * districts and communes), the service fields (lĩnh vực) and the respondent groups (e.g. citizens / organisations,
 * age bands). A respondent row refers to them by position ({@link #unitIndex}, {@link #fieldIndex},
 * {@link #groupIndex}), which keeps a row a handful of {@code int}s.
 *
 * <p>A respondent belongs to one unit, normally the finest (the commune or department that served them); the
 * results of a unit pool its own respondents and those of every unit below it.
 *
 * <pre>{@code
 * SurveyFrame frame = SurveyFrame.builder()
 *     .unit("HT", "Hà Tĩnh", UnitLevel.PROVINCE)
 *     .unit("HT.D1", "Thành phố Hà Tĩnh", UnitLevel.DISTRICT, "HT")
 *     .serviceField("DD", "Đất đai")
 *     .group("CD", "Công dân")
 *     .build();
 * frame.unitIndex("HT.D1");   // 1
 * }</pre>
 *
 * @since 0.1.0
 */
public final class SurveyFrame {

  /**
   * One surveyed unit.
   *
   * @param code the unit's code (as it appears in input files)
   * @param name its name
   * @param level its administrative level
   * @param parent the code of the unit it belongs to, if any (must come earlier in the frame)
   *
   * @since 0.1.0
   */
  public record Unit(String code, String name, UnitLevel level, Optional<String> parent) {
    /**
     * Checks that no component is missing.
     *
     * @param code the unit's code (as it appears in input files)
     * @param name its name
     * @param level its administrative level
     * @param parent the code of the unit it belongs to, if any (must come earlier in the frame)
     * @throws NullPointerException if a component is null
     */
    public Unit {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(level, "level");
      Objects.requireNonNull(parent, "parent");
    }
  }

  /**
   * A service field or respondent group.
   *
   * @param code its code (as it appears in input files)
   * @param name its name
   *
   * @since 0.1.0
   */
  public record Category(String code, String name) {
    /**
     * Checks that no component is missing.
     *
     * @param code its code (as it appears in input files)
     * @param name its name
     * @throws NullPointerException if a component is null
     */
    public Category {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(name, "name");
    }
  }

  private final List<Unit> units;
  private final List<Category> fields;
  private final List<Category> groups;
  private final Map<String, Integer> unitIndex;
  private final Map<String, Integer> fieldIndex;
  private final Map<String, Integer> groupIndex;
  private final int[] parentOf;

  private SurveyFrame(Builder b) {
    this.units = List.copyOf(b.units);
    this.fields = List.copyOf(b.fields);
    this.groups = List.copyOf(b.groups);
    if (units.isEmpty()) {
      throw new IllegalArgumentException("a survey frame needs at least one unit");
    }
    this.unitIndex = indexUnits(units);
    this.fieldIndex = index(fields, "service field");
    this.groupIndex = index(groups, "respondent group");
    this.parentOf = new int[units.size()];
    for (int i = 0; i < units.size(); i++) {
      Unit u = units.get(i);
      if (u.parent().isPresent()) {
        Integer p = unitIndex.get(u.parent().get());
        if (p == null || p >= i) {
          throw new IllegalArgumentException("unit " + u.code() + ": parent " + u.parent().get()
              + (p == null ? " is not in the frame" : " must be listed before it"));
        }
        parentOf[i] = p;
      } else {
        parentOf[i] = -1;
      }
    }
  }

  private static Map<String, Integer> indexUnits(List<Unit> list) {
    Map<String, Integer> m = new HashMap<>();
    for (int i = 0; i < list.size(); i++) {
      if (m.putIfAbsent(list.get(i).code(), i) != null) {
        throw new IllegalArgumentException("duplicate unit code " + list.get(i).code());
      }
    }
    return Collections.unmodifiableMap(m);
  }

  private static Map<String, Integer> index(List<Category> list, String what) {
    Map<String, Integer> m = new HashMap<>();
    for (int i = 0; i < list.size(); i++) {
      if (m.putIfAbsent(list.get(i).code(), i) != null) {
        throw new IllegalArgumentException("duplicate " + what + " code " + list.get(i).code());
      }
    }
    return Collections.unmodifiableMap(m);
  }

  /**
   * The surveyed units, each after its parent; a unit's position here is the one respondents refer to.
   *
   * @return the units, unmodifiable, at least one
   */
  public List<Unit> units() {
    return units;
  }

  /**
   * The service fields (lĩnh vực), in position order.
   *
   * @return the fields, unmodifiable, possibly none
   */
  public List<Category> serviceFields() {
    return fields;
  }

  /**
   * The respondent groups, in position order.
   *
   * @return the groups, unmodifiable, possibly none
   */
  public List<Category> groups() {
    return groups;
  }

  /**
   * The position of a unit.
   *
   * @param code the unit's code
   * @return its 0-based position in {@link #units()}, or -1 if the frame has no such unit
   */
  public int unitIndex(String code) {
    Integer i = unitIndex.get(code);
    return i == null ? -1 : i;
  }

  /**
   * The position of a service field.
   *
   * @param code the field's code
   * @return its 0-based position in {@link #serviceFields()}, or -1 if the frame has no such field
   */
  public int fieldIndex(String code) {
    Integer i = fieldIndex.get(code);
    return i == null ? -1 : i;
  }

  /**
   * The position of a respondent group.
   *
   * @param code the group's code
   * @return its 0-based position in {@link #groups()}, or -1 if the frame has no such group
   */
  public int groupIndex(String code) {
    Integer i = groupIndex.get(code);
    return i == null ? -1 : i;
  }

  /**
   * The position of a unit's parent.
   *
   * @param index the unit's position in {@link #units()}
   * @return the parent's position, always smaller than {@code index}, or -1 for a top unit
   * @throws ArrayIndexOutOfBoundsException if {@code index} is not a unit's position
   */
  public int parentIndex(int index) {
    return parentOf[index];
  }

  /**
   * A builder with no unit, field or group.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link SurveyFrame}; units must be listed after their parent.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final List<Unit> units = new ArrayList<>();
    private final List<Category> fields = new ArrayList<>();
    private final List<Category> groups = new ArrayList<>();

    private Builder() {}

    /**
     * Adds a top unit (no parent in this survey).
     *
     * @param code the unit's code, unique in the frame
     * @param name its name
     * @param level its administrative level
     * @return this builder
     * @throws NullPointerException if an argument is null
     */
    public Builder unit(String code, String name, UnitLevel level) {
      units.add(new Unit(code, name, level, Optional.empty()));
      return this;
    }

    /**
     * Adds a unit under a unit added before it.
     *
     * @param code the unit's code, unique in the frame
     * @param name its name
     * @param level its administrative level
     * @param parent the code of its parent, already added
     * @return this builder
     * @throws NullPointerException if an argument is null
     */
    public Builder unit(String code, String name, UnitLevel level, String parent) {
      units.add(new Unit(code, name, level, Optional.of(parent)));
      return this;
    }

    /**
     * Adds the next service field.
     *
     * @param code the field's code, unique among fields
     * @param name its name
     * @return this builder
     * @throws NullPointerException if an argument is null
     */
    public Builder serviceField(String code, String name) {
      fields.add(new Category(code, name));
      return this;
    }

    /**
     * Adds the next respondent group.
     *
     * @param code the group's code, unique among groups
     * @param name its name
     * @return this builder
     * @throws NullPointerException if an argument is null
     */
    public Builder group(String code, String name) {
      groups.add(new Category(code, name));
      return this;
    }

    /**
     * Builds the frame.
     *
     * @return the frame
     * @throws IllegalArgumentException if there is no unit, a code repeats, or a parent is missing or listed after its
     *     child
     */
    public SurveyFrame build() {
      return new SurveyFrame(this);
    }
  }
}
