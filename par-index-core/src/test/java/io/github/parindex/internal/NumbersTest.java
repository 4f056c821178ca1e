package io.github.parindex.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.parindex.method.Answer;
import io.github.parindex.model.Appraisal;
import io.github.parindex.model.ParIndexException;
import io.github.parindex.scenario.Change;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NumbersTest {

  @Test
  void readsPlainDecimalsAndExponentsExactly() {
    assertThat(Numbers.parse("0.75", "points")).isEqualByComparingTo("0.75").hasScaleOf(2);
    assertThat(Numbers.parse("-3", "points")).isEqualTo(new BigDecimal("-3"));
    // 2E+1 is twenty; it comes back with scale 0 so that it prints as "20", never "2E+1".
    assertThat(Numbers.parse("2E+1", "points").toString()).isEqualTo("20");
    assertThat(Numbers.parse("1.5e-3", "points").toString()).isEqualTo("0.0015");
  }

  @Test
  void limitsAtAndPastTheBound() {
    String twentyDigits = "12345678901234567890";            // 20 digits before the point: at the limit
    assertThat(Numbers.parse(twentyDigits, "w")).isEqualTo(new BigDecimal(twentyDigits));
    assertThatThrownBy(() -> Numbers.parse(twentyDigits + "1", "w"))   // 21 digits: past it
        .isInstanceOf(ParIndexException.class).hasMessageContaining("21 digits before the decimal point")
        .hasMessageContaining("the limit is 20");
    String twentyPlaces = "0." + "1".repeat(20);
    assertThat(Numbers.parse(twentyPlaces, "w").scale()).isEqualTo(20);
    assertThatThrownBy(() -> Numbers.parse(twentyPlaces + "1", "w"))
        .hasMessageContaining("21 digits after the decimal point");
    String sixtyFour = "0." + "0".repeat(62);                // 64 characters, but 62 places
    assertThat(sixtyFour).hasSize(64);
    assertThatThrownBy(() -> Numbers.parse(sixtyFour, "w")).hasMessageContaining("62 digits after");
    assertThatThrownBy(() -> Numbers.parse(sixtyFour + "0", "w")).hasMessageContaining("65 characters long");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e999999999", "1E-999999999", "0E+999999999", "1e9999999999", "NaN", "Infinity",
      "0x10", " 1", "1 ", "1,5", "", "-", ".", "1e", "1e+", "--1", "1.2.3"})
  void rejectsWithTheLibrarysException(String text) {
    assertThatThrownBy(() -> Numbers.parse(text, "weight"))
        .isInstanceOf(ParIndexException.class).hasMessageContaining("weight");
  }

  @Test
  void aMillionDigitsAreRejectedByLengthBeforeAnyParsing() {
    String huge = "9".repeat(1_000_000);
    assertThatThrownBy(() -> Numbers.parse(huge, "weight"))
        .hasMessageContaining("1000000 characters long").hasMessageContaining("(1000000 characters)");
  }

  @Test
  void publicFactoriesGoThroughTheGate() {
    assertThatThrownBy(() -> Answer.points("1e999999999")).isInstanceOf(ParIndexException.class);
    assertThatThrownBy(() -> Answer.points("1E-999999999")).isInstanceOf(ParIndexException.class);
    assertThatThrownBy(() -> Answer.points("NaN")).isInstanceOf(ParIndexException.class);
    assertThatThrownBy(() -> Answer.percent("1e999999999")).isInstanceOf(ParIndexException.class);
    assertThatThrownBy(() -> Answer.points(new BigDecimal("1E-999999999")))
        .isInstanceOf(ParIndexException.class);
    assertThatThrownBy(() -> Appraisal.ofPoints("1E-999999999", "r")).isInstanceOf(ParIndexException.class);
    assertThatThrownBy(() -> Change.gradeThreshold("A", "1E-999999999")).isInstanceOf(ParIndexException.class);
    assertThatThrownBy(() -> Change.maximum("1.1", "1e999999999")).isInstanceOf(ParIndexException.class);
    assertThatThrownBy(() -> new Answer.Count(BigInteger.TEN.pow(100_000)))
        .isInstanceOf(ParIndexException.class).hasMessageContaining("more than 99657 digits").hasMessageContaining("the limit is 20 digits");
    BigInteger twentyNines = new BigInteger("9".repeat(20));                  // 10^20 − 1: at the limit
    assertThat(new Answer.Count(twentyNines).value()).isEqualTo(twentyNines);
    assertThatThrownBy(() -> new Answer.Count(twentyNines.add(BigInteger.ONE)))  // 10^20: one past it
        .isInstanceOf(ParIndexException.class);
  }
}
