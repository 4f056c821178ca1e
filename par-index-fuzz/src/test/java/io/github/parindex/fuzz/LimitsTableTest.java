package io.github.parindex.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The limits table of {@code docs/guide/limits.md} names, in every row, the tests of that limit, and every test
 * named exists: a test class (a file {@code Name.java} under some module's {@code src/test/java}), a method of it
 * ({@code Class.method}, declared in that file), or a file of the fuzz suite's hostile corpus. A row that says it is
 * not tested yet fails.
 */
class LimitsTableTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Pattern TEST_NAME = Pattern.compile(
      "\\b([A-Z][A-Za-z0-9]*(?:Test|Properties|Documents))(?:\\.([a-z][A-Za-z0-9]*))?\\b");
  private static final Pattern CORPUS_FILE = Pattern.compile("`((?:[a-z-]+/)?[A-Za-z0-9._-]+\\.(?:json|yaml|csv))`");

  /** One row of the table: its limit and its test column. */
  record Row(int line, String limit, String tests) {}

  static List<Row> rows() throws IOException {
    List<String> lines = Files.readAllLines(ROOT.resolve("docs/guide/limits.md"), StandardCharsets.UTF_8);
    List<Row> rows = new ArrayList<>();
    boolean inTable = false;
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i);
      if (l.startsWith("| Limit |")) {
        inTable = true;
        continue;
      }
      if (!inTable || l.startsWith("|---")) {
        continue;
      }
      if (!l.startsWith("|")) {
        break;
      }
      String[] cells = l.substring(1, l.length() - (l.endsWith("|") ? 1 : 0)).split("\\|", -1);
      assertThat(cells).as("limits.md line %d has the table's 5 columns", i + 1).hasSize(5);
      rows.add(new Row(i + 1, cells[0].strip(), cells[4].strip()));
    }
    return rows;
  }

  @Test
  void theTableHasItsRows() throws IOException {
    // the limits named in the guide's text and the issue: at least the numeric gate and every document kind
    assertThat(rows()).extracting(Row::limit).contains("Decimal text length", "Rule file size",
        "Scorecard report size", "Case file size", "Case file key length", "Case file number length",
        "Case file nesting depth", "Case file values", "SIPAS questionnaire size", "Survey cell and string length",
        "Survey JSON key length", "Time per fuzz case");
  }

  @Test
  void everyRowNamesTestsThatExist() throws IOException {
    List<Path> testFiles;
    try (Stream<Path> s = Files.walk(ROOT, 12)) {
      testFiles = s.filter(p -> p.toString().contains("/src/test/java/") && p.toString().endsWith(".java"))
          .filter(p -> !p.toString().contains("/target/")).toList();
    }
    Path corpus = ROOT.resolve("par-index-fuzz/src/test/resources/hostile");
    List<String> wrong = new ArrayList<>();
    for (Row r : rows()) {
      String where = "limits.md line " + r.line() + " (" + r.limit() + ")";
      String lower = r.tests().toLowerCase(java.util.Locale.ROOT);
      if (lower.contains("not yet") || lower.contains("no test") || lower.contains("untested")) {
        wrong.add(where + ": says it is not tested: " + r.tests());
      }
      int named = 0;
      Matcher m = TEST_NAME.matcher(r.tests());
      while (m.find()) {
        named++;
        Optional<Path> file = testFiles.stream().filter(p -> p.getFileName().toString().equals(m.group(1) + ".java"))
            .findFirst();
        if (file.isEmpty()) {
          wrong.add(where + ": no test class " + m.group(1));
        } else if (m.group(2) != null
            && !Files.readString(file.get(), StandardCharsets.UTF_8).contains(" " + m.group(2) + "(")) {
          wrong.add(where + ": " + m.group(1) + " has no method " + m.group(2));
        }
      }
      Matcher c = CORPUS_FILE.matcher(r.tests());
      while (c.find()) {
        named++;
        String name = c.group(1);
        boolean exists;
        if (name.contains("/")) {
          exists = Files.isRegularFile(corpus.resolve(name));
        } else {
          try (Stream<Path> s = Files.walk(corpus)) {
            exists = s.anyMatch(p -> p.getFileName().toString().equals(name));
          }
        }
        if (!exists) {
          wrong.add(where + ": no hostile corpus file " + name);
        }
      }
      if (named == 0) {
        wrong.add(where + ": names no test class, test method or corpus file: " + r.tests());
      }
    }
    assertThat(wrong).isEmpty();
  }
}
