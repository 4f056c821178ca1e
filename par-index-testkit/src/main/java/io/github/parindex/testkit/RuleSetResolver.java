package io.github.parindex.testkit;

import io.github.parindex.model.RuleSet;
import io.github.parindex.rules.RuleSetRegistry;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Finds a rule set by id for a case file.
 *
 * <pre>{@code
 * RuleSetResolver.registry();                        // every RuleSetProvider on the class or module path
 * RuleSetResolver.of(myRuleSet).or(RuleSetResolver.registry());
 * RuleSetResolver r = id -> Optional.ofNullable(myMap.get(id));
 * }</pre>
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface RuleSetResolver {

  /**
   * The rule set with an id.
   *
   * @param id the rule set's id, as a case file names it
   * @return the rule set, or empty if this resolver does not know the id
   */
  Optional<RuleSet> resolve(String id);

  /**
   * This resolver, then another for ids this one does not know.
   *
   * @param other the resolver asked second
   * @return the combined resolver
   */
  default RuleSetResolver or(RuleSetResolver other) {
    return id -> resolve(id).or(() -> other.resolve(id));
  }

  /**
   * The rule sets of {@link RuleSetRegistry#load()}: the official sets bundled with par-index-rules and every
   * {@code RuleSetProvider} found by {@link java.util.ServiceLoader}. Loaded once per call.
   *
   * @return the resolver
   */
  static RuleSetResolver registry() {
    return RuleSetRegistry.load()::find;
  }

  /**
   * The given rule sets only.
   *
   * @param ruleSets the rule sets, ids distinct
   * @return the resolver
   * @throws IllegalArgumentException if two rule sets have the same id
   */
  static RuleSetResolver of(RuleSet... ruleSets) {
    Map<String, RuleSet> byId = Arrays.stream(ruleSets)
        .collect(Collectors.toMap(RuleSet::id, Function.identity(), (a, b) -> {
          throw new IllegalArgumentException("two rule sets with id " + a.id());
        }));
    return id -> Optional.ofNullable(byId.get(id));
  }
}
