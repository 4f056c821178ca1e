package io.github.parindex.engine;

import io.github.parindex.internal.LibraryAccess;
import io.github.parindex.model.AdministrativeUnit;
import io.github.parindex.model.GradeBand;
import io.github.parindex.model.RoundingPolicy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The result of scoring one unit: every node's score with its explanation, the total, the effective maximum, the
 * index and the grade.
 *
 * <pre>{@code
 * Scorecard card = Engine.score(ruleSet, assessment);
 * card.index();                         // 85.78
 * card.grade().map(GradeBand::label);   // Optional[B]
 * card.node("3.1.2").flatMap(NodeScore::explanation).ifPresent(e -> System.out.print(e.render()));
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Scorecard {

  public abstract AdministrativeUnit unit();

  public abstract String ruleSetId();

  public abstract String ruleSetVersion();

  public abstract int year();

  /** The rounding the rule set applied, for readers of the numbers. */
  public abstract RoundingPolicy rounding();

  /** The components (lĩnh vực) with their subtrees, in the rule set's order. */
  public abstract List<NodeScore> nodes();

  /** The rule set's maximum total. */
  public abstract BigDecimal maximum();

  /** The maximum less what does not apply to this unit. */
  public abstract BigDecimal effectiveMaximum();

  /** The total points as published. */
  public abstract BigDecimal totalPoints();

  /** The total before the published rounding (see {@link NodeScore#exactPoints()}). */
  public abstract BigDecimal exactTotal();

  /** The published total / effective maximum × 100, rounded by the rule set's index rule. */
  public abstract BigDecimal index();

  public abstract Optional<GradeBand> grade();

  /** How the total and index were reached, one step per line. */
  public abstract List<String> arithmetic();

  /** Every rounding applied to the total and index. */
  public abstract List<RoundingStep> roundingSteps();

  /** Every node by code, in tree order. */
  @Value.Lazy
  public Map<String, NodeScore> nodesByCode() {
    Map<String, NodeScore> byCode = new LinkedHashMap<>();
    nodes().forEach(n -> n.forEach(s -> byCode.put(s.code(), s)));
    return Collections.unmodifiableMap(byCode);
  }

  public Optional<NodeScore> node(String code) {
    return Optional.ofNullable(nodesByCode().get(code));
  }

  /** The leaves in tree order. */
  public List<NodeScore> leaves() {
    List<NodeScore> leaves = new ArrayList<>();
    nodesByCode().values().forEach(n -> {
      if (n.isLeaf()) {
        leaves.add(n);
      }
    });
    return leaves;
  }

  /** The index before rounding, to 34 significant digits; used to break ties. Zero when nothing applies. */
  public BigDecimal exactIndex() {
    return effectiveMaximum().signum() == 0 ? BigDecimal.ZERO
        : exactTotal().multiply(BigDecimal.valueOf(100)).divide(effectiveMaximum(), java.math.MathContext.DECIMAL128);
  }

  /** Decimals with a negative scale kept with scale 0 ({@link ExactValues}), so that reports read back equal. */
  @Value.Check
  protected Scorecard normalised() {
    if (ExactValues.plain(maximum(), effectiveMaximum(), totalPoints(), exactTotal()) && index().scale() >= 0) {
      return this;
    }
    return builder().from(this).maximum(ExactValues.of(maximum()))
        .effectiveMaximum(ExactValues.of(effectiveMaximum())).totalPoints(ExactValues.of(totalPoints()))
        .exactTotal(ExactValues.of(exactTotal())).index(ExactValues.of(index())).build();
  }

  /**
   * A scorecard builder for the library's own modules only (the package of {@link LibraryAccess} is exported to
   * them alone), since scorecards come from the engine and from reading a report.
   *
   * @param key the library's key
   * @return an empty scorecard builder
   */
  public static Builder builder(LibraryAccess key) {
    LibraryAccess.check(key);
    return new Builder();
  }

  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Scorecard}. The engine is the source of scorecards; the builder serves readers of serialized
   * scorecards (the {@code par-index/scorecard@1} report) and tests, and does not check the figures against a rule set.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableScorecard.Builder {
    Builder() {}
  }

  @Override
  public String toString() {
    return unit() + ": " + totalPoints().toPlainString() + "/" + effectiveMaximum().toPlainString() + " = "
        + index().toPlainString() + "%" + grade().map(g -> " (" + g.label() + ")").orElse("");
  }
}
