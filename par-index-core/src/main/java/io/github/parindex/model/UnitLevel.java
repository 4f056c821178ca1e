package io.github.parindex.model;

/**
 * The administrative level of a unit that a rule set scores.
 *
 * <p>The national index scores {@link #MINISTRY ministries} and {@link #PROVINCE provinces}; provinces score their
 * own {@link #DEPARTMENT departments (sở)}, {@link #DISTRICT districts} (abolished from 1 July 2025),
 * {@link #COMMUNE communes, wards and special zones} and the {@link #CENTRAL_AGENCY_IN_PROVINCE branches of central
 * agencies} located in the province.
 *
 * <pre>{@code
 * UnitLevel.DEPARTMENT.vietnameseLabel();   // "Sở, ban, ngành"
 * ruleSet.appliesTo(UnitLevel.PROVINCE, 2024);
 * }</pre>
 *
 * @since 0.1.0
 */
public enum UnitLevel {
  /** Bộ, cơ quan ngang bộ. */
  MINISTRY("Bộ, cơ quan ngang bộ"),
  /** Tỉnh, thành phố trực thuộc Trung ương. */
  PROVINCE("Tỉnh, thành phố trực thuộc Trung ương"),
  /** Sở, ban, ngành cấp tỉnh. */
  DEPARTMENT("Sở, ban, ngành"),
  /** Huyện, quận, thị xã, thành phố thuộc tỉnh (until 30 June 2025). */
  DISTRICT("Huyện, quận, thị xã, thành phố thuộc tỉnh"),
  /** Xã, phường, thị trấn, đặc khu. */
  COMMUNE("Xã, phường, thị trấn, đặc khu"),
  /** Cơ quan Trung ương đóng trên địa bàn tỉnh (tax department, treasury, social insurance, ...). */
  CENTRAL_AGENCY_IN_PROVINCE("Cơ quan ngành dọc Trung ương trên địa bàn tỉnh"),
  /** Any other unit a provincial rule set scores (public service units, boards, ...). */
  OTHER("Khác");

  private final String vietnameseLabel;

  UnitLevel(String vietnameseLabel) {
    this.vietnameseLabel = vietnameseLabel;
  }

  /** {@return the official Vietnamese name of the level} */
  public String vietnameseLabel() {
    return vietnameseLabel;
  }
}
