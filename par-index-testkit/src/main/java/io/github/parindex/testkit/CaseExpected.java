package io.github.parindex.testkit;

import io.github.parindex.rules.internal.JsonTree;
import io.github.parindex.rules.internal.JsonTree.Member;
import io.github.parindex.rules.internal.JsonTree.Obj;
import io.github.parindex.rules.internal.JsonTree.Value;
import io.github.parindex.testkit.CaseSpec.Expected;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The {@code expected} results of a case unit. Internal. */
final class CaseExpected {
  static final Set<String> NODE_FIELDS =
      Set.of("points", "index", "effectiveMaximum", "selfAssessed", "appraised", "applicable");
  private final CaseValues v;

  CaseExpected(CaseValues values) {
    this.v = values;
  }

  Expected read(Value e, String p) {
    if (!(e instanceof Obj o)) {
      v.problem(p, e, "expected a mapping of expected results (total, index, grade, nodes, rank, ...)");
      return Expected.none();
    }
    v.known(o, p + ".", Set.of("total", "index", "grade", "maximum", "effectiveMaximum", "rank", "nodes"));
    Optional<Integer> rank = v.optInteger(o, "rank", p + ".", 1);
    Map<String, Map<String, Object>> nodes = new LinkedHashMap<>();
    Value ns = CaseValues.get(o, "nodes");
    if (ns != null) {
      if (!(ns instanceof Obj nodesObj)) {
        v.problem(p + ".nodes", ns, "expected a mapping from criterion code to expected points (or a mapping)");
      } else {
        for (Member f : nodesObj.members().values()) {
          nodes.put(f.key(), node(f.value(), p + ".nodes." + f.key()));
        }
      }
    }
    return new Expected(dec(o, "total", p), dec(o, "index", p), v.optText(o, "grade", p + "."),
        dec(o, "maximum", p), dec(o, "effectiveMaximum", p), rank, nodes);
  }

  private Optional<BigDecimal> dec(Obj o, String f, String p) {
    return Optional.ofNullable(v.decimal(CaseValues.get(o, f), p + "." + f, false));
  }

  private Map<String, Object> node(Value x, String pc) {
    Map<String, Object> checks = new LinkedHashMap<>();
    if (x instanceof JsonTree.Num || x instanceof JsonTree.Str || x instanceof JsonTree.Null) {
      BigDecimal d = v.decimal(x, pc, true);
      if (d != null) {
        checks.put("points", d);
      }
      return checks;
    }
    if (!(x instanceof Obj o)) {
      v.problem(pc, x, "expected points or a mapping of " + NODE_FIELDS);
      return checks;
    }
    v.known(o, pc + ".", NODE_FIELDS);
    for (Member c : o.members().values()) {
      if (c.key().equals("applicable")) {
        if (c.value() instanceof JsonTree.Bool b) {
          checks.put("applicable", b.value());
        } else {
          v.problem(pc + ".applicable", c.value(), "expected true or false");
        }
      } else if (NODE_FIELDS.contains(c.key())) {
        BigDecimal d = v.decimal(c.value(), pc + "." + c.key(), true);
        if (d != null) {
          checks.put(c.key(), d);
        }
      }
    }
    return checks;
  }
}
