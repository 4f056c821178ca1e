package io.github.parindex.audit;

import io.github.parindex.model.ParIndexException;
import io.github.parindex.model.Problem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A published result table: its title, where it was published, and its rows in the published order.
 *
 * <pre>{@code
 * PublishedTable table = PublishedTable.builder()
 *     .title("Bình Dương 2017, Chỉ số CCHC cấp huyện")
 *     .source("Quyết định công bố Chỉ số CCHC năm 2017")
 *     .addRows(row1, row2)
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class PublishedTable {

  /** {@return the table's title as published, e.g. {@code "PAR Index 2017, cấp huyện"}} */
  public abstract String title();

  /** {@return where the figures were published, if recorded} */
  public abstract Optional<String> source();

  /** {@return the rows, in the table's order} */
  public abstract List<PublishedRow> rows();

  /**
   * When the table is an excerpt, the number of units of the full table it was taken from (e.g. 4 rows of a
   * ranking of 20): ranks are then checked for order, not position, unless every unit was scored, and units
   * scored but not listed are not discrepancies.
   *
   * @return the size of the full table, if this is an excerpt
   * @since 0.1.0
   */
  public abstract OptionalInt excerptOf();

  /**
   * The row for a unit.
   *
   * @param unit the unit as the table names it (its {@link PublishedRow#unit()})
   * @return the row, or empty when the table has none for it
   */
  public Optional<PublishedRow> row(String unit) {
    return rows().stream().filter(r -> r.unit().equals(unit)).findFirst();
  }

  /**
   * Checks the table when it is built.
   *
   * @throws ParIndexException listing every unit that appears twice, and every rank or row count past an
   *     excerpt's size
   */
  @Value.Check
  protected void check() {
    List<Problem> problems = new ArrayList<>();
    excerptOf().ifPresent(n -> {
      if (n < rows().size()) {
        problems.add(Problem.general("an excerpt of " + n + " units cannot list " + rows().size() + " rows"));
      }
      rows().forEach(r -> r.rank().ifPresent(k -> {
        if (k > n) {
          problems.add(Problem.general(r.location().map(l -> l + ": ").orElse("") + "unit " + r.unit()
              + " has rank " + k + " in a table of " + n + " units").forUnit(r.unit()));
        }
      }));
    });
    Set<String> seen = new HashSet<>();
    for (PublishedRow r : rows()) {
      if (!seen.add(r.unit())) {
        problems.add(Problem.general(r.location().map(l -> l + ": ").orElse("") + "unit " + r.unit()
            + " appears more than once").forUnit(r.unit()));
      }
    }
    if (!problems.isEmpty()) {
      throw new ParIndexException("published table " + title() + " is inconsistent", problems);
    }
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link PublishedTable}; {@code title} is required.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutablePublishedTable.Builder {}
}
