package io.github.parindex.sipas;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A yếu tố (element) of a questionnaire: its items (content criteria), and optionally an item asking for the
 * satisfaction with the element as a whole ("nói chung"), which is kept apart from the content items.
 *
 * <pre>{@code
 * Element access = new Element("1", "Tiếp cận dịch vụ",
 *     List.of(Item.satisfaction("1.1", "Biển hiệu, chỉ dẫn rõ ràng")),
 *     Optional.of(Item.satisfaction("1.0", "Hài lòng về tiếp cận dịch vụ nói chung")));
 * }</pre>
 *
 * @param code the element's code
 * @param name the element's name
 * @param items the content items, in questionnaire order
 * @param overallItem the element's overall satisfaction item, if the questionnaire has one
 *
 * @since 0.1.0
 */
public record Element(String code, String name, List<Item> items, Optional<Item> overallItem) {
  /**
   * Checks the components and copies the item list.
   *
   * @param code the element's code
   * @param name the element's name
   * @param items the content items, in questionnaire order
   * @param overallItem the element's overall satisfaction item, if the questionnaire has one
   * @throws NullPointerException if {@code code}, {@code name}, {@code items} or {@code overallItem} is null
   * @throws IllegalArgumentException if the overall item is not answered on the satisfaction scale
   */
  public Element {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(overallItem, "overallItem");
    items = List.copyOf(items);
    overallItem.ifPresent(o -> {
      if (o.kind() != AnswerKind.SATISFACTION) {
        throw new IllegalArgumentException("element " + code + ": overall item " + o.code()
            + " must be a satisfaction item, is " + o.kind());
      }
    });
  }

  /**
   * An element without an overall item.
   *
   * @param code the element's code
   * @param name the element's name
   * @param items the content items in questionnaire order
   * @return the element
   */
  public static Element of(String code, String name, Item... items) {
    return new Element(code, name, List.of(items), Optional.empty());
  }

  /**
   * The content items answered on the satisfaction scale.
   *
   * @return those items in questionnaire order, possibly none (an element of judgement or expectation items only)
   */
  public List<Item> satisfactionItems() {
    return items.stream().filter(i -> i.kind() == AnswerKind.SATISFACTION).toList();
  }
}
