package io.github.parindex.fuzz;

import io.github.parindex.rules.report.ScorecardReport;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Scorecard reports ({@code par-index/scorecard@1}) read by {@link ScorecardReport#read(java.io.InputStream, String)}:
 * seeded with an example report and reports the library writes for generated scorecards (proportional leaves
 * included).
 */
final class ScorecardReportTarget implements FuzzTarget {
  /** Decimal strings a report must refuse: not plain notation, or longer than 64 characters. */
  private static final List<String> NOT_REPORT_DECIMALS = List.of("1e999999999", "1E-999999999", "9".repeat(1000),
      "+1", "1.", ".5", "0x10", "NaN", "1,5", " 1", "1".repeat(65));

  /** The keys whose values are decimals in the format (codes and names may look like decimals too). */
  private static final java.util.Set<String> DECIMAL_KEYS = java.util.Set.of("maximum", "effectiveMaximum",
      "totalPoints", "exactTotal", "index", "minimumIndex", "selfAssessedPoints", "appraisedPoints", "difference",
      "points", "exactPoints", "before", "after");

  static final Mutator DECIMAL_STRING = Mutator.of("report-bad-decimal-string", Verdict.MUST_REJECT, (s, a, b) -> {
    JsonShape shape = JsonShape.of(s);
    List<JsonShape.Span> spans = new ArrayList<>();
    for (int i = 0; i < shape.decimalStrings.size(); i++) {
      if (DECIMAL_KEYS.contains(shape.decimalStringKeys.get(i))) {
        spans.add(shape.decimalStrings.get(i));
      }
    }
    if (spans.isEmpty()) {
      return null;
    }
    JsonShape.Span span = spans.get(a % spans.size());
    return Mutators.splice(s.bytes(), span.start(), span.end(),
        ("\"" + NOT_REPORT_DECIMALS.get(b % NOT_REPORT_DECIMALS.size()) + "\"").getBytes(StandardCharsets.UTF_8));
  });

  private final List<Seed> seeds = new ArrayList<>();
  private final List<Mutator> mutators = new ArrayList<>();

  ScorecardReportTarget() {
    seeds.add(Seed.resource(ScorecardReportTarget.class, "/seeds/report-nam-dinh-2020-so.json"));
    for (int i = 0; i < 3; i++) {
      seeds.add(Seed.text("generated-report-" + i + ".json",
          ScorecardReport.of(GeneratedCases.scorecard(new java.util.Random(i))).toJson()));
    }
    for (Mutator m : Mutators.json()) {
      // codes and names such as "1.1" are strings too: the report-specific mutator targets decimals only
      mutators.add(m == Mutators.JSON_HOSTILE_DECIMAL_STRING ? DECIMAL_STRING : m);
    }
  }

  @Override
  public String name() {
    return "scorecard-report";
  }

  @Override
  public List<Seed> seeds() {
    return seeds;
  }

  @Override
  public List<Mutator> mutators() {
    return mutators;
  }

  @Override
  public Object read(byte[] document) {
    return ScorecardReport.read(new ByteArrayInputStream(document), "fuzz-report.json");
  }

  @Override
  public List<Seed> generatedHostile() {
    return HostileDocuments.reports();
  }
}
