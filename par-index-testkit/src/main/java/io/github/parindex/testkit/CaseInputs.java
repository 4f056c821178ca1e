package io.github.parindex.testkit;

import io.github.parindex.method.Answer;
import io.github.parindex.model.Appraisal;
import io.github.parindex.model.Evidence;
import io.github.parindex.model.LeafInput;
import io.github.parindex.rules.internal.JsonTree;
import io.github.parindex.rules.internal.JsonTree.Member;
import io.github.parindex.rules.internal.JsonTree.Obj;
import io.github.parindex.rules.internal.JsonTree.Value;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** The {@code inputs} of a case unit: criterion code to points or to a mapping of answers. Internal. */
final class CaseInputs {
  private static final String ANSWERS = "points, percent, rate, yesNo, level, count, deadline, figures";
  private final CaseValues v;

  CaseInputs(CaseValues values) {
    this.v = values;
  }

  List<LeafInput> read(Value in, String p) {
    List<LeafInput> inputs = new ArrayList<>();
    if (!(in instanceof Obj o)) {
      v.problem(p, in, "expected a mapping from criterion code to its input");
      return inputs;
    }
    for (Member m : o.members().values()) {
      LeafInput li = input(m.key(), m.value(), p + "." + m.key());
      if (li != null) {
        inputs.add(li);
      }
    }
    return inputs;
  }

  private LeafInput input(String code, Value x, String p) {
    if (x instanceof JsonTree.Num || x instanceof JsonTree.Str || x instanceof JsonTree.Null) {
      BigDecimal d = v.decimal(x, p, true);
      return d == null ? null : LeafInput.self(code, Answer.points(d));
    }
    if (!(x instanceof Obj o)) {
      v.problem(p, x, "expected points or a mapping (self, appraisal, measured, evidence, ...)");
      return null;
    }
    v.known(o, p + ".", Set.of("self", "appraisal", "measured", "evidence", "missingEvidenceNote", "notApplicable"));
    LeafInput.Builder b = LeafInput.builder().code(code);
    Value na = CaseValues.get(o, "notApplicable");
    if (na != null) {
      b.notApplicable(true);
      if (na instanceof JsonTree.Str s) {
        b.notApplicableReason(s.value());
      } else if (!(na instanceof JsonTree.Bool t && t.value())) {
        v.problem(p + ".notApplicable", na, "expected the reason (text) or true");
      }
    }
    answerOf(CaseValues.get(o, "self"), p + ".self").ifPresent(b::selfAssessed);
    answerOf(CaseValues.get(o, "measured"), p + ".measured").ifPresent(b::measured);
    Value ap = CaseValues.get(o, "appraisal");
    if (ap != null) {
      appraisal(ap, p + ".appraisal").ifPresent(b::appraisal);
    }
    evidence(CaseValues.get(o, "evidence"), p + ".evidence", b);
    v.optText(o, "missingEvidenceNote", p + ".").ifPresent(b::missingEvidenceNote);
    try {
      return b.build();
    } catch (RuntimeException e) {
      v.problem(p, x, e.getMessage());
      return null;
    }
  }

  private Optional<Answer> answerOf(Value x, String p) {
    return x == null ? Optional.empty() : Optional.ofNullable(answer(x, p));
  }

  private Optional<Appraisal> appraisal(Value ap, String pp) {
    if (!(ap instanceof Obj o)) {
      v.problem(pp, ap, "expected a mapping with points (or answer) and reason");
      return Optional.empty();
    }
    v.known(o, pp + ".", Set.of("points", "answer", "reason", "by"));
    String reason = v.optText(o, "reason", pp + ".").orElse("");
    Appraisal appraisal = null;
    if (CaseValues.has(o, "points") == CaseValues.has(o, "answer")) {
      v.problem(pp, ap, "give either points or answer");
    } else if (CaseValues.has(o, "points")) {
      BigDecimal d = v.decimal(CaseValues.get(o, "points"), pp + ".points", true);
      appraisal = d == null ? null : Appraisal.ofPoints(d, reason);
    } else {
      Answer a = answer(CaseValues.get(o, "answer"), pp + ".answer");
      appraisal = a == null ? null : Appraisal.ofAnswer(a, reason);
    }
    Optional<String> by = v.optText(o, "by", pp + ".");
    return appraisal == null ? Optional.empty() : Optional.of(by.map(appraisal::by).orElse(appraisal));
  }

