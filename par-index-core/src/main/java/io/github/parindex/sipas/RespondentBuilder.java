package io.github.parindex.sipas;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Objects;

/**
 * Makes a {@link Respondent} by codes rather than positions: the unit, service field and group by their codes in
 * the {@link SurveyFrame}, each answer by its item code in the {@link Questionnaire}, in the item's own terms (a
 * satisfaction level, a judgement option, the options ticked of a multi-select item, no opinion). Items not
 * answered are blank. Every value is checked as it is given, naming the item and the value. Not thread-safe; one
 * builder can make several respondents ({@link #build()} does not reset it).
 *
 * <pre>{@code
 * Respondent r = Respondent.builder(questionnaire, frame)
 *     .unit("HT.X01").field("DD")
 *     .answer("1.1", AnswerKind.VERY_SATISFIED)
 *     .noOpinion("1.2")
 *     .choice("NĐ1", 2)
 *     .options("MĐ1", 1, 3)
 *     .weight(new BigDecimal("1.25"))
 *     .build();
 * accumulator.add(r);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class RespondentBuilder {
  private final Questionnaire questionnaire;
  private final SurveyFrame frame;
  private final int[] answers;
  private int unit = -1;
  private int field = Respondent.NONE;
  private int group = Respondent.NONE;
  private long weight = Respondent.UNIT_WEIGHT;

  RespondentBuilder(Questionnaire questionnaire, SurveyFrame frame) {
    this.questionnaire = Objects.requireNonNull(questionnaire, "questionnaire");
    this.frame = Objects.requireNonNull(frame, "frame");
    this.answers = new int[questionnaire.items().size()];
  }

  /**
   * The respondent's unit.
   *
   * @param code a unit code of the frame
   * @return this builder
   * @throws IllegalArgumentException if the frame has no such unit
   */
  public RespondentBuilder unit(String code) {
    unit = position(frame.unitIndex(code), "unit", code);
    return this;
  }

  /**
   * The respondent's service field.
   *
   * @param code a service field code of the frame
   * @return this builder
   * @throws IllegalArgumentException if the frame has no such service field
   */
  public RespondentBuilder field(String code) {
    field = position(frame.fieldIndex(code), "service field", code);
    return this;
  }

  /**
   * The respondent's group.
   *
   * @param code a respondent group code of the frame
   * @return this builder
   * @throws IllegalArgumentException if the frame has no such group
   */
  public RespondentBuilder group(String code) {
    group = position(frame.groupIndex(code), "respondent group", code);
    return this;
  }

  private static int position(int index, String what, String code) {
    Objects.requireNonNull(code, what);
    if (index < 0) {
      throw new IllegalArgumentException(what + " " + code + " is not in the survey frame");
    }
    return index;
  }

  /**
   * The respondent's weight.
   *
   * @param w positive, at most 1000, at most 3 decimals
   * @return this builder
   * @throws IllegalArgumentException if it is out of range or has more than 3 decimals
   */
  public RespondentBuilder weight(BigDecimal w) {
    weight = Respondent.weightUnits(w);
    return this;
  }

  private int item(String code, AnswerKind... kinds) {
    Objects.requireNonNull(code, "item code");
    int i = questionnaire.indexOf(code);
    if (i < 0) {
      throw new IllegalArgumentException("item " + code + " is not in questionnaire " + questionnaire.id());
    }
    AnswerKind k = questionnaire.items().get(i).kind();
    if (!Arrays.asList(kinds).contains(k)) {
      throw new IllegalArgumentException("item " + code + " is a " + k + " item, not " + Arrays.toString(kinds));
    }
    return i;
  }

  /**
   * The answer to a satisfaction item (level 1..5) or a judgement item (option 1..k).
   *
   * @param itemCode the item's code
   * @param code the level or option
   * @return this builder
   * @throws IllegalArgumentException if the item is unknown, is a multi-select item, or the code is off its scale
   */
  public RespondentBuilder answer(String itemCode, int code) {
    int i = item(itemCode, AnswerKind.SATISFACTION, AnswerKind.JUDGEMENT);
    Item it = questionnaire.items().get(i);
    if (code < 1 || code > it.choices()) {
      throw new IllegalArgumentException("item " + itemCode + ": " + code + " is not on its scale 1.."
          + it.choices());
    }
    answers[i] = code;
    return this;
  }

  /**
   * The option chosen for a judgement item.
   *
   * @param itemCode the item's code
   * @param option the option, 1..k
   * @return this builder
   * @throws IllegalArgumentException if the item is not a judgement item or the option is not one of its options
   */
  public RespondentBuilder choice(String itemCode, int option) {
    item(itemCode, AnswerKind.JUDGEMENT);
    return answer(itemCode, option);
  }

  /**
   * The options ticked for a multi-select (expectation) item; none is a blank answer.
   *
   * @param itemCode the item's code
   * @param options the options ticked, each 1..k
   * @return this builder
   * @throws IllegalArgumentException if the item is not a multi-select item or an option is not one of its options
   */
  public RespondentBuilder options(String itemCode, int... options) {
    int i = item(itemCode, AnswerKind.EXPECTATION);
    int k = questionnaire.items().get(i).choices();
    int mask = 0;
    for (int o : options) {
      if (o < 1 || o > k) {
        throw new IllegalArgumentException("item " + itemCode + ": option " + o + " is outside 1.." + k);
      }
      mask |= 1 << (o - 1);
    }
    answers[i] = mask;
    return this;
  }

  /**
   * "Không có ý kiến" (no opinion) for an item of any kind.
   *
   * @param itemCode the item's code
   * @return this builder
   * @throws IllegalArgumentException if the item is unknown
   */
  public RespondentBuilder noOpinion(String itemCode) {
    answers[item(itemCode, AnswerKind.values())] = AnswerKind.NO_OPINION;
    return this;
  }

  /**
   * A blank answer (the question left empty) for an item of any kind; items never given are blank already.
   *
   * @param itemCode the item's code
   * @return this builder
   * @throws IllegalArgumentException if the item is unknown
   */
  public RespondentBuilder blank(String itemCode) {
    answers[item(itemCode, AnswerKind.values())] = AnswerKind.BLANK;
    return this;
  }

  /**
   * The respondent.
   *
   * @return a respondent with the answers given so far (the others blank)
   * @throws IllegalStateException if no unit was given
   */
  public Respondent build() {
    if (unit < 0) {
      throw new IllegalStateException("a respondent needs a unit");
    }
    return Respondent.of(unit, field, group, answers).withWeightUnits(weight);
  }
}
