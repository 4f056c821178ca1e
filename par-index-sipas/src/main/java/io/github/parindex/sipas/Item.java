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

  /** A satisfaction item on the 5-level scale. */
  public static Item satisfaction(String code, String text) {
    return new Item(code, text, AnswerKind.SATISFACTION, List.of(), Optional.empty());
  }

  /** A single-choice judgement item. */
  public static Item judgement(String code, String text, List<String> options) {
    return new Item(code, text, AnswerKind.JUDGEMENT, options, Optional.empty());
  }

  /** A multi-select expectation item. */
  public static Item expectation(String code, String text, List<String> options) {
    return new Item(code, text, AnswerKind.EXPECTATION, options, Optional.empty());
  }

  /** A copy with the given provenance. */
  public Item withProvenance(Provenance p) {
    return new Item(code, text, kind, options, Optional.of(p));
  }

  /** A copy marked {@link ProvenanceStatus#INFERRED} with {@code note}: the wording is recalled, not verified. */
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

  /** The highest valid answer code: 5 for satisfaction, the number of options for judgement, the full mask else. */
  public int maxCode() {
    return switch (kind) {
      case SATISFACTION -> AnswerKind.VERY_SATISFIED;
      case JUDGEMENT -> options.size();
      case EXPECTATION -> (1 << options.size()) - 1;
    };
  }

  /** Whether {@code code} is a valid answer code for this item (including blank and no opinion). */
  public boolean accepts(int answerCode) {
    return answerCode >= AnswerKind.NO_OPINION && answerCode <= maxCode();
  }

  /** The valid answer codes in words, for error messages, e.g. {@code "1..5, 0 (blank) or -1 (no opinion)"}. */
  public String describeCodes() {
    String range = switch (kind) {
      case SATISFACTION -> "1..5";
      case JUDGEMENT -> "1.." + options.size();
      case EXPECTATION -> "a selection of options 1.." + options.size();
    };
    return range + ", blank or no opinion";
  }
}
