package io.github.parindex.method;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The bound on the improvement options of a count ({@link MethodSupport#MAX_COUNT_STEPS}, 100): a count lists at
 * most 100 other counts, however far its cap or however large the current count, so a count of 10^19 costs no more
 * than a count of 1.
 */
class CountStepsLimitTest {

  @Test
  void theBoundIsAHundred() {
    assertThat(MethodSupport.MAX_COUNT_STEPS).isEqualTo(100);
  }

  @Test
  void countTimesPointsListsAtMostAHundredLargerCounts() {
    // at: 0.01 a count, maximum 1: the maximum is reached at count 100, the 100th option
    List<Improvement> at = Methods.countTimesPoints("0.01").improvements(Optional.of(Answer.count(0)),
        BigDecimal.ZERO, BigDecimal.ONE);
    assertThat(at).hasSize(100);
    assertThat(at.get(99).answer()).isEqualTo(Answer.count(100));
    assertThat(at.get(99).points()).isEqualByComparingTo("1");
    // past: maximum 1.01 is reached at count 101, one step beyond the bound: counts 1..100 are listed, not 101
    List<Improvement> past = Methods.countTimesPoints("0.01").improvements(Optional.of(Answer.count(0)),
        BigDecimal.ZERO, new BigDecimal("1.01"));
    assertThat(past).hasSize(100);
    assertThat(past.get(99).answer()).isEqualTo(Answer.count(100));
    assertThat(past.get(99).points()).isEqualByComparingTo("1.00");
  }

  @Test
  void deductionPerEventTriesFromAHundredEventsAtMost() {
    DeductionPerEvent m = Methods.deductionPerEvent("0.01", "0");
    // at: 100 events on a maximum of 10 give 9; the options are 99, 98, ..., 0 events
    List<Improvement> at = m.improvements(Optional.of(Answer.count(100)), new BigDecimal("9"), BigDecimal.TEN);
    assertThat(at).hasSize(100);
    assertThat(at.get(0).answer()).isEqualTo(Answer.count(99));
    assertThat(at.get(0).points()).isEqualByComparingTo("9.01");
    assertThat(at.get(99).answer()).isEqualTo(Answer.count(0));
    // past: 10^19 events (points at the floor, 0): still 99 down to 0, a hundred options
    Answer huge = new Answer.Count(BigInteger.TEN.pow(19));
    List<Improvement> past = m.improvements(Optional.of(huge), BigDecimal.ZERO, BigDecimal.TEN);
    assertThat(past).hasSize(100);
    assertThat(past.get(0).answer()).isEqualTo(Answer.count(99));
  }
}
