/**
 * par-index core: the domain model and the scoring engine of Vietnam's PAR Index (Chỉ số cải cách hành chính).
 *
 * <p>The flow is one direction: a {@link io.github.parindex.model.RuleSet} and an
 * {@link io.github.parindex.model.Assessment} go into {@link io.github.parindex.engine.Engine}, which returns an
 * explained {@link io.github.parindex.engine.Scorecard}. Nothing here does I/O; reading rule sets from files lives
 * in {@code par-index-rules}. SIPAS survey aggregation is its own module, {@code par-index-sipas}, which meets
 * the PAR Index at one link: a survey-share leaf.
 */
module io.github.parindex.core {
  requires static org.immutables.value.annotations;

  exports io.github.parindex.model;
  exports io.github.parindex.method;
  exports io.github.parindex.engine;
  exports io.github.parindex.audit;
  exports io.github.parindex.scenario;
  exports io.github.parindex.lineage;
  exports io.github.parindex.report;
  // The numeric gate and the shared escaper, for the library's own modules only (not API).
  exports io.github.parindex.internal to
      io.github.parindex.rules, io.github.parindex.sipas, io.github.parindex.testkit;

  // Scoring-method kinds travel one road: the built-ins are declared here exactly as a rule module declares its own.
  uses io.github.parindex.method.MethodKind;

  provides io.github.parindex.method.MethodKind with
      io.github.parindex.method.DirectPoints.Kind,
      io.github.parindex.method.PercentBands.Kind,
      io.github.parindex.method.Proportional.Kind,
      io.github.parindex.method.YesNo.Kind,
      io.github.parindex.method.GradedLevels.Kind,
      io.github.parindex.method.CountTimesPoints.Kind,
      io.github.parindex.method.Deadline.Kind,
      io.github.parindex.method.DeductionPerEvent.Kind,
      io.github.parindex.method.SurveyShare.Kind,
      io.github.parindex.method.PointRanges.Kind,
      io.github.parindex.method.CountBands.Kind,
      io.github.parindex.method.ProportionalThreshold.Kind,
      io.github.parindex.method.BandsWithCases.Kind,
      io.github.parindex.method.StepPoints.Kind;
}
