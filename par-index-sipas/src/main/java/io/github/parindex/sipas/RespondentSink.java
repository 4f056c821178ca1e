package io.github.parindex.sipas;

/**
 * Where a reader delivers respondents, one at a time, as primitives (no allocation per row). A
 * {@link SurveyAccumulator} is one; a custom sink can filter, copy or count.
 *
 * <pre>{@code
 * RespondentSink counting = (unit, field, group, weight, answers) -> rows.incrementAndGet();
 * RespondentSink acc = new SurveyAccumulator(questionnaire, frame, method);
 * }</pre>
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface RespondentSink {
  /**
   * Takes one respondent; {@code answers} may be reused by the caller after the call returns.
   *
   * @param unit the unit's position in the {@link SurveyFrame}
   * @param field the service field's position, or {@link Respondent#NONE}
   * @param group the respondent group's position, or {@link Respondent#NONE}
   * @param weight the weight in thousandths ({@link Respondent#UNIT_WEIGHT} = 1)
   * @param answers one code per questionnaire item
   * @throws IllegalArgumentException if the row cannot be taken (naming the bad value)
   */
  void add(int unit, int field, int group, long weight, int[] answers);
}
