/**
 * SIPAS (Chỉ số hài lòng về sự phục vụ hành chính): citizens' satisfaction indices computed from respondent-level
 * survey answers, streamed row by row, every figure with its counts and a 95% Wilson confidence interval, and the
 * link that makes a SIPAS result the measured value of the citizens' survey leaf of a PAR Index assessment.
 *
 * <p>The flow: a {@link io.github.parindex.sipas.Questionnaire} (versioned data with provenance) and a
 * {@link io.github.parindex.sipas.SurveyFrame} (the units, service fields and respondent groups of the survey) and
 * a declared {@link io.github.parindex.sipas.SipasMethod} (what counts as a valid answer, how items, elements and
 * aspects are aggregated, weighting, intermediate rounding) go into a
 * {@link io.github.parindex.sipas.SurveyAccumulator}, which is fed one respondent at a time and keeps only exact
 * {@code long} counters. {@link io.github.parindex.sipas.SurveyAccumulator#result()} gives immutable
 * {@link io.github.parindex.sipas.SurveyResults}; {@link io.github.parindex.sipas.SipasLink} turns a figure into a
 * {@link io.github.parindex.model.LeafInput}. Nothing here does I/O: the CSV and JSON readers live in
 * {@code par-index-rules} ({@code io.github.parindex.sipas.io}).
 *
 * <p>The official aggregation rules of recent years are not public (see the provenance notes of each
 * questionnaire); every such rule is therefore an explicit, declared choice of {@link io.github.parindex.sipas.SipasMethod}.
 */
package io.github.parindex.sipas;
