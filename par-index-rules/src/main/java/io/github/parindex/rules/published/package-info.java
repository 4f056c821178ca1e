/**
 * Published result tables as printed in decisions and news: unit, maximum, points, index %, grade, rank, group,
 * read strictly from CSV into {@code io.github.parindex.audit.PublishedTable} for reconciliation ({@code * io.github.parindex.rules.published.PublishedTableCsv}).
 *
 * @since 0.1.0
 */
package io.github.parindex.rules.published;
