package io.github.parindex.rules;

import io.github.parindex.rules.internal.JsonTree;

import io.github.parindex.model.Problem;
import io.github.parindex.model.Problem.Location;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The state of reading one file: its name and the problems found so far. Internal. */
final class ReadContext {
  private final String source;
  private final List<Problem> problems = new ArrayList<>();
  private final Map<String, String> placements;
  private final List<JsonFields> opened = new ArrayList<>();
  private final Optional<java.nio.file.Path> tableFolder;
  private final java.util.Set<java.nio.file.Path> tablesRead = new java.util.LinkedHashSet<>();

  ReadContext(String source, Map<String, String> placements, Optional<java.nio.file.Path> tableFolder) {
    this.source = source;
    this.placements = placements;
    this.tableFolder = tableFolder;
  }

  /** The folder a {@code "table"} is resolved against: the rule file's own folder, when read from a file. */
  Optional<java.nio.file.Path> tableFolder() {
    return tableFolder;
  }

  /** The table files read for this rule file. */
  java.util.Set<java.nio.file.Path> tablesRead() {
    return tablesRead;
  }

  String source() {
    return source;
  }

  void problem(String path, JsonTree.Value at, String message) {
    problemAt(path, at.line(), at.column(), message);
  }

  void problemAt(String path, int line, int column, String message) {
    problems.add(Problem.error(Location.ofFile(source, Math.max(0, line), Math.max(0, column), path), message));
  }

  void register(JsonFields fields) {
    opened.add(fields);
  }

  /** Reports the unknown keys of every object read so far. */
  void finishAll() {
    for (int i = 0; i < opened.size(); i++) {
      opened.get(i).finish();
    }
  }

  /** The problems sorted by position in the file. */
  List<Problem> sortedProblems() {
    List<Problem> sorted = new ArrayList<>(problems);
    sorted.sort(Comparator.comparingLong((Problem p) -> p.location().map(Location::line).orElse(0L))
        .thenComparingLong(p -> p.location().map(Location::column).orElse(0L)));
    return sorted;
  }

  /** Adds a problem found in another file (a table of this rule file), keeping its own location. */
  void problemIn(String otherSource, Problem problem) {
    problems.add(problem.location().isPresent() ? problem
        : problem.at(Location.ofFile(otherSource, 0, 0, "")));
  }

  int count() {
    return problems.size();
  }

  List<Problem> problems() {
    return problems;
  }

  /** E.g. {@code "; \"maxTotal\" belongs at the top level of the rule set"} for a key valid elsewhere. */
  Optional<String> placementHint(String key) {
    return Optional.ofNullable(placements.get(key)).map(where -> "; \"" + key + "\" belongs " + where);
  }
}
