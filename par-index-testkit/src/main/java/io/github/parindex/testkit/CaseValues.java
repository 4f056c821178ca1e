package io.github.parindex.testkit;

import io.github.parindex.internal.Numbers;
import io.github.parindex.rules.internal.JsonTree;
import io.github.parindex.rules.internal.JsonTree.Member;
import io.github.parindex.rules.internal.JsonTree.Obj;
import io.github.parindex.rules.internal.JsonTree.Value;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Scalars of a case file, read from the strict document tree: each problem names the value's path and line. A key
 * with no value ({@code total: ~} or {@code level:}) is a problem, never a check dropped. Internal.
 */
final class CaseValues {
  private final List<String> problems;

  CaseValues(List<String> problems) {
    this.problems = problems;
  }

  void problem(String path, Value v, String message) {
    problems.add(path + (v == null ? "" : " (line " + v.line() + ")") + ": " + message);
  }

  void problem(String path, String message) {
    problems.add(path + ": " + message);
  }

  /** Reports every key of an object not in {@code fields}. */
  void known(Obj o, String p, Set<String> fields) {
    for (Member m : o.members().values()) {
      if (!fields.contains(m.key())) {
        problems.add(p + m.key() + ": unknown field (known here: " + new TreeSet<>(fields) + ")");
      }
    }
  }

  static Value get(Obj o, String key) {
    Member m = o.members().get(key);
    return m == null ? null : m.value();
  }

  static boolean has(Obj o, String key) {
    return o.members().containsKey(key);
  }

  /** A required text (a scalar other than a boolean or null). */
  String text(Obj o, String f, String p) {
    Value v = get(o, f);
    if (v == null) {
      problems.add(p + f + ": missing");
      return null;
    }
    return scalarText(v, p + f);
  }

  /** An optional text; a key present with no value is a problem. */
  Optional<String> optText(Obj o, String f, String p) {
    Value v = get(o, f);
    return v == null ? Optional.empty() : Optional.ofNullable(scalarText(v, p + f));
  }

  private String scalarText(Value v, String path) {
    if (v instanceof JsonTree.Str s && !s.value().isBlank()) {
      return s.value();
    }
    if (v instanceof JsonTree.Num n) {
      return n.text();
    }
    if (v instanceof JsonTree.Null || v instanceof JsonTree.Str) {
      problem(path, v, "no value (write one, or remove the key)");
      return null;
    }
    problem(path, v, "expected text but was " + v.describe());
    return null;
  }

  Integer integer(Obj o, String f, String p) {
    Value v = get(o, f);
    if (v instanceof JsonTree.Num n && n.integral() && n.text().length() <= 9) {
      return Integer.parseInt(n.text());
    }
    problems.add(p + f + (v == null ? "" : " (line " + v.line() + ")") + ": expected a whole number"
        + (v == null ? " (missing)" : " but was " + v.describe()));
    return null;
  }

  /** An optional whole number from {@code min}; a key with no value is a problem. */
  Optional<Integer> optInteger(Obj o, String f, String p, int min) {
    Value v = get(o, f);
    if (v == null) {
      return Optional.empty();
    }
    if (v instanceof JsonTree.Num n && n.integral() && n.text().length() <= 9 && !n.text().startsWith("-")
        && Integer.parseInt(n.text()) >= min) {
      return Optional.of(Integer.parseInt(n.text()));
    }
    problem(p + f, v, "expected a whole number from " + min + " but was " + v.describe());
    return Optional.empty();
  }

  /**
   * A decimal from a YAML number or text, exactly as written: plain notation ({@code -?digits[.digits]}) within the
   * limits of {@link Numbers}. {@code required} only decides whether an absent key is a problem; a key present with
   * no value always is.
   */
  BigDecimal decimal(Value v, String p, boolean required) {
    if (v == null) {
      if (required) {
        problems.add(p + ": missing");
      }
      return null;
    }
    String text;
    if (v instanceof JsonTree.Num n) {
      text = n.text();
    } else if (v instanceof JsonTree.Str s) {
      text = s.value().strip();
    } else if (v instanceof JsonTree.Null) {
      problem(p, v, "no value (write the figure, or remove the key)");
      return null;
    } else {
      problem(p, v, "expected a decimal but was " + v.describe());
      return null;
    }
    String why = decimalProblem(text, v instanceof JsonTree.Str);
    if (why != null) {
      problem(p, v, why);
      return null;
    }
    return Numbers.parse(text, "number");
  }

  /** Why a decimal's text is refused, or null. */
  static String decimalProblem(String s, boolean quoted) {
    if (!isPlain(s)) {
      boolean exponent = s.indexOf('e') >= 0 || s.indexOf('E') >= 0;
      return quoted ? "\"" + shorten(s) + "\" is not a decimal (write e.g. 85.78, with a dot"
          + (exponent ? ", and no exponent" : "") + ")"
          : shorten(s) + " is not a plain decimal: write digits with an optional dot, e.g. 85.78 or -2.5 "
              + "(no exponent, no +, no _)";
    }
    return Numbers.problemOf(s, "number");
  }

  static BigDecimal parseDecimal(String s) {
    return decimalProblem(s, true) == null ? Numbers.parse(s, "number") : null;
  }

  /** {@code -?digits(.digits)?}, checked in one pass. */
  static boolean isPlain(String s) {
    int i = s.startsWith("-") ? 1 : 0;
    int start = i;
    while (i < s.length() && Character.isDigit(s.charAt(i)) && s.charAt(i) < 128) {
      i++;
    }
    if (i == start) {
      return false;
    }
    if (i < s.length() && s.charAt(i) == '.') {
      int frac = ++i;
      while (i < s.length() && Character.isDigit(s.charAt(i)) && s.charAt(i) < 128) {
        i++;
      }
      if (i == frac) {
        return false;
      }
    }
    return i == s.length();
  }

  private static String shorten(String s) {
    return s.length() <= 40 ? s : s.substring(0, 30) + "… (" + s.length() + " characters)";
  }

  <E extends Enum<E>> E enumOf(Class<E> type, String s, String p) {
    if (s == null) {
      return null;
    }
    String name = s.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(name)) {
        return e;
      }
    }
    problems.add(p + ": unknown value \"" + s + "\" (one of " + List.of(type.getEnumConstants()) + ")");
    return null;
  }
}
