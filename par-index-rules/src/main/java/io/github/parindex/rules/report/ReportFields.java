package io.github.parindex.rules.report;

import io.github.parindex.engine.RoundingStep;
import io.github.parindex.internal.Numbers;
import io.github.parindex.model.ParIndexException;
import io.github.parindex.model.Problem;
import io.github.parindex.model.Problem.Location;
import io.github.parindex.rules.internal.JsonTree;
import io.github.parindex.rules.internal.Suggestions;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * One JSON object of a scorecard report being read: typed getters that report every problem with its JSON path,
 * line and column, and a check for keys the format does not have. A getter returns {@code null} (internal only)
 * when the value is missing or bad; the problem is recorded. Internal.
 */
final class ReportFields {

  /** Every problem of one read. */
  static final class Problems {
    final String source;
    final List<Problem> list = new ArrayList<>();

    Problems(String source) {
      this.source = source;
    }

    void at(String path, JsonTree.Value where, String message) {
      list.add(Problem.error(Location.ofFile(source, Math.max(0, where.line()), Math.max(0, where.column()), path),
          message));
    }

    /** Runs a constructor, its exceptions recorded as problems at the path. */
    void attempt(String path, JsonTree.Value where, Runnable r) {
      try {
        r.run();
      } catch (ParIndexException e) {
        e.problems().forEach(p -> at(path, where, p.toString()));
      } catch (RuntimeException e) {
        at(path, where, String.valueOf(e.getMessage()));
      }
    }

    ParIndexException failure() {
      return new ParIndexException("not a valid " + ScorecardReport.FORMAT + " document", list);
    }
  }

  final Problems in;
  final JsonTree.Obj node;
  final String path;
  private final Set<String> read = new LinkedHashSet<>();

  ReportFields(Problems in, JsonTree.Obj node, String path) {
    this.in = in;
    this.node = node;
    this.path = path;
  }

  boolean has(String f) {
    return node.members().containsKey(f);
  }

  private JsonTree.Value get(String f, boolean required) {
    read.add(f);
    JsonTree.Member m = node.members().get(f);
    if (m == null) {
      if (required) {
        in.at(path + "." + f, node, "missing");
      }
      return null;
    }
    if (m.value() instanceof JsonTree.Null) {
      in.at(path + "." + f, m.value(), "null is not allowed; leave the key out instead");
      return null;
    }
    return m.value();
  }

  String text(String f) {
    JsonTree.Value v = get(f, true);
    return v == null ? null : textOf(v, path + "." + f);
  }

  Optional<String> optText(String f) {
    JsonTree.Value v = get(f, false);
    return v == null ? Optional.empty() : Optional.ofNullable(textOf(v, path + "." + f));
  }

  private String textOf(JsonTree.Value v, String at) {
    if (!(v instanceof JsonTree.Str s)) {
      in.at(at, v, "expected a string but was " + v.describe());
      return null;
    }
    return s.value();
  }

  Integer integer(String f) {
    JsonTree.Value v = get(f, true);
    if (v == null) {
      return null;
    }
    if (v instanceof JsonTree.Num n && n.integral() && n.text().length() <= 10) {
      long value = Long.parseLong(n.text());
      if (value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE) {
        return (int) value;
      }
    }
    in.at(path + "." + f, v, "expected a whole number but was " + v.describe());
    return null;
  }

  Boolean bool(String f) {
    JsonTree.Value v = get(f, true);
    if (v == null) {
      return null;
    }
    if (!(v instanceof JsonTree.Bool b)) {
      in.at(path + "." + f, v, "expected true or false but was " + v.describe());
      return null;
    }
    return b.value();
  }

  BigDecimal decimal(String f) {
    JsonTree.Value v = get(f, true);
    return v == null ? null : decimalOf(v, path + "." + f);
  }

  Optional<BigDecimal> optDecimal(String f) {
    JsonTree.Value v = get(f, false);
    return v == null ? Optional.empty() : Optional.ofNullable(decimalOf(v, path + "." + f));
  }

  /**
   * A decimal written as a string in plain notation of at most {@link Numbers#MAX_TEXT_LENGTH} characters, checked
   * in one pass (no regular expression). A report carries computed values (exact quotients with up to 34
   * significant digits), so the gate's digit limits for input values do not apply; plain notation and the length
   * bound the cost of every value read.
   */
  private BigDecimal decimalOf(JsonTree.Value v, String at) {
    if (!(v instanceof JsonTree.Str str)) {
      in.at(at, v, "expected a decimal as a string, e.g. \"85.78\", but was " + v.describe());
      return null;
    }
    String s = str.value();
    if (s.length() > Numbers.MAX_TEXT_LENGTH) {
      in.at(at, v, "the decimal " + Numbers.quote(s) + " is " + s.length() + " characters long; the limit is "
          + Numbers.MAX_TEXT_LENGTH);
      return null;
    }
    if (!isPlain(s)) {
      in.at(at, v, "expected a decimal in plain notation, e.g. \"85.78\", but was " + Numbers.quote(s));
      return null;
    }
    return new BigDecimal(s);
  }

