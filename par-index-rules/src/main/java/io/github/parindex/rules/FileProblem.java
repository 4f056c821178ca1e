package io.github.parindex.rules;

import java.util.Objects;

/**
 * One thing wrong in a rule file: the file (source name), the JSON path, the line and column, and what is wrong.
 *
 * <pre>{@code
 * try {
 *   RuleSetJson.standard().read(Path.of("ha-tinh-2025.json"));
 * } catch (RuleFileException e) {
 *   e.fileProblems().forEach(System.err::println);
 *   // ha-tinh-2025.json:14:7: $.nodes[2].children[0].maxPoint: unknown key "maxPoint" in a node; did you mean "maxPoints"?
 * }
 * }</pre>
 *
 * @param source the file's name or path, or a resource name
 * @param path the JSON path of the value or key, e.g. {@code $.nodes[2].children[0].maxPoints}
 * @param line the 1-based line, 0 when unknown
 * @param column the 1-based column, 0 when unknown
 * @param message what is wrong, naming the bad value and, where one exists, the nearest valid alternative
 */
public record FileProblem(String source, String path, int line, int column, String message) {
  public FileProblem {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  /** E.g. {@code "rules.json:12:5: $.nodes[0].code: expected a string, got the number 3"}. */
  @Override
  public String toString() {
    return source + ":" + line + ":" + column + ": " + path + ": " + message;
  }
}
