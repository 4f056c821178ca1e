package io.github.parindex.fuzz;

import io.github.parindex.lineage.UnitLineage;
import io.github.parindex.model.Provenance;
import io.github.parindex.model.ProvenanceStatus;
import io.github.parindex.model.UnitLevel;
import io.github.parindex.model.YearRange;
import io.github.parindex.rules.lineage.LineageCsv;
import io.github.parindex.rules.lineage.ProvinceMerges2025;
import io.github.parindex.rules.survey.QuestionnaireJson;
import io.github.parindex.rules.survey.ReadReport;
import io.github.parindex.rules.survey.SipasQuestionnaires;
import io.github.parindex.rules.survey.SurveyCsvReader;
import io.github.parindex.rules.survey.SurveyJsonReader;
import io.github.parindex.sipas.Aspect;
import io.github.parindex.sipas.Element;
import io.github.parindex.sipas.Item;
import io.github.parindex.sipas.Questionnaire;
import io.github.parindex.sipas.SipasMethod;
import io.github.parindex.sipas.SurveyAccumulator;
import io.github.parindex.sipas.SurveyFrame;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The SIPAS and lineage readers under fuzzing: survey answers as CSV and as JSON (a small ILLUSTRATIVE
 * questionnaire and frame; a survey file is accepted when its report is clean), the bundled questionnaire files,
 * and the lineage CSV (seeded with the bundled 2025 province merges).
 */
final class SipasTargets {
  private SipasTargets() {}

  static final Questionnaire Q = Questionnaire.builder()
      .id("fuzz-survey").version("1").title("fuzz").legalBasis("ILLUSTRATIVE").years(YearRange.of(2024, 2024))
      .provenance(Provenance.of(ProvenanceStatus.ILLUSTRATIVE, "fuzzing"))
      .addAspect(Aspect.of("A", "A",
          Element.of("E", "E", Item.satisfaction("S1", "s1"), Item.satisfaction("S2", "s2")),
          Element.of("N", "N", Item.judgement("J", "j", List.of("a", "b")),
              Item.expectation("X", "x", List.of("p", "q", "r")))))
      .build();

  static final SurveyFrame FRAME = SurveyFrame.builder()
      .unit("P", "P", UnitLevel.PROVINCE)
      .unit("C", "C", UnitLevel.COMMUNE, "P")
      .serviceField("DD", "Đất đai")
      .group("CD", "Công dân")
      .build();

  static final SipasMethod WEIGHTED = SipasMethod.meanOfElements()
      .withWeighting(SipasMethod.Weighting.RESPONDENT_WEIGHTS);

  /** What a clean survey read gives: the figures, compared for {@link Verdict#SAME_AS_SEED}. */
  static String figures(ReadReport r, SurveyAccumulator acc) {
    r.throwIfNotClean();
    return r.rowsAccepted() + "\n" + acc.result().all().render();
  }

  static Reader strictUtf8(byte[] document) {
    return new InputStreamReader(new ByteArrayInputStream(document), StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
  }

  /** A target from its parts. */
  record Target(String name, List<Seed> seeds, List<Mutator> mutators, Function<byte[], Object> reader)
      implements FuzzTarget {
    @Override
    public Object read(byte[] document) {
      return reader.apply(document);
    }
  }

  private static List<Mutator> with(List<Mutator> base, Mutator looser) {
    List<Mutator> out = new ArrayList<>();
    for (Mutator m : base) {
      out.add(m == looser ? m.withVerdict(Verdict.EITHER) : m);
    }
    return out;
  }

  static FuzzTarget surveyCsv() {
    return new Target("survey-csv", List.of(
        Seed.text("good.csv", "unit,field,group,weight,S1,S2,J,X\nP,DD,CD,1,5,4,1,1|3\nC,,,2.5,3,KYK,2,\n"
            + "C,DD,,,4,,-1,2\n"),
        Seed.text("plain.csv", "unit,S1,S2,J,X\nP,5,4,1,1\nC,1,2,2,1|2|3\nC,KYK,,,\n")),
        // a cell turned into a huge number may land in a column that is not a number (a code): either way is right
        with(Mutators.csv(), Mutators.CSV_HOSTILE_NUMBER),
        doc -> {
          SurveyAccumulator acc = new SurveyAccumulator(Q, FRAME, WEIGHTED);
          return figures(SurveyCsvReader.of(Q, FRAME).read(new ByteArrayInputStream(doc), "fuzz.csv", acc), acc);
        });
  }

  static FuzzTarget surveyJson() {
    List<Mutator> m = with(with(Mutators.json(), Mutators.JSON_HOSTILE_DECIMAL_STRING), Mutators.JSON_NULL_VALUE);
    return new Target("survey-json", List.of(
        Seed.text("good.json", "[\n  {\"unit\": \"P\", \"field\": \"DD\", \"group\": \"CD\", \"weight\": 1,\n"
            + "   \"answers\": {\"S1\": 5, \"S2\": 4, \"J\": 1, \"X\": [1, 3]}},\n"
            + "  {\"unit\": \"C\", \"weight\": \"2.5\", \"answers\": {\"S1\": 3, \"S2\": \"KYK\", \"J\": 2}}\n]\n")),
        // null is the blank answer and an absent field or group in this format, so a null value may be valid
        m,
        doc -> {
          SurveyAccumulator acc = new SurveyAccumulator(Q, FRAME, WEIGHTED);
          return figures(SurveyJsonReader.of(Q, FRAME).read(new ByteArrayInputStream(doc), "fuzz.json", acc), acc);
        });
  }

  static FuzzTarget questionnaires() {
    List<Seed> seeds = new ArrayList<>();
    for (String id : List.of(SipasQuestionnaires.QD_2640, SipasQuestionnaires.QD_1001)) {
      seeds.add(Seed.resource(SipasQuestionnaires.class, "/io/github/parindex/rules/survey/questionnaires/" + id
          + ".json"));
    }
    // item codes ("1.1") look like decimals: replacing one with "1e999999999" gives a valid code
    return new Target("sipas-questionnaire", seeds, with(Mutators.json(), Mutators.JSON_HOSTILE_DECIMAL_STRING),
        doc -> QuestionnaireJson.write(QuestionnaireJson.read(strictUtf8(doc), "fuzz.json")));
  }

  /**
   * The seed without its comment lines: a cell added to a comment line leaves a valid file, which the CSV mutators
   * (written for formats without comments) would count as a silent acceptance.
   */
  private static Seed withoutComments(Seed s) {
    StringBuilder out = new StringBuilder();
    for (String line : new String(s.bytes(), StandardCharsets.UTF_8).split("\n", -1)) {
      if (!line.startsWith("#")) {
        out.append(line).append('\n');
      }
    }
    return Seed.text(s.name() + " (comment lines removed)", out.toString().stripTrailing() + "\n");
  }

  static FuzzTarget lineageCsv() {
    return new Target("lineage-csv",
        List.of(withoutComments(Seed.resource(ProvinceMerges2025.class,
            "/io/github/parindex/rules/lineage/province-merges-2025.csv"))),
        with(Mutators.csv(), Mutators.CSV_HOSTILE_NUMBER),
        doc -> {
          UnitLineage l = LineageCsv.read(strictUtf8(doc), "fuzz.csv");
          return l.names() + "\n" + l.events();
        });
  }
}
