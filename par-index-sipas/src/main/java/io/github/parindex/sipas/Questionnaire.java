package io.github.parindex.sipas;

import io.github.parindex.model.Provenance;
import io.github.parindex.model.YearRange;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A SIPAS questionnaire as versioned data: aspects (khía cạnh) of elements (yếu tố) of items, with the legal basis,
 * the years it applies to and how sure its content is. The position of an item in {@link #items()} is its column in
 * a {@link Respondent}'s answer array.
 *
 * <p>Immutable and thread-safe. Item codes are unique. Official designs live in {@code par-index-rules}
 * ({@code io.github.parindex.sipas.io.SipasQuestionnaires}).
 *
 * <pre>{@code
 * Questionnaire q = Questionnaire.builder()
 *     .id("demo").version("1").title("Demo").legalBasis("ILLUSTRATIVE")
 *     .years(YearRange.of(2024, 2024))
 *     .provenance(Provenance.of(ProvenanceStatus.ILLUSTRATIVE, "made up"))
 *     .addAspect(Aspect.of("DV", "Dịch vụ hành chính công",
 *         Element.of("1", "Tiếp cận", Item.satisfaction("1.1", "Chỗ ngồi chờ"))))
 *     .build();
 * q.indexOf("1.1");   // 0
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Questionnaire {
  private final String id;
  private final String version;
  private final String title;
  private final String legalBasis;
  private final YearRange years;
  private final Provenance provenance;
  private final List<Aspect> aspects;
  private final Optional<Item> overallItem;
  private final List<Item> items;
  private final Map<String, Integer> index;

  private Questionnaire(Builder b) {
    this.id = req(b.id, "id");
    this.version = req(b.version, "version");
    this.title = req(b.title, "title");
    this.legalBasis = req(b.legalBasis, "legalBasis");
    this.years = Objects.requireNonNull(b.years, "years");
    this.provenance = Objects.requireNonNull(b.provenance, "provenance");
    this.aspects = List.copyOf(b.aspects);
    this.overallItem = b.overallItem;
    List<Item> all = new ArrayList<>();
    for (Aspect a : aspects) {
      for (Element e : a.elements()) {
        all.addAll(e.items());
        e.overallItem().ifPresent(all::add);
      }
      a.overallItem().ifPresent(all::add);
    }
    overallItem.ifPresent(all::add);
    Map<String, Integer> idx = new LinkedHashMap<>();
    List<String> duplicates = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      if (idx.putIfAbsent(all.get(i).code(), i) != null) {
        duplicates.add(all.get(i).code());
      }
    }
    if (!duplicates.isEmpty()) {
      throw new IllegalArgumentException("questionnaire " + id + ": duplicate item codes " + duplicates);
    }
    if (all.isEmpty()) {
      throw new IllegalArgumentException("questionnaire " + id + " has no items");
    }
    checkUnique(aspects.stream().map(Aspect::code).toList(), "aspect");
    checkUnique(aspects.stream().flatMap(a -> a.elements().stream()).map(Element::code).toList(), "element");
    this.items = List.copyOf(all);
    this.index = Collections.unmodifiableMap(new HashMap<>(idx));
  }

  private void checkUnique(List<String> codes, String what) {
    if (codes.stream().distinct().count() != codes.size()) {
      throw new IllegalArgumentException("questionnaire " + id + ": duplicate " + what + " codes in " + codes);
    }
  }

  private static String req(String s, String name) {
    Objects.requireNonNull(s, name);
    if (s.isBlank()) {
      throw new IllegalArgumentException("questionnaire " + name + " is blank");
    }
    return s;
  }

  /**
   * A stable identifier of the design.
   *
   * @return e.g. {@code "vn-bnv-2640-2017"}; never blank
   */
  public String id() {
    return id;
  }

  /**
   * The version of this data, bumped when wording or structure is corrected.
   *
   * @return the version, never blank
   */
  public String version() {
    return version;
  }

  /**
   * The questionnaire's title.
   *
   * @return the title, never blank
   */
  public String title() {
    return title;
  }

  /**
   * The decision the design comes from.
   *
   * @return e.g. {@code "QĐ 2640/QĐ-BNV ngày 10/10/2017"}; never blank
   */
  public String legalBasis() {
    return legalBasis;
  }

  /**
   * The survey years the design applies to.
   *
   * @return the range of years, both ends included
   */
  public YearRange years() {
    return years;
  }

  /**
   * How sure the whole design is; items may carry their own (e.g. recalled wording).
   *
   * @return the questionnaire's provenance
   */
  public Provenance provenance() {
    return provenance;
  }

  /**
   * The aspects in questionnaire order.
   *
   * @return the aspects, unmodifiable
   */
  public List<Aspect> aspects() {
    return aspects;
  }

  /**
   * The item asking for satisfaction with the service overall.
   *
   * @return the item, or empty when the design has none
   */
  public Optional<Item> overallItem() {
    return overallItem;
  }

  /**
   * Every item in answer-array order: for each aspect, each element's items then its overall item, then the
   * aspect's overall item; the questionnaire's overall item last.
   *
   * @return the items, unmodifiable, never empty
   */
  public List<Item> items() {
    return items;
  }

  /**
   * The number of items.
   *
   * @return the length of a {@link Respondent}'s answer array, at least 1
   */
  public int size() {
    return items.size();
  }

  /**
   * The position of an item in {@link #items()}, which is its column in an answer array.
   *
   * @param code the item's code
   * @return the 0-based position, or -1 if the questionnaire has no such item
   */
  public int indexOf(String code) {
    Integer i = index.get(code);
    return i == null ? -1 : i;
  }

  /**
   * The item with a code.
   *
   * @param code the item's code
   * @return the item, or empty if there is none
   */
  public Optional<Item> item(String code) {
    int i = indexOf(code);
    return i < 0 ? Optional.empty() : Optional.of(items.get(i));
  }

  /**
   * The element with a code, in any aspect.
   *
   * @param code the element's code
   * @return the element, or empty if there is none
   */
  public Optional<Element> element(String code) {
    return aspects.stream().flatMap(a -> a.elements().stream()).filter(e -> e.code().equals(code)).findFirst();
  }

  /**
   * The aspect with a code.
   *
   * @param code the aspect's code
   * @return the aspect, or empty if there is none
   */
  public Optional<Aspect> aspect(String code) {
    return aspects.stream().filter(a -> a.code().equals(code)).findFirst();
  }

  /**
   * The provenance that applies to an item's wording.
   *
   * @param item an item of this questionnaire
   * @return the item's own provenance, else the questionnaire's
   */
  public Provenance provenanceOf(Item item) {
    return item.provenance().orElse(provenance);
  }

  @Override
  public String toString() {
    return id + " v" + version + " (" + items.size() + " items, " + provenance.status() + ")";
  }

  /**
   * A builder with no field set.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Questionnaire}; every field but {@code overallItem} is required.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private String id;
    private String version;
    private String title;
    private String legalBasis;
    private YearRange years;
    private Provenance provenance;
    private final List<Aspect> aspects = new ArrayList<>();
    private Optional<Item> overallItem = Optional.empty();

    private Builder() {}

    /**
     * Sets the stable identifier (required, not blank).
     *
     * @param v e.g. {@code "vn-bnv-2640-2017"}
     * @return this builder
     */
    public Builder id(String v) {
      this.id = v;
      return this;
    }

    /**
     * Sets the data version (required, not blank).
     *
     * @param v the version
     * @return this builder
     */
    public Builder version(String v) {
      this.version = v;
      return this;
    }

    /**
     * Sets the title (required, not blank).
     *
     * @param v the title
     * @return this builder
     */
    public Builder title(String v) {
      this.title = v;
      return this;
    }

    /**
     * Sets the legal basis (required, not blank).
     *
     * @param v the decision the design comes from
     * @return this builder
     */
    public Builder legalBasis(String v) {
      this.legalBasis = v;
      return this;
    }

    /**
     * Sets the survey years the design applies to (required).
     *
     * @param v the years
     * @return this builder
     */
    public Builder years(YearRange v) {
      this.years = v;
      return this;
    }

    /**
     * Sets how sure the design is (required).
     *
     * @param v the provenance
     * @return this builder
     */
    public Builder provenance(Provenance v) {
      this.provenance = v;
      return this;
    }

    /**
     * Adds the next aspect, in questionnaire order.
     *
     * @param a the aspect
     * @return this builder
     * @throws NullPointerException if {@code a} is null
     */
    public Builder addAspect(Aspect a) {
      this.aspects.add(Objects.requireNonNull(a, "aspect"));
      return this;
    }

    /**
     * Sets the overall satisfaction item (optional).
     *
     * @param i the item
     * @return this builder
     * @throws NullPointerException if {@code i} is null
     */
    public Builder overallItem(Item i) {
      this.overallItem = Optional.of(i);
      return this;
    }

    /**
     * Builds the questionnaire.
     *
     * @return the questionnaire
     * @throws NullPointerException if a required field is not set
     * @throws IllegalArgumentException if a required text is blank, the design has no items, or item, element or aspect
     *     codes repeat
     */
    public Questionnaire build() {
      return new Questionnaire(this);
    }
  }
}
