package io.github.parindex.model;

import io.github.parindex.internal.Numbers;
import io.github.parindex.method.Answer;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The appraisal council's (hội đồng thẩm định) decision on one leaf: either a corrected answer scored by the leaf's
 * method, or points set directly, always with a reason. A missing reason is reported when the assessment is scored.
 *
 * <pre>{@code
 * Appraisal.ofAnswer(Answer.percent("75"), "Chỉ 15/20 văn bản ban hành đúng hạn");
 * Appraisal.ofPoints(new BigDecimal("0.5"), "Thiếu tài liệu kiểm chứng");
 * }</pre>
 *
 * @param answer the corrected answer, if the council re-scored through the leaf's method
 * @param points points set directly, if the council did not use the method
 * @param reason why the council changed or confirmed the value
 * @param appraiser who appraised, if recorded
 * @since 0.1.0
 */
public record Appraisal(Optional<Answer> answer, Optional<BigDecimal> points, String reason, Optional<String> appraiser) {
  /**
   * Checks the components; the points go through the library's numeric bounds.
   *
   * @param answer the corrected answer, if the council re-scored through the leaf's method
   * @param points points set directly, if the council did not use the method
   * @param reason why the council changed or confirmed the value
   * @param appraiser who appraised, if recorded
   * @throws NullPointerException if a component is null
   * @throws ParIndexException if the points are past the library's numeric limits
   */
  public Appraisal {
    Checks.notNull(answer, "answer");
    Checks.notNull(points, "points");
    points = points.map(p -> Numbers.check(p, "appraised points"));
    Checks.notNull(reason, "reason");
    Checks.notNull(appraiser, "appraiser");
  }

  /**
   * The council re-scored the leaf with a corrected answer, read by the leaf's method.
   *
   * @param answer the corrected answer
   * @param reason why the council changed or confirmed the answer
   * @return the appraisal, without appraiser
   */
  public static Appraisal ofAnswer(Answer answer, String reason) {
    return new Appraisal(Optional.of(answer), Optional.empty(), reason, Optional.empty());
  }

  /**
   * The council set the points directly.
   *
   * @param points the points, in the leaf's points (between 0 and its maximum when scored)
   * @param reason why the council set these points
   * @return the appraisal, without appraiser
   * @throws ParIndexException if the points are past the library's numeric limits
   */
  public static Appraisal ofPoints(BigDecimal points, String reason) {
    return new Appraisal(Optional.empty(), Optional.of(points), reason, Optional.empty());
  }

  /**
   * The council set the points directly, given as decimal text such as {@code "0.5"}.
   *
   * @param points the points as a plain decimal
   * @param reason why the council set these points
   * @return the appraisal, without appraiser
   * @throws ParIndexException if the text is not a decimal or is past the library's numeric limits
   */
  public static Appraisal ofPoints(String points, String reason) {
    return ofPoints(Numbers.parse(points, "appraised points"), reason);
  }

  /**
   * The same appraisal, recording who made it.
   *
   * @param who the appraiser, e.g. the council's name
   * @return a copy with {@code appraiser} set
   */
  public Appraisal by(String who) {
    return new Appraisal(answer, points, reason, Optional.of(who));
  }
}
