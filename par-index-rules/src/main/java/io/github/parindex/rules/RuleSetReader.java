package io.github.parindex.rules;

import io.github.parindex.method.ScoringMethod;
import io.github.parindex.model.GradeScale;
import io.github.parindex.model.LegalReference;
import io.github.parindex.model.Node;
import io.github.parindex.model.NodeRole;
import io.github.parindex.model.ParIndexException;
import io.github.parindex.model.PointSource;
import io.github.parindex.model.Problem;
import io.github.parindex.model.Provenance;
import io.github.parindex.model.RoundingPolicy;
import io.github.parindex.model.RuleSet;
import io.github.parindex.model.UnitLevel;
import io.github.parindex.model.YearRange;
import io.github.parindex.rules.internal.JsonTree;
import io.github.parindex.rules.internal.Suggestions;
import io.github.parindex.rules.table.RuleSetTable;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Decodes the JSON tree of a {@value RuleSetJson#FORMAT} file into a {@link RuleSet}. Internal. */
final class RuleSetReader {

  private final ReadContext ctx;
  private final RuleSetJson json;
  private final RuleSetParts parts;
  /** Where each node code was read, to place the rule set's own consistency problems. */
  private final Map<String, JsonFields> nodeAt = new HashMap<>();

  RuleSetReader(ReadContext ctx, RuleSetJson json) {
    this.ctx = ctx;
    this.json = json;
    this.parts = new RuleSetParts(ctx);
  }

  Optional<RuleSet> read(JsonTree.Value root) {
    if (!(root instanceof JsonTree.Obj obj)) {
      ctx.problem("$", root, "expected a JSON object (a rule set), got " + root.describe());
      return Optional.empty();
    }
    JsonFields top = new JsonFields(ctx, obj, "$", "the rule set");
    int before = ctx.count();
    format(top);
    String id = top.string("id");
    Optional<String> version = top.optionalString("version");
    String title = top.string("title");
    String issuer = top.string("issuer");
    Optional<LegalReference> legalBasis = parts.legalReference(top, "legalBasis", true);
    List<UnitLevel> appliesTo = parts.unitLevels(top);
    Optional<YearRange> years = parts.years(top);
    BigDecimal maxTotal = top.decimal("maxTotal");
    Optional<RoundingPolicy> rounding = parts.rounding(top);
    Optional<GradeScale> grades = top.has("grades") ? parts.gradeScale(top, "grades") : Optional.of(GradeScale.none());
    Map<String, GradeScale> byBlock = parts.gradesByBlock(top);
    boolean allowAbove = top.optionalBool("allowAboveMaximum").orElse(false);
    Optional<Provenance> provenance = parts.provenance(top, true);
    List<Node> nodes = nodes(top, obj);
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
    return build(top, b);
  }

  /** Checks the format name and version, when the file gives one. */
  private void format(JsonFields top) {
    String format = top.string("format");
    if (top.has("format") && !format.isEmpty() && !RuleSetJson.FORMAT.equals(format)) {
      top.problem("format", format.startsWith("par-index/rule-set@")
          ? "format version \"" + format + "\" is not supported by this library, which reads \""
              + RuleSetJson.FORMAT + "\""
          : "\"" + format + "\" is not a par-index rule set; expected \"" + RuleSetJson.FORMAT + "\"");
    }
  }

  /** The tree, from {@code "nodes"} or from the CSV file named by {@code "table"} (exactly one of them). */
  private List<Node> nodes(JsonFields top, JsonTree.Obj obj) {
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
    return nodes;
  }

  /** Builds the set; its own consistency problems are placed at the node they name, or at the top. */
  private Optional<RuleSet> build(JsonFields top, RuleSet.Builder b) {
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
    Optional<LegalReference> legal = parts.legalReference(n, "legalReference", false);
    Optional<Provenance> provenance = parts.provenance(n, false);
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
    return parts.build(n, () -> {
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
          + " (known kinds: " + String.join(", ", json.kinds()) + "; a rule module adds its own kind by"
          + " extending io.github.parindex.method.MethodKind and declaring it for ServiceLoader)");
      return Optional.empty();
    }
    return parts.build(m, () -> codec.get().fromJson(m)).filter(x -> ctx.count() == before);
  }
}
