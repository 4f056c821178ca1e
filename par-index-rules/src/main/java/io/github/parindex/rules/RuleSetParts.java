package io.github.parindex.rules;

import io.github.parindex.model.GradeBand;
import io.github.parindex.model.GradeScale;
import io.github.parindex.model.LegalReference;
import io.github.parindex.model.ParIndexException;
import io.github.parindex.model.Provenance;
import io.github.parindex.model.ProvenanceStatus;
import io.github.parindex.model.RoundingPolicy;
import io.github.parindex.model.RoundingStage;
import io.github.parindex.model.UnitLevel;
import io.github.parindex.model.YearRange;
import io.github.parindex.rules.internal.JsonTree;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Decodes the parts of a rule file that are not nodes: legal references, provenance, unit levels, years, rounding
 * and grade scales. Each part records its own problems in the read context and is empty when it has any. Internal.
 */
final class RuleSetParts {
  private final ReadContext ctx;

  RuleSetParts(ReadContext ctx) {
    this.ctx = ctx;
  }

  Optional<LegalReference> legalReference(JsonFields parent, String key, boolean required) {
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

  Optional<Provenance> provenance(JsonFields parent, boolean required) {
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

  List<UnitLevel> unitLevels(JsonFields top) {
    List<UnitLevel> levels = new ArrayList<>();
    Optional<List<JsonTree.Value>> items = top.requiredArray("appliesTo");
    if (items.isEmpty()) {
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

  Optional<YearRange> years(JsonFields top) {
    Optional<JsonFields> o = top.object("years");
    if (o.isEmpty()) {
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

  Optional<RoundingPolicy> rounding(JsonFields top) {
    Optional<JsonFields> o = top.object("rounding");
    if (o.isEmpty()) {
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

  Optional<GradeScale> gradeScale(JsonFields parent, String key) {
    Optional<List<JsonTree.Value>> items = parent.array(key);
    if (items.isEmpty()) {
      return Optional.empty();
    }
    return gradeScale(items.get(), parent.child(key));
  }

  Optional<GradeScale> gradeScale(List<JsonTree.Value> items, String path) {
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

  Map<String, GradeScale> gradesByBlock(JsonFields top) {
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

  <T> Optional<T> build(JsonFields at, Supplier<T> constructor) {
    try {
      return Optional.of(constructor.get());
    } catch (ParIndexException e) {
      e.problems().forEach(p -> at.problem(p.toString()));
    } catch (RuntimeException e) {
      at.problem(String.valueOf(e.getMessage()));
    }
    return Optional.empty();
  }

}
