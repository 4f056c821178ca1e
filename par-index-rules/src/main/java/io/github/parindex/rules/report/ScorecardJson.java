package io.github.parindex.rules.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.parindex.engine.Explanation;
import io.github.parindex.engine.NodeScore;
import io.github.parindex.engine.RoundingStep;
import io.github.parindex.engine.Scorecard;
import io.github.parindex.method.Fact;
import io.github.parindex.model.AdministrativeUnit;
import io.github.parindex.model.GradeBand;
import io.github.parindex.model.LegalReference;
import io.github.parindex.model.Provenance;
import io.github.parindex.model.RoundingPolicy;
import java.math.BigDecimal;
import java.util.List;

/**
 * Writes {@code par-index/scorecard@1}; see {@link ScorecardReport}. Field order here is the format; the reading side
 * is {@link ScorecardReader}.
 */
final class ScorecardJson {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER = new ObjectMapper();
  /** Two-space indentation, {@code \n} line ends, {@code "key": value}, empty arrays as {@code []}. */
  private static final DefaultPrettyPrinter PRINTER = new DefaultPrettyPrinter()
      .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER)
          .withArrayEmptySeparator("").withObjectEmptySeparator(""))
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n"));

  private ScorecardJson() {}

  // ---------------------------------------------------------------- writing

  static String write(ScorecardReport report) {
    Scorecard c = report.scorecard();
    ObjectNode root = F.objectNode();
    root.put("format", ScorecardReport.FORMAT);
    root.put("libraryVersion", report.libraryVersion());
    ObjectNode rs = root.putObject("ruleSet");
    rs.put("id", c.ruleSetId());
    rs.put("version", c.ruleSetVersion());
    root.put("year", c.year());
    root.set("unit", unit(c.unit()));
    root.set("rounding", rounding(c.rounding()));
    dec(root, "maximum", c.maximum());
    dec(root, "effectiveMaximum", c.effectiveMaximum());
    dec(root, "totalPoints", c.totalPoints());
    dec(root, "exactTotal", c.exactTotal());
    dec(root, "index", c.index());
    c.grade().ifPresent(g -> root.set("grade", grade(g)));
    root.set("arithmetic", strings(c.arithmetic()));
    root.set("roundingSteps", steps(c.roundingSteps()));
    ArrayNode nodes = root.putArray("nodes");
    c.nodes().forEach(n -> nodes.add(node(n)));
    try {
      return MAPPER.writer(PRINTER).writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a JSON tree", e);
    }
  }

  private static ObjectNode unit(AdministrativeUnit u) {
    ObjectNode o = F.objectNode();
    o.put("code", u.code());
    o.put("name", u.name());
    o.put("level", u.level().name());
    u.parentCode().ifPresent(v -> o.put("parentCode", v));
    u.block().ifPresent(v -> o.put("block", v));
    u.cluster().ifPresent(v -> o.put("cluster", v));
    u.validFrom().ifPresent(v -> o.put("validFrom", v.toString()));
    u.validUntil().ifPresent(v -> o.put("validUntil", v.toString()));
    return o;
  }

  private static ObjectNode rounding(RoundingPolicy r) {
    ObjectNode o = F.objectNode();
    o.put("pointsScale", r.pointsScale());
    o.put("pointsMode", r.pointsMode().name());
    o.put("indexScale", r.indexScale());
    o.put("indexMode", r.indexMode().name());
    o.put("stage", r.stage().name());
    return o;
  }

  private static ObjectNode grade(GradeBand g) {
    ObjectNode o = F.objectNode();
    o.put("label", g.label());
    dec(o, "minimumIndex", g.minimumIndex());
    g.description().ifPresent(d -> o.put("description", d));
    if (!g.floors().isEmpty()) {
      com.fasterxml.jackson.databind.node.ArrayNode floors = o.putArray("floors");
      for (GradeBand.Floor f : g.floors()) {
        ObjectNode x = floors.addObject();
        f.component().ifPresent(c -> x.put("component", c));
        dec(x, "minimumIndex", f.minimumIndex());
      }
    }
    if (!g.aliases().isEmpty()) {
      com.fasterxml.jackson.databind.node.ArrayNode aliases = o.putArray("aliases");
      g.aliases().forEach(aliases::add);
    }
    return o;
  }

  private static ObjectNode node(NodeScore n) {
    ObjectNode o = F.objectNode();
    o.put("code", n.code());
    o.put("name", n.name());
    o.put("kind", n.kind().name());
    o.put("role", n.role().name());
    n.source().ifPresent(s -> o.put("source", s.name()));
    dec(o, "maximum", n.maximum());
    dec(o, "effectiveMaximum", n.effectiveMaximum());
    o.put("applicable", n.applicable());
    n.selfAssessedPoints().ifPresent(v -> dec(o, "selfAssessedPoints", v));
    n.appraisedPoints().ifPresent(v -> dec(o, "appraisedPoints", v));
    n.difference().ifPresent(v -> dec(o, "difference", v));
    dec(o, "points", n.points());
    dec(o, "exactPoints", n.exactPoints());
    n.index().ifPresent(v -> dec(o, "index", v));
    n.explanation().ifPresent(e -> o.set("explanation", explanation(e)));
    if (!n.children().isEmpty()) {
      ArrayNode children = o.putArray("children");
      n.children().forEach(ch -> children.add(node(ch)));
    }
    return o;
  }

  private static ObjectNode explanation(Explanation e) {
    ObjectNode o = F.objectNode();
    o.put("code", e.code());
    o.put("method", e.method());
    o.put("rule", e.rule());
    e.scoringText().ifPresent(v -> o.put("scoringText", v));
    o.put("basis", e.basis());
    e.appraisalReason().ifPresent(v -> o.put("appraisalReason", v));
    ArrayNode inputs = o.putArray("inputs");
    for (Fact f : e.inputs()) {
      ObjectNode fo = inputs.addObject();
      fo.put("name", f.name());
      fo.put("value", f.value());
    }
    o.put("matched", e.matched());
    o.set("arithmetic", strings(e.arithmetic()));
    o.set("rounding", steps(e.rounding()));
    e.legalReference().ifPresent(l -> o.set("legalReference", legal(l)));
    ObjectNode p = o.putObject("provenance");
    Provenance pv = e.provenance();
    p.put("status", pv.status().name());
    p.put("note", pv.note());
    pv.source().ifPresent(s -> p.put("source", s));
    return o;
  }

  private static ObjectNode legal(LegalReference l) {
    ObjectNode o = F.objectNode();
    o.put("document", l.document());
    l.date().ifPresent(d -> o.put("date", d.toString()));
    l.clause().ifPresent(v -> o.put("clause", v));
    l.url().ifPresent(v -> o.put("url", v));
    return o;
  }

  private static ArrayNode steps(List<RoundingStep> steps) {
    ArrayNode a = F.arrayNode();
    for (RoundingStep s : steps) {
      ObjectNode o = a.addObject();
      o.put("what", s.what());
      dec(o, "before", s.before());
      dec(o, "after", s.after());
      o.put("scale", s.scale());
      o.put("mode", s.mode().name());
    }
    return a;
  }

  private static ArrayNode strings(List<String> values) {
    ArrayNode a = F.arrayNode();
    values.forEach(a::add);
    return a;
  }

  private static void dec(ObjectNode o, String field, BigDecimal value) {
    o.put(field, value.toPlainString());
  }
}
