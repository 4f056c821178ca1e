package io.github.parindex.method;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** The quick exactness test of {@link MethodSupport#divide} agrees with multiplying back, and with worked cases. */
class DivisionProperties {

  /** The definition the quick test must agree with: divide to 34 digits, exact when it multiplies back. */
  static MethodSupport.Quotient reference(BigDecimal dividend, BigDecimal divisor) {
    BigDecimal q = dividend.divide(divisor, MathContext.DECIMAL128);
    boolean exact = q.multiply(divisor).compareTo(dividend) == 0;
    return new MethodSupport.Quotient(exact ? q.stripTrailingZeros() : q, exact);
  }

  @Property(tries = 2000)
  void agreesWithMultiplyingBack(@ForAll @LongRange(min = 0, max = 10_000_000) long numerator,
      @ForAll @LongRange(min = 1, max = 10_000_000) long denominator, @ForAll @IntRange(max = 6) int numScale,
      @ForAll @IntRange(max = 6) int denScale) {
    BigDecimal n = BigDecimal.valueOf(numerator, numScale);
    BigDecimal d = BigDecimal.valueOf(denominator, denScale);
    MethodSupport.Quotient q = MethodSupport.divide(n, d);
    MethodSupport.Quotient r = reference(n, d);
    assertThat(q.exact()).isEqualTo(r.exact());
    assertThat(q.value()).isEqualTo(r.value()); // same scale too: the texts and points stay byte for byte
  }

  @Property(tries = 500)
  void agreesOnLongOperandsToo(@ForAll @LongRange(min = 0) long a, @ForAll @LongRange(min = 1) long b,
      @ForAll @IntRange(max = 20) int scale) {
    BigDecimal n = new BigDecimal(BigDecimal.valueOf(a).toBigInteger().multiply(java.math.BigInteger.valueOf(a)),
        scale);
    BigDecimal d = BigDecimal.valueOf(b, scale / 2);
    MethodSupport.Quotient q = MethodSupport.divide(n, d);
    MethodSupport.Quotient r = reference(n, d);
    assertThat(q.exact()).isEqualTo(r.exact());
    assertThat(q.value()).isEqualTo(r.value());
  }

  @Test
  void workedCases() {
    // 2 × 7 / 8 = 1.75 exactly
    assertThat(MethodSupport.divide(new BigDecimal("14"), new BigDecimal("8")).value()).isEqualTo(new BigDecimal("1.75"));
    // 1 / 3 never terminates: 0.333… to 34 digits
    MethodSupport.Quotient third = MethodSupport.divide(BigDecimal.ONE, new BigDecimal("3"));
    assertThat(third.exact()).isFalse();
    assertThat(third.value().precision()).isEqualTo(34);
    assertThat(third.text()).isEqualTo("0." + "3".repeat(34) + " (to 34 significant digits)");
    // 1 / 2^120 terminates, but needs 84 significant digits: rounded to 34, so not exact
    BigDecimal twoTo120 = new BigDecimal(java.math.BigInteger.TWO.pow(120));
    assertThat(MethodSupport.divide(BigDecimal.ONE, twoTo120).exact()).isFalse();
    // 250.00 / 100 = 2.5, without trailing zeros
    assertThat(MethodSupport.divide(new BigDecimal("250.00"), new BigDecimal("100")).value())
        .isEqualTo(new BigDecimal("2.5"));
  }
}
