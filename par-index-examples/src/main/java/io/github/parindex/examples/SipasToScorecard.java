package io.github.parindex.examples;

import io.github.parindex.engine.Engine;
import io.github.parindex.engine.NodeScore;
import io.github.parindex.engine.Scorecard;
import io.github.parindex.model.Assessment;
import io.github.parindex.model.UnitLevel;
import io.github.parindex.sipas.io.ReadReport;
import io.github.parindex.sipas.io.SipasQuestionnaires;
import io.github.parindex.sipas.io.SurveyCsvReader;
import io.github.parindex.sipas.Figure;
import io.github.parindex.sipas.PopulationReport;
import io.github.parindex.sipas.Questionnaire;
import io.github.parindex.sipas.SipasLink;
import io.github.parindex.sipas.SipasMethod;
import io.github.parindex.sipas.SurveyAccumulator;
import io.github.parindex.sipas.SurveyResults;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/**
 * Computes a province's SIPAS from <b>SYNTHETIC</b> respondent-level answers ({@link SyntheticSurvey}, QĐ 2640
 * design) and feeds it into the province's PAR scorecard ({@link SampleData}: the ILLUSTRATIVE 2948-shaped rule set
 * whose leaf 8.1 is "SIPAS / 100 × 10"). The answers go through a CSV file and {@link SurveyCsvReader} to show the
 * whole path; none of the printed figures is official.
 *
 * <pre>{@code
 * mvn -q -pl par-index-examples -am compile exec:java -Dexec.mainClass=io.github.parindex.examples.SipasToScorecard
 * }</pre>
 */
public final class SipasToScorecard {
  private SipasToScorecard() {}

  /** Respondents in the synthetic survey (a provincial sample of the size reported for 2019, sipas.md §3). */
  static final int RESPONDENTS = 580;

  /** The seed of the synthetic data. */
  static final long SEED = 2017;

  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Scorecard card = run(out);
    out.println();
    out.println("PAR total with the synthetic SIPAS: " + card.totalPoints().toPlainString() + " / "
        + card.effectiveMaximum().toPlainString() + " (index " + card.index().toPlainString() + "%)");
  }

  /** Runs the example, printing to {@code out}; returns the scorecard. */
  static Scorecard run(PrintStream out) {
    Questionnaire q = SipasQuestionnaires.qd2640();
    SyntheticSurvey gen = SyntheticSurvey.of(q, "TG", "Tiền Giang", SEED);
    StringWriter csv = new StringWriter();
    gen.writeCsv(RESPONDENTS, csv);

    SipasMethod method = SipasQuestionnaires.defaultMethod(q);
    SurveyAccumulator acc = new SurveyAccumulator(q, gen.frame(), method);
    ReadReport report = SurveyCsvReader.of(q, gen.frame())
        .read(new StringReader(csv.toString()), "synthetic-tien-giang-2017.csv", acc);
    out.println("SYNTHETIC DATA — not an official SIPAS figure");
    out.print(report.render());
    SurveyResults results = acc.result();

    PopulationReport province = results.unit("TG");
    out.println();
    out.println("Questionnaire: " + q + " — " + q.legalBasis());
    out.println("Method: " + method.describe());
    out.println(province.overall().render());
    province.elements().forEach(f -> out.println("  element " + f.code() + " " + f.summary()));
    out.println("By district (pooling their communes):");
    results.units(UnitLevel.DISTRICT).forEach(d -> out.println("  " + d.code() + " " + d.overall().summary()));
    out.println("By service field:");
    gen.frame().serviceFields().forEach(f -> out.println("  " + f.name() + ": "
        + results.serviceField(f.code()).overall().summary()));
    out.println("By respondent group:");
    gen.frame().groups().forEach(g -> out.println("  " + g.name() + ": " + results.group(g.code()).overall().summary()));
    out.println("Judgement 'had to pay money outside the rules' (Có): "
        + province.judgement("NĐ3").get(0).summary());
    out.println("Expectation 'improve the procedures': " + province.expectation("MĐ1").get(1).summary());

    Figure sipas = province.overall();
    Assessment assessment = SampleData.tienGiang2017()
        .withInput(SipasLink.leafInput("8.1", sipas, "SIPAS 2017 Tiền Giang (SYNTHETIC answers, " + RESPONDENTS
            + " respondents, seed " + SEED + ")"));
    Scorecard card = Engine.score(SampleData.ruleSet(), assessment);
    NodeScore leaf = card.node("8.1").orElseThrow();
    out.println();
    out.println("PAR leaf 8.1 (ILLUSTRATIVE rule set " + SampleData.RULE_SET_ID + "):");
    out.print(leaf.explanation().orElseThrow().render());
    return card;
  }
}
