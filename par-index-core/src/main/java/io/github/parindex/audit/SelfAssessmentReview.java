package io.github.parindex.audit;

import io.github.parindex.engine.Explanation;
import io.github.parindex.engine.NodeScore;
import io.github.parindex.engine.Scorecard;
import io.github.parindex.internal.Escaping;
import io.github.parindex.model.AdministrativeUnit;
import io.github.parindex.model.Assessment;
import io.github.parindex.model.LeafInput;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * For one unit: the leaves where the appraisal council changed the self-assessed points (with its reasons), the
 * self-scored leaves without evidence (tài liệu kiểm chứng), and those of them without the unit's explanation
 * (giải trình), which the guidance requires. As data and as Markdown.
 *
 * <pre>{@code
 * SelfAssessmentReview review = SelfAssessmentReview.of(scorecard, assessment);
 * for (SelfAssessmentReview.Change c : review.changes()) {
 *   System.out.println(c.code() + ": " + c.selfAssessed() + " → " + c.appraised() + " (" + c.reason().orElse("?") + ")");
 * }
 * review.missingExplanations();   // leaves without evidence and without an explanation
 * Files.writeString(Path.of("review.md"), review.toMarkdown());
 * }</pre>
 *
 * @since 0.1.0
 */
public final class SelfAssessmentReview {

