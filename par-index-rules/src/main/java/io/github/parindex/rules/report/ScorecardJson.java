package io.github.parindex.rules.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.parindex.engine.Explanation;
import io.github.parindex.engine.NodeScore;
import io.github.parindex.engine.RoundingStep;
import io.github.parindex.engine.Scorecard;
import io.github.parindex.internal.LibraryAccess;
import io.github.parindex.method.Fact;
import io.github.parindex.model.AdministrativeUnit;
import io.github.parindex.model.GradeBand;
import io.github.parindex.model.LegalReference;
import io.github.parindex.model.NodeKind;
import io.github.parindex.model.NodeRole;
import io.github.parindex.model.ParIndexException;
import io.github.parindex.model.PointSource;
import io.github.parindex.model.Problem;
import io.github.parindex.model.Provenance;
import io.github.parindex.model.ProvenanceStatus;
import io.github.parindex.model.RoundingPolicy;
import io.github.parindex.model.RoundingStage;
import io.github.parindex.model.UnitLevel;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Writes and reads {@code par-index/scorecard@1}; see {@link ScorecardReport}. Field order here is the format. */
final class ScorecardJson {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
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

  // ---------------------------------------------------------------- reading

  static ScorecardReport read(String json) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new ParIndexException("not a JSON document", List.of(Problem.general(
          "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ": "
              + e.getOriginalMessage())));
    }
    In in = new In();
    if (root == null || !root.isObject()) {
      throw new ParIndexException("not a scorecard report",
          List.of(Problem.general("at $: expected a JSON object")));
    }
    Obj r = in.obj(root, "$");
    String format = r.text("format");
    if (format != null && !format.equals(ScorecardReport.FORMAT)) {
      in.problem("$.format", "expected \"" + ScorecardReport.FORMAT + "\" but was \"" + format + "\"");
      throw in.failure();
    }
    String version = r.text("libraryVersion");
    if (version != null && version.isBlank()) {
      in.problem("$.libraryVersion", "must not be blank");
    }
    Obj rs = r.obj("ruleSet");
    Scorecard.Builder b = Scorecard.builder(LibraryAccess.KEY);
    if (rs != null) {
      set(rs.text("id"), b::ruleSetId);
      set(rs.text("version"), b::ruleSetVersion);
      rs.end();
    }
    Integer year = r.integer("year");
    if (year != null) {
      b.year(year);
    }
    Obj u = r.obj("unit");
    if (u != null) {
      AdministrativeUnit unit = unit(u);
      if (unit != null) {
        b.unit(unit);
      }
    }
    Obj ro = r.obj("rounding");
    if (ro != null) {
      Integer ps = ro.integer("pointsScale");
      RoundingMode pm = ro.enumValue("pointsMode", RoundingMode::valueOf);
      Integer is = ro.integer("indexScale");
      RoundingMode im = ro.enumValue("indexMode", RoundingMode::valueOf);
      RoundingStage st = ro.enumValue("stage", RoundingStage::valueOf);
      ro.end();
      if (ps != null && pm != null && is != null && im != null && st != null) {
        in.attempt(ro.path, () -> b.rounding(RoundingPolicy.of(ps, pm, is, im, st)));
      }
    }
    set(r.decimal("maximum"), b::maximum);
    set(r.decimal("effectiveMaximum"), b::effectiveMaximum);
    set(r.decimal("totalPoints"), b::totalPoints);
    set(r.decimal("exactTotal"), b::exactTotal);
    set(r.decimal("index"), b::index);
    Obj g = r.optObj("grade");
    if (g != null) {
      String label = g.text("label");
      BigDecimal min = g.decimal("minimumIndex");
      Optional<String> desc = g.optText("description");
      g.end();
      if (label != null && min != null) {
        in.attempt(g.path, () -> b.grade(new GradeBand(label, min, desc)));
      }
    }
    set(r.strings("arithmetic"), b::arithmetic);
    set(r.steps("roundingSteps"), b::roundingSteps);
    List<NodeScore> nodes = r.array("nodes", ScorecardJson::node);
    set(nodes, b::nodes);
    r.end();
    if (!in.problems.isEmpty()) {
      throw in.failure();
    }
    Scorecard[] card = new Scorecard[1];
    in.attempt("$", () -> card[0] = b.build());
    if (!in.problems.isEmpty()) {
      throw in.failure();
    }
    return new ScorecardReport(version, card[0]);
  }

  private static AdministrativeUnit unit(Obj u) {
    AdministrativeUnit.Builder ub = AdministrativeUnit.builder();
    set(u.text("code"), ub::code);
    set(u.text("name"), ub::name);
    set(u.enumValue("level", UnitLevel::valueOf), ub::level);
    ub.parentCode(u.optText("parentCode"));
    ub.block(u.optText("block"));
    ub.cluster(u.optText("cluster"));
    ub.validFrom(u.optDate("validFrom"));
    ub.validUntil(u.optDate("validUntil"));
    u.end();
    AdministrativeUnit[] out = new AdministrativeUnit[1];
    u.in.attempt(u.path, () -> out[0] = ub.build());
    return out[0];
  }

  private static NodeScore node(Obj o) {
    NodeScore.Builder nb = NodeScore.builder(LibraryAccess.KEY);
    set(o.text("code"), nb::code);
    set(o.text("name"), nb::name);
    set(o.enumValue("kind", NodeKind::valueOf), nb::kind);
    set(o.enumValue("role", NodeRole::valueOf), nb::role);
    nb.source(Optional.ofNullable(o.optEnum("source", PointSource::valueOf)));
    set(o.decimal("maximum"), nb::maximum);
    set(o.decimal("effectiveMaximum"), nb::effectiveMaximum);
    set(o.bool("applicable"), nb::applicable);
    nb.selfAssessedPoints(o.optDecimal("selfAssessedPoints"));
    nb.appraisedPoints(o.optDecimal("appraisedPoints"));
    nb.difference(o.optDecimal("difference"));
    set(o.decimal("points"), nb::points);
    set(o.decimal("exactPoints"), nb::exactPoints);
    nb.index(o.optDecimal("index"));
    Obj e = o.optObj("explanation");
    if (e != null) {
      Explanation ex = explanation(e);
      if (ex != null) {
        nb.explanation(ex);
      }
    }
    if (o.has("children")) {
      set(o.array("children", ScorecardJson::node), nb::children);
    }
    o.end();
    NodeScore[] out = new NodeScore[1];
    o.in.attempt(o.path, () -> out[0] = nb.build());
    return out[0];
  }

  private static Explanation explanation(Obj e) {
    Explanation.Builder xb = Explanation.builder(LibraryAccess.KEY);
    set(e.text("code"), xb::code);
    set(e.text("method"), xb::method);
    set(e.text("rule"), xb::rule);
    xb.scoringText(e.optText("scoringText"));
    set(e.text("basis"), xb::basis);
    xb.appraisalReason(e.optText("appraisalReason"));
    set(e.array("inputs", f -> {
      String name = f.text("name");
      String value = f.text("value");
      f.end();
      return name == null || value == null ? null : Fact.of(name, value);
    }), xb::inputs);
    set(e.text("matched"), xb::matched);
    set(e.strings("arithmetic"), xb::arithmetic);
    set(e.steps("rounding"), xb::rounding);
    Obj l = e.optObj("legalReference");
    if (l != null) {
      String doc = l.text("document");
      Optional<LocalDate> date = l.optDate("date");
      Optional<String> clause = l.optText("clause");
      Optional<String> url = l.optText("url");
      l.end();
      if (doc != null) {
        l.in.attempt(l.path, () -> xb.legalReference(new LegalReference(doc, date, clause, url)));
      }
    }
    Obj p = e.obj("provenance");
    if (p != null) {
      ProvenanceStatus status = p.enumValue("status", ProvenanceStatus::valueOf);
      String note = p.text("note");
      Optional<String> source = p.optText("source");
      p.end();
      if (status != null && note != null) {
        xb.provenance(new Provenance(status, note, source));
      }
    }
    e.end();
    Explanation[] out = new Explanation[1];
    e.in.attempt(e.path, () -> out[0] = xb.build());
    return out[0];
  }

  private static <T> void set(T value, java.util.function.Consumer<T> setter) {
    if (value != null) {
      setter.accept(value);
    }
  }

  /** Collects every problem of one read. */
  private static final class In {
    final List<Problem> problems = new ArrayList<>();

    void problem(String path, String message) {
      problems.add(Problem.general("at " + path + ": " + message));
    }

    void attempt(String path, Runnable r) {
      try {
        r.run();
      } catch (ParIndexException e) {
        e.problems().forEach(p -> problem(path, p.toString()));
      } catch (RuntimeException e) {
        problem(path, String.valueOf(e.getMessage()));
      }
    }

    Obj obj(JsonNode n, String path) {
      return new Obj(this, n, path);
    }

    ParIndexException failure() {
      return new ParIndexException("not a valid " + ScorecardReport.FORMAT + " document", problems);
    }
  }

  /** One JSON object being read: typed getters that report problems by path, and a check for unknown fields. */
  private static final class Obj {
    final In in;
    final JsonNode node;
    final String path;
    final Set<String> read = new LinkedHashSet<>();

    Obj(In in, JsonNode node, String path) {
      this.in = in;
      this.node = node;
      this.path = path;
    }

    boolean has(String f) {
      return node.has(f);
    }

    private JsonNode get(String f, boolean required) {
      read.add(f);
      JsonNode v = node.get(f);
      if (v == null || v.isNull()) {
        if (required) {
          in.problem(path + "." + f, "missing");
        }
        return null;
      }
      return v;
    }

    String text(String f) {
      JsonNode v = get(f, true);
      return v == null ? null : textOf(v, path + "." + f);
    }

    Optional<String> optText(String f) {
      JsonNode v = get(f, false);
      return v == null ? Optional.empty() : Optional.ofNullable(textOf(v, path + "." + f));
    }

    private String textOf(JsonNode v, String at) {
      if (!v.isTextual()) {
        in.problem(at, "expected a string but was " + v);
        return null;
      }
      return v.textValue();
    }

    Integer integer(String f) {
      JsonNode v = get(f, true);
      if (v == null) {
        return null;
      }
      if (!v.isInt()) {
        in.problem(path + "." + f, "expected a whole number but was " + v);
        return null;
      }
      return v.intValue();
    }

    Boolean bool(String f) {
      JsonNode v = get(f, true);
      if (v == null) {
        return null;
      }
      if (!v.isBoolean()) {
        in.problem(path + "." + f, "expected true or false but was " + v);
        return null;
      }
      return v.booleanValue();
    }

    BigDecimal decimal(String f) {
      JsonNode v = get(f, true);
      return v == null ? null : decimalOf(v, path + "." + f);
    }

    Optional<BigDecimal> optDecimal(String f) {
      JsonNode v = get(f, false);
      return v == null ? Optional.empty() : Optional.ofNullable(decimalOf(v, path + "." + f));
    }

    private BigDecimal decimalOf(JsonNode v, String at) {
      if (!v.isTextual()) {
        in.problem(at, "expected a decimal as a string, e.g. \"85.78\", but was " + v);
        return null;
      }
      String s = v.textValue();
      if (!s.matches("-?[0-9]+(\\.[0-9]+)?")) {
        in.problem(at, "expected a decimal in plain notation, e.g. \"85.78\", but was \"" + s + "\"");
        return null;
      }
      return new BigDecimal(s);
    }

    Optional<LocalDate> optDate(String f) {
      Optional<String> s = optText(f);
      if (s.isEmpty()) {
        return Optional.empty();
      }
      try {
        return Optional.of(LocalDate.parse(s.get()));
      } catch (DateTimeParseException e) {
        in.problem(path + "." + f, "expected a date like 2025-06-30 but was \"" + s.get() + "\"");
        return Optional.empty();
      }
    }

    <E> E enumValue(String f, Function<String, E> valueOf) {
      JsonNode v = get(f, true);
      return v == null ? null : enumOf(v, f, valueOf);
    }

    <E> E optEnum(String f, Function<String, E> valueOf) {
      JsonNode v = get(f, false);
      return v == null ? null : enumOf(v, f, valueOf);
    }

    private <E> E enumOf(JsonNode v, String f, Function<String, E> valueOf) {
      String s = textOf(v, path + "." + f);
      if (s == null) {
        return null;
      }
      try {
        return valueOf.apply(s);
      } catch (IllegalArgumentException e) {
        in.problem(path + "." + f, "unknown value \"" + s + "\"");
        return null;
      }
    }

    Obj obj(String f) {
      JsonNode v = get(f, true);
      return v == null ? null : objOf(v, path + "." + f);
    }

    Obj optObj(String f) {
      JsonNode v = get(f, false);
      return v == null ? null : objOf(v, path + "." + f);
    }

    private Obj objOf(JsonNode v, String at) {
      if (!v.isObject()) {
        in.problem(at, "expected an object but was " + v);
        return null;
      }
      return new Obj(in, v, at);
    }

    <T> List<T> array(String f, Function<Obj, T> element) {
      JsonNode v = get(f, true);
      if (v == null) {
        return null;
      }
      if (!v.isArray()) {
        in.problem(path + "." + f, "expected an array but was " + v);
        return null;
      }
      List<T> out = new ArrayList<>();
      boolean ok = true;
      for (int i = 0; i < v.size(); i++) {
        Obj o = objOf(v.get(i), path + "." + f + "[" + i + "]");
        T t = o == null ? null : element.apply(o);
        if (t == null) {
          ok = false;
        } else {
          out.add(t);
        }
      }
      return ok ? out : null;
    }

    List<String> strings(String f) {
      JsonNode v = get(f, true);
      if (v == null) {
        return null;
      }
      if (!v.isArray()) {
        in.problem(path + "." + f, "expected an array of strings but was " + v);
        return null;
      }
      List<String> out = new ArrayList<>();
      for (int i = 0; i < v.size(); i++) {
        String s = textOf(v.get(i), path + "." + f + "[" + i + "]");
        if (s != null) {
          out.add(s);
        }
      }
      return out;
    }

    List<RoundingStep> steps(String f) {
      return array(f, o -> {
        String what = o.text("what");
        BigDecimal before = o.decimal("before");
        BigDecimal after = o.decimal("after");
        Integer scale = o.integer("scale");
        RoundingMode mode = o.enumValue("mode", RoundingMode::valueOf);
        o.end();
        return what == null || before == null || after == null || scale == null || mode == null ? null
            : new RoundingStep(what, before, after, scale, mode);
      });
    }

    /** Reports fields that the format does not have (a typo, or a newer format). */
    void end() {
      for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
        String name = it.next();
        if (!read.contains(name)) {
          in.problem(path + "." + name, "unknown field (format " + ScorecardReport.FORMAT + ")");
        }
      }
    }
  }
}
