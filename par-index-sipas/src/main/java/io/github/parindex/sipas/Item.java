package io.github.parindex.sipas;

import io.github.parindex.model.Provenance;
import io.github.parindex.model.ProvenanceStatus;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One question of a {@link Questionnaire}: its code, wording, {@link AnswerKind}, options (judgement and
 * expectation items) and how sure the wording is.
 *
 * <pre>{@code
 * Item seats = Item.satisfaction("TC1", "Nơi ngồi chờ có đủ chỗ ngồi")
 *     .withProvenance(Provenance.of(ProvenanceStatus.INFERRED, "wording recalled, not verified"));
 * Item harassed = Item.judgement("ND5", "Công chức gây phiền hà, sách nhiễu",
 *     List.of("Không có công chức nào", "Một số công chức", "Nhiều công chức"));
 * }</pre>
 *
 * @param code the item's code, unique in its questionnaire (also its CSV column name)
 * @param text the wording
 * @param kind how answers are coded
 * @param options the options of a judgement or expectation item, in code order (option 1 first); empty for
 *     satisfaction items (the 5-level scale)
 * @param provenance how sure the wording is; empty means the questionnaire's provenance applies
 *
 * @since 0.1.0
 */
public record Item(String code, String text, AnswerKind kind, List<String> options, Optional<Provenance> provenance) {

  /** Expectation items are bit masks in an {@code int}: at most this many options. */
  public static final int MAX_OPTIONS = 30;

  /**
   * Checks the item and copies its options.
   *
   * @param code the item's code, unique in its questionnaire (also its CSV column name)
   * @param text the wording
   * @param kind how answers are coded
   * @param options the options of a judgement or expectation item, in code order (option 1 first); empty for
   *     satisfaction items (the 5-level scale)
   * @param provenance how sure the wording is; empty means the questionnaire's provenance applies
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the code is blank, a satisfaction item has options, or a judgement or
   *     expectation item has none or more than {@link #MAX_OPTIONS}
   */
  public Item {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(provenance, "provenance");
    options = List.copyOf(options);
    if (code.isBlank()) {
      throw new IllegalArgumentException("item code is blank");
    }
    if (kind == AnswerKind.SATISFACTION && !options.isEmpty()) {
      throw new IllegalArgumentException("item " + code + ": satisfaction items use the 5-level scale, not options "
          + options);
    }
    if (kind != AnswerKind.SATISFACTION && (options.isEmpty() || options.size() > MAX_OPTIONS)) {
      throw new IllegalArgumentException("item " + code + ": a " + kind + " item needs 1.." + MAX_OPTIONS
          + " options, has " + options.size());
    }
  }

  /**
   * A satisfaction item on the 5-level scale, its wording's provenance that of the questionnaire.
   *
   * @param code the item's code, unique in its questionnaire
   * @param text the wording
   * @return the item
   * @throws IllegalArgumentException if the code is blank
   */
  public static Item satisfaction(String code, String text) {
    return new Item(code, text, AnswerKind.SATISFACTION, List.of(), Optional.empty());
  }

  /**
   * A single-choice judgement item: the answer is the code of one option, 1 for the first.
   *
   * @param code the item's code, unique in its questionnaire
   * @param text the wording
   * @param options the options in code order, 1 to {@link #MAX_OPTIONS} of them
   * @return the item
   * @throws IllegalArgumentException if the code is blank or the number of options is outside 1..{@link #MAX_OPTIONS}
   */
  public static Item judgement(String code, String text, List<String> options) {
    return new Item(code, text, AnswerKind.JUDGEMENT, options, Optional.empty());
  }

  /**
   * A multi-select expectation item: the answer is a bit mask, bit {@code j-1} set when option {@code j} is chosen.
   *
   * @param code the item's code, unique in its questionnaire
   * @param text the wording
   * @param options the options in code order, 1 to {@link #MAX_OPTIONS} of them
   * @return the item
   * @throws IllegalArgumentException if the code is blank or the number of options is outside 1..{@link #MAX_OPTIONS}
   */
  public static Item expectation(String code, String text, List<String> options) {
    return new Item(code, text, AnswerKind.EXPECTATION, options, Optional.empty());
  }

  /**
   * A copy with the given provenance of its wording.
   *
   * @param p how sure the wording is
   * @return the copy; this item is unchanged
   * @throws NullPointerException if {@code p} is null
   */
  public Item withProvenance(Provenance p) {
    return new Item(code, text, kind, options, Optional.of(p));
  }

  /**
   * A copy marked {@link ProvenanceStatus#INFERRED}: the wording is recalled, not verified against the decision.
   *
   * @param note what is known of the wording's source
   * @return the copy; this item is unchanged
   */
  public Item recalled(String note) {
    return withProvenance(Provenance.of(ProvenanceStatus.INFERRED, note));
  }

  /**
   * The number of points on this item's scale: the 5 satisfaction levels ({@link AnswerKind#SATISFACTION_LABELS}),
   * or its options.
   *
   * @return 5 for a satisfaction item, else the number of options
   */
  public int choices() {
    return kind == AnswerKind.SATISFACTION ? AnswerKind.SATISFACTION_LABELS.size() : options.size();
  }

  /**
   * The highest valid answer code.
   *
   * @return 5 for a satisfaction item, the number of options for a judgement item, the mask of all options
   *     ({@code 2^options - 1}) for an expectation item
   */
  public int maxCode() {
    return switch (kind) {
      case SATISFACTION -> AnswerKind.VERY_SATISFIED;
      case JUDGEMENT -> options.size();
      case EXPECTATION -> (1 << options.size()) - 1;
    };
  }

  /**
   * Whether {@code answerCode} is a valid answer to this item, blank ({@link AnswerKind#BLANK}) and no opinion
   * ({@link AnswerKind#NO_OPINION}) included.
   *
   * @param answerCode the coded answer
   * @return true when it is within {@link AnswerKind#NO_OPINION}..{@link #maxCode()}
   */
  public boolean accepts(int answerCode) {
    return answerCode >= AnswerKind.NO_OPINION && answerCode <= maxCode();
  }

  /**
   * The valid answer codes in words, for error messages.
   *
   * @return e.g. {@code "1..5, blank or no opinion"} for a satisfaction item
   */
  public String describeCodes() {
    String range = switch (kind) {
      case SATISFACTION -> "1..5";
      case JUDGEMENT -> "1.." + options.size();
      case EXPECTATION -> "a selection of options 1.." + options.size();
    };
    return range + ", blank or no opinion";
  }
}
