package io.github.parindex.rules;

import io.github.parindex.model.RuleSet;
import java.util.List;

/**
 * Service-provider interface: a rule module (for instance a province's jar) ships its rule sets through it.
 *
 * <p>{@link RuleSetRegistry#load()} finds every provider with {@link java.util.ServiceLoader}. Declare the
 * implementation (public class, public no-argument constructor) in {@code module-info.java}:
 * {@code provides io.github.parindex.rules.RuleSetProvider with vn.hatinh.cchc.HaTinhRuleSets;} and, for the class
 * path, in {@code META-INF/services/io.github.parindex.rules.RuleSetProvider}. The sets are usually JSON resources
 * of the module read with {@link RuleSetJson}; a rule-set id must be unique across all providers.
 *
 * <pre>{@code
 * public final class HaTinhRuleSets implements RuleSetProvider {
 *   public List<RuleSet> ruleSets() {
 *     try (Reader r = new InputStreamReader(
 *         HaTinhRuleSets.class.getResourceAsStream("ha-tinh-so-2025.json"), StandardCharsets.UTF_8)) {
 *       return List.of(RuleSetJson.standard().read(r, "ha-tinh-so-2025.json"));
 *     } catch (IOException e) {
 *       throw new UncheckedIOException(e);
 *     }
 *   }
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public interface RuleSetProvider {

  /** {@return the rule sets this module ships; the same (immutable) sets on every call} */
  List<RuleSet> ruleSets();

  /** {@return a name for messages, e.g. the module or jar; the class name by default} */
  default String name() {
    return getClass().getName();
  }
}
