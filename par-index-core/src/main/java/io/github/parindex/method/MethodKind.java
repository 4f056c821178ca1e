package io.github.parindex.method;

import java.util.Map;
import java.util.Objects;

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
 *   public ThresholdKind() { super("example/threshold", Threshold.class); }
 *   protected Map<String, Object> write(Threshold m) { return Map.of("percent", m.percent()); }
 *   public Threshold read(MethodSettings s) { return new Threshold(s.decimal("percent")); }
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

  /**
   * Names the kind.
   *
   * @param kind the stable name, equal to {@link ScoringMethod#kind()} of its methods; rule modules prefix theirs
   * @param type the method type
   * @throws NullPointerException if a part is null
   * @throws IllegalArgumentException if the name is blank
   */
  protected MethodKind(String kind, Class<M> type) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.type = Objects.requireNonNull(type, "type");
    if (kind.isBlank()) {
      throw new IllegalArgumentException("a method kind needs a name");
    }
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
    return write(type.cast(method));
  }

  /**
   * The settings of a method of this kind.
   *
   * @param method the method
   * @return an ordered map (e.g. {@code LinkedHashMap}), without {@code "kind"}
   */
  protected abstract Map<String, Object> write(M method);

  /**
   * Reads a method from its settings. Problems are recorded by {@code settings}; if any was recorded the returned
   * value is discarded. A {@link RuntimeException} thrown here (by the method's constructor, say) is reported as a
   * problem at the method's location.
   *
   * @param settings the settings
   * @return the method
   */
  public abstract M read(MethodSettings settings);

  @Override
  public String toString() {
    return "method kind " + kind + " (" + type.getName() + ")";
  }
}
