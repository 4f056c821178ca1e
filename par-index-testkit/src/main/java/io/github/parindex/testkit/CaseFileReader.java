package io.github.parindex.testkit;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.parindex.engine.Ranking;
import io.github.parindex.internal.Numbers;
import io.github.parindex.method.Answer;
import io.github.parindex.model.AdministrativeUnit;
import io.github.parindex.model.Appraisal;
import io.github.parindex.model.Evidence;
import io.github.parindex.model.LeafInput;
import io.github.parindex.model.UnitLevel;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** Reads {@code par-index/case@1} YAML into a {@link CaseSpec}, collecting every problem by path. Internal. */
final class CaseFileReader {
  static final String FORMAT = "par-index/case@1";

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

  /** One unit of a case: who, what was answered, what is expected. */
  record UnitCase(AdministrativeUnit unit, List<LeafInput> inputs, Expected expected) {}

  /** Expected figures; empty means not checked. */
  record Expected(Optional<BigDecimal> total, Optional<BigDecimal> index, Optional<String> grade,
      Optional<BigDecimal> maximum, Optional<BigDecimal> effectiveMaximum, Optional<Integer> rank,
      Map<String, Map<String, Object>> nodes) {}

  /** A whole case file. */
  record CaseSpec(String title, Optional<String> source, String ruleSetId, int year, List<UnitCase> units,
      Ranking.Scope scope, Ranking.TieRule ties, Optional<BigDecimal> tolerance, Optional<String> toleranceReason) {}


  private static final String PLAIN_DECIMAL = "-?[0-9]+(\\.[0-9]+)?";

  private final List<String> problems = new ArrayList<>();
  /** The line of every scalar, by path, for messages. */
  private final Map<String, Integer> lines = new HashMap<>();
  /** The paths of numbers already reported as not plain decimals. */
  private final Set<String> badNumbers = new HashSet<>();

  private CaseFileReader() {}

