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

  /** {@return the unit scored} */
  public abstract AdministrativeUnit unit();

  /** {@return the id of the rule set the unit was scored with} */
  public abstract String ruleSetId();

  /** {@return the version of that rule set} */
  public abstract String ruleSetVersion();

  /** {@return the assessment year} */
  public abstract int year();

  /** {@return the rounding the rule set applied, for readers of the numbers} */
  public abstract RoundingPolicy rounding();

  /** {@return the components (lĩnh vực) with their subtrees, in the rule set's order} */
  public abstract List<NodeScore> nodes();

  /** {@return the rule set's maximum total, in points} */
  public abstract BigDecimal maximum();

  /** {@return the maximum less what does not apply to this unit, in points} */
  public abstract BigDecimal effectiveMaximum();

  /** {@return the total points as published} */
  public abstract BigDecimal totalPoints();

  /** {@return the total before the published rounding (see {@link NodeScore#exactPoints()})} */
  public abstract BigDecimal exactTotal();

  /** {@return the published total / effective maximum × 100, in percent, rounded by the rule set's index rule} */
  public abstract BigDecimal index();

  /** {@return the grade band the index reaches, or empty when it reaches none or the rule set has no grades} */
  public abstract Optional<GradeBand> grade();

  /** {@return how the total and index were reached, one step per line} */
  public abstract List<String> arithmetic();

  /** {@return every rounding applied to the total and index, in the order applied} */
  public abstract List<RoundingStep> roundingSteps();

  /** {@return every node by code, in tree order (parents first); unmodifiable} */
  @Value.Lazy
  public Map<String, NodeScore> nodesByCode() {
    Map<String, NodeScore> byCode = new LinkedHashMap<>();
    nodes().forEach(n -> n.forEach(s -> byCode.put(s.code(), s)));
    return Collections.unmodifiableMap(byCode);
  }

  /**
   * The node with a code, at any depth.
   *
   * @param code the node's code, e.g. {@code "3.1.2"}
   * @return the node, or empty if the rule set has none with that code
   */
  public Optional<NodeScore> node(String code) {
    return Optional.ofNullable(nodesByCode().get(code));
  }

  /** {@return the leaves in tree order} */
  public List<NodeScore> leaves() {
    List<NodeScore> leaves = new ArrayList<>();
    nodesByCode().values().forEach(n -> {
      if (n.isLeaf()) {
        leaves.add(n);
      }
    });
    return leaves;
  }

  /**
   * The index before rounding, to 34 significant digits; used to break ties.
   *
   * @return exact total × 100 / effective maximum in percent; zero when nothing applies
   */
  public BigDecimal exactIndex() {
    return effectiveMaximum().signum() == 0 ? BigDecimal.ZERO
        : exactTotal().multiply(BigDecimal.valueOf(100)).divide(effectiveMaximum(), java.math.MathContext.DECIMAL128);
  }

  /**
   * Decimals with a negative scale kept with scale 0 ({@link ExactValues}), so that reports read back equal.
   * Called by the generated immutable class; not for use.
   *
   * @return this scorecard, or a copy whose decimals have scale 0 where they had a negative scale
   */
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
