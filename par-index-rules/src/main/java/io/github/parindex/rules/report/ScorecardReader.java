package io.github.parindex.rules.report;

import io.github.parindex.engine.Explanation;
import io.github.parindex.engine.NodeScore;
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
import io.github.parindex.rules.internal.DocumentLimits;
import io.github.parindex.rules.internal.JsonTree;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads {@code par-index/scorecard@1} strictly through the shared strict reader ({@link JsonTree}: limits,
 * duplicate keys, trailing content, located problems); see {@link ScorecardReport}. Internal.
 */
final class ScorecardReader {
  private ScorecardReader() {}

  static ScorecardReport read(String json, String source) {
    List<Problem> duplicates = new ArrayList<>();
    JsonTree.Value root = JsonTree.parse(json, source, DocumentLimits.SCORECARD_REPORT, duplicates);
    ReportFields.Problems in = new ReportFields.Problems(source);
    in.list.addAll(duplicates);
    if (!(root instanceof JsonTree.Obj obj)) {
      in.at("$", root, "expected a JSON object (a scorecard report), got " + root.describe());
      throw in.failure();
    }
    ReportFields r = new ReportFields(in, obj, "$");
    String format = r.text("format");
    if (format != null && !format.equals(ScorecardReport.FORMAT)) {
      in.at("$.format", obj.members().get("format").value(), "expected \"" + ScorecardReport.FORMAT + "\" but was \""
          + format + "\"");
      throw in.failure();
    }
    String version = r.text("libraryVersion");
    if (version != null && version.isBlank()) {
      in.at("$.libraryVersion", obj, "must not be blank");
    }
    Scorecard.Builder b = Scorecard.builder(LibraryAccess.KEY);
    header(r, b);
    r.end();
    if (!in.list.isEmpty()) {
      throw in.failure();
    }
    Scorecard[] card = new Scorecard[1];
    in.attempt("$", obj, () -> card[0] = b.build());
    if (!in.list.isEmpty()) {
      throw in.failure();
    }
    return new ScorecardReport(version, card[0]);
  }

  /** The scorecard's own fields and its nodes. */
  private static void header(ReportFields r, Scorecard.Builder b) {
    ReportFields rs = r.obj("ruleSet");
    if (rs != null) {
      set(rs.text("id"), b::ruleSetId);
      set(rs.text("version"), b::ruleSetVersion);
      rs.end();
    }
    set(r.integer("year"), b::year);
    ReportFields u = r.obj("unit");
    if (u != null) {
      set(unit(u), b::unit);
    }
    ReportFields ro = r.obj("rounding");
    if (ro != null) {
      set(rounding(ro), b::rounding);
    }
    set(r.decimal("maximum"), b::maximum);
    set(r.decimal("effectiveMaximum"), b::effectiveMaximum);
    set(r.decimal("totalPoints"), b::totalPoints);
    set(r.decimal("exactTotal"), b::exactTotal);
    set(r.decimal("index"), b::index);
    ReportFields g = r.optObj("grade");
    if (g != null) {
      String label = g.text("label");
      BigDecimal min = g.decimal("minimumIndex");
      Optional<String> desc = g.optText("description");
      List<GradeBand.Floor> floors = g.has("floors") ? g.array("floors", ScorecardReader::floor) : List.of();
      List<String> aliases = g.has("aliases") ? g.strings("aliases") : List.of();
      g.end();
      if (label != null && min != null && floors != null && aliases != null) {
        g.in.attempt(g.path, g.node, () -> b.grade(new GradeBand(label, min, desc, floors, aliases)));
      }
    }
    set(r.strings("arithmetic"), b::arithmetic);
    set(r.steps("roundingSteps"), b::roundingSteps);
    set(r.array("nodes", ScorecardReader::node), b::nodes);
  }

