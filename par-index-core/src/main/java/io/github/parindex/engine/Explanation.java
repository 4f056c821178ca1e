package io.github.parindex.engine;

import io.github.parindex.internal.LibraryAccess;
import io.github.parindex.method.Fact;
import io.github.parindex.model.LegalReference;
import io.github.parindex.model.Provenance;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Why a leaf has the points it has: which rule, which input, which band or level, the arithmetic, each rounding,
 * and the legal clause.
 *
 * <pre>{@code
 * Explanation e = scorecard.node("3.1.2").orElseThrow().explanation().orElseThrow();
 * System.out.println(e.render());
 * // 3.1.2: percent-bands (100% → 1; from 80% to under 100% → 0.5; under 80% → 0)
 * //   used: appraised answer (reason: "Chỉ 15/20 văn bản ...")
 * //   read: percentage = 75%
 * //   matched: under 80%
 * //   ...
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Explanation {

  /** {@return the criterion code, e.g. {@code "3.1.2"}} */
  public abstract String code();

  /** {@return the scoring method's kind, e.g. {@code "percent-bands"}; {@code "not-applicable"} for removed leaves} */
  public abstract String method();

  /**
   * {@return the rule in words, from the method, e.g. {@code "100% → 1; from 80% to under 100% → 0.5; under 80% → 0"}}
   */
  public abstract String rule();

  /** {@return the scoring text as the decision prints it, or empty if the rule set did not keep it} */
  public abstract Optional<String> scoringText();

  /** {@return which input the final points come from: self-assessed, appraised, measured, or why there is none} */
  public abstract String basis();

  /** {@return the council's reason when the points come from an appraisal, else empty} */
  public abstract Optional<String> appraisalReason();

  /** {@return the values read from the answer, in the order the method read them} */
  public abstract List<Fact> inputs();

  /** {@return the band, level or case that applied, in words} */
  public abstract String matched();

  /** {@return the calculation, one step per line} */
  public abstract List<String> arithmetic();

  /** {@return every rounding applied to this leaf, in the order applied; empty when none was} */
  public abstract List<RoundingStep> rounding();

  /** {@return the decision's clause that sets the criterion, if the rule set records it} */
  public abstract Optional<LegalReference> legalReference();

  /** {@return how sure the rule set is of this criterion's rule (confirmed, inferred or illustrative)} */
  public abstract Provenance provenance();

  /**
   * A few indented lines of plain text for consoles and logs: method and rule, scoring text, basis, inputs, match,
   * arithmetic, rounding, legal reference and provenance.
   *
   * @return the text, lines ended by the platform's line separator
   */
  public String render() {
    StringBuilder s = new StringBuilder();
    String nl = System.lineSeparator();
    s.append(code()).append(": ").append(method()).append(" (").append(rule()).append(')').append(nl);
    scoringText().ifPresent(t -> s.append("  scoring text: ").append(t).append(nl));
    s.append("  basis: ").append(basis());
    appraisalReason().ifPresent(r -> s.append(" (reason: \"").append(r).append("\")"));
    s.append(nl);
    for (Fact f : inputs()) {
      s.append("  read: ").append(f).append(nl);
    }
    s.append("  matched: ").append(matched()).append(nl);
    for (String a : arithmetic()) {
      s.append("  arithmetic: ").append(a).append(nl);
    }
    for (RoundingStep r : rounding()) {
      s.append("  rounding: ").append(r).append(nl);
    }
    legalReference().ifPresent(l -> s.append("  legal reference: ").append(l).append(nl));
    s.append("  provenance: ").append(provenance().status());
    if (!provenance().note().isEmpty()) {
      s.append(" (").append(provenance().note()).append(')');
    }
    s.append(nl);
    return s.toString();
  }

  static Builder builder() {
    return new Builder();
  }

  /**
   * A builder, for the library's own modules only (the package of {@link LibraryAccess} is exported to them alone):
   * explanations come from the engine, and from reading a report.
   *
   * @param key the library's key
   * @return an empty builder
   */
  public static Builder builder(LibraryAccess key) {
    LibraryAccess.check(key);
    return new Builder();
  }

  /**
   * Builds an {@link Explanation}.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableExplanation.Builder {
    Builder() {}
  }
}
