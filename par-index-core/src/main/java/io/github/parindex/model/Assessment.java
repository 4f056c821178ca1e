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
 */
@Value.Immutable
public abstract class Assessment {

  public abstract AdministrativeUnit unit();

  /** The id of the rule set the answers follow. */
  public abstract String ruleSetId();

  /** The assessment year (năm đánh giá), e.g. 2024 for PAR Index 2024. */
  public abstract int year();

  /** One input per code; order does not matter. */
  public abstract List<LeafInput> inputs();

  /** The inputs by code. Duplicate codes are reported when the assessment is scored; the first one is kept here. */
  @Value.Lazy
  public Map<String, LeafInput> inputsByCode() {
    Map<String, LeafInput> byCode = new LinkedHashMap<>();
    for (LeafInput in : inputs()) {
      byCode.putIfAbsent(in.code(), in);
    }
    return java.util.Collections.unmodifiableMap(byCode);
  }

  public Optional<LeafInput> input(String code) {
    return Optional.ofNullable(inputsByCode().get(code));
  }

  /** A copy with the input for {@code input.code()} replaced (or added). */
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

  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Assessment}; {@code unit}, {@code ruleSetId} and {@code year} are required. */
  public static final class Builder extends ImmutableAssessment.Builder {}
}
