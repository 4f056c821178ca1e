package io.github.parindex.method;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The service-provider class of a kind of scoring method: its stable name and its settings as neutral values, so
 * that rule files (in {@code par-index-rules}) read and write it without a codec of their own. Every built-in
 * method has one (its nested {@code Kind}); a rule module brings its own methods the same way, by extending this
 * class (public, with a public no-argument constructor) and declaring it for {@link java.util.ServiceLoader}:
 * {@code provides io.github.parindex.method.MethodKind with ...;} in its {@code module-info.java} and a line in
 * {@code META-INF/services/io.github.parindex.method.MethodKind} for the class path. {@link ScoringMethods#standard()}
 * finds them all.
 *
 * <p>Settings are written as an ordered map without the key {@code "kind"}, with values that are {@code String},
 * {@code BigDecimal}, {@code Boolean}, {@code Integer}, {@code Long}, {@code List} of such values or
 * {@code Map<String, ?>} of them; they are read back through {@link MethodSettings}.
 *
 * <pre>{@code
 * public final class ThresholdKind extends MethodKind<Threshold> {
 *   public ThresholdKind() {
 *     super("example/threshold", Threshold.class,
 *         m -> settingsOf("percent", m.percent()), s -> new Threshold(s.decimal("percent")));
 *   }
 * }
 * // in JSON: {"kind": "example/threshold", "percent": 80}
 * }</pre>
 *
 * @param <M> the method type
 * @since 0.1.0
 */
public abstract class MethodKind<M extends ScoringMethod> {
  private final String kind;
  private final Class<M> type;
  private final Function<? super M, ? extends Map<String, Object>> write;
  private final Function<MethodSettings, ? extends M> read;

  /**
   * Names the kind and says how its settings are written and read.
   *
   * @param kind the stable name, equal to {@link ScoringMethod#kind()} of its methods; rule modules prefix theirs
   * @param type the method type
   * @param write a method's settings, in the order to write them, without {@code "kind"} (see
   *     {@link #settingsOf})
   * @param read a method from its settings; problems are recorded by the settings, and if any was recorded the
   *     method is discarded; a {@link RuntimeException} thrown here (by the method's constructor, say) is reported
   *     as a problem at the method's location
   * @throws NullPointerException if a part is null
   * @throws IllegalArgumentException if the name is blank
   */
  protected MethodKind(String kind, Class<M> type, Function<? super M, ? extends Map<String, Object>> write,
      Function<MethodSettings, ? extends M> read) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.type = Objects.requireNonNull(type, "type");
    this.write = Objects.requireNonNull(write, "write");
    this.read = Objects.requireNonNull(read, "read");
    if (kind.isBlank()) {
      throw new IllegalArgumentException("a method kind needs a name");
    }
  }

  /**
   * Settings in the order given, for the {@code write} function.
   *
   * <pre>{@code
   * settingsOf("yes", m.yesPoints(), "no", m.noPoints());   // {yes=1, no=0}
   * }</pre>
   *
   * @param keysAndValues a key, its value, the next key, its value, ...
   * @return an ordered, modifiable map
   * @throws IllegalArgumentException if a key is missing its value or is not a {@code String}
   */
  protected static Map<String, Object> settingsOf(Object... keysAndValues) {
    if (keysAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("settings come in key and value pairs");
    }
    Map<String, Object> out = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      if (!(keysAndValues[i] instanceof String key)) {
        throw new IllegalArgumentException("a setting's key must be a String, was " + keysAndValues[i]);
      }
      out.put(key, Objects.requireNonNull(keysAndValues[i + 1], key));
    }
    return out;
  }

  /**
   * The stable name.
   *
   * @return e.g. {@code "percent-bands"}
   */
  public final String kind() {
    return kind;
  }

  /**
   * The method type.
   *
   * @return the class of the methods of this kind
   */
  public final Class<M> type() {
    return type;
  }

  /**
   * A method's settings, in the order to write them.
   *
   * @param method a method of this kind
   * @return the settings without {@code "kind"}
   * @throws IllegalArgumentException if the method is not of this kind's type (a custom method that reuses a
   *     built-in kind's name)
   */
  public final Map<String, Object> settings(ScoringMethod method) {
    if (!type.isInstance(method)) {
      throw new IllegalArgumentException("method kind \"" + method.kind() + "\" is registered for " + type.getName()
          + ", but this method is a " + method.getClass().getName() + "; give a custom method its own kind");
    }
    return write.apply(type.cast(method));
  }

  /**
   * Reads a method from its settings. Problems are recorded by {@code settings}; if any was recorded the returned
   * value is discarded.
   *
   * @param settings the settings
   * @return the method
   */
  public final M read(MethodSettings settings) {
    return read.apply(settings);
  }

  @Override
  public String toString() {
    return "method kind " + kind + " (" + type.getName() + ")";
  }
}
