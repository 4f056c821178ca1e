package io.github.parindex.sipas;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A khía cạnh (aspect) of a questionnaire, e.g. "Cung ứng dịch vụ hành chính công": its elements and optionally an
 * overall satisfaction item for the aspect as a whole.
 *
 * <pre>{@code
 * Aspect pas = new Aspect("DV", "Cung ứng dịch vụ hành chính công", List.of(access, procedures), Optional.empty());
 * }</pre>
 *
 * @param code the aspect's code
 * @param name the aspect's name
 * @param elements its elements in order
 * @param overallItem the aspect's overall satisfaction item, if any
 *
 * @since 0.1.0
 */
public record Aspect(String code, String name, List<Element> elements, Optional<Item> overallItem) {
  /**
   * Checks the components and copies the element list.
   *
   * @param code the aspect's code
   * @param name the aspect's name
   * @param elements its elements in order
   * @param overallItem the aspect's overall satisfaction item, if any
   * @throws NullPointerException if {@code code}, {@code name}, {@code elements} or {@code overallItem} is null
   * @throws IllegalArgumentException if the overall item is not answered on the satisfaction scale
   */
  public Aspect {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(overallItem, "overallItem");
    elements = List.copyOf(elements);
    overallItem.ifPresent(o -> {
      if (o.kind() != AnswerKind.SATISFACTION) {
        throw new IllegalArgumentException("aspect " + code + ": overall item " + o.code()
            + " must be a satisfaction item, is " + o.kind());
      }
    });
  }

  /**
   * An aspect without an overall item.
   *
   * @param code the aspect's code
   * @param name the aspect's name
   * @param elements its elements in questionnaire order
   * @return the aspect
   */
  public static Aspect of(String code, String name, Element... elements) {
    return new Aspect(code, name, List.of(elements), Optional.empty());
  }

  /**
   * The elements that have at least one satisfaction item or an overall item: those that enter the aspect's
   * satisfaction index.
   *
   * @return those elements in questionnaire order, possibly none
   */
  public List<Element> satisfactionElements() {
    return elements.stream().filter(e -> !e.satisfactionItems().isEmpty() || e.overallItem().isPresent()).toList();
  }
}
