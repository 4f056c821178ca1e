package io.github.parindex.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The state of reading one file: its name and the problems found so far. Internal. */
final class ReadContext {
  private final String source;
  private final List<FileProblem> problems = new ArrayList<>();
  private final Map<String, String> placements;
  private final List<JsonFields> opened = new ArrayList<>();

  ReadContext(String source, Map<String, String> placements) {
    this.source = source;
    this.placements = placements;
  }

  String source() {
    return source;
  }

  void problem(String path, JsonTree.Value at, String message) {
    problemAt(path, at.line(), at.column(), message);
  }

  void problemAt(String path, int line, int column, String message) {
    problems.add(new FileProblem(source, path, line, column, message));
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
  List<FileProblem> sortedProblems() {
    List<FileProblem> sorted = new ArrayList<>(problems);
    sorted.sort(java.util.Comparator.comparingInt(FileProblem::line).thenComparingInt(FileProblem::column));
    return sorted;
  }

  int count() {
    return problems.size();
  }

  List<FileProblem> problems() {
    return problems;
  }

  /** E.g. {@code "; \"maxTotal\" belongs at the top level of the rule set"} for a key valid elsewhere. */
  Optional<String> placementHint(String key) {
    return Optional.ofNullable(placements.get(key)).map(where -> "; \"" + key + "\" belongs " + where);
  }
}
