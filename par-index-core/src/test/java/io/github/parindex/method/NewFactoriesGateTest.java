package io.github.parindex.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.parindex.model.ParIndexException;
import java.math.BigDecimal;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** The String factories of count bands and point ranges read their numbers through the numeric gate. */
class NewFactoriesGateTest {

  private static final String TWENTY_DIGITS = "12345678901234567890";

  private static void rejected(ThrowingCallable call, String value) {
    assertThatThrownBy(call).isInstanceOf(ParIndexException.class).hasMessageContaining(value);
  }

  @Test
  void hugeExponentsNotANumberAndTooManyDigitsAreLocatedErrors() {
    rejected(() -> CountBands.CountBand.atLeast("1e999999999", "1"), "1e999999999");
    rejected(() -> CountBands.CountBand.between("0", "NaN", "1"), "NaN");
    rejected(() -> CountBands.CountBand.below("10", "1E-999999999"), "1E-999999999");
    rejected(() -> PointRanges.Range.of("Tốt", TWENTY_DIGITS + "1", "5"), TWENTY_DIGITS + "1");
    rejected(() -> PointRanges.Range.of("Tốt", "4", "five"), "five");
  }

  @Test
  void numbersAtTheLimitAreReadExactly() {
    CountBands.CountBand b = CountBands.CountBand.between("50", TWENTY_DIGITS, "3");
    assertThat(b.from()).isEqualByComparingTo("50");
    assertThat(b.to()).isEqualTo(Optional.of(new BigDecimal(TWENTY_DIGITS)));
    assertThat(b.points()).isEqualTo(new BigDecimal("3"));
    PointRanges.Range r = PointRanges.Range.of("Tốt", "4", "5.00000000000000000001");
    assertThat(r.max()).isEqualTo(new BigDecimal("5.00000000000000000001"));
  }
}
