package io.github.parindex.rules;

import io.github.parindex.method.MethodKind;
import io.github.parindex.method.MethodSettings;
import io.github.parindex.method.ScoringMethod;
import io.github.parindex.method.ScoringMethods;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON codecs of every {@link MethodKind} in the registry ({@link ScoringMethods#standard()}: the built-in
 * methods and those of rule modules, all found by {@link java.util.ServiceLoader}). A kind's settings are read
 * through {@link JsonFields}, so missing, mistyped and unknown keys are reported with their location. Internal.
 */
final class MethodKindCodecs {
  private MethodKindCodecs() {}

  /** A codec for each kind of the standard registry. */
  static List<ScoringMethodCodec> all() {
    return ScoringMethods.standard().all().stream().<ScoringMethodCodec>map(KindCodec::new).toList();
  }

  /** A method kind as a codec. */
  private record KindCodec(MethodKind<?> methodKind) implements ScoringMethodCodec {
    @Override
    public String kind() {
      return methodKind.kind();
    }

    @Override
    public Map<String, Object> toJson(ScoringMethod method) {
      return methodKind.settings(method);
    }

    @Override
    public ScoringMethod fromJson(JsonFields json) {
      return methodKind.read(new JsonSettings(json));
    }
  }

  /** A JSON object's fields seen as a method's settings. */
  private record JsonSettings(JsonFields json) implements MethodSettings {
    @Override
    public BigDecimal decimal(String key) {
      return json.decimal(key);
    }

    @Override
    public Optional<BigDecimal> optionalDecimal(String key) {
      return json.optionalDecimal(key);
    }

    @Override
    public String string(String key) {
      return json.string(key);
    }

    @Override
    public Optional<Boolean> optionalBool(String key) {
      return json.optionalBool(key);
    }

    @Override
    public List<MethodSettings> objects(String key) {
      return json.objects(key).stream().<MethodSettings>map(JsonSettings::new).toList();
    }

    @Override
    public void problem(String key, String message) {
      json.problem(key, message);
    }
  }
}
