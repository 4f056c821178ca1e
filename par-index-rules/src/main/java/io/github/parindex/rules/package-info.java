/**
 * Rule sets as data: the strict JSON format {@value io.github.parindex.rules.RuleSetJson#FORMAT}
 * ({@link io.github.parindex.rules.RuleSetJson}), the service interfaces for rule modules
 * ({@link io.github.parindex.rules.RuleSetProvider}, {@link io.github.parindex.rules.ScoringMethodCodec}), the
 * {@link io.github.parindex.rules.RuleSetRegistry}, the bundled official sets
 * ({@link io.github.parindex.rules.OfficialRuleSets}) and the Markdown {@link io.github.parindex.rules.Handbook}.
 *
 * <pre>{@code
 * RuleSetRegistry registry = RuleSetRegistry.load(Path.of("rules"));    // bundled + provided + a folder
 * RuleSet rs = registry.find("Bộ Nội vụ", UnitLevel.PROVINCE, 2024).orElseThrow();
 * System.out.println(Handbook.render(rs));
 * }</pre>
 */
package io.github.parindex.rules;
