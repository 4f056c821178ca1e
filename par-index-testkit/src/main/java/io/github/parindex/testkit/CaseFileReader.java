package io.github.parindex.testkit;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.parindex.audit.PublishedRow;
import io.github.parindex.audit.TableRules;
import io.github.parindex.engine.Ranking;
import io.github.parindex.engine.TieBreak;
import io.github.parindex.model.AdministrativeUnit;
import io.github.parindex.model.LeafInput;
import io.github.parindex.model.ParIndexException;
import io.github.parindex.model.Problem;
import io.github.parindex.model.UnitLevel;
import io.github.parindex.rules.internal.DocumentLimits;
import io.github.parindex.rules.internal.JsonTree;
import io.github.parindex.rules.internal.JsonTree.Obj;
import io.github.parindex.rules.internal.JsonTree.Value;
import io.github.parindex.testkit.CaseSpec.Expected;
import io.github.parindex.testkit.CaseSpec.UnitCase;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code par-index/case@1} YAML into a {@link CaseSpec}, collecting every problem by path and line. The
 * document is read by the library's strict document reader ({@link JsonTree}, within
 * {@link DocumentLimits#CASE_FILE}): a key given twice, a second YAML document, content past a limit are problems,
 * and a key with no value ({@code total: ~}) is a problem, never a check dropped. Internal.
 */
final class CaseFileReader {
  static final String FORMAT = "par-index/case@1";
  private static final YAMLFactory YAML = JsonTree.strict(YAMLFactory.builder(), DocumentLimits.CASE_FILE);

  private final List<String> problems = new ArrayList<>();
  private final CaseValues v = new CaseValues(problems);
  private final CaseInputs inputs = new CaseInputs(v);
  private final CaseExpected expected = new CaseExpected(v);
  private final CaseRules rules = new CaseRules(v);

  private CaseFileReader() {}

  /** The spec, or the problems (each with its path in the file). */
  static Object read(String yaml) {
    Optional<String> tooLong = prescan(yaml);
    if (tooLong.isPresent()) {
      return List.of(tooLong.get());
    }
    CaseFileReader r = new CaseFileReader();
    List<Problem> duplicates = new ArrayList<>();
    Value root;
    try (JsonParser p = YAML.createParser(yaml)) {
      root = JsonTree.parse(p, "YAML", "case file", DocumentLimits.CASE_FILE, duplicates);
    } catch (ParIndexException e) {
      return e.problems().stream().map(CaseFileReader::describe).toList();
    } catch (IOException | RuntimeException e) {
      return List.of("not valid YAML: " + e.getMessage());
    }
    List<String> tooLongStrings = new ArrayList<>();
    longStrings(root, "", tooLongStrings);
    if (!tooLongStrings.isEmpty()) {
      return List.copyOf(tooLongStrings); // past a limit, the document is not read further (as for Jackson's limits)
    }
    duplicates.forEach(d -> r.problems.add(describe(d)));
    if (!(root instanceof Obj o)) {
      return List.of("a case file is a YAML mapping starting with \"format: " + FORMAT + "\"");
    }
    CaseSpec spec = r.spec(o);
    return r.problems.isEmpty() && spec != null ? spec : List.copyOf(r.problems);
  }

  /**
   * The size limits checked on the text itself, before the YAML parser sees it: the document's length, and the
   * length of each line (the YAML scanner takes time that grows faster than a line's length, so a 5 MB line would
   * take seconds; no case file needs a line of more than {@link DocumentLimits#maxStringLength()} characters).
   */
  static Optional<String> prescan(String yaml) {
    DocumentLimits l = DocumentLimits.CASE_FILE;
    if (yaml.length() > l.maxBytes()) {
      return Optional.of("beyond a limit of case files: " + yaml.length() + " characters, the most is "
          + l.maxBytes());
    }
    int line = 1;
    int start = 0;
    for (int i = 0; i <= yaml.length(); i++) {
      if (i == yaml.length() || yaml.charAt(i) == '\n') {
        if (i - start > l.maxStringLength()) {
          return Optional.of("(line " + line + "): beyond a limit of case files: a line of " + (i - start)
              + " characters, the most is " + l.maxStringLength());
        }
        line++;
        start = i + 1;
      }
    }
    return Optional.empty();
  }

  /**
   * Every text value and every key longer than the limit of case files (multi-line scalars and explicit
   * {@code ? key}s pass the line check; a plain key is at most 1,024 characters in YAML).
   */
  private static void longStrings(Value v, String path, List<String> problems) {
    int max = DocumentLimits.CASE_FILE.maxStringLength();
    if (v instanceof JsonTree.Str s && s.value().length() > max) {
      problems.add(path + " (line " + v.line() + "): beyond a limit of case files: a text of " + s.value().length()
          + " characters, the most is " + max);
    } else if (v instanceof Obj o) {
      for (JsonTree.Member m : o.members().values()) {
        if (m.key().length() > max) {
          problems.add((path.isEmpty() ? "" : path + " ") + "(line " + m.line() + "): beyond a limit of case files:"
              + " a key of " + m.key().length() + " characters, the most is " + max + " ("
              + io.github.parindex.internal.Numbers.quote(m.key()) + ")");
        } else {
          longStrings(m.value(), path.isEmpty() ? m.key() : path + "." + m.key(), problems);
        }
      }
    } else if (v instanceof JsonTree.Arr a) {
      for (int i = 0; i < a.items().size(); i++) {
        longStrings(a.items().get(i), path + "[" + (i + 1) + "]", problems);
      }
    }
  }

  /** A problem of the document reader as a case-file problem: {@code units[1].unit (line 6): ...}. */
  private static String describe(Problem p) {
    if (p.location().isEmpty()) {
      return p.message();
    }
    Problem.Location l = p.location().get();
    String path = casePath(l.path());
    return (path.isEmpty() ? "" : path + " ") + "(line " + l.line() + ", column " + l.column() + "): " + p.message();
  }

  /** {@code $.units[0].expected.total} as the case file counts: {@code units[1].expected.total}. */
  static String casePath(String jsonPath) {
    String s = jsonPath.startsWith("$") ? jsonPath.substring(1) : jsonPath;
    s = s.startsWith(".") ? s.substring(1) : s;
    StringBuilder b = new StringBuilder();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '[') {
        int end = s.indexOf(']', i);
        if (end > i + 1 && end - i <= 10 && s.substring(i + 1, end).chars().allMatch(Character::isDigit)) {
          b.append('[').append(Integer.parseInt(s.substring(i + 1, end)) + 1).append(']');
          i = end + 1;
          continue;
        }
      }
      b.append(c);
      i++;
    }
    return b.toString();
  }

  private CaseSpec spec(Obj root) {
    v.known(root, "", Set.of("format", "title", "source", "ruleSet", "rules", "year", "ranking", "tolerance", "unit",
        "inputs", "published", "expected", "units"));
    String format = v.text(root, "format", "");
    if (format != null && !format.equals(FORMAT)) {
      problems.add("format: expected \"" + FORMAT + "\" but was \"" + format + "\"");
      return null;
    }
    String title = v.optText(root, "title", "").orElse("");
    Optional<String> source = v.optText(root, "source", "");
    Integer year = v.integer(root, "year", "");
    Optional<String> ruleSet = Optional.empty();
    Optional<TableRules> header = Optional.empty();
    if (CaseValues.has(root, "ruleSet") == CaseValues.has(root, "rules")) {
      problems.add("ruleSet: give either ruleSet (the id of a rule set) or rules (a rule-set header for units given"
          + " as published totals)");
    } else if (CaseValues.has(root, "ruleSet")) {
      ruleSet = Optional.ofNullable(v.text(root, "ruleSet", ""));
    } else if (year != null) {
      header = Optional.ofNullable(rules.rules(CaseValues.get(root, "rules"), year, "rules"));
    }
    Ranking.Scope scope = Ranking.Scope.ALL;
    TieBreak ties = TieBreak.SHARED;
    Value ranking = CaseValues.get(root, "ranking");
    if (ranking != null) {
      if (!(ranking instanceof Obj r)) {
        v.problem("ranking", ranking, "expected a mapping with scope and ties");
      } else {
        v.known(r, "ranking.", Set.of("scope", "ties"));
        scope = v.optText(r, "scope", "ranking.").map(s -> v.enumOf(Ranking.Scope.class, s, "ranking.scope"))
            .orElse(scope);
        Value t = CaseValues.get(r, "ties");
        ties = t == null ? ties : rules.ties(t, "ranking.ties");
      }
    }
    Optional<BigDecimal> tolerance = Optional.empty();
    Optional<String> reason = Optional.empty();
    Value tol = CaseValues.get(root, "tolerance");
    if (tol != null) {
      if (!(tol instanceof Obj t)) {
        v.problem("tolerance", tol, "expected a mapping with amount and reason");
      } else {
        v.known(t, "tolerance.", Set.of("amount", "reason"));
        tolerance = Optional.ofNullable(v.decimal(CaseValues.get(t, "amount"), "tolerance.amount", true));
        reason = v.optText(t, "reason", "tolerance.");
        if (reason.map(String::isBlank).orElse(true)) {
          problems.add("tolerance.reason: a tolerance needs a reason (exact decimals are the rule)");
        }
        tolerance.filter(x -> x.signum() < 0).ifPresent(x -> problems.add("tolerance.amount: must not be negative"));
      }
    }
    List<UnitCase> units = units(root, header.isPresent() || CaseValues.has(root, "rules"));
    if (year == null || (ruleSet.isEmpty() && header.isEmpty())) {
      return null;
    }
    return new CaseSpec(title, source, ruleSet, header.map(h -> h.withTieBreak(TieBreak.SHARED)), year, units, scope,
        ties, tolerance, reason);
  }

  private List<UnitCase> units(Obj root, boolean published) {
    List<UnitCase> units = new ArrayList<>();
    if (!CaseValues.has(root, "units")) {
      units.add(unitCase(root, "", published));
      return units;
    }
    if (CaseValues.has(root, "unit") || CaseValues.has(root, "inputs") || CaseValues.has(root, "expected")
        || CaseValues.has(root, "published")) {
      problems.add("units: use either units (a list) or unit, inputs and expected (one unit), not both");
    }
    Value list = CaseValues.get(root, "units");
    if (!(list instanceof JsonTree.Arr a) || a.items().isEmpty()) {
      v.problem("units", list, "expected a non-empty list");
      return units;
    }
    for (int i = 0; i < a.items().size(); i++) {
      String p = "units[" + (i + 1) + "].";
      Value u = a.items().get(i);
      if (!(u instanceof Obj o)) {
        v.problem(p, u, "expected a mapping with unit, inputs and expected");
        continue;
      }
      v.known(o, p, Set.of("unit", "inputs", "published", "expected"));
      units.add(unitCase(o, p, published));
    }
    return units;
  }

  private UnitCase unitCase(Obj n, String p, boolean published) {
    AdministrativeUnit unit = unit(CaseValues.get(n, "unit"), p + "unit");
    List<LeafInput> in = List.of();
    Optional<PublishedRow> row = Optional.empty();
    if (published) {
      if (CaseValues.has(n, "inputs")) {
        problems.add(p + "inputs: a case of published totals gives each unit's published figures, not inputs");
      }
      Value pub = CaseValues.get(n, "published");
      if (pub == null) {
        problems.add(p + "published: missing (maximum or notApplicable, points, parts)");
      } else if (unit != null) {
        row = Optional.ofNullable(rules.published(pub, unit.code(), unit.block(), p + "published"));
      }
    } else {
      if (CaseValues.has(n, "published")) {
        problems.add(p + "published: published figures need a rules header instead of ruleSet");
      }
      in = inputs.read(CaseValues.get(n, "inputs"), p + "inputs");
    }
    Expected e = expected.read(CaseValues.get(n, "expected"), p + "expected");
    return new UnitCase(unit, in, row, e);
  }

  private AdministrativeUnit unit(Value u, String p) {
    if (!(u instanceof Obj o)) {
      v.problem(p, u, "expected a mapping with code, name and level");
      return null;
    }
    v.known(o, p + ".", Set.of("code", "name", "level", "block", "cluster", "parentCode"));
    String code = v.text(o, "code", p + ".");
    Optional<String> name = v.optText(o, "name", p + ".");
    UnitLevel level = null;
    if (!CaseValues.has(o, "level")) {
      problems.add(p + ".level: missing (one of " + List.of(UnitLevel.values()) + ")");
    } else {
      level = v.optText(o, "level", p + ".").map(s -> v.enumOf(UnitLevel.class, s, p + ".level")).orElse(null);
    }
    Optional<String> block = v.optText(o, "block", p + ".");
    Optional<String> cluster = v.optText(o, "cluster", p + ".");
    Optional<String> parent = v.optText(o, "parentCode", p + ".");
    if (code == null || level == null) {
      return null;
    }
    try {
      return AdministrativeUnit.builder().code(code).name(name.orElse(code)).level(level).block(block)
          .cluster(cluster).parentCode(parent).build();
    } catch (RuntimeException e) {
      problems.add(p + ": " + e.getMessage());
      return null;
    }
  }
}
