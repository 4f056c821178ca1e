// Longer than 400 lines for a reason: its code is about 265 lines; the rest is the javadoc of its public API
// (full doclint: every public member documented) and blank lines.
package io.github.parindex.rules;

import io.github.parindex.rules.internal.Suggestions;

import io.github.parindex.rules.internal.JsonTree;

import io.github.parindex.internal.Numbers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A read-only view of one JSON object in a rule file, handed to a {@link ScoringMethodCodec} to read its method's
 * settings. Every accessor names a key; asking for a key is what makes it valid, so a key the codec never asks for
 * is reported as unknown (with the nearest asked-for key as a suggestion) after {@code fromJson} returns.
 *
 * <p>Accessors never throw: a missing required key, a value of the wrong type or a bad decimal is recorded as a
 * {@link io.github.parindex.model.Problem} located by file, JSON path, line and column, and a placeholder is returned (zero, {@code ""},
 * {@code false}, an empty list). When anything was recorded, the reader discards what {@code fromJson} returned
 * and reports every problem of the file together. Decimals are read from the number's text, exactly; exponent
 * notation ({@code 1e2}) and strings ({@code "0,5"}) are rejected.
 *
 * <pre>{@code
 * public ScoringMethod fromJson(JsonFields json) {
 *   BigDecimal perItem = json.decimal("pointsPerItem");          // required
 *   Optional<BigDecimal> cap = json.optionalDecimal("cap");      // optional
 *   if (perItem.signum() < 0) {
 *     json.problem("pointsPerItem", "must not be negative, was " + perItem.toPlainString());
 *   }
 *   return new MyMethod(perItem, cap);
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class JsonFields {
  private final ReadContext ctx;
  private final JsonTree.Obj obj;
  private final String path;
  private final String what;
  private final Set<String> known = new LinkedHashSet<>();
  private boolean finished;

  JsonFields(ReadContext ctx, JsonTree.Obj obj, String path, String what) {
    this.ctx = ctx;
    this.obj = obj;
    this.path = path;
    this.what = what;
    ctx.register(this);
  }

  /**
   * The JSON path of this object, for messages.
   *
   * @return e.g. {@code $.nodes[2].children[0].method}
   */
  public String path() {
    return path;
  }

  /**
   * Whether a key is present; asking makes the key valid (not reported as unknown).
   *
   * @param key the key
   * @return true when this object has the key, whatever its value
   */
  public boolean has(String key) {
    known.add(key);
    return obj.members().containsKey(key);
  }

  /**
   * A required string.
   *
   * @param key the key
   * @return the string; {@code ""} (with a problem recorded) when the key is missing or not a string
   */
  public String string(String key) {
    return optionalString(key).orElseGet(() -> missing(key, ""));
  }

  /**
   * An optional string.
   *
   * @param key the key
   * @return the string, or empty when the key is absent (or not a string, with a problem recorded)
   */
  public Optional<String> optionalString(String key) {
    return value(key).flatMap(v -> {
      if (v instanceof JsonTree.Str s) {
        return Optional.of(s.value());
      }
      wrongType(key, v, "a string");
      return Optional.empty();
    });
  }

  /**
   * A required decimal, read exactly from the number's text and bounded by the library's numeric limits.
   *
   * @param key the key
   * @return the decimal; zero (with a problem recorded) when the key is missing, not a number, written with an
   *     exponent, or past the numeric limits
   */
  public BigDecimal decimal(String key) {
    return optionalDecimal(key).orElseGet(() -> missing(key, BigDecimal.ZERO));
  }

  /**
   * An optional decimal, read exactly from the number's text and bounded by the library's numeric limits.
   *
   * @param key the key
   * @return the decimal, or empty when the key is absent (or the value is not an acceptable decimal, with a problem
   *     recorded)
   */
  public Optional<BigDecimal> optionalDecimal(String key) {
    return value(key).flatMap(v -> decimalValue(v, child(key)));
  }

  /**
   * A required boolean.
   *
   * @param key the key
   * @return the value; {@code false} (with a problem recorded) when the key is missing or not {@code true}/{@code false}
   */
  public boolean bool(String key) {
    return optionalBool(key).orElseGet(() -> missing(key, false));
  }

  /**
   * An optional boolean.
   *
   * @param key the key
   * @return the value, or empty when the key is absent (or not a boolean, with a problem recorded)
   */
  public Optional<Boolean> optionalBool(String key) {
    return value(key).flatMap(v -> {
      if (v instanceof JsonTree.Bool b) {
        return Optional.of(b.value());
      }
      wrongType(key, v, "true or false");
      return Optional.empty();
    });
  }

  /**
   * A required whole number within the range of {@code int}.
   *
   * @param key the key
   * @return the number; 0 (with a problem recorded) when the key is missing, not a whole number, or too large
   */
  public int integer(String key) {
    return optionalInteger(key).orElseGet(() -> missing(key, 0));
  }

  /**
   * An optional whole number within the range of {@code int}.
   *
   * @param key the key
   * @return the number, or empty when the key is absent (or not such a number, with a problem recorded)
   */
  public Optional<Integer> optionalInteger(String key) {
    return value(key).flatMap(v -> {
      if (v instanceof JsonTree.Num n && n.integral()) {
        try {
          return Optional.of(Integer.parseInt(n.text()));
        } catch (NumberFormatException e) {
          ctx.problem(child(key), v, "the whole number " + n.text() + " is too large");
          return Optional.empty();
        }
      }
      wrongType(key, v, "a whole number");
      return Optional.empty();
    });
  }

  /**
   * A required enum constant, written exactly as its Java name (e.g. {@code "HALF_UP"}).
   *
   * @param <E> the enum type
   * @param key the key
   * @param type the enum's class
   * @return the constant; the enum's first constant (with a problem recorded, suggesting the nearest name) when the
   *     key is missing or names no constant
   */
  public <E extends Enum<E>> E enumValue(String key, Class<E> type) {
    return optionalEnum(key, type).orElseGet(() -> missing(key, type.getEnumConstants()[0]));
  }

  /**
   * An optional enum constant, written exactly as its Java name.
   *
   * @param <E> the enum type
   * @param key the key
   * @param type the enum's class
   * @return the constant, or empty when the key is absent (or names no constant, with a problem recorded)
   */
  public <E extends Enum<E>> Optional<E> optionalEnum(String key, Class<E> type) {
    return value(key).flatMap(v -> enumOf(v, child(key), type));
  }

  <E extends Enum<E>> Optional<E> enumOf(JsonTree.Value v, String at, Class<E> type) {
    List<String> names = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    if (!(v instanceof JsonTree.Str s)) {
      ctx.problem(at, v, "expected one of " + String.join(", ", names) + ", got " + v.describe());
      return Optional.empty();
    }
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(s.value())) {
        return Optional.of(e);
      }
    }
    ctx.problem(at, v, "\"" + s.value() + "\" is not one of " + String.join(", ", names)
        + Suggestions.didYouMean(s.value(), names));
    return Optional.empty();
  }

  /**
   * A required array of objects (it may be empty); each object's keys are checked like this one's.
   *
   * @param key the key
   * @return a view of each object in array order; an element that is not an object is left out, with a problem
   *     recorded, and a missing key gives an empty list, with a problem recorded
   */
  public List<JsonFields> objects(String key) {
    return optionalObjects(key).orElseGet(() -> missing(key, List.of()));
  }

  /**
   * An optional array of objects.
   *
   * @param key the key
   * @return a view of each object in array order, or empty when the key is absent (or not an array, with a problem
   *     recorded)
   */
  public Optional<List<JsonFields>> optionalObjects(String key) {
    return optionalObjects(key, "an item of \"" + key + "\"");
  }

  Optional<List<JsonFields>> optionalObjects(String key, String itemWhat) {
    return array(key).map(items -> {
      List<JsonFields> out = new ArrayList<>();
      for (int i = 0; i < items.size(); i++) {
        JsonTree.Value v = items.get(i);
        String at = child(key) + "[" + i + "]";
        if (v instanceof JsonTree.Obj o) {
          out.add(new JsonFields(ctx, o, at, itemWhat));
        } else {
          ctx.problem(at, v, "expected an object, got " + v.describe());
        }
      }
      return out;
    });
  }

  /**
   * A required array of strings (it may be empty).
   *
   * @param key the key
   * @return the strings in array order; an element that is not a string is left out, with a problem recorded, and a
   *     missing key gives an empty list, with a problem recorded
   */
  public List<String> strings(String key) {
    return array(key).map(items -> {
      List<String> out = new ArrayList<>();
      for (int i = 0; i < items.size(); i++) {
        JsonTree.Value v = items.get(i);
        if (v instanceof JsonTree.Str s) {
          out.add(s.value());
        } else {
          ctx.problem(child(key) + "[" + i + "]", v, "expected a string, got " + v.describe());
        }
      }
      return out;
    }).orElseGet(() -> missing(key, List.of()));
  }

  /**
   * A required nested object, whose keys are checked like this one's.
   *
   * @param key the key
   * @return a view of the object, or empty (with a problem recorded) when the key is missing or not an object
   */
  public Optional<JsonFields> object(String key) {
    return optionalObject(key).or(() -> missing(key, Optional.empty()));
  }

  /**
   * An optional nested object, whose keys are checked like this one's.
   *
   * @param key the key
   * @return a view of the object, or empty when the key is absent (or not an object, with a problem recorded)
   */
  public Optional<JsonFields> optionalObject(String key) {
    return value(key).flatMap(v -> {
      if (v instanceof JsonTree.Obj o) {
        return Optional.of(new JsonFields(ctx, o, child(key), "\"" + key + "\""));
      }
      wrongType(key, v, "an object");
      return Optional.empty();
    });
  }

  /**
   * Records a problem at a key (or at this object when the key is absent), located by file, JSON path, line and
   * column; the file is then rejected with every problem found.
   *
   * @param key the key the problem is about
   * @param message what is wrong, e.g. {@code "must not be negative, was -1"}
   */
  public void problem(String key, String message) {
    JsonTree.Member m = obj.members().get(key);
    if (m != null) {
      ctx.problem(child(key), m.value(), message);
    } else {
      ctx.problem(path, obj, message);
    }
  }

  /**
   * Records a problem at this object; the file is then rejected with every problem found.
   *
   * @param message what is wrong
   */
  public void problem(String message) {
    ctx.problem(path, obj, message);
  }

  // --- package-private ---------------------------------------------------------------------------------------------

  String what() {
    return what;
  }

  Optional<LocalDate> optionalDate(String key) {
    return optionalString(key).flatMap(s -> {
      try {
        return Optional.of(LocalDate.parse(s));
      } catch (DateTimeParseException e) {
        problem(key, "\"" + s + "\" is not a date written as YYYY-MM-DD (e.g. \"2022-11-10\")");
        return Optional.empty();
      }
    });
  }

  /** The entries of a required object whose keys are free (e.g. block labels), in order. */
  Optional<Map<String, JsonTree.Member>> freeObject(String key) {
    return value(key).flatMap(v -> {
      if (v instanceof JsonTree.Obj o) {
        return Optional.of(o.members());
      }
      wrongType(key, v, "an object");
      return Optional.empty();
    });
  }

  /** A required array: empty (with a problem recorded) when the key is missing or not an array. */
  Optional<List<JsonTree.Value>> requiredArray(String key) {
    return array(key).or(() -> missing(key, Optional.empty()));
  }

  Optional<List<JsonTree.Value>> array(String key) {
    return value(key).flatMap(v -> {
      if (v instanceof JsonTree.Arr a) {
        return Optional.of(a.items());
      }
      wrongType(key, v, "an array");
      return Optional.empty();
    });
  }

  /** Accepts every key as it is (used when the object's schema is unknown, e.g. an unknown method kind). */
  void acceptAll() {
    finished = true;
  }

  ReadContext context() {
    return ctx;
  }

  String child(String key) {
    return path + "." + key;
  }

  /** Reports keys nobody asked for, each with the nearest valid key. */
  void finish() {
    if (finished) {
      return;
    }
    finished = true;
    for (JsonTree.Member m : obj.members().values()) {
      if (!known.contains(m.key())) {
        String hint = Suggestions.nearest(m.key(), known).map(s -> "; did you mean \"" + s + "\"?")
            .orElseGet(() -> ctx.placementHint(m.key()).orElse("; valid keys here: " + String.join(", ", known)));
        ctx.problemAt(child(m.key()), m.line(), m.column(), "unknown key \"" + m.key() + "\" in " + what + hint);
      }
    }
  }

  static Optional<BigDecimal> decimalValue(JsonTree.Value v, String at, ReadContext ctx) {
    if (v instanceof JsonTree.Num n) {
      String text = n.text();
      if (text.indexOf('e') >= 0 || text.indexOf('E') >= 0) {
        ctx.problem(at, v, "bad decimal " + text + ": write numbers out in plain decimal notation, without an"
            + " exponent (e.g. 0.00001, not 1e-5)");
        return Optional.empty();
      }
      String past = Numbers.problemOf(text, "decimal");
      if (past != null) {
        ctx.problem(at, v, past);
        return Optional.empty();
      }
      return Optional.of(Numbers.parse(text, "decimal"));
    }
    if (v instanceof JsonTree.Str s) {
      String hint = "";
      String t = s.value().trim().replace(',', '.');
      if (t.matches("-?[0-9]+(\\.[0-9]+)?")) {
        hint = " (write it as the JSON number " + t + ", without quotes and with a decimal point, not a comma)";
      }
      ctx.problem(at, v, "bad decimal: expected a number, got " + v.describe() + hint);
      return Optional.empty();
    }
    ctx.problem(at, v, "expected a decimal number, got " + v.describe());
    return Optional.empty();
  }

  private Optional<BigDecimal> decimalValue(JsonTree.Value v, String at) {
    return decimalValue(v, at, ctx);
  }

  private Optional<JsonTree.Value> value(String key) {
    known.add(key);
    JsonTree.Member m = obj.members().get(key);
    if (m == null || m.value() instanceof JsonTree.Null) {
      if (m != null) {
        ctx.problem(child(key), m.value(), "null is not allowed; leave the key out instead");
      }
      return Optional.empty();
    }
    return Optional.of(m.value());
  }

  private void wrongType(String key, JsonTree.Value v, String expected) {
    ctx.problem(child(key), v, "expected " + expected + ", got " + v.describe());
  }

  private <T> T missing(String key, T placeholder) {
    JsonTree.Member m = obj.members().get(key);
    if (m == null) {
      ctx.problem(child(key), obj, "missing required key \"" + key + "\" in " + what
          + Suggestions.nearest(key, obj.members().keySet()).filter(k -> !known.contains(k))
              .map(k -> " (found \"" + k + "\"; is it misspelt?)").orElse(""));
    }
    return placeholder;
  }
}
