package io.github.parindex.rules;

import io.github.parindex.rules.internal.Suggestions;

import io.github.parindex.rules.internal.JsonTree;

import io.github.parindex.method.ScoringMethod;
import io.github.parindex.model.GradeBand;
import io.github.parindex.model.GradeScale;
import io.github.parindex.model.LegalReference;
import io.github.parindex.model.Node;
import io.github.parindex.model.NodeRole;
import io.github.parindex.model.ParIndexException;
import io.github.parindex.model.PointSource;
import io.github.parindex.model.Problem;
import io.github.parindex.model.Provenance;
import io.github.parindex.model.ProvenanceStatus;
import io.github.parindex.model.RoundingPolicy;
import io.github.parindex.model.RoundingStage;
import io.github.parindex.model.RuleSet;
import io.github.parindex.model.UnitLevel;
import io.github.parindex.model.YearRange;
import io.github.parindex.rules.table.RuleSetTable;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** Decodes the JSON tree of a {@value RuleSetJson#FORMAT} file into a {@link RuleSet}. Internal. */
final class RuleSetReader {

  /** Where each key of the format belongs, to explain a misplaced key. */
  static final Map<String, String> PLACEMENTS = placements();

  private final ReadContext ctx;
  private final RuleSetJson json;
  /** Where each node code was read, to place the rule set's own consistency problems. */
  private final Map<String, JsonFields> nodeAt = new HashMap<>();

  RuleSetReader(ReadContext ctx, RuleSetJson json) {
    this.ctx = ctx;
    this.json = json;
  }

  Optional<RuleSet> read(JsonTree.Value root) {
    if (!(root instanceof JsonTree.Obj obj)) {
      ctx.problem("$", root, "expected a JSON object (a rule set), got " + root.describe());
      return Optional.empty();
    }
    JsonFields top = new JsonFields(ctx, obj, "$", "the rule set");
    int before = ctx.count();
    String format = top.string("format");
    if (top.has("format") && !format.isEmpty() && !RuleSetJson.FORMAT.equals(format)) {
      top.problem("format", format.startsWith("par-index/rule-set@")
          ? "format version \"" + format + "\" is not supported by this library, which reads \""
              + RuleSetJson.FORMAT + "\""
          : "\"" + format + "\" is not a par-index rule set; expected \"" + RuleSetJson.FORMAT + "\"");
    }
    String id = top.string("id");
    Optional<String> version = top.optionalString("version");
    String title = top.string("title");
    String issuer = top.string("issuer");
    Optional<LegalReference> legalBasis = legalReference(top, "legalBasis", true);
    List<UnitLevel> appliesTo = unitLevels(top);
    Optional<YearRange> years = years(top);
    BigDecimal maxTotal = top.decimal("maxTotal");
    Optional<RoundingPolicy> rounding = rounding(top);
    Optional<GradeScale> grades = top.has("grades") ? gradeScale(top, "grades") : Optional.of(GradeScale.none());
    Map<String, GradeScale> byBlock = gradesByBlock(top);
    boolean allowAbove = top.optionalBool("allowAboveMaximum").orElse(false);
    Optional<Provenance> provenance = provenance(top, true);
    List<Node> nodes = new ArrayList<>();
    Optional<String> table = top.optionalString("table");
    if (table.isPresent()) {
      if (top.has("nodes")) {
        top.problem("nodes", "give either \"nodes\" or \"table\", not both");
      }
      nodes.addAll(table(top, table.get()));
    } else if (!top.has("nodes")) {
      top.problem("missing required key \"nodes\" (the tree) or \"table\" (a CSV file with the tree) in the rule"
          + " set" + Suggestions.nearest("nodes", obj.members().keySet()).filter(k -> !k.equals("nodes"))
              .map(k -> " (found \"" + k + "\"; is it misspelt?)").orElse(""));
    } else {
      for (JsonFields n : top.optionalObjects("nodes", "a node").orElse(List.of())) {
        node(n).ifPresent(nodes::add);
      }
    }
    if (ctx.count() > before) {
      return Optional.empty();
    }
    RuleSet.Builder b = RuleSet.builder()
        .id(id).title(title).issuer(issuer)
        .legalBasis(legalBasis.orElseThrow())
        .appliesTo(appliesTo)
        .years(years.orElseThrow())
        .maxTotal(maxTotal)
        .rounding(rounding.orElseThrow())
        .grades(grades.orElseThrow())
        .gradesByBlock(byBlock)
        .allowAboveMaximum(allowAbove)
        .provenance(provenance.orElseThrow())
        .nodes(nodes);
    version.ifPresent(b::version);
    try {
      return Optional.of(b.build());
    } catch (ParIndexException e) {
      for (Problem p : e.problems()) {
        JsonFields at = p.code().map(nodeAt::get).orElse(top);
        at.problem(p.code().map(c -> "criterion " + c + ": ").orElse("") + p.message());
      }
    } catch (IllegalArgumentException | NullPointerException e) {
      top.problem(e.getMessage());
    }
    return Optional.empty();
  }

  private Optional<Node> node(JsonFields n) {
    int before = ctx.count();
    String code = n.string("code");
    String name = n.string("name");
    Optional<String> gloss = n.optionalString("gloss");
    BigDecimal max = n.decimal("maxPoints");
    NodeRole role = n.optionalEnum("role", NodeRole.class).orElse(NodeRole.SCORED);
    Optional<PointSource> source = n.optionalEnum("source", PointSource.class);
    Optional<ScoringMethod> method = n.optionalObject("method").flatMap(this::method);
    Optional<String> scoringText = n.optionalString("scoringText");
    Optional<LegalReference> legal = legalReference(n, "legalReference", false);
    Optional<Provenance> provenance = provenance(n, false);
    List<Node> children = new ArrayList<>();
    for (JsonFields c : n.optionalObjects("children", "a node").orElse(List.of())) {
      node(c).ifPresent(children::add);
    }
    if (!code.isEmpty()) {
      nodeAt.putIfAbsent(code, n);
    }
    if (ctx.count() > before) {
      return Optional.empty();
    }
    return build(n, () -> {
      Node.Builder b = Node.builder().code(code).name(name).maxPoints(max).role(role).children(children);
      gloss.ifPresent(b::gloss);
      source.ifPresent(b::source);
      method.ifPresent(b::method);
      scoringText.ifPresent(b::scoringText);
      legal.ifPresent(b::legalReference);
      provenance.ifPresent(b::provenance);
      return b.build();
    });
  }

  /** The nodes of a CSV table next to the rule file (read by {@link RuleSetTable}). */
  private List<Node> table(JsonFields top, String name) {
    Optional<Path> folder = ctx.tableFolder();
    if (folder.isEmpty()) {
      top.problem("table", "\"table\": \"" + name + "\" can only be read from a rule file in a folder (read a Path,"
          + " or a registry folder), not from " + ctx.source());
      return List.of();
    }
    Path file = folder.get().resolve(name).normalize();
    if (Path.of(name).isAbsolute() || !file.startsWith(folder.get().normalize())) {
      top.problem("table", "table \"" + name + "\" must be a path relative to the rule file's folder, inside it");
      return List.of();
    }
    if (!Files.isRegularFile(file)) {
      top.problem("table", "table file " + file + " does not exist");
      return List.of();
    }
    try {
      if (!file.toRealPath().startsWith(folder.get().toRealPath())) {
        top.problem("table", "table \"" + name + "\" is a link to a file outside the rule file's folder: not read");
        return List.of();
      }
    } catch (java.io.IOException e) {
      top.problem("table", "table \"" + name + "\" cannot be resolved: " + e.getMessage());
      return List.of();
    }
    ctx.tablesRead().add(file);
    try {
      return RuleSetTable.readNodes(file);
    } catch (ParIndexException e) {
      for (Problem p : e.problems()) {
        ctx.problemIn(file.toString(), p);
      }
    } catch (UncheckedIOException e) {
      top.problem("table", "cannot read table file " + file + ": " + e.getMessage());
    }
    return List.of();
  }

  private Optional<ScoringMethod> method(JsonFields m) {
    int before = ctx.count();
    String kind = m.string("kind");
    if (ctx.count() > before) {
      m.acceptAll();
      return Optional.empty();
    }
    Optional<ScoringMethodCodec> codec = json.codec(kind);
    if (codec.isEmpty()) {
      m.acceptAll();
      m.problem("kind", "unknown method kind \"" + kind + "\"" + Suggestions.didYouMean(kind, json.kinds())
          + " (known kinds: " + String.join(", ", json.kinds()) + "; a rule module adds its own with a"
          + " ScoringMethodCodec)");
      return Optional.empty();
    }
    return build(m, () -> codec.get().fromJson(m)).filter(x -> ctx.count() == before);
  }

  private Optional<LegalReference> legalReference(JsonFields parent, String key, boolean required) {
    Optional<JsonFields> o = parent.optionalObject(key);
    if (o.isEmpty()) {
      if (required && !parent.has(key)) {
        parent.string(key); // records the missing key
      }
      return Optional.empty();
    }
    JsonFields f = o.get();
    int before = ctx.count();
    String document = f.string("document");
    Optional<LocalDate> date = f.optionalDate("date");
    Optional<String> clause = f.optionalString("clause");
    Optional<String> url = f.optionalString("url");
    if (ctx.count() > before) {
      return Optional.empty();
    }
    return build(f, () -> new LegalReference(document, date, clause, url));
  }

  private Optional<Provenance> provenance(JsonFields parent, boolean required) {
    Optional<JsonFields> o = parent.optionalObject("provenance");
    if (o.isEmpty()) {
      if (required && !parent.has("provenance")) {
        parent.string("provenance");
      }
      return Optional.empty();
    }
    JsonFields f = o.get();
    int before = ctx.count();
    ProvenanceStatus status = f.enumValue("status", ProvenanceStatus.class);
    String note = f.optionalString("note").orElse("");
    Optional<String> source = f.optionalString("source");
    if (ctx.count() > before) {
      return Optional.empty();
    }
    return Optional.of(new Provenance(status, note, source));
  }

  private List<UnitLevel> unitLevels(JsonFields top) {
    List<UnitLevel> levels = new ArrayList<>();
    Optional<List<JsonTree.Value>> items = top.array("appliesTo");
    if (items.isEmpty()) {
      if (!top.has("appliesTo")) {
        top.strings("appliesTo");
      }
      return levels;
    }
    for (int i = 0; i < items.get().size(); i++) {
      top.enumOf(items.get().get(i), "$.appliesTo[" + i + "]", UnitLevel.class).ifPresent(levels::add);
    }
    if (items.get().isEmpty()) {
      top.problem("appliesTo", "must name at least one unit level (" + List.of(UnitLevel.values()) + ")");
    }
    return levels;
  }

  private Optional<YearRange> years(JsonFields top) {
    Optional<JsonFields> o = top.optionalObject("years");
    if (o.isEmpty()) {
      if (!top.has("years")) {
        top.string("years");
      }
      return Optional.empty();
    }
    JsonFields f = o.get();
    int before = ctx.count();
    int first = f.integer("first");
    Optional<Integer> last = f.optionalInteger("last");
    if (ctx.count() > before) {
      return Optional.empty();
    }
    return build(f, () -> new YearRange(first, last));
  }

  private Optional<RoundingPolicy> rounding(JsonFields top) {
    Optional<JsonFields> o = top.optionalObject("rounding");
    if (o.isEmpty()) {
      if (!top.has("rounding")) {
        top.string("rounding");
      }
      return Optional.empty();
    }
    JsonFields f = o.get();
    int before = ctx.count();
    int pointsScale = f.integer("pointsScale");
    RoundingMode pointsMode = f.enumValue("pointsMode", RoundingMode.class);
    int indexScale = f.integer("indexScale");
    RoundingMode indexMode = f.enumValue("indexMode", RoundingMode.class);
    RoundingStage stage = f.enumValue("stage", RoundingStage.class);
    if (ctx.count() > before) {
      return Optional.empty();
    }
    return build(f, () -> RoundingPolicy.of(pointsScale, pointsMode, indexScale, indexMode, stage));
  }

  private Optional<GradeScale> gradeScale(JsonFields parent, String key) {
    Optional<List<JsonTree.Value>> items = parent.array(key);
    if (items.isEmpty()) {
      return Optional.empty();
    }
    return gradeScale(items.get(), parent.child(key));
  }

  private Optional<GradeScale> gradeScale(List<JsonTree.Value> items, String path) {
    int before = ctx.count();
    List<GradeBand> bands = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      JsonTree.Value v = items.get(i);
      if (!(v instanceof JsonTree.Obj o)) {
        ctx.problem(path + "[" + i + "]", v, "expected a grade band object, got " + v.describe());
        continue;
      }
      JsonFields g = new JsonFields(ctx, o, path + "[" + i + "]", "a grade band");
      int start = ctx.count();
      String label = g.string("label");
      BigDecimal min = g.decimal("minimumIndex");
      Optional<String> description = g.optionalString("description");
      List<GradeBand.Floor> floors = new ArrayList<>();
      for (JsonFields f : g.optionalObjects("floors", "a floor of a grade band").orElse(List.of())) {
        Optional<String> component = f.optionalString("component");
        BigDecimal floorMin = f.decimal("minimumIndex");
        build(f, () -> new GradeBand.Floor(component, floorMin)).ifPresent(floors::add);
      }
      List<String> aliases = g.has("aliases") ? g.strings("aliases") : List.of();
      if (ctx.count() == start) {
        build(g, () -> new GradeBand(label, min, description, floors, aliases)).ifPresent(bands::add);
      }
    }
    if (ctx.count() > before) {
      return Optional.empty();
    }
    try {
      return Optional.of(new GradeScale(bands));
    } catch (IllegalArgumentException e) {
      ctx.problemAt(path, items.isEmpty() ? 0 : items.get(0).line(), items.isEmpty() ? 0 : items.get(0).column(),
          e.getMessage());
      return Optional.empty();
    }
  }

  private Map<String, GradeScale> gradesByBlock(JsonFields top) {
    Map<String, GradeScale> out = new LinkedHashMap<>();
    Optional<Map<String, JsonTree.Member>> blocks = top.freeObject("gradesByBlock");
    if (blocks.isEmpty()) {
      return out;
    }
    for (JsonTree.Member m : blocks.get().values()) {
      String at = "$.gradesByBlock." + m.key();
      if (!(m.value() instanceof JsonTree.Arr arr)) {
        ctx.problem(at, m.value(), "expected an array of grade bands, got " + m.value().describe());
        continue;
      }
      gradeScale(arr.items(), at).ifPresent(s -> out.put(m.key(), s));
    }
    return out;
  }

  private <T> Optional<T> build(JsonFields at, Supplier<T> constructor) {
    try {
      return Optional.of(constructor.get());
    } catch (ParIndexException e) {
      e.problems().forEach(p -> at.problem(p.toString()));
    } catch (RuntimeException e) {
      at.problem(String.valueOf(e.getMessage()));
    }
    return Optional.empty();
  }

  private static Map<String, String> placements() {
    Map<String, String> m = new HashMap<>();
    for (String k : List.of("format", "id", "version", "title", "issuer", "legalBasis", "appliesTo", "years",
        "maxTotal", "rounding", "grades", "gradesByBlock", "allowAboveMaximum", "nodes", "table")) {
      m.put(k, "at the top level of the rule set");
    }
    for (String k : List.of("code", "name", "gloss", "maxPoints", "role", "method", "scoringText",
        "legalReference", "children")) {
      m.put(k, "in a node (an item of \"nodes\" or \"children\")");
    }
    m.put("source", "in a node (where its points come from) or in \"provenance\" (where the data was read)");
    m.put("provenance", "at the top level of the rule set or in a node");
    for (String k : List.of("pointsScale", "pointsMode", "indexScale", "indexMode", "stage")) {
      m.put(k, "in \"rounding\"");
    }
    m.put("first", "in \"years\"");
    m.put("last", "in \"years\"");
    for (String k : List.of("document", "date", "clause", "url")) {
      m.put(k, "in \"legalBasis\" or in a node's \"legalReference\"");
    }
    m.put("status", "in \"provenance\"");
    m.put("note", "in \"provenance\"");
    for (String k : List.of("label", "minimumIndex", "description", "floors", "aliases")) {
      m.put(k, "in a grade band (an item of \"grades\")");
    }
    m.put("component", "in a floor of a grade band (an item of \"floors\")");
    m.put("kind", "in a node's \"method\"");
    m.put("bands", "in a \"percent-bands\" method");
    m.put("levels", "in a \"graded-levels\" method");
    return Map.copyOf(m);
  }
}