  /** {@code -?[0-9]+(\.[0-9]+)?}, checked character by character (at most the gate's length is looked at). */
  static boolean isPlain(String s) {
    int n = s.length();
    if (n == 0) {
      return false;
    }
    int i = s.charAt(0) == '-' ? 1 : 0;
    int digits = 0;
    while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
      digits++;
    }
    if (digits == 0) {
      return false;
    }
    if (i == n) {
      return true;
    }
    if (s.charAt(i) != '.') {
      return false;
    }
    i++;
    int fraction = 0;
    while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
      fraction++;
    }
    return fraction > 0 && i == n;
  }

  Optional<LocalDate> optDate(String f) {
    JsonTree.Value v = get(f, false);
    String s = v == null ? null : textOf(v, path + "." + f);
    if (s == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(s));
    } catch (DateTimeParseException e) {
      in.at(path + "." + f, v, "expected a date like 2025-06-30 but was " + Numbers.quote(s));
      return Optional.empty();
    }
  }

  <E> E enumValue(String f, Function<String, E> valueOf) {
    JsonTree.Value v = get(f, true);
    return v == null ? null : enumOf(v, f, valueOf);
  }

  <E> E optEnum(String f, Function<String, E> valueOf) {
    JsonTree.Value v = get(f, false);
    return v == null ? null : enumOf(v, f, valueOf);
  }

  private <E> E enumOf(JsonTree.Value v, String f, Function<String, E> valueOf) {
    String s = textOf(v, path + "." + f);
    if (s == null) {
      return null;
    }
    try {
      return valueOf.apply(s);
    } catch (IllegalArgumentException e) {
      in.at(path + "." + f, v, "unknown value " + Numbers.quote(s));
      return null;
    }
  }

  ReportFields obj(String f) {
    JsonTree.Value v = get(f, true);
    return v == null ? null : objOf(v, path + "." + f);
  }

  ReportFields optObj(String f) {
    JsonTree.Value v = get(f, false);
    return v == null ? null : objOf(v, path + "." + f);
  }

  private ReportFields objOf(JsonTree.Value v, String at) {
    if (!(v instanceof JsonTree.Obj o)) {
      in.at(at, v, "expected an object but was " + v.describe());
      return null;
    }
    return new ReportFields(in, o, at);
  }

  <T> List<T> array(String f, Function<ReportFields, T> element) {
    JsonTree.Value v = get(f, true);
    if (v == null) {
      return null;
    }
    if (!(v instanceof JsonTree.Arr a)) {
      in.at(path + "." + f, v, "expected an array but was " + v.describe());
      return null;
    }
    List<T> out = new ArrayList<>();
    boolean ok = true;
    for (int i = 0; i < a.items().size(); i++) {
      ReportFields o = objOf(a.items().get(i), path + "." + f + "[" + i + "]");
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
    JsonTree.Value v = get(f, true);
    if (v == null) {
      return null;
    }
    if (!(v instanceof JsonTree.Arr a)) {
      in.at(path + "." + f, v, "expected an array of strings but was " + v.describe());
      return null;
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < a.items().size(); i++) {
      String s = textOf(a.items().get(i), path + "." + f + "[" + i + "]");
      if (s != null) {
        out.add(s);
      }
    }
    return out.size() == a.items().size() ? out : null;
  }

  List<RoundingStep> steps(String f) {
    return array(f, o -> {
      String what = o.text("what");
      BigDecimal before = o.decimal("before");
      BigDecimal after = o.decimal("after");
      Integer scale = o.integer("scale");
      RoundingMode mode = o.enumValue("mode", RoundingMode::valueOf);
      o.end();
      if (what == null || before == null || after == null || scale == null || mode == null) {
        return null;
      }
      RoundingStep[] step = new RoundingStep[1];
      o.in.attempt(o.path, o.node, () -> step[0] = new RoundingStep(what, before, after, scale, mode));
      return step[0];
    });
  }

  /** Reports keys that the format does not have (a typo, or a newer format), with the nearest known key. */
  void end() {
    for (JsonTree.Member m : node.members().values()) {
      if (!read.contains(m.key())) {
        String hint = m.key().length() > 100 ? "" : Suggestions.didYouMean(m.key(), read);
        in.list.add(Problem.error(Location.ofFile(in.source, Math.max(0, m.line()), Math.max(0, m.column()),
            path + "." + m.key()), "unknown field (format " + ScorecardReport.FORMAT + ")" + hint));
      }
    }
  }
}
