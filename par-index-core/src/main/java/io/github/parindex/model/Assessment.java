package io.github.parindex.model;

import io.github.parindex.method.Answer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One unit's answers for one rule set and one year: the input of {@link io.github.parindex.engine.Engine}.
 *
 * <p>An assessment is only checked against its rule set when it is scored; then every problem (unknown codes,
 * missing answers, values out of range, appraisals without a reason, ...) is reported at once in one
 * {@link ParIndexException}.
 *
 * <pre>{@code
 * Assessment a = Assessment.builder()
 *     .unit(AdministrativeUnit.of("NT", "Ninh Thuận", UnitLevel.PROVINCE))
 *     .ruleSetId("vn-bnv-876-2022-province")
 *     .year(2022)
 *     .addInputs(LeafInput.self("1.1", Answer.points("2.5")))
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Assessment {

  /** {@return the unit assessed} */
  public abstract AdministrativeUnit unit();

  /** {@return the id of the rule set the answers follow} */
  public abstract String ruleSetId();

  /** {@return the assessment year (năm đánh giá), e.g. 2024 for PAR Index 2024} */
  public abstract int year();

  /** {@return one input per code; order does not matter} */
  public abstract List<LeafInput> inputs();

  /**
   * {@return the inputs by code. Duplicate codes are reported when the assessment is scored; the first one is kept
   * here}
   */
  @Value.Lazy
  public Map<String, LeafInput> inputsByCode() {
    Map<String, LeafInput> byCode = new LinkedHashMap<>();
    for (LeafInput in : inputs()) {
      byCode.putIfAbsent(in.code(), in);
    }
    return java.util.Collections.unmodifiableMap(byCode);
  }

  /**
   * The input for one criterion code.
   *
   * @param code a leaf's code, e.g. {@code "1.1"}
   * @return the first input with that code, or empty when there is none
   */
  public Optional<LeafInput> input(String code) {
    return Optional.ofNullable(inputsByCode().get(code));
  }

  /**
   * A copy with one input replaced or added; every other input is kept in order.
   *
   * @param input the new input; it replaces the first input with the same code (later duplicates are dropped)
   * @return a copy with the input for {@code input.code()} replaced, or added at the end
   */
  public Assessment withInput(LeafInput input) {
    List<LeafInput> copy = new java.util.ArrayList<>();
    boolean replaced = false;
    for (LeafInput in : inputs()) {
      if (in.code().equals(input.code())) {
        if (!replaced) {
          copy.add(input);
          replaced = true;
        }
      } else {
        copy.add(in);
      }
    }
    if (!replaced) {
      copy.add(input);
    }
    return builder().from(this).inputs(copy).build();
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link Assessment}; {@code unit}, {@code ruleSetId} and {@code year} are required.
   *
   * <pre>{@code
   * Assessment a = Assessment.builder().unit(unit).ruleSetId("vn-bnv-876-2022-province").year(2022).build();
   * }</pre>
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableAssessment.Builder {}
}
