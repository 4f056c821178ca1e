package io.github.parindex.model;

import io.github.parindex.method.Answer;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Everything an assessment says about one leaf of the rule set: the unit's own answer, the council's appraisal, a
 * measured survey or outcome result, the evidence, and whether the leaf applies to the unit at all.
 *
 * <p>Which parts are required depends on the leaf's {@link PointSource}: appraisal and outcome leaves need a
 * self-assessed answer (or an appraisal); survey leaves need a measured result and must not be self-assessed. A
 * not-applicable leaf carries no answer and is removed from the unit's maximum. Inputs may also mark a whole
 * component or criterion not applicable.
 *
 * <pre>{@code
 * LeafInput in = LeafInput.builder()
 *     .code("3.1.2")
 *     .selfAssessed(Answer.rate(1124, 1124))
 *     .addEvidence(Evidence.of("54 quyết định công bố TTHC"))
 *     .build();
 * LeafInput na = LeafInput.notApplicable("5.4", "Không có đơn vị sự nghiệp trực thuộc");
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class LeafInput {

  /** {@return the criterion code exactly as the rule set numbers it, e.g. {@code "3.1.2"}} */
  public abstract String code();

  /** {@return the unit's own answer (tự đánh giá)} */
  public abstract Optional<Answer> selfAssessed();

  /** {@return the council's appraisal (thẩm định), which overrides the self-assessed answer when present} */
  public abstract Optional<Appraisal> appraisal();

  /** {@return a result measured by a survey or from outcome data, for leaves the unit does not score itself} */
  public abstract Optional<Answer> measured();

  /** {@return evidence (tài liệu kiểm chứng) cited for the self-assessed answer} */
  public abstract List<Evidence> evidence();

  /** {@return the unit's explanation where evidence is missing or incomplete} */
  public abstract Optional<String> missingEvidenceNote();

  /** {@return whether the leaf (or, for a non-leaf code, its whole subtree) does not apply to the unit} */
  @Value.Default
  public boolean notApplicable() {
    return false;
  }

  /** {@return why the leaf does not apply} */
  public abstract Optional<String> notApplicableReason();

  /**
   * Checks the input when it is built.
   *
   * @throws IllegalArgumentException if the code is blank
   */
  @Value.Check
  protected void check() {
    Checks.notBlank(code(), "criterion code");
  }

  /**
   * A self-assessed answer with nothing else.
   *
   * @param code the leaf's code, e.g. {@code "1.1"}
   * @param answer the unit's own answer
   * @return the input
   * @throws IllegalArgumentException if the code is blank
   */
  public static LeafInput self(String code, Answer answer) {
    return builder().code(code).selfAssessed(answer).build();
  }

  /**
   * A measured (survey or outcome) result, for a leaf the unit does not score itself.
   *
   * @param code the leaf's code
   * @param result the result, e.g. {@code Answer.percent("72.5")} for a survey leaf
   * @return the input
   * @throws IllegalArgumentException if the code is blank
   */
  public static LeafInput measured(String code, Answer result) {
    return builder().code(code).measured(result).build();
  }

  /**
   * A leaf or subtree that does not apply to the unit; its maximum is removed from the unit's.
   *
   * @param code the code of a leaf, or of a criterion or component for its whole subtree
   * @param reason why it does not apply, e.g. {@code "Không có đơn vị sự nghiệp trực thuộc"}
   * @return the input
   * @throws IllegalArgumentException if the code is blank
   */
  public static LeafInput notApplicable(String code, String reason) {
    return builder().code(code).notApplicable(true).notApplicableReason(reason).build();
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link LeafInput}; only {@code code} is required.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableLeafInput.Builder {}
}
