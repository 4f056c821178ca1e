/**
 * Scoring methods: how a leaf turns an answer into points. {@link io.github.parindex.method.Methods} holds the
 * built-in methods the decisions use (direct points, percentage bands, proportional, yes/no, graded levels, count
 * times points, deadlines, deductions per event, survey share); {@link io.github.parindex.method.ScoringMethod} is
 * the service-provider interface a rule module implements to add its own.
 */
package io.github.parindex.method;