  private void evidence(Value ev, String p, LeafInput.Builder b) {
    if (ev == null) {
      return;
    }
    if (ev instanceof JsonTree.Str s) {
      b.addEvidence(Evidence.of(s.value()));
    } else if (ev instanceof JsonTree.Arr a) {
      for (Value e : a.items()) {
        if (e instanceof JsonTree.Str s && !s.value().isBlank()) {
          b.addEvidence(Evidence.of(s.value()));
        } else {
          v.problem(p, e, "expected document names (text)");
        }
      }
    } else {
      v.problem(p, ev, "expected a document name or a list of them");
    }
  }

  Answer answer(Value x, String p) {
    if (x instanceof JsonTree.Num || x instanceof JsonTree.Str || x instanceof JsonTree.Null) {
      BigDecimal d = v.decimal(x, p, true);
      return d == null ? null : Answer.points(d);
    }
    if (!(x instanceof Obj o) || o.members().size() != 1) {
      v.problem(p, x, "expected points, or one of " + ANSWERS);
      return null;
    }
    Member m = o.members().values().iterator().next();
    String k = m.key();
    Value y = m.value();
    String pk = p + "." + k;
    switch (k) {
      case "points" -> {
        BigDecimal d = v.decimal(y, pk, true);
        return d == null ? null : Answer.points(d);
      }
      case "percent" -> {
        BigDecimal d = v.decimal(y, pk, true);
        return d == null ? null : Answer.percent(d);
      }
      case "rate" -> {
        return rate(y, pk);
      }
      case "yesNo" -> {
        return yesNo(y, pk);
      }
      case "level" -> {
        String s = text(y, pk);
        return s == null ? null : Answer.level(s);
      }
      case "count" -> {
        if (y instanceof JsonTree.Num n && n.integral() && CaseValues.isPlain(n.text())
            && io.github.parindex.internal.Numbers.problemOf(n.text(), "count") == null) {
          return new Answer.Count(new BigInteger(n.text()));
        }
        v.problem(pk, y, "expected a whole number but was " + (y == null ? "nothing" : y.describe()));
        return null;
      }
      case "deadline" -> {
        String s = text(y, pk);
        Answer.Timeliness t = v.enumOf(Answer.Timeliness.class, s, pk);
        return t == null ? null : Answer.deadline(t);
      }
      case "figures" -> {
        return figures(y, pk);
      }
      default -> {
        v.problem(p, "unknown answer \"" + k + "\" (" + ANSWERS + ")");
        return null;
      }
    }
  }

  private Answer rate(Value y, String pk) {
    String s = text(y, pk);
    if (s == null) {
      return null;
    }
    String[] parts = s.split("/", -1);
    if (parts.length == 2) {
      BigDecimal num = CaseValues.parseDecimal(parts[0].strip());
      BigDecimal den = CaseValues.parseDecimal(parts[1].strip());
      if (num != null && den != null) {
        try {
          return new Answer.Rate(num, den);
        } catch (RuntimeException e) {
          v.problem(pk, y, e.getMessage());
          return null;
        }
      }
    }
    v.problem(pk, "expected numerator/denominator, e.g. \"18/20\", but was \"" + s + "\"");
    return null;
  }

  private Answer yesNo(Value y, String pk) {
    if (y instanceof JsonTree.Bool b) {
      return b.value() ? Answer.yes() : Answer.no();
    }
    String s = text(y, pk);
    if (s == null) {
      return null;
    }
    String t = s.strip().toLowerCase(Locale.ROOT);
    if (Set.of("yes", "có", "true").contains(t)) {
      return Answer.yes();
    } else if (Set.of("no", "không", "false").contains(t)) {
      return Answer.no();
    }
    v.problem(pk, "expected yes or no (có / không), but was \"" + s + "\"");
    return null;
  }

  private Answer figures(Value y, String pk) {
    if (!(y instanceof Obj o)) {
      v.problem(pk, y, "expected a mapping of names to decimals");
      return null;
    }
    Map<String, BigDecimal> values = new TreeMap<>();
    for (Member f : o.members().values()) {
      BigDecimal d = v.decimal(f.value(), pk + "." + f.key(), true);
      if (d != null) {
        values.put(f.key(), d);
      }
    }
    return new Answer.Figures(values);
  }

  /** A scalar's text for an answer (a level name, a rate, a deadline). */
  private String text(Value y, String pk) {
    if (y instanceof JsonTree.Str s) {
      return s.value();
    }
    if (y instanceof JsonTree.Num n) {
      return n.text();
    }
    v.problem(pk, y, y instanceof JsonTree.Null ? "no value" : "expected text but was " + y.describe());
    return null;
  }
}