  /**
   * A leaf whose appraised points differ from the self-assessed points.
   *
   * @param code the criterion code
   * @param name the criterion name
   * @param selfAssessed the unit's points
   * @param appraised the council's points
   * @param difference appraised less self-assessed; negative when the council cut points
   * @param reason the council's reason, if it gave one
   * @since 0.1.0
   */
  public record Change(String code, String name, BigDecimal selfAssessed, BigDecimal appraised, BigDecimal difference,
      Optional<String> reason) {
    /**
     * Checks the components.
     *
     * @param code the criterion code
     * @param name the criterion name
     * @param selfAssessed the unit's points
     * @param appraised the council's points
     * @param difference appraised less self-assessed; negative when the council cut points
     * @param reason the council's reason, if it gave one
     */
    public Change {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(selfAssessed, "selfAssessed");
      Objects.requireNonNull(appraised, "appraised");
      Objects.requireNonNull(difference, "difference");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * A self-scored leaf that cites no evidence.
   *
   * @param code the criterion code
   * @param name the criterion name
   * @param selfAssessed the unit's points
   * @param explanation the unit's explanation (giải trình) for the missing evidence, if it gave one
   * @since 0.1.0
   */
  public record EvidenceGap(String code, String name, BigDecimal selfAssessed, Optional<String> explanation) {
    /**
     * Checks the components.
     *
     * @param code the criterion code
     * @param name the criterion name
     * @param selfAssessed the unit's points
     * @param explanation the unit's explanation (giải trình) for the missing evidence, if it gave one
     */
    public EvidenceGap {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(selfAssessed, "selfAssessed");
      Objects.requireNonNull(explanation, "explanation");
    }
  }

  private final AdministrativeUnit unit;
  private final String ruleSetId;
  private final int year;
  private final List<Change> changes;
  private final List<EvidenceGap> missingEvidence;

  private SelfAssessmentReview(Scorecard card, List<Change> changes, List<EvidenceGap> missingEvidence) {
    this.unit = card.unit();
    this.ruleSetId = card.ruleSetId();
    this.year = card.year();
    this.changes = List.copyOf(changes);
    this.missingEvidence = List.copyOf(missingEvidence);
  }

  /**
   * Reviews one unit's self-assessment.
   *
   * @param scorecard the unit's scorecard
   * @param assessment the assessment it was scored from (for the evidence and the explanations)
   * @return the review: changed leaves, leaves without evidence, and those without an explanation for it
   * @throws IllegalArgumentException if the two are not of the same unit, rule set and year
   */
  public static SelfAssessmentReview of(Scorecard scorecard, Assessment assessment) {
    Objects.requireNonNull(scorecard, "scorecard");
    Objects.requireNonNull(assessment, "assessment");
    if (!scorecard.unit().code().equals(assessment.unit().code())
        || !scorecard.ruleSetId().equals(assessment.ruleSetId()) || scorecard.year() != assessment.year()) {
      throw new IllegalArgumentException("the scorecard (" + scorecard.unit().code() + ", " + scorecard.ruleSetId()
          + ", " + scorecard.year() + ") is not of the assessment (" + assessment.unit().code() + ", "
          + assessment.ruleSetId() + ", " + assessment.year() + ")");
    }
    List<Change> changes = new ArrayList<>();
    List<EvidenceGap> gaps = new ArrayList<>();
    for (NodeScore leaf : scorecard.leaves()) {
      if (leaf.selfAssessedPoints().isEmpty() || !leaf.applicable()) {
        continue;
      }
      BigDecimal self = leaf.selfAssessedPoints().get();
      BigDecimal appraised = leaf.appraisedPoints().orElse(self);
      if (appraised.compareTo(self) != 0) {
        Optional<String> reason = leaf.explanation().flatMap(Explanation::appraisalReason).filter(r -> !r.isBlank());
        changes.add(new Change(leaf.code(), leaf.name(), self, appraised,
            leaf.difference().orElse(appraised.subtract(self)), reason));
      }
      Optional<LeafInput> in = assessment.input(leaf.code());
      if (in.isPresent() && in.get().selfAssessed().isPresent() && in.get().evidence().isEmpty()) {
        gaps.add(new EvidenceGap(leaf.code(), leaf.name(), self,
            in.get().missingEvidenceNote().filter(n -> !n.isBlank())));
      }
    }
    return new SelfAssessmentReview(scorecard, changes, gaps);
  }

  /** {@return the unit reviewed} */
  public AdministrativeUnit unit() {
    return unit;
  }

  /** {@return the leaves where the appraisal changed the self-assessed points, in tree order} */
  public List<Change> changes() {
    return changes;
  }

  /** {@return the self-scored leaves without evidence, in tree order} */
  public List<EvidenceGap> missingEvidence() {
    return missingEvidence;
  }

  /** {@return the self-scored leaves without evidence and without an explanation for it} */
  public List<EvidenceGap> missingExplanations() {
    return missingEvidence.stream().filter(g -> g.explanation().isEmpty()).toList();
  }

  /** {@return the review as Markdown: a heading and three tables (changes, missing evidence, missing explanations)} */
  public String toMarkdown() {
    StringBuilder s = new StringBuilder();
    s.append("# Self-assessment review: ").append(Escaping.markdown(unit.name())).append(" (")
        .append(Escaping.markdown(unit.code())).append("), ").append(year).append(", rule set ")
        .append(Escaping.markdown(ruleSetId)).append("\n\n");
    s.append("## Points changed by the appraisal (").append(changes.size()).append(")\n\n");
    if (changes.isEmpty()) {
      s.append("None.\n");
    } else {
      s.append("| Criterion | Name | Self-assessed | Appraised | Difference | Reason |\n|---|---|---:|---:|---:|---|\n");
      for (Change c : changes) {
        s.append("| ").append(Escaping.markdown(c.code())).append(" | ").append(Escaping.markdown(c.name())).append(" | ")
            .append(c.selfAssessed().toPlainString()).append(" | ").append(c.appraised().toPlainString())
            .append(" | ").append(c.difference().toPlainString()).append(" | ")
            .append(c.reason().map(Escaping::markdown).orElse("**no reason given**")).append(" |\n");
      }
    }
    s.append("\n## Missing evidence (").append(missingEvidence.size()).append(")\n\n");
    gapTable(s, missingEvidence, true);
    List<EvidenceGap> unexplained = missingExplanations();
    s.append("\n## Missing explanations (").append(unexplained.size()).append(")\n\n");
    gapTable(s, unexplained, false);
    return s.toString();
  }

  private static void gapTable(StringBuilder s, List<EvidenceGap> gaps, boolean withExplanation) {
    if (gaps.isEmpty()) {
      s.append("None.\n");
      return;
    }
    s.append(withExplanation ? "| Criterion | Name | Self-assessed | Explanation |\n|---|---|---:|---|\n"
        : "| Criterion | Name | Self-assessed |\n|---|---|---:|\n");
    for (EvidenceGap g : gaps) {
      s.append("| ").append(Escaping.markdown(g.code())).append(" | ").append(Escaping.markdown(g.name())).append(" | ")
          .append(g.selfAssessed().toPlainString()).append(" |");
      if (withExplanation) {
        s.append(' ').append(g.explanation().map(Escaping::markdown).orElse("**none**")).append(" |");
      }
      s.append('\n');
    }
  }

  @Override
  public String toString() {
    return "self-assessment review of " + unit + ": " + changes.size() + " changes, " + missingEvidence.size()
        + " without evidence, " + missingExplanations().size() + " without explanation";
  }
}
