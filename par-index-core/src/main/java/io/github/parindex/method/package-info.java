/**
 * Scoring methods: how a leaf turns an answer into points. {@link io.github.parindex.method.Methods} makes the
 * built-in methods the decisions use (direct points, percentage bands, proportional, yes/no, graded levels, count
 * times points, deadlines, deductions per event, survey share), one record per file in this package;
 * {@link io.github.parindex.method.ScoringMethod} is the service-provider interface a rule module implements to add
 * its own.
 *
 * <p>{@link io.github.parindex.method.Answer} lives here, not in {@code model}: the kinds of answer are the input
 * vocabulary of the scoring methods (each method reads one kind and says so when given another), and a rule module
 * that writes a method needs this package only. The model ({@code LeafInput}, {@code Appraisal}, {@code Node})
 * refers to methods and answers, never the other way round, so the two packages do not import each other.
 *
 * <pre>{@code
 * ScoringMethod m = Methods.yesNo("1", "0");
 * m.apply(Answer.yes(), BigDecimal.ONE).points();   // 1
 * }</pre>
 */
package io.github.parindex.method;
