package io.github.parindex.rules;

import io.github.parindex.method.ScoringMethod;
import java.util.Map;

/**
 * Service-provider interface: brings a {@link ScoringMethod} kind of a rule module into the JSON rule-set format
 * with a codec written against {@link JsonFields}.
 *
 * <p>The usual road is the core's {@link io.github.parindex.method.MethodKind}: the built-in methods and a rule
 * module's own methods declare one as a service, and every rule file reads and writes them with no codec here.
 * This interface remains for a method whose JSON needs more than {@link io.github.parindex.method.MethodSettings}
 * offers (dates, enums, nested objects read by name). A module with such a method implements this interface (public class, public no-argument constructor) and declares it
 * for {@link java.util.ServiceLoader}: {@code provides io.github.parindex.rules.ScoringMethodCodec with ...;} in
 * its {@code module-info.java}, and a line in {@code META-INF/services/io.github.parindex.rules.ScoringMethodCodec}
 * for the class path. {@link RuleSetJson#standard()} then reads and writes the kind; {@link
 * RuleSetJson#withCodecs} registers codecs explicitly. A kind may have only one codec.
 *
 * <p>In JSON the method is an object whose {@code "kind"} names the codec and whose other keys are the codec's:
 * {@code {"kind": "example/two-thirds", "threshold": 66.67}}. The representation is neutral, with no JSON library
 * types: {@code toJson} returns the keys in the order to write them, with values that are {@code String},
 * {@code BigDecimal} (written as a plain decimal), {@code Boolean}, {@code Integer}, {@code Long},
 * {@code List} of such values, or {@code Map<String, ?>} of them; {@code fromJson} reads through {@link JsonFields},
 * which reports missing keys, wrong types and unknown keys with their location.
 *
 * <pre>{@code
 * public final class TwoThirdsCodec implements ScoringMethodCodec {
 *   public String kind() { return "example/two-thirds"; }
 *   public Map<String, Object> toJson(ScoringMethod m) {
 *     return Map.of("threshold", ((TwoThirds) m).threshold());
 *   }
 *   public ScoringMethod fromJson(JsonFields json) {
 *     return new TwoThirds(json.decimal("threshold"));
 *   }
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public interface ScoringMethodCodec {

  /** {@return the method kind this codec reads and writes; equal to {@link ScoringMethod#kind()} of its methods} */
  String kind();

  /**
   * The method's settings, without {@code "kind"}, keys in the order to write them (use an ordered map, e.g.
   * {@code LinkedHashMap} or {@code Map.of} with one key, so that writing is deterministic).
   *
   * @param method a method of this codec's kind
   * @return the settings: values are strings, booleans, whole numbers, {@link java.math.BigDecimal}s, lists and maps
   *     of these
   */
  Map<String, Object> toJson(ScoringMethod method);

  /**
   * Reads a method from its JSON object. Missing or mistyped keys are recorded by {@code json}; if any problem was
   * recorded the returned value is discarded. A {@link RuntimeException} thrown here (e.g. by the method's
   * constructor) is reported as a problem at the method's location.
   *
   * @param json the method's object; keys never asked for are reported as unknown
   * @return the method, of this codec's kind
   */
  ScoringMethod fromJson(JsonFields json);
}
