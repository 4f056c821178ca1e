package io.github.parindex.model;

/**
 * Where a leaf's points come from.
 *
 * <p>The unit self-assesses only {@link #APPRAISAL} and {@link #OUTCOME_DATA} leaves; survey leaves are measured by
 * sociological surveys that the unit does not score itself (BNV guidance, see {@code docs/reference}).
 *
 * <pre>{@code
 * PointSource.CITIZENS_SURVEY.isSurvey();   // true: measured, never self-assessed
 * LeafInput.measured("8.1", Answer.percent("84.73"));
 * }</pre>
 *
 * @since 0.1.0
 */
public enum PointSource {
  /** Self-assessed by the unit with evidence, then appraised by a council (điểm thẩm định). */
  APPRAISAL("Thẩm định"),
  /** Survey of leaders, managers and civil servants (khảo sát lãnh đạo, quản lý). */
  LEADERS_SURVEY("Khảo sát lãnh đạo, quản lý"),
  /** Survey of citizens and organisations, i.e. SIPAS (Chỉ số hài lòng). */
  CITIZENS_SURVEY("Khảo sát người dân, tổ chức (SIPAS)"),
  /** Outcome data such as socio-economic indicators (tác động đến phát triển kinh tế - xã hội). */
  OUTCOME_DATA("Số liệu kết quả");

  private final String vietnameseLabel;

  PointSource(String vietnameseLabel) {
    this.vietnameseLabel = vietnameseLabel;
  }

  /** {@return the name the decisions use, e.g. {@code "Số liệu kết quả"}} */
  public String vietnameseLabel() {
    return vietnameseLabel;
  }

  /** {@return whether the points come from a sociological survey and so cannot be self-assessed} */
  public boolean isSurvey() {
    return this == LEADERS_SURVEY || this == CITIZENS_SURVEY;
  }
}