  private static GradeBand.Floor floor(ReportFields f) {
    Optional<String> component = f.optText("component");
    BigDecimal min = f.decimal("minimumIndex");
    f.end();
    if (min == null) {
      return null;
    }
    try {
      return new GradeBand.Floor(component, min);
    } catch (IllegalArgumentException e) {
      f.in.at(f.path, f.node, e.getMessage());
      return null;
    }
  }

  private static RoundingPolicy rounding(ReportFields ro) {
    Integer ps = ro.integer("pointsScale");
    RoundingMode pm = ro.enumValue("pointsMode", RoundingMode::valueOf);
    Integer is = ro.integer("indexScale");
    RoundingMode im = ro.enumValue("indexMode", RoundingMode::valueOf);
    RoundingStage st = ro.enumValue("stage", RoundingStage::valueOf);
    ro.end();
    RoundingPolicy[] out = new RoundingPolicy[1];
    if (ps != null && pm != null && is != null && im != null && st != null) {
      ro.in.attempt(ro.path, ro.node, () -> out[0] = RoundingPolicy.of(ps, pm, is, im, st));
    }
    return out[0];
  }

  private static AdministrativeUnit unit(ReportFields u) {
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
    u.in.attempt(u.path, u.node, () -> out[0] = ub.build());
    return out[0];
  }

  /** One node; its children through the same method (the depth is bounded by the document's nesting limit). */
  private static NodeScore node(ReportFields o) {
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
    ReportFields e = o.optObj("explanation");
    if (e != null) {
      set(explanation(e), nb::explanation);
    }
    if (o.has("children")) {
      set(o.array("children", ScorecardReader::node), nb::children);
    }
    o.end();
    NodeScore[] out = new NodeScore[1];
    o.in.attempt(o.path, o.node, () -> out[0] = nb.build());
    return out[0];
  }

  private static Explanation explanation(ReportFields e) {
    Explanation.Builder xb = Explanation.builder(LibraryAccess.KEY);
    set(e.text("code"), xb::code);
    set(e.text("method"), xb::method);
    set(e.text("rule"), xb::rule);
    xb.scoringText(e.optText("scoringText"));
    set(e.text("basis"), xb::basis);
    xb.appraisalReason(e.optText("appraisalReason"));
    set(e.array("inputs", ScorecardReader::fact), xb::inputs);
    set(e.text("matched"), xb::matched);
    set(e.strings("arithmetic"), xb::arithmetic);
    set(e.steps("rounding"), xb::rounding);
    ReportFields l = e.optObj("legalReference");
    if (l != null) {
      set(legal(l), xb::legalReference);
    }
    ReportFields p = e.obj("provenance");
    if (p != null) {
      ProvenanceStatus status = p.enumValue("status", ProvenanceStatus::valueOf);
      String note = p.text("note");
      Optional<String> source = p.optText("source");
      p.end();
      if (status != null && note != null) {
        p.in.attempt(p.path, p.node, () -> xb.provenance(new Provenance(status, note, source)));
      }
    }
    e.end();
    Explanation[] out = new Explanation[1];
    e.in.attempt(e.path, e.node, () -> out[0] = xb.build());
    return out[0];
  }

  private static Fact fact(ReportFields f) {
    String name = f.text("name");
    String value = f.text("value");
    f.end();
    Fact[] out = new Fact[1];
    if (name != null && value != null) {
      f.in.attempt(f.path, f.node, () -> out[0] = Fact.of(name, value));
    }
    return out[0];
  }

  private static LegalReference legal(ReportFields l) {
    String doc = l.text("document");
    Optional<LocalDate> date = l.optDate("date");
    Optional<String> clause = l.optText("clause");
    Optional<String> url = l.optText("url");
    l.end();
    LegalReference[] out = new LegalReference[1];
    if (doc != null) {
      l.in.attempt(l.path, l.node, () -> out[0] = new LegalReference(doc, date, clause, url));
    }
    return out[0];
  }

  private static <T> void set(T value, Consumer<T> setter) {
    if (value != null) {
      setter.accept(value);
    }
  }
}
