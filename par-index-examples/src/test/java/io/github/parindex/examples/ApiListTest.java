package io.github.parindex.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/api.md lists every public type of the packages that core, rules and testkit export (read from their
 * module-info.java and sources), one line each, and nothing else. When a type is added or removed the failure shows
 * the lines to add or remove; {@code -Dparindex.writeApi=true} rewrites the file (descriptions from the first
 * sentence of each type's javadoc).
 */
class ApiListTest {

  private static final Path ROOT = DocsSnippetsTest.ROOT;
  private static final Path API = ROOT.resolve("docs/api.md");
  private static final List<String> MODULES = List.of("par-index-core", "par-index-rules", "par-index-testkit");
  private static final Pattern EXPORTS = Pattern.compile("(?m)^\\s*exports\\s+([\\w.]+)\\s*;");
  /** A public type at the top level (no indent) or nested (indented) in a source file. */
  private static final Pattern TYPE = Pattern.compile(
      "(?m)^( *)public\\s+(?:(?:static|final|abstract|sealed|non-sealed)\\s+)*(?:class|interface|enum|record|@interface)"
          + "\\s+(\\w+)");
  private static final Pattern LINE = Pattern.compile("^- `([\\w.]+)`");

  @Test
  void docsApiListsExactlyTheExportedTypes() throws IOException {
    Map<String, String> exported = exportedTypes();
    assertThat(exported).as("exported types found").hasSizeGreaterThan(50);
    if (Boolean.getBoolean("parindex.writeApi")) {
      Files.writeString(API, render(exported), StandardCharsets.UTF_8);
    }
    TreeSet<String> listed = new TreeSet<>();
    for (String line : Files.readAllLines(API, StandardCharsets.UTF_8)) {
      Matcher m = LINE.matcher(line);
      if (m.find()) {
        assertThat(listed.add(m.group(1))).as("%s listed twice in docs/api.md", m.group(1)).isTrue();
      }
    }
    String missing = exported.keySet().stream().filter(t -> !listed.contains(t))
        .map(t -> "- `" + t + "`: " + exported.get(t)).collect(Collectors.joining("\n"));
    String extra = listed.stream().filter(t -> !exported.containsKey(t)).collect(Collectors.joining("\n"));
    assertThat(missing).as("exported types missing from docs/api.md (add these lines, or run with "
        + "-Dparindex.writeApi=true)").isEmpty();
    assertThat(extra).as("types in docs/api.md that are not exported (remove them)").isEmpty();
  }

  /** Qualified name (nested types as Outer.Inner) to the first sentence of its javadoc. */
  static Map<String, String> exportedTypes() throws IOException {
    Map<String, String> out = new TreeMap<>();
    for (String module : MODULES) {
      Path src = ROOT.resolve(module).resolve("src/main/java");
      Matcher e = EXPORTS.matcher(Files.readString(src.resolve("module-info.java"), StandardCharsets.UTF_8));
      while (e.find()) {
        String pkg = e.group(1);
        try (Stream<Path> files = Files.list(src.resolve(pkg.replace('.', '/')))) {
          for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
            if (!f.getFileName().toString().equals("package-info.java")) {
              types(pkg, Files.readString(f, StandardCharsets.UTF_8), out);
            }
          }
        }
      }
    }
    return out;
  }

  private static void types(String pkg, String source, Map<String, String> out) {
    Matcher m = TYPE.matcher(source);
    List<String> outer = new ArrayList<>();   // enclosing type names by indent level (two spaces each)
    while (m.find()) {
      int depth = m.group(1).length() / 2;
      if (depth > outer.size()) {
        continue;   // a type inside a non-public or local one
      }
      while (outer.size() > depth) {
        outer.remove(outer.size() - 1);
      }
      outer.add(m.group(2));
      out.put(pkg + "." + String.join(".", outer), firstSentence(source, m.start()));
    }
  }

  private static String firstSentence(String source, int typeStart) {
    int end = source.lastIndexOf("*/", typeStart);
    int start = end < 0 ? -1 : source.lastIndexOf("/**", end);
    if (start < 0 || !source.substring(end + 2, typeStart).strip().replaceAll("@[\\w.]+(\\([^)]*\\))?", "")
        .isBlank()) {
      return "";
    }
    String text = source.substring(start + 3, end).lines().map(l -> l.strip().replaceFirst("^\\* ?", ""))
        .takeWhile(l -> !l.startsWith("@") && !l.startsWith("<p>") && !l.startsWith("<pre>"))
        .collect(Collectors.joining(" ")).strip();
    text = text.replaceAll("\\{@(?:code|link|linkplain|literal) ([^}]*)}", "`$1`").replaceAll("<[^>]+>", "");
    int dot = text.indexOf(". ");
    return (dot >= 0 ? text.substring(0, dot + 1) : text).strip();
  }

  private static String render(Map<String, String> types) {
    StringBuilder s = new StringBuilder("""
        # Public API

        Every public type of the packages that par-index-core, par-index-rules and par-index-testkit export, one line
        each (nested types as `Outer.Inner`). `ApiListTest` (par-index-examples) fails when a type is missing here
        or listed but not exported; `-Dparindex.writeApi=true` on that test rewrites this file. Everything else,
        `io.github.parindex.internal` included, is not API. Javadoc: `./mvnw -Prelease -DskipTests package` writes
        each module's `target/apidocs`.
        """);
    String pkg = "";
    for (Map.Entry<String, String> t : types.entrySet()) {
      String p = packageOf(t.getKey());
      if (!p.equals(pkg)) {
        pkg = p;
        s.append("\n## `").append(p).append("`\n\n");
      }
      s.append("- `").append(t.getKey()).append('`').append(t.getValue().isEmpty() ? "" : ": " + t.getValue())
          .append('\n');
    }
    return s.toString();
  }

  private static String packageOf(String qualified) {
    String[] parts = qualified.split("\\.");
    int i = 0;
    while (i < parts.length && !Character.isUpperCase(parts[i].charAt(0))) {
      i++;
    }
    return String.join(".", List.of(parts).subList(0, i));
  }
}
