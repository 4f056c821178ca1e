package io.github.parindex.engine;

import io.github.parindex.method.Answer;
import io.github.parindex.method.Fact;
import io.github.parindex.method.MethodResult;
import io.github.parindex.model.Appraisal;
import io.github.parindex.model.LeafInput;
import io.github.parindex.model.NodeRole;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A leaf's explanation, kept as the compact facts it is made of (the leaf's plan step with its rule text, the input,
 * the final points and the rounding steps) and written out in full the first time it is read. Scoring only needs the
 * points; a report, a renderer or {@code equals} reads the explanation, which then is the same, word for word, as
 * if it had been written during the score. The method is asked again for its facts and arithmetic, which is sound
 * because scoring methods are pure. Thread-safe: two threads reading at once build equal explanations. Internal.
 */
final class LeafExplanation {
  private final RuleSetPlan.Step step;
  private final LeafInput input;
  private final String notApplicableReason;
  private final BigDecimal exact;
  private final List<RoundingStep> rounding;
  private volatile Explanation value;

  private LeafExplanation(RuleSetPlan.Step step, LeafInput input, String notApplicableReason, BigDecimal exact,
      List<RoundingStep> rounding, Explanation value) {
    this.step = step;
    this.input = input;
    this.notApplicableReason = notApplicableReason;
    this.exact = exact;
    this.rounding = rounding;
    this.value = value;
  }

  /** A leaf that does not apply; {@code reason} is empty when no input gives one. */
  static LeafExplanation notApplicable(RuleSetPlan.Step step, String reason) {
    return new LeafExplanation(step, null, Objects.requireNonNull(reason), null, List.of(), null);
  }

  /** A scored leaf; {@code input} is null for a bonus or penalty leaf with nothing claimed. */
  static LeafExplanation scored(RuleSetPlan.Step step, LeafInput input, BigDecimal exact, List<RoundingStep> steps) {
    return new LeafExplanation(step, input, null, exact, steps, null);
  }

  /** An explanation given as it is (e.g. read back from a report). */
  static LeafExplanation of(Explanation explanation) {
    return new LeafExplanation(null, null, null, null, List.of(), Objects.requireNonNull(explanation));
  }

  Explanation get() {
    Explanation e = value;
    if (e == null) {
      e = notApplicableReason != null ? writeNotApplicable() : writeScored();
      value = e;
    }
    return e;
  }

  private Explanation.Builder start() {
    return Explanation.builder()
        .code(step.code())
        .method(step.method.kind())
        .rule(step.rule)
        .scoringText(step.node.scoringText())
        .legalReference(step.legalReference)
        .provenance(step.provenance);
  }

  private Explanation writeNotApplicable() {
    String reason = notApplicableReason;
    return start().method("not-applicable").basis("not applicable" + (reason.isEmpty() ? "" : ": " + reason))
        .matched("removed from the unit's maximum")
        .addArithmetic("effective maximum 0 (maximum " + step.node.maxPoints().toPlainString() + " removed)")
        .build();
  }

  private Explanation writeScored() {
    Explanation.Builder why = start();
    String basis;
    if (input == null) {
      // Only bonus and penalty leaves may have no input (checked): nothing claimed.
      basis = step.role() == NodeRole.BONUS ? "no input: no bonus claimed" : "no input: no events declared";
      why.matched("nothing claimed");
    } else {
      basis = fromInput(why);
    }
    if (step.role() == NodeRole.PENALTY) {
      why.addArithmetic("penalty: " + exact.toPlainString() + " points are subtracted from the parent");
    }
    return why.basis(basis).rounding(rounding).build();
  }

  /** The facts of the input the points come from; returns the basis. */
  private String fromInput(Explanation.Builder why) {
    MethodResult used;
    String basis;
    Appraisal ap = input.appraisal().orElse(null);
    if (ap != null) {
      why.appraisalReason(ap.reason());
      if (ap.answer().isPresent()) {
        used = apply(ap.answer().get());
        basis = "appraised answer " + ap.answer().get().describe();
      } else {
        BigDecimal pts = ap.points().orElseThrow();
        used = new MethodResult(pts, List.of(Fact.of("appraised points", pts.toPlainString())),
            "points set by the appraisal council", List.of());
        basis = "appraised points " + pts.toPlainString();
      }
      if (input.selfAssessed().isPresent()) {
        why.addInputs(Fact.of("self-assessed answer", input.selfAssessed().get().describe()));
      }
    } else if (input.measured().isPresent()) {
      used = apply(input.measured().get());
      basis = "measured result " + input.measured().get().describe();
    } else {
      used = apply(input.selfAssessed().orElseThrow());
      basis = "self-assessed answer " + input.selfAssessed().get().describe();
    }
    why.addAllInputs(used.inputs()).matched(used.matched()).addAllArithmetic(used.arithmetic());
    if (ap == null && input.measured().isPresent()) {
      // Where a measured result comes from (e.g. a SIPAS figure with its counts and interval).
      input.evidence().forEach(e -> why.addInputs(Fact.of("measured by", e.toString())));
    }
    return basis;
  }

  private MethodResult apply(Answer answer) {
    return step.method.apply(answer, step.node.maxPoints());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LeafExplanation other && get().equals(other.get());
  }

  @Override
  public int hashCode() {
    return get().hashCode();
  }

  @Override
  public String toString() {
    return get().toString();
  }
}
