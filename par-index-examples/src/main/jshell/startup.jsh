// par-index in jshell: imports and a few helpers. Opened by ./scripts/jshell (docs/guide/scenarios-and-jshell.md).
// Everything the helpers do is one call into the library; read them as examples.
import java.math.BigDecimal;
import java.time.LocalDate;
import java.nio.file.Files;
import io.github.parindex.model.*;
import io.github.parindex.method.*;
import io.github.parindex.engine.*;
import io.github.parindex.scenario.*;
import io.github.parindex.lineage.*;
import io.github.parindex.report.*;
import io.github.parindex.rules.lineage.*;
import io.github.parindex.examples.*;

// Load a rule set: the bundled ILLUSTRATIVE provincial set (components and maxima of 2948/QĐ-BNV).
RuleSet ruleSet() { return SampleData.ruleSet(); }

// Load an assessment: Tiền Giang 2017, built on figures reported in the press (illustrative where it says so).
Assessment assessment() { return SampleData.tienGiang2017(); }

// Score, and explain one leaf of a scorecard.
Scorecard score(RuleSet rs, Assessment a) { return Engine.score(rs, a); }
String explain(Scorecard card, String code) {
  return card.node(code).flatMap(NodeScore::explanation).map(Explanation::render)
      .orElse(code + " is not a leaf of " + card.ruleSetId());
}

// What-if: apply overrides (answers, appraised points, not applicable, band boundaries, maxima, methods, grades)
// to copies, score both and diff them node by node.
Change answer(String code, Answer a) { return Change.answer(code, a); }
ScenarioResult whatIf(RuleSet rs, Assessment a, Change... changes) {
  return Scenario.named("what-if").with(changes).run(rs, a);
}

// Gains: points still available per criterion, and the cheapest path to a grade or an index.
Gains gains(RuleSet rs, Assessment a) { return Gains.of(rs, a); }

// The 2025 province merges (63 -> 34) and a report page written to a file.
UnitLineage provinces() { return ProvinceMerges2025.lineage(); }
java.nio.file.Path saveHtml(String file, String html) throws java.io.IOException {
  java.nio.file.Path p = java.nio.file.Path.of(file).toAbsolutePath();
  Files.createDirectories(p.getParent());
  return Files.writeString(p, html);
}
void print(Object o) { System.out.println(o); }

System.out.println("par-index ready: ruleSet(), assessment(), score(rs, a), explain(card, code), whatIf(rs, a, changes...), gains(rs, a), provinces()");
