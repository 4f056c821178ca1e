package io.github.parindex.method;

import io.github.parindex.internal.Numbers;
import java.util.List;
import java.util.Optional;

/**
 * Static factories of the built-in scoring methods, one record per file in this package. Every number given as
 * text passes the numeric gate (at most 20 digits before and after the decimal point).
 *
 * <pre>{@code
 * Methods.directPoints();                                              // 0 .. max, given directly
 * Methods.percentBands(Band.exactly("100", "1"),                       // 100%: 1 điểm
 *                      Band.between("80", "100", "0.5"),               // từ 80% đến dưới 100%: 0,5 điểm
 *                      Band.below("80", "0"));                         // dưới 80%: 0 điểm
 * Methods.proportional();                                              // max × rate
 * Methods.yesNo("1", "0");                                             // Có: 1 điểm; Không: 0 điểm
 * Methods.levels(Level.of("Thực hiện tốt", "2.5"), Level.of("Có thực hiện đầy đủ", "2.0"),
 *                Level.of("Thực hiện chưa đầy đủ", "1.0"), Level.of("Không thực hiện", "0"));
 * Methods.countTimesPoints("0.25");                                    // 0,25 điểm mỗi ..., capped at max
 * Methods.deadline("1", "0.5", "0");                                   // đúng hạn / chậm / không thực hiện
 * Methods.deductionPerEvent("0.5", "0");                               // mỗi ... trừ 0,5 điểm, from max down to 0
 * Methods.surveyShare();                                               // SIPAS% / 100 × max
 * }</pre>
 *
 * <p>Every method checks its own definition against the leaf's maximum ({@link ScoringMethod#definitionProblems})
 * and every answer ({@link ScoringMethod#answerProblems}); nothing is clamped silently.
 *
 * @since 0.1.0
 */
public final class Methods {
  private Methods() {}

  /**
   * Points given directly, between 0 and the leaf's maximum. Reads {@link Answer.Points}.
   *
   * @return the method
   */
  public static DirectPoints directPoints() {
    return new DirectPoints();
  }

  /**
   * Points by the band a percentage falls in. Reads {@link Answer.Rate}.
   *
   * @param bands the bands, in the order the decision prints them
   * @return the method
   */
  public static PercentBands percentBands(Band... bands) {
    return new PercentBands(List.of(bands));
  }

  /**
   * Points by the band a percentage falls in, from a list (as a reader of rule files builds it).
   *
   * @param bands the bands
   * @return the method
   */
  public static PercentBands percentBands(List<Band> bands) {
    return new PercentBands(bands);
  }

  /**
   * The maximum times a rate. Reads {@link Answer.Rate}.
   *
   * @return the method
   */
  public static Proportional proportional() {
    return new Proportional();
  }

  /**
   * Points for Có and for Không. Reads {@link Answer.YesNo}.
   *
   * @param yesPoints the points for yes, e.g. {@code "1"}
   * @param noPoints the points for no
   * @return the method
   * @throws io.github.parindex.model.ParIndexException if a number is not a decimal within the library's limits
   */
  public static YesNo yesNo(String yesPoints, String noPoints) {
    return new YesNo(Numbers.parse(yesPoints, "yesPoints"), Numbers.parse(noPoints, "noPoints"));
  }

  /**
   * Graded levels, best first. Reads {@link Answer.Level}.
   *
   * @param levels the levels, best first
   * @return the method
   */
  public static GradedLevels levels(Level... levels) {
    return new GradedLevels(List.of(levels));
  }

  /**
   * Graded levels, best first, from a list.
   *
   * @param levels the levels, best first
   * @return the method
   */
  public static GradedLevels levels(List<Level> levels) {
    return new GradedLevels(levels);
  }

  /**
   * Points for each counted item, capped at the leaf's maximum. Reads {@link Answer.Count}.
   *
   * @param pointsEach the points per item
   * @return the method
   * @throws io.github.parindex.model.ParIndexException if the number is not a decimal within the library's limits
   */
  public static CountTimesPoints countTimesPoints(String pointsEach) {
    return new CountTimesPoints(Numbers.parse(pointsEach, "pointsEach"), Optional.empty());
  }

  /**
   * Points for each counted item, capped at {@code cap} (at most the leaf's maximum).
   *
   * @param pointsEach the points per item
   * @param cap the most points
   * @return the method
   * @throws io.github.parindex.model.ParIndexException if a number is not a decimal within the library's limits
   */
  public static CountTimesPoints countTimesPoints(String pointsEach, String cap) {
    return new CountTimesPoints(Numbers.parse(pointsEach, "pointsEach"), Optional.of(Numbers.parse(cap, "cap")));
  }

  /**
   * Points for on time, late and not done. Reads {@link Answer.Deadline}.
   *
   * @param onTime the points for on time
   * @param late the points for late
   * @param notDone the points for not done
   * @return the method
   * @throws io.github.parindex.model.ParIndexException if a number is not a decimal within the library's limits
   */
  public static Deadline deadline(String onTime, String late, String notDone) {
    return new Deadline(Numbers.parse(onTime, "onTime"), Numbers.parse(late, "late"),
        Numbers.parse(notDone, "notDone"));
  }

  /**
   * The maximum less a deduction per event, never below {@code floor}. Reads {@link Answer.Count}.
   *
   * @param perEvent the points taken off per event
   * @param floor the fewest points
   * @return the method
   * @throws io.github.parindex.model.ParIndexException if a number is not a decimal within the library's limits
   */
  public static DeductionPerEvent deductionPerEvent(String perEvent, String floor) {
    return new DeductionPerEvent(Numbers.parse(perEvent, "perEvent"), Numbers.parse(floor, "floor"));
  }

  /**
   * A survey's share in percent over 100 times the maximum. Reads {@link Answer.Rate}.
   *
   * @return the method
   */
  public static SurveyShare surveyShare() {
    return new SurveyShare();
  }
}
