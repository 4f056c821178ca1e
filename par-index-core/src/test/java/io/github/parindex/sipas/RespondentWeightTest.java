package io.github.parindex.sipas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Weights pass the numeric gate before any arithmetic: a huge exponent is an error, not an OutOfMemoryError. */
class RespondentWeightTest {
  @Test
  void weightsPastTheNumericLimitsAreRejectedCheaply() {
    assertThatThrownBy(() -> Respondent.weightUnits(new BigDecimal("1E-999999999")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("weight with scale 999999999 has 999999999 digits after the decimal point; the limit is 20");
    assertThatThrownBy(() -> Respondent.weightUnits(new BigDecimal("1e999999999")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("digits before the decimal point; the limit is 20");
  }

  @Test
  void ordinaryWeightsAreThousandths() {
    assertThat(Respondent.weightUnits(new BigDecimal("1.25"))).isEqualTo(1250);
    assertThat(Respondent.weightUnits(new BigDecimal("1000"))).isEqualTo(1_000_000);
    assertThat(Respondent.weightUnits(new BigDecimal("0.5000"))).isEqualTo(500);
    assertThatThrownBy(() -> Respondent.weightUnits(new BigDecimal("0.0005")))
        .hasMessageContaining("more than 3 decimals");
  }
}
