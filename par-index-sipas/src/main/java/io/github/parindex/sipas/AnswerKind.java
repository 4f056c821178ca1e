package io.github.parindex.sipas;

/**
 * The kind of a questionnaire item, which fixes how its answers are coded in a {@link Respondent} row.
 *
 * <p>Every kind also accepts {@link #BLANK} (the respondent left the question empty) and {@link #NO_OPINION}
 * ("không có ý kiến"); whether those count in a denominator is declared by {@link SipasMethod.ValidAnswers}.
 *
 * <pre>{@code
 * int[] answers = {5, 4, AnswerKind.NO_OPINION, AnswerKind.BLANK, 2, 0b101};
 * //               sat  sat  sat               sat               judgement (option 2)  expectation (options 1 and 3)
 * }</pre>
 *
 * @since 0.1.0
 */
public enum AnswerKind {
  /**
   * The 5-level satisfaction scale, coded 1..5: 1 rất không hài lòng, 2 không hài lòng, 3 bình thường,
   * 4 hài lòng, 5 rất hài lòng. Satisfied means 4 or 5.
   */
  SATISFACTION,
  /** A single-choice judgement (nhận định) question, coded 1..k for its k options in the order listed. */
  JUDGEMENT,
  /**
   * A multi-select needs/expectations (mong đợi) question: a bit mask, bit {@code j-1} set when option {@code j} is
   * ticked (at most 30 options); 0 is blank (nothing ticked).
   */
  EXPECTATION;

  /** The code of a blank answer (the question was left empty; for expectations: nothing ticked). */
  public static final int BLANK = 0;

  /** The code of "không có ý kiến" (no opinion / does not know). */
  public static final int NO_OPINION = -1;

  /** Rất không hài lòng. */
  public static final int VERY_DISSATISFIED = 1;
  /** Không hài lòng. */
  public static final int DISSATISFIED = 2;
  /** Bình thường. */
  public static final int NEUTRAL = 3;
  /** Hài lòng. */
  public static final int SATISFIED = 4;
  /** Rất hài lòng. */
  public static final int VERY_SATISFIED = 5;

  /** The labels of the satisfaction scale, code 1 first. */
  public static final java.util.List<String> SATISFACTION_LABELS = java.util.List.of(
      "Rất không hài lòng", "Không hài lòng", "Bình thường", "Hài lòng", "Rất hài lòng");
}
