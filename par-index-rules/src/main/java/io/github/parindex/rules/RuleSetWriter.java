package io.github.parindex.rules;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import io.github.parindex.model.GradeBand;
import io.github.parindex.model.GradeScale;
import io.github.parindex.model.LegalReference;
import io.github.parindex.model.Node;
import io.github.parindex.model.NodeRole;
import io.github.parindex.model.Provenance;
import io.github.parindex.model.RoundingPolicy;
import io.github.parindex.model.RuleSet;
import io.github.parindex.model.UnitLevel;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Turns a {@link RuleSet} into ordered JSON, deterministically. Internal. */
final class RuleSetWriter {
  private RuleSetWriter() {}

  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  static Map<String, Object> toTree(RuleSet rs, RuleSetJson json) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("format", RuleSetJson.FORMAT);
    out.put("id", rs.id());
    out.put("version", rs.version());
    out.put("title", rs.title());
    out.put("issuer", rs.issuer());
    out.put("legalBasis", legal(rs.legalBasis()));
    List<Object> levels = new ArrayList<>();
    for (UnitLevel l : UnitLevel.values()) {
      if (rs.appliesTo().contains(l)) {
        levels.add(l.name());
      }
    }
    out.put("appliesTo", levels);
    Map<String, Object> years = new LinkedHashMap<>();
    years.put("first", rs.years().firstYear());
    rs.years().lastYear().ifPresent(y -> years.put("last", y));
    out.put("years", years);
    out.put("maxTotal", rs.maxTotal());
    RoundingPolicy r = rs.rounding();
    Map<String, Object> rounding = new LinkedHashMap<>();
    rounding.put("pointsScale", r.pointsScale());
    rounding.put("pointsMode", r.pointsMode().name());
    rounding.put("indexScale", r.indexScale());
    rounding.put("indexMode", r.indexMode().name());
    rounding.put("stage", r.stage().name());
    out.put("rounding", rounding);
    out.put("grades", grades(rs.grades()));
    Map<String, Object> byBlock = new LinkedHashMap<>();
    new TreeMap<>(rs.gradesByBlock()).forEach((k, v) -> byBlock.put(k, grades(v)));
    out.put("gradesByBlock", byBlock);
    out.put("allowAboveMaximum", rs.allowAboveMaximum());
    out.put("provenance", provenance(rs.provenance()));
    List<Object> nodes = new ArrayList<>();
    for (Node n : rs.nodes()) {
      nodes.add(node(n, json));
    }
    out.put("nodes", nodes);
    return out;
  }

  private static Map<String, Object> node(Node n, RuleSetJson json) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("code", n.code());
    out.put("name", n.name());
    n.gloss().ifPresent(g -> out.put("gloss", g));
    out.put("maxPoints", n.maxPoints());
    if (n.role() != NodeRole.SCORED) {
      out.put("role", n.role().name());
    }
    n.source().ifPresent(s -> out.put("source", s.name()));
    n.method().ifPresent(m -> out.put("method", json.methodToJson(m)));
    n.scoringText().ifPresent(t -> out.put("scoringText", t));
    n.legalReference().ifPresent(l -> out.put("legalReference", legal(l)));
    n.provenance().ifPresent(p -> out.put("provenance", provenance(p)));
    if (!n.children().isEmpty()) {
      List<Object> children = new ArrayList<>();
      for (Node c : n.children()) {
        children.add(node(c, json));
      }
      out.put("children", children);
    }
    return out;
  }

  private static Map<String, Object> legal(LegalReference l) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("document", l.document());
    l.date().ifPresent(d -> out.put("date", d.toString()));
    l.clause().ifPresent(c -> out.put("clause", c));
    l.url().ifPresent(u -> out.put("url", u));
    return out;
  }

  private static Map<String, Object> provenance(Provenance p) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("status", p.status().name());
    if (!p.note().isEmpty()) {
      out.put("note", p.note());
    }
    p.source().ifPresent(s -> out.put("source", s));
    return out;
  }

  private static List<Object> grades(GradeScale scale) {
    List<Object> out = new ArrayList<>();
    for (GradeBand b : scale.bands()) {
      Map<String, Object> band = new LinkedHashMap<>();
      band.put("label", b.label());
      band.put("minimumIndex", b.minimumIndex());
      b.description().ifPresent(d -> band.put("description", d));
      if (!b.floors().isEmpty()) {
        List<Object> floors = new ArrayList<>();
        for (GradeBand.Floor f : b.floors()) {
          Map<String, Object> floor = new LinkedHashMap<>();
          f.component().ifPresent(c -> floor.put("component", c));
          floor.put("minimumIndex", f.minimumIndex());
          floors.add(floor);
        }
        band.put("floors", floors);
      }
      if (!b.aliases().isEmpty()) {
        band.put("aliases", new ArrayList<Object>(b.aliases()));
      }
      out.add(band);
    }
    return out;
  }

  static void write(Map<String, Object> tree, Writer out) throws IOException {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators = Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator("");
    DefaultPrettyPrinter pretty = new DefaultPrettyPrinter(separators);
    pretty.indentObjectsWith(indenter);
    pretty.indentArraysWith(indenter);
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.setPrettyPrinter(pretty);
      value(g, tree, "$");
      g.flush();
    }
    out.write("\n");
  }

  private static void value(JsonGenerator g, Object v, String path) throws IOException {
    if (v instanceof String s) {
      g.writeString(s);
    } else if (v instanceof BigDecimal d) {
      g.writeNumber(d.toPlainString());
    } else if (v instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (v instanceof Integer i) {
      g.writeNumber(i);
    } else if (v instanceof Long l) {
      g.writeNumber(l);
    } else if (v instanceof BigInteger bi) {
      g.writeNumber(bi);
    } else if (v instanceof List<?> list) {
      g.writeStartArray();
      for (int i = 0; i < list.size(); i++) {
        value(g, list.get(i), path + "[" + i + "]");
      }
      g.writeEndArray();
    } else if (v instanceof Map<?, ?> map) {
      g.writeStartObject();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (!(e.getKey() instanceof String key)) {
          throw new IllegalArgumentException("JSON keys must be strings, got " + e.getKey() + " at " + path);
        }
        g.writeFieldName(key);
        value(g, e.getValue(), path + "." + key);
      }
      g.writeEndObject();
    } else {
      throw new IllegalArgumentException("cannot write " + (v == null ? "null" : v.getClass().getName())
          + " at " + path + "; use String, BigDecimal, Boolean, Integer, Long, BigInteger, List or Map");
    }
  }
}
