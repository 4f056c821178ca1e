package io.github.parindex.sipas;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Objects;

/**
 * One respondent's answers, compact: the positions of their unit, service field and group in the
 * {@link SurveyFrame}, their weight in thousandths, and one {@code int} code per questionnaire item (see
 * {@link AnswerKind} for the codes). Immutable: the answer array is copied in and out.
 *
 * <p>For streaming millions of rows without allocating, feed a {@link SurveyAccumulator} directly with
 * {@link SurveyAccumulator#add(int, int, int, long, int[])}.
 *
 * <pre>{@code
 * Respondent r = Respondent.of(frame.unitIndex("HT.X01"), frame.fieldIndex("DD"), Respondent.NONE,
 *     new int[] {5, 4, 3, AnswerKind.NO_OPINION});
 * Respondent w = r.withWeight(new BigDecimal("1.25"));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Respondent {
  /** The position used when a respondent has no service field or no group. */
  public static final int NONE = -1;

  /** Weights are kept as whole thousandths: a weight has at most 3 decimals. */
  public static final int WEIGHT_SCALE = 3;

  /** The weight 1, in thousandths. */
  public static final long UNIT_WEIGHT = 1000;

  /** The largest weight accepted, in thousandths (1000.000), so sums of squared weights stay exact in a long. */
  public static final long MAX_WEIGHT = 1_000_000;

  private final int unit;
  private final int field;
  private final int group;
  private final long weight;
  private final int[] answers;

  private Respondent(int unit, int field, int group, long weight, int[] answers) {
    if (unit < 0) {
      throw new IllegalArgumentException("unit position must be >= 0, was " + unit);
    }
    if (field < NONE || group < NONE) {
      throw new IllegalArgumentException("field/group position must be >= -1, was " + field + "/" + group);
    }
    checkWeight(weight);
    this.unit = unit;
    this.field = field;
    this.group = group;
    this.weight = weight;
    this.answers = Objects.requireNonNull(answers, "answers").clone();
  }

  static void checkWeight(long weight) {
    if (weight <= 0 || weight > MAX_WEIGHT) {
      throw new IllegalArgumentException("weight must be within 0.001..1000, was " + weight + " thousandths");
    }
  }

  /**
   * A builder that takes the unit, field, group and answers by their codes.
   *
   * @param questionnaire the questionnaire whose item codes the answers use
   * @param frame the frame whose unit, field and group codes the respondent uses
   * @return an empty builder (every answer blank, weight 1)
   */
  public static RespondentBuilder builder(Questionnaire questionnaire, SurveyFrame frame) {
    return new RespondentBuilder(questionnaire, frame);
  }

  Respondent withWeightUnits(long weightUnits) {
    return new Respondent(unit, field, group, weightUnits, answers);
  }

  /**
   * A respondent of weight 1, from frame positions; the answers are not checked against a questionnaire here (the
   * accumulator checks them).
   *
   * @param unit the unit's position in the {@link SurveyFrame}, 0 or more
   * @param field the service field's position, or {@link #NONE}
   * @param group the respondent group's position, or {@link #NONE}
   * @param answers one code per questionnaire item, in {@link Questionnaire#items()} order; copied
   * @return the respondent
   * @throws IllegalArgumentException if {@code unit} is negative or {@code field} or {@code group} is below {@link #NONE}
   * @throws NullPointerException if {@code answers} is null
   */
  public static Respondent of(int unit, int field, int group, int[] answers) {
    return new Respondent(unit, field, group, UNIT_WEIGHT, answers);
  }

  /**
   * A copy with another weight.
   *
   * @param weight the weight: positive, at most 1000, at most 3 decimals (see {@link #weightUnits(BigDecimal)})
   * @return the copy; this respondent is unchanged
   * @throws IllegalArgumentException if the weight is out of range or has more than 3 decimals
   * @throws NullPointerException if {@code weight} is null
   */
  public Respondent withWeight(BigDecimal weight) {
    return new Respondent(unit, field, group, weightUnits(weight), answers);
  }

  /**
   * A weight in thousandths: {@code 1.25 -> 1250}.
   *
   * @param weight the weight: positive, at most 1000, at most 3 decimals (trailing zeros beyond them are allowed
   *     within the numeric gate's 20 decimals)
   * @return the weight in thousandths
   * @throws IllegalArgumentException if it has more than 3 decimals, is out of range, or is past the library's
   *     numeric limits (e.g. {@code 1E-999999999}: checked before any arithmetic, so it cannot exhaust memory)
   */
  public static long weightUnits(BigDecimal weight) {
    Objects.requireNonNull(weight, "weight");
    String bad = io.github.parindex.internal.Numbers.problemOf(weight, "weight");
    if (bad != null) {
      throw new IllegalArgumentException(bad);
    }
    BigDecimal scaled;
    try {
      scaled = weight.setScale(WEIGHT_SCALE, java.math.RoundingMode.UNNECESSARY);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("weight " + weight.toPlainString() + " has more than 3 decimals", e);
    }
    if (scaled.signum() <= 0 || scaled.compareTo(BigDecimal.valueOf(1000)) > 0) {
      throw new IllegalArgumentException("weight must be within 0.001..1000, was " + weight.toPlainString());
    }
    return scaled.unscaledValue().longValueExact();
  }

  /**
   * The unit's position in the {@link SurveyFrame}.
   *
   * @return the position, 0 or more
   */
  public int unit() {
    return unit;
  }

  /**
   * The service field's position in the {@link SurveyFrame}.
   *
   * @return the position, or {@link #NONE}
   */
  public int field() {
    return field;
  }

  /**
   * The respondent group's position in the {@link SurveyFrame}.
   *
   * @return the position, or {@link #NONE}
   */
  public int group() {
    return group;
  }

  /**
   * The weight in thousandths.
   *
   * @return 1 to {@link #MAX_WEIGHT}; {@link #UNIT_WEIGHT} (1000) is weight 1
   */
  public long weightUnits() {
    return weight;
  }

  /**
   * The answer code for one item.
   *
   * @param position the item's position in {@link Questionnaire#items()}
   * @return the code (see {@link AnswerKind})
   * @throws ArrayIndexOutOfBoundsException if {@code position} is outside the answer array
   */
  public int answer(int position) {
    return answers[position];
  }

  /**
   * All answer codes.
   *
   * @return a copy of the answer array, in {@link Questionnaire#items()} order
   */
  public int[] answers() {
    return answers.clone();
  }

  int[] answersUnsafe() {
    return answers;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Respondent r && r.unit == unit && r.field == field && r.group == group
        && r.weight == weight && Arrays.equals(r.answers, answers);
  }

  @Override
  public int hashCode() {
    return Objects.hash(unit, field, group, weight, Arrays.hashCode(answers));
  }

  @Override
  public String toString() {
    return "Respondent[unit=" + unit + ", field=" + field + ", group=" + group + ", weight=" + weight
        + "/1000, answers=" + Arrays.toString(answers) + "]";
  }
}
