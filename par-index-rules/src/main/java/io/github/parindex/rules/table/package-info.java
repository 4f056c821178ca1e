/**
 * Authoring rule sets from tables: {@link io.github.parindex.rules.table.RuleSetTable} reads and writes a rule
 * set's tree as a UTF-8 CSV table shaped like the decisions' tables (code, name, maximum points, Vietnamese scoring
 * text, source of points, role, legal reference, provenance), and
 * {@link io.github.parindex.rules.table.ScoringTextParser} turns the decisions' Vietnamese scoring texts
 * ("100%: 1 điểm; từ 80% đến dưới 100%: 0,5 điểm; dưới 80%: 0 điểm") into the built-in scoring methods.
 *
 * <pre>{@code
 * List<Node> nodes = RuleSetTable.readNodes(Path.of("bo-chi-so.csv"));
 * ScoringMethod m = ScoringTextParser.parse("Có: 1 điểm; Không: 0 điểm", BigDecimal.ONE);
 * }</pre>
 *
 * <p>Every problem in a table is reported at once, in one {@link io.github.parindex.model.ParIndexException}, each
 * naming the row, the column and the criterion code. Nothing here keeps state; every method is thread-safe.
 */
package io.github.parindex.rules.table;
