package io.github.parindex.sipas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Wilson score intervals (z = 1.96) against values worked out by hand. */
class WilsonTest {

  static ConfidenceInterval w(String x, String n) {
    return ConfidenceInterval.wilson(new BigDecimal(x), new BigDecimal(n));
  }

  @Test
  void eightOfTen() {
    // p = 0.8, n = 10, z² = 3.8416, z²/n = 0.38416, d = 1.38416
    // centre = (0.8 + 3.8416/20)/d = 0.99208/1.38416 = 0.716738…
    // √(0.8·0.2/10 + 3.8416/400) = √(0.016 + 0.009604) = √0.025604 = 0.160012…
    // half = 1.96/1.38416 × 0.160012 = 0.226581…  → 0.490157, 0.943319 → 49.02, 94.33
    ConfidenceInterval ci = w("8", "10");
    assertThat(ci.lower()).isEqualByComparingTo("49.02");
    assertThat(ci.upper()).isEqualByComparingTo("94.33");
    assertThat(ci.toString()).isEqualTo("95% CI 49.02–94.33 (Wilson, n = 10)");
  }

  @Test
  void zeroOfTenHasAnExactSquareRoot() {
    // p = 0: centre = 0.19208/1.38416; √(0 + 0.009604) = 0.098 exactly; half = 1.96 × 0.098/1.38416 = 0.19208/1.38416
    // lower = 0 exactly; upper = 0.38416/1.38416 = 0.2775401…  → 0.00, 27.75
    ConfidenceInterval ci = w("0", "10");
    assertThat(ci.exactLower()).isEqualByComparingTo("0");
    assertThat(ci.upper()).isEqualByComparingTo("27.75");
    // all ten: the mirror image, 1 − 0.2775401… = 0.7224598… → 72.25, 100.00
    ConfidenceInterval all = w("10", "10");
    assertThat(all.lower()).isEqualByComparingTo("72.25");
    assertThat(all.upper()).isEqualByComparingTo("100.00");
  }

  @Test
  void aProvincialSample() {
    // 365 of 400: p = 0.9125, z²/n = 0.009604, d = 1.009604; centre = (0.9125 + 0.004802)/d = 0.908576…
    // √(0.9125·0.0875/400 + 3.8416/640000) = √(0.00019960938 + 0.0000060025) = √0.00020561188 = 0.0143392…
    // half = 1.96/1.009604 × 0.0143392 = 0.0278377… → 0.880739, 0.936413 → 88.07, 93.64
    ConfidenceInterval ci = w("365", "400");
    assertThat(ci.lower()).isEqualByComparingTo("88.07");
    assertThat(ci.upper()).isEqualByComparingTo("93.64");
    // the exact bounds carry 34 significant digits
    assertThat(ci.exactLower().precision()).isGreaterThanOrEqualTo(30);
  }

  @Test
  void rejectsImpossibleInput() {
    assertThatThrownBy(() -> w("1", "0")).hasMessageContaining("n > 0");
    assertThatThrownBy(() -> w("11", "10")).hasMessageContaining("within 0..10");
  }

  @Test
  void aSampleSizePastTheLimitsIsRefusedBeforeAnyArithmeticOrText() {
    // 10^999999999 respondents cannot be surveyed; its plain text (in a message or toString) has a billion digits
    assertThatThrownBy(() -> w("1", "1E+999999999")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1E+999999999").hasMessageContaining("limit");
    // n = 10^-1500000000: 1 success is more than n, but the message must not write n out in full
    assertThatThrownBy(() -> w("1", "1E-1500000000")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1E-1500000000");
    assertThatThrownBy(() -> ConfidenceInterval.ofShare(new BigDecimal("0.5"), new BigDecimal("1E+25")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("limit");
    assertThatThrownBy(() -> new ConfidenceInterval(BigDecimal.ZERO, BigDecimal.ONE, new BigDecimal("1E+999999999")))
        .isInstanceOf(IllegalArgumentException.class);
    // a share past 0..1 with a huge exponent is named in scientific notation
    assertThatThrownBy(() -> ConfidenceInterval.ofShare(new BigDecimal("2E+999999999"), BigDecimal.TEN))
        .hasMessageContaining("2E+999999999");
    // at the limits: 20 digits before the point (an effective size of 10^20 - 1) is scored
    ConfidenceInterval big = ConfidenceInterval.ofShare(new BigDecimal("0.5"), new BigDecimal("9".repeat(20)));
    assertThat(big.lower()).isEqualByComparingTo("50.00");
    assertThat(big.upper()).isEqualByComparingTo("50.00");
  }
}
