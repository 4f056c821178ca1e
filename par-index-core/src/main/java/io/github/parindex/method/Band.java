package io.github.parindex.method;

import static io.github.parindex.method.MethodSupport.HUNDRED;
import static io.github.parindex.method.MethodSupport.plain;
import static io.github.parindex.method.MethodSupport.vn;

import io.github.parindex.internal.Numbers;
import java.math.BigDecimal;

/**
 * One band of a {@link PercentBands} method: a range of percentages and the points it earns. Build them with
 * {@link #exactly}, {@link #between} (from inclusive, to exclusive), {@link #atLeast}, {@link #below} or
 * {@link #of} for any combination of open and closed ends. Every number passes the numeric gate.
 *
 * <pre>{@code
 * Band.between("80", "100", "0.5");   // từ 80% đến dưới 100%: 0,5 điểm
 * }</pre>
 *
 * @param from lower end in percent
 * @param fromInclusive whether {@code from} itself is in the band
 * @param to upper end in percent
 * @param toInclusive whether {@code to} itself is in the band
 * @param points the points the band earns
 * @since 0.1.0
 */
public record Band(BigDecimal from, boolean fromInclusive, BigDecimal to, boolean toInclusive, BigDecimal points) {
  /**
   * Checks the numbers against the numeric gate.
   *
   * @param from lower end in percent
   * @param fromInclusive whether {@code from} itself is in the band
   * @param to upper end in percent
   * @param toInclusive whether {@code to} itself is in the band
   * @param points the points the band earns
   * @throws NullPointerException if a number is null
   * @throws io.github.parindex.model.ParIndexException if a number is past the library's limits
   */
  public Band {
    from = Numbers.check(from, "band from");
    to = Numbers.check(to, "band to");
    points = Numbers.check(points, "band points");
  }

  /**
   * Any band: {@code Band.of("50", false, "80", true, "0.5")} is "trên 50% đến 80%".
   *
   * @param from lower end in percent
   * @param fromInclusive whether {@code from} is in the band
   * @param to upper end in percent
   * @param toInclusive whether {@code to} is in the band
   * @param points the points
   * @return the band
   * @throws io.github.parindex.model.ParIndexException if a number is not a decimal within the library's limits
   */
  public static Band of(String from, boolean fromInclusive, String to, boolean toInclusive, String points) {
    return new Band(Numbers.parse(from, "band from"), fromInclusive, Numbers.parse(to, "band to"), toInclusive,
        Numbers.parse(points, "band points"));
  }

  /**
   * Exactly {@code percent}, e.g. "100%: 1 điểm".
   *
   * @param percent the percentage
   * @param points the points
   * @return the band
   * @throws io.github.parindex.model.ParIndexException if a number is not a decimal within the library's limits
   */
  public static Band exactly(String percent, String points) {
    return of(percent, true, percent, true, points);
  }

  /**
   * From {@code from} (inclusive) to under {@code to}: "từ 80% đến dưới 100%".
   *
   * @param from lower end, inclusive
   * @param to upper end, exclusive
   * @param points the points
   * @return the band
   * @throws io.github.parindex.model.ParIndexException if a number is not a decimal within the library's limits
   */
  public static Band between(String from, String to, String points) {
    return of(from, true, to, false, points);
  }

  /**
   * From {@code from} (inclusive) up to 100% inclusive: "từ 80% trở lên".
   *
   * @param from lower end, inclusive
   * @param points the points
   * @return the band
   * @throws io.github.parindex.model.ParIndexException if a number is not a decimal within the library's limits
   */
  public static Band atLeast(String from, String points) {
    return of(from, true, "100", true, points);
  }

  /**
   * From 0% up to under {@code to}: "dưới 80%".
   *
   * @param to upper end, exclusive
   * @param points the points
   * @return the band
   * @throws io.github.parindex.model.ParIndexException if a number is not a decimal within the library's limits
   */
  public static Band below(String to, String points) {
    return of("0", true, to, false, points);
  }

  boolean contains(Answer.Rate rate) {
    int lo = rate.comparePercent(from);
    int hi = rate.comparePercent(to);
    return (fromInclusive ? lo >= 0 : lo > 0) && (toInclusive ? hi <= 0 : hi < 0);
  }

  /**
   * The band in words.
   *
   * @return e.g. {@code "from 80% to under 100%"}
   */
  public String describe() {
    if (from.compareTo(to) == 0) {
      return plain(from) + "%";
    }
    boolean fromZero = from.signum() == 0 && fromInclusive;
    boolean toHundred = to.compareTo(HUNDRED) == 0 && toInclusive;
    if (fromZero && !toInclusive) {
      return "under " + plain(to) + "%";
    }
    if (fromZero) {
      return "up to " + plain(to) + "%";
    }
    String low = (fromInclusive ? "from " : "above ") + plain(from) + "%";
    if (toHundred) {
      return low + " up";
    }
    return low + (toInclusive ? " to " : " to under ") + plain(to) + "%";
  }

  /**
   * The band as a scoring text prints it, e.g. {@code "từ 80% đến dưới 100%"}, {@code "dưới 80%"},
   * {@code "từ 90% trở lên"}, {@code "100%"}; numbers keep their scale and take a decimal comma.
   *
   * @return the band in Vietnamese, without its points
   */
  public String scoringText() {
    String fromText = vn(from) + "%";
    String toText = vn(to) + "%";
    if (from.compareTo(to) == 0 && fromInclusive && toInclusive) {
      return fromText;
    }
    if (from.signum() == 0 && fromInclusive && from.scale() == 0) {
      return toInclusive ? "từ " + toText + " trở xuống" : "dưới " + toText;
    }
    if (toInclusive && to.equals(HUNDRED)) {
      return fromInclusive ? "từ " + fromText + " trở lên" : "trên " + fromText;
    }
    return (fromInclusive ? "từ " : "trên ") + fromText + " đến " + (toInclusive ? "" : "dưới ") + toText;
  }
}
