package io.github.parindex.examples;

import io.github.parindex.engine.Engine;
import io.github.parindex.engine.NodeScore;
import io.github.parindex.engine.Scorecard;
import io.github.parindex.model.GradeBand;
import io.github.parindex.model.RuleSet;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The main job: scores the bundled sample ({@link SampleData}) and prints a readable scorecard — the tree with
 * points / maximum / index, the total, the index, the grade, and the explanation of a few leaves.
 *
 * <pre>{@code
 * mvn -q -pl par-index-examples -am compile exec:java
 * }</pre>
 */
public final class ScoreSample {
  private ScoreSample() {}

  /** The leaves whose explanation is printed in full. */
  static final List<String> EXPLAINED = List.of("3.3", "4.3", "5.2", "7.2", "8.1");

  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    RuleSet ruleSet = SampleData.ruleSet();
    Scorecard card = Engine.score(ruleSet, SampleData.tienGiang2017());
    print(ruleSet, card, out);
  }

  static void print(RuleSet ruleSet, Scorecard card, PrintStream out) {
    out.println("PAR Index scorecard — " + card.unit().name() + ", " + card.year());
    out.println("Rule set: " + ruleSet.title() + " [" + ruleSet.id() + "], " + ruleSet.legalBasis());
    out.println("Provenance: " + ruleSet.provenance().status() + " — " + ruleSet.provenance().note());
    out.println("Rounding: " + card.rounding().describe());
    out.println();
    out.printf("%-8s %-72s %9s %9s %9s%n", "Code", "Criterion", "Points", "Max", "Index %");
    for (NodeScore n : card.nodes()) {
      n.forEach(s -> out.printf("%-8s %-72s %9s %9s %9s%n", s.code(), indent(s) + truncate(s.name(), 72 - indent(s).length()),
          s.points().toPlainString(), s.effectiveMaximum().toPlainString(),
          s.index().map(BigDecimal::toPlainString).orElse("—")));
    }
    out.println();
    out.println("Total: " + card.totalPoints().toPlainString() + " / " + card.effectiveMaximum().toPlainString());
    out.println("Index: " + card.index().toPlainString() + "%   Grade: "
        + card.grade().map(GradeBand::label).orElse("none"));
    card.arithmetic().forEach(line -> out.println("  " + line));
    card.roundingSteps().forEach(step -> out.println("  rounding: " + step));
    out.println();
    out.println("Explanations of a few leaves:");
    for (String code : EXPLAINED) {
      card.node(code).flatMap(NodeScore::explanation).ifPresent(e -> out.print(e.render()));
    }
  }

  private static String indent(NodeScore s) {
    return "  ".repeat(s.code().split("\\.").length - 1);
  }

  private static String truncate(String s, int width) {
    return s.length() <= width ? s : s.substring(0, width - 1) + "…";
  }
}
