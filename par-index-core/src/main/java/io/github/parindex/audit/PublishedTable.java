package io.github.parindex.audit;

import io.github.parindex.model.ParIndexException;
import io.github.parindex.model.Problem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
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
 */
@Value.Immutable
public abstract class PublishedTable {

  public abstract String title();

  /** Where the figures were published, if recorded. */
  public abstract Optional<String> source();

  public abstract List<PublishedRow> rows();

  /** The row for a unit, by the table's unit key. */
  public Optional<PublishedRow> row(String unit) {
    return rows().stream().filter(r -> r.unit().equals(unit)).findFirst();
  }

  @Value.Check
  protected void check() {
    List<Problem> problems = new ArrayList<>();
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

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PublishedTable}; {@code title} is required. */
  public static final class Builder extends ImmutablePublishedTable.Builder {}
}
