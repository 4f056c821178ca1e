package io.github.parindex.testkit;

import io.github.parindex.audit.Discrepancy;
import io.github.parindex.audit.Reconciliation;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link Reconciliation}; start with {@link ParIndexAssertions#assertThat(Reconciliation)}.
 *
 * <pre>{@code
 * assertThat(Reconciliation.of(table, cards)).isClean();
 * assertThat(mutated).hasDiscrepancy("PG", "rank", Discrepancy.Kind.VALUE_MISMATCH).hasDiscrepancyCount(4);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ReconciliationAssert extends AbstractAssert<ReconciliationAssert, Reconciliation> {

  ReconciliationAssert(Reconciliation actual) {
    super(actual, ReconciliationAssert.class);
  }

  /**
   * Every published figure is reproduced; on failure, every discrepancy is listed.
   *
   * @return this, for chaining
   */
  public ReconciliationAssert isClean() {
    isNotNull();
    if (!actual.isClean()) {
      failWithMessage("%s", actual.toString());
    }
    return this;
  }

  /**
   * There is a discrepancy of this kind for this unit and field.
   *
   * @param unit the unit's code as in the published table
   * @param field the table's field, e.g. {@code "rank"} or {@code "index"}
   * @param kind the kind of discrepancy
   * @return this, for chaining
   */
  public ReconciliationAssert hasDiscrepancy(String unit, String field, Discrepancy.Kind kind) {
    isNotNull();
    boolean found = actual.discrepancies().stream()
        .anyMatch(d -> d.unit().equals(unit) && d.field().equals(field) && d.kind() == kind);
    if (!found) {
      failWithMessage("expected a %s discrepancy for %s %s, but %s", kind, unit, field, actual);
    }
    return this;
  }

  /**
   * The number of discrepancies.
   *
   * @param expected the exact number expected
   * @return this, for chaining
   */
  public ReconciliationAssert hasDiscrepancyCount(int expected) {
    isNotNull();
    if (actual.discrepancies().size() != expected) {
      failWithMessage("expected %s discrepancies but found %s:%n%s", expected, actual.discrepancies().size(),
          actual.discrepancies().stream().map(Discrepancy::toString).collect(Collectors.joining("\n")));
    }
    return this;
  }
}