  /** The spec, or the problems (each with its path in the file). */
  static Object read(String yaml) {
    CaseFileReader r = new CaseFileReader();
    r.scanNumbers(yaml);
    JsonNode root;
    try {
      root = YAML.readTree(yaml);
    } catch (JsonProcessingException e) {
      List<String> out = new ArrayList<>(r.problems);
      out.add("not valid YAML at line " + e.getLocation().getLineNr() + ", column "
          + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
      return List.copyOf(out);
    }
    if (root == null || !root.isObject()) {
      return List.of("a case file is a YAML mapping starting with \"format: " + FORMAT + "\"");
    }
    CaseSpec spec = r.spec(root);
    return r.problems.isEmpty() ? spec : List.copyOf(r.problems);
  }

  /**
   * Reads the YAML as a token stream, before any number is converted: notes the line of every scalar and reports
   * every number not written as a plain decimal within the limits of {@link Numbers} (an exponent such as
   * {@code 1.0e+300000000} would make the arithmetic hang or overflow). Syntax errors are left to the tree reader.
   */
  private void scanNumbers(String yaml) {
    try (JsonParser p = YAML.getFactory().createParser(yaml)) {
      for (JsonToken t; (t = p.nextToken()) != null; ) {
        if (!t.isScalarValue()) {
          continue;
        }
        String path = path(p.getParsingContext());
        int line = p.currentTokenLocation().getLineNr();
        lines.putIfAbsent(path, line);
        if (t.isNumeric()) {
          String problem = numberProblem(p.getText());
          if (problem != null) {
            badNumbers.add(path);
            problems.add(path + " (line " + line + "): " + problem);
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      // a syntax error: readTree reports it with its line
    }
  }

  /** The path of the current value as the messages write it: {@code units[1].inputs.I.1}. */
  private static String path(JsonStreamContext c) {
    if (c == null || c.inRoot()) {
      return "";
    }
    String parent = path(c.getParent());
    if (c.inArray()) {
      return parent + "[" + (c.getCurrentIndex() + 1) + "]";
    }
    String name = String.valueOf(c.getCurrentName());
    return parent.isEmpty() ? name : parent + "." + name;
  }

  /** Why a number as written is refused, or null if it is a plain decimal that is not too long. */
  private static String numberProblem(String s) {
    if (!s.matches(PLAIN_DECIMAL)) {
      return shorten(s) + " is not a plain decimal: write digits with an optional dot, e.g. 85.78 or -2.5 "
          + "(no exponent, no +, no _)";
    }
    // The library's one numeric gate: at most 20 digits before and 20 after the point, 64 characters.
    return Numbers.problemOf(s, "number");
  }

  private static String shorten(String s) {
    return s.length() <= 40 ? s : s.substring(0, 30) + "… (" + s.length() + " characters)";
  }

  private String at(String path) {
    Integer line = lines.get(path);
    return line == null ? path : path + " (line " + line + ")";
  }

  private CaseSpec spec(JsonNode root) {
    known(root, "", Set.of("format", "title", "source", "ruleSet", "year", "ranking", "tolerance", "unit", "inputs",
        "expected", "units"));
    String format = text(root, "format", "");
    if (format != null && !format.equals(FORMAT)) {
      problems.add("format: expected \"" + FORMAT + "\" but was \"" + format + "\"");
      return null;
    }
    String title = optText(root, "title", "").orElse("");
    Optional<String> source = optText(root, "source", "");
    String ruleSet = text(root, "ruleSet", "");
    Integer year = integer(root, "year", "");
    Ranking.Scope scope = Ranking.Scope.ALL;
    Ranking.TieRule ties = Ranking.TieRule.SHARED;
    JsonNode ranking = root.get("ranking");
    if (ranking != null) {
      if (!ranking.isObject()) {
        problems.add("ranking: expected a mapping with scope and ties");
      } else {
        known(ranking, "ranking.", Set.of("scope", "ties"));
        scope = optText(ranking, "scope", "ranking.").map(s -> enumOf(Ranking.Scope.class, s, "ranking.scope"))
            .orElse(scope);
        ties = optText(ranking, "ties", "ranking.").map(s -> enumOf(Ranking.TieRule.class, s, "ranking.ties"))
            .orElse(ties);
      }
    }
    Optional<BigDecimal> tolerance = Optional.empty();
    Optional<String> reason = Optional.empty();
    JsonNode tol = root.get("tolerance");
    if (tol != null) {
      if (!tol.isObject()) {
        problems.add("tolerance: expected a mapping with amount and reason");
      } else {
        known(tol, "tolerance.", Set.of("amount", "reason"));
        tolerance = Optional.ofNullable(decimal(tol.get("amount"), "tolerance.amount", true));
        reason = optText(tol, "reason", "tolerance.");
        if (reason.map(String::isBlank).orElse(true)) {
          problems.add("tolerance.reason: a tolerance needs a reason (exact decimals are the rule)");
        }
        tolerance.filter(t -> t.signum() < 0).ifPresent(t -> problems.add("tolerance.amount: must not be negative"));
      }
    }
    List<UnitCase> units = new ArrayList<>();
    if (root.has("units")) {
      if (root.has("unit") || root.has("inputs") || root.has("expected")) {
        problems.add("units: use either units (a list) or unit, inputs and expected (one unit), not both");
      }
      JsonNode list = root.get("units");
      if (!list.isArray() || list.isEmpty()) {
        problems.add("units: expected a non-empty list");
      } else {
        for (int i = 0; i < list.size(); i++) {
          String p = "units[" + (i + 1) + "].";
          JsonNode u = list.get(i);
          if (!u.isObject()) {
            problems.add(p + ": expected a mapping with unit, inputs and expected");
            continue;
          }
          known(u, p, Set.of("unit", "inputs", "expected"));
          units.add(unitCase(u, p));
        }
      }
    } else {
      units.add(unitCase(root, ""));
    }
    if (ruleSet == null || year == null) {
      return null;
    }
    return new CaseSpec(title, source, ruleSet, year, units, scope, ties, tolerance, reason);
  }

  private UnitCase unitCase(JsonNode n, String p) {
    AdministrativeUnit unit = null;
    JsonNode u = n.get("unit");
    if (u == null || !u.isObject()) {
      problems.add(p + "unit: expected a mapping with code, name and level");
    } else {
      known(u, p + "unit.", Set.of("code", "name", "level", "block", "cluster", "parentCode"));
      String code = text(u, "code", p + "unit.");
      String name = optText(u, "name", p + "unit.").orElse(code);
      UnitLevel level = optText(u, "level", p + "unit.").map(s -> enumOf(UnitLevel.class, s, p + "unit.level"))
          .orElse(null);
      if (level == null && !u.has("level")) {
        problems.add(p + "unit.level: missing (one of " + List.of(UnitLevel.values()) + ")");
      }
      if (code != null && level != null) {
        try {
          unit = AdministrativeUnit.builder().code(code).name(name == null ? code : name).level(level)
              .block(optText(u, "block", p + "unit.")).cluster(optText(u, "cluster", p + "unit."))
              .parentCode(optText(u, "parentCode", p + "unit.")).build();
        } catch (RuntimeException e) {
          problems.add(p + "unit: " + e.getMessage());
        }
      }
    }
    List<LeafInput> inputs = new ArrayList<>();
    JsonNode in = n.get("inputs");
    if (in == null || !in.isObject()) {
      problems.add(p + "inputs: expected a mapping from criterion code to its input");
    } else {
      for (Iterator<Map.Entry<String, JsonNode>> it = in.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        LeafInput li = input(e.getKey(), e.getValue(), p + "inputs." + e.getKey());
        if (li != null) {
          inputs.add(li);
        }
      }
    }
    Expected expected = expected(n.get("expected"), p + "expected");
    return new UnitCase(unit, inputs, expected);
  }

  private LeafInput input(String code, JsonNode v, String p) {
    if (v.isNumber() || v.isTextual()) {
      BigDecimal d = decimal(v, p, true);
      return d == null ? null : LeafInput.self(code, Answer.points(d));
    }
    if (!v.isObject()) {
      problems.add(p + ": expected points or a mapping (self, appraisal, measured, evidence, ...)");
      return null;
    }
    known(v, p + ".", Set.of("self", "appraisal", "measured", "evidence", "missingEvidenceNote", "notApplicable"));
    LeafInput.Builder b = LeafInput.builder().code(code);
    if (v.has("notApplicable")) {
      b.notApplicable(true);
      JsonNode na = v.get("notApplicable");
      if (na.isTextual()) {
        b.notApplicableReason(na.textValue());
      } else if (!(na.isBoolean() && na.booleanValue())) {
        problems.add(p + ".notApplicable: expected the reason (text) or true");
      }
    }
    if (v.has("self")) {
      Answer a = answer(v.get("self"), p + ".self");
      if (a != null) {
        b.selfAssessed(a);
      }
    }
    if (v.has("measured")) {
      Answer a = answer(v.get("measured"), p + ".measured");
      if (a != null) {
        b.measured(a);
      }
    }
    if (v.has("appraisal")) {
      JsonNode ap = v.get("appraisal");
      String pp = p + ".appraisal";
      if (!ap.isObject()) {
        problems.add(pp + ": expected a mapping with points (or answer) and reason");
      } else {
        known(ap, pp + ".", Set.of("points", "answer", "reason", "by"));
        String reason = optText(ap, "reason", pp + ".").orElse("");
        Appraisal appraisal = null;
        if (ap.has("points") == ap.has("answer")) {
          problems.add(pp + ": give either points or answer");
        } else if (ap.has("points")) {
          BigDecimal d = decimal(ap.get("points"), pp + ".points", true);
          appraisal = d == null ? null : Appraisal.ofPoints(d, reason);
        } else {
          Answer a = answer(ap.get("answer"), pp + ".answer");
          appraisal = a == null ? null : Appraisal.ofAnswer(a, reason);
        }
        Optional<String> by = optText(ap, "by", pp + ".");
        if (appraisal != null) {
          b.appraisal(by.map(appraisal::by).orElse(appraisal));
        }
      }
    }
    JsonNode ev = v.get("evidence");
    if (ev != null) {
      if (ev.isTextual()) {
        b.addEvidence(Evidence.of(ev.textValue()));
      } else if (ev.isArray()) {
        for (JsonNode e : ev) {
          if (e.isTextual() && !e.textValue().isBlank()) {
            b.addEvidence(Evidence.of(e.textValue()));
          } else {
            problems.add(p + ".evidence: expected document names (text)");
          }
        }
      } else {
        problems.add(p + ".evidence: expected a document name or a list of them");
      }
    }
    optText(v, "missingEvidenceNote", p + ".").ifPresent(b::missingEvidenceNote);
    return b.build();
  }

  private Answer answer(JsonNode v, String p) {
    if (v.isNumber() || v.isTextual()) {
      BigDecimal d = decimal(v, p, true);
      return d == null ? null : Answer.points(d);
    }
    if (!v.isObject() || v.size() != 1) {
      problems.add(p + ": expected points, or one of points, percent, rate, yesNo, level, count, deadline, figures");
      return null;
    }
    Map.Entry<String, JsonNode> e = v.fields().next();
    String k = e.getKey();
    JsonNode x = e.getValue();
    String pk = p + "." + k;
    switch (k) {
      case "points" -> {
        BigDecimal d = decimal(x, pk, true);
        return d == null ? null : Answer.points(d);
      }
      case "percent" -> {
        BigDecimal d = decimal(x, pk, true);
        return d == null ? null : Answer.percent(d);
      }
      case "rate" -> {
        String s = x.asText();
        String[] parts = s.split("/");
        if (parts.length == 2) {
          BigDecimal num = parseDecimal(parts[0].strip());
          BigDecimal den = parseDecimal(parts[1].strip());
          if (num != null && den != null) {
            return new Answer.Rate(num, den);
          }
        }
        problems.add(pk + ": expected numerator/denominator, e.g. \"18/20\", but was \"" + s + "\"");
        return null;
      }
      case "yesNo" -> {
        String s = x.asText().strip().toLowerCase(java.util.Locale.ROOT);
        if (x.isBoolean()) {
          return x.booleanValue() ? Answer.yes() : Answer.no();
        } else if (Set.of("yes", "có", "true").contains(s)) {
          return Answer.yes();
        } else if (Set.of("no", "không", "false").contains(s)) {
          return Answer.no();
        }
        problems.add(pk + ": expected yes or no (có / không), but was \"" + x.asText() + "\"");
        return null;
      }
      case "level" -> {
        return Answer.level(x.asText());
      }
      case "count" -> {
        if (x.canConvertToExactIntegral() && x.isIntegralNumber()) {
          return new Answer.Count(x.bigIntegerValue());
        }
        problems.add(pk + ": expected a whole number but was " + x);
        return null;
      }
      case "deadline" -> {
        Answer.Timeliness t = enumOf(Answer.Timeliness.class, x.asText(), pk);
        return t == null ? null : Answer.deadline(t);
      }
      case "figures" -> {
        if (!x.isObject()) {
          problems.add(pk + ": expected a mapping of names to decimals");
          return null;
        }
        Map<String, BigDecimal> values = new TreeMap<>();
        x.fields().forEachRemaining(f -> {
          BigDecimal d = decimal(f.getValue(), pk + "." + f.getKey(), true);
          if (d != null) {
            values.put(f.getKey(), d);
          }
        });
        return new Answer.Figures(values);
      }
      default -> {
        problems.add(p + ": unknown answer \"" + k
            + "\" (points, percent, rate, yesNo, level, count, deadline, figures)");
        return null;
      }
    }
  }

  private static final Set<String> NODE_FIELDS =
      Set.of("points", "index", "effectiveMaximum", "selfAssessed", "appraised", "applicable");

  private Expected expected(JsonNode e, String p) {
    if (e == null || !e.isObject()) {
      problems.add(p + ": expected a mapping of expected results (total, index, grade, nodes, rank, ...)");
      return new Expected(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
          Optional.empty(), Map.of());
    }
    known(e, p + ".", Set.of("total", "index", "grade", "maximum", "effectiveMaximum", "rank", "nodes"));
    Optional<Integer> rank = Optional.empty();
    if (e.has("rank")) {
      JsonNode r = e.get("rank");
      if (r.isInt() && r.intValue() >= 1) {
        rank = Optional.of(r.intValue());
      } else {
        problems.add(p + ".rank: expected a whole number from 1 but was " + r);
      }
    }
    Map<String, Map<String, Object>> nodes = new LinkedHashMap<>();
    JsonNode ns = e.get("nodes");
    if (ns != null) {
      if (!ns.isObject()) {
        problems.add(p + ".nodes: expected a mapping from criterion code to expected points (or a mapping)");
      } else {
        ns.fields().forEachRemaining(f -> {
          String pc = p + ".nodes." + f.getKey();
          Map<String, Object> checks = new LinkedHashMap<>();
          JsonNode v = f.getValue();
          if (v.isNumber() || v.isTextual()) {
            BigDecimal d = decimal(v, pc, true);
            if (d != null) {
              checks.put("points", d);
            }
          } else if (v.isObject()) {
            known(v, pc + ".", NODE_FIELDS);
            v.fields().forEachRemaining(c -> {
              if (c.getKey().equals("applicable")) {
                if (c.getValue().isBoolean()) {
                  checks.put("applicable", c.getValue().booleanValue());
                } else {
                  problems.add(pc + ".applicable: expected true or false");
                }
              } else if (NODE_FIELDS.contains(c.getKey())) {
                BigDecimal d = decimal(c.getValue(), pc + "." + c.getKey(), true);
                if (d != null) {
                  checks.put(c.getKey(), d);
                }
              }
            });
          } else {
            problems.add(pc + ": expected points or a mapping of " + NODE_FIELDS);
          }
          nodes.put(f.getKey(), checks);
        });
      }
    }
    return new Expected(Optional.ofNullable(decimal(e.get("total"), p + ".total", false)),
        Optional.ofNullable(decimal(e.get("index"), p + ".index", false)),
        optText(e, "grade", p + "."),
        Optional.ofNullable(decimal(e.get("maximum"), p + ".maximum", false)),
        Optional.ofNullable(decimal(e.get("effectiveMaximum"), p + ".effectiveMaximum", false)),
        rank, nodes);
  }

  // ------------------------------------------------------------------ scalars

  private void known(JsonNode n, String p, Set<String> fields) {
    n.fieldNames().forEachRemaining(f -> {
      if (!fields.contains(f)) {
        problems.add(p + f + ": unknown field (known here: " + new java.util.TreeSet<>(fields) + ")");
      }
    });
  }

  private String text(JsonNode n, String f, String p) {
    JsonNode v = n.get(f);
    if (v == null || v.isNull()) {
      problems.add(p + f + ": missing");
      return null;
    }
    if (!v.isValueNode() || v.isBoolean()) {
      problems.add(p + f + ": expected text but was " + v);
      return null;
    }
    return v.asText();
  }

  private Optional<String> optText(JsonNode n, String f, String p) {
    JsonNode v = n.get(f);
    if (v == null || v.isNull()) {
      return Optional.empty();
    }
    if (!v.isValueNode()) {
      problems.add(p + f + ": expected text but was " + v);
      return Optional.empty();
    }
    return Optional.of(v.asText());
  }

  private Integer integer(JsonNode n, String f, String p) {
    JsonNode v = n.get(f);
    if (v == null || !v.isInt()) {
      problems.add(p + f + ": expected a whole number" + (v == null ? " (missing)" : " but was " + v));
      return null;
    }
    return v.intValue();
  }

  /**
   * A decimal from a YAML number or text, exactly as written: plain notation ({@code -?digits[.digits]}) within the
   * limits of {@link Numbers}.
   */
  private BigDecimal decimal(JsonNode v, String p, boolean required) {
    if (v == null || v.isNull()) {
      if (required) {
        problems.add(p + ": missing");
      }
      return null;
    }
    if (v.isNumber()) {
      if (badNumbers.contains(p)) {
        return null; // reported by scanNumbers
      }
      BigDecimal d = v.isIntegralNumber() ? new BigDecimal(v.bigIntegerValue()) : v.decimalValue();
      if (d.scale() < 0 || Numbers.problemOf(d, "number") != null) {
        // not plain notation as read (scanNumbers found it under another path): refuse it all the same
        problems.add(at(p) + ": " + numberProblem(d.toString()));
        return null;
      }
      return d;
    }
    if (v.isTextual()) {
      String s = v.textValue().strip();
      if (!s.matches(PLAIN_DECIMAL)) {
        problems.add(at(p) + ": \"" + shorten(v.textValue()) + "\" is not a decimal (write e.g. 85.78, with a dot"
            + (s.matches("[-+]?[0-9.]+[eE][-+]?[0-9]+") ? ", and no exponent" : "") + ")");
        return null;
      }
      String tooLong = numberProblem(s);
      if (tooLong != null) {
        problems.add(at(p) + ": " + tooLong);
        return null;
      }
      return new BigDecimal(s);
    }
    problems.add(p + ": expected a decimal but was " + v);
    return null;
  }

  private static BigDecimal parseDecimal(String s) {
    return s.matches(PLAIN_DECIMAL) && numberProblem(s) == null ? new BigDecimal(s) : null;
  }

  private <E extends Enum<E>> E enumOf(Class<E> type, String s, String p) {
    try {
      return Enum.valueOf(type, s.strip().toUpperCase(java.util.Locale.ROOT).replace(' ', '_').replace('-', '_'));
    } catch (IllegalArgumentException e) {
      problems.add(p + ": unknown value \"" + s + "\" (one of " + List.of(type.getEnumConstants()) + ")");
      return null;
    }
  }
}
