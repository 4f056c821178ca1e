package io.github.parindex.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every {@code ```java} block of README.md and docs/guide/*.md, read from the Markdown files themselves, compiles as
 * written against the project's modules and runs from the repository root; when a {@code ```text} block follows it,
 * its standard output is exactly that text. A block holding a top-level type is compiled as is (and run when it
 * has a {@code main}); any other block is statements, wrapped in a {@code main} method after its import lines.
 */
class DocsSnippetsTest {

  /** The repository root: surefire runs this module's tests in par-index-examples. */
  static final Path ROOT = Path.of("").toAbsolutePath().getParent();

  private static final Pattern TOP_LEVEL_TYPE = Pattern.compile(
      "(?m)^(?:public\\s+|final\\s+|abstract\\s+|sealed\\s+)*(?:class|record|interface|enum)\\s+(\\w+)");
  private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+([\\w.]+)\\s*;");
  private static final Pattern MODULE = Pattern.compile("(?m)^module\\s+[\\w.]+\\s*\\{");

  /** One {@code ```java} block: where it is, its code, and the output promised after it. */
  record Snippet(String file, int line, String code, Optional<String> expected) {
    String id() {
      return file + ":" + line;
    }

    String className() {
      return "Snippet_" + file.replaceAll("[^A-Za-z0-9]", "_") + "_" + line;
    }
  }

  /** README.md and every page of docs/guide, in a stable order. */
  static List<Path> markdownFiles() throws IOException {
    List<Path> files = new ArrayList<>();
    files.add(ROOT.resolve("README.md"));
    try (Stream<Path> guide = Files.list(ROOT.resolve("docs/guide"))) {
      guide.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
    }
    return files;
  }

  /**
   * The fenced blocks of one Markdown file tagged {@code lang}, each with the {@code ```text} block that follows it
   * (blank lines between allowed).
   */
  static List<Snippet> extract(Path file, String lang) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    String name = ROOT.relativize(file).toString().replace('\\', '/');
    List<Snippet> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).strip().equals("```" + lang)) {
        continue;
      }
      int indent = lines.get(i).indexOf('`');   // a block in a list item is indented: its lines lose that indent
      int start = i + 1;
      int end = closing(lines, start, file);
      String code = lines.subList(start, end).stream()
          .map(l -> l.length() >= indent && l.substring(0, indent).isBlank() ? l.substring(indent) : l.strip())
          .collect(Collectors.joining("\n")) + "\n";
      int next = end + 1;
      while (next < lines.size() && lines.get(next).isBlank()) {
        next++;
      }
      Optional<String> expected = Optional.empty();
      if (next < lines.size() && lines.get(next).strip().equals("```text")) {
        int textEnd = closing(lines, next + 1, file);
        expected = Optional.of(String.join("\n", lines.subList(next + 1, textEnd)) + "\n");
      }
      out.add(new Snippet(name, start, code, expected));
      i = end;
    }
    return out;
  }

  private static int closing(List<String> lines, int from, Path file) {
    for (int j = from; j < lines.size(); j++) {
      if (lines.get(j).strip().equals("```")) {
        return j;
      }
    }
    throw new IllegalStateException(file + ":" + from + ": code block not closed");
  }

  /** The Java source of a snippet: as is when it declares a top-level type, else wrapped in a main method. */
  static Map.Entry<String, String> source(Snippet s) {
    Matcher type = TOP_LEVEL_TYPE.matcher(s.code());
    if (type.find()) {
      Matcher pkg = PACKAGE.matcher(s.code());
      String qualified = (pkg.find() ? pkg.group(1) + "." : "") + type.group(1);
      return Map.entry(qualified, s.code());
    }
    StringBuilder imports = new StringBuilder();
    StringBuilder body = new StringBuilder();
    for (String line : s.code().split("\n", -1)) {
      (line.startsWith("import ") ? imports : body).append(line).append('\n');
    }
    // imports and the class header take one line each, so diagnostics point at the snippet's own lines
    String src = imports + "public final class " + s.className() + " { public static void main(String[] args)"
        + " throws Exception {\n" + body + "}}\n";
    return Map.entry(s.className(), src);
  }

  @Test
  void everyMarkdownFileIsRead() throws IOException {
    List<Path> files = markdownFiles();
    assertThat(files).contains(ROOT.resolve("README.md"), ROOT.resolve("docs/guide/README.md"));
    long snippets = 0;
    for (Path f : files) {
      snippets += extract(f, "java").size();
    }
    assertThat(snippets).as("java blocks found").isGreaterThanOrEqualTo(20);
  }

  /** The complete rule file of "The JSON format" is the file that ExampleRuleSetTest reads and scores. */
  @Test
  void theJsonFormatExampleIsTheTestedRuleFile() throws IOException {
    List<Snippet> json = extract(ROOT.resolve("docs/guide/rule-sets-and-tables.md"), "json");
    assertThat(json).isNotEmpty();
    assertThat(json.get(0).code()).isEqualTo(Files.readString(
        ROOT.resolve("par-index-rules/src/test/resources/io/github/parindex/rules/example-rule-set.json"),
        StandardCharsets.UTF_8));
  }

  @TestFactory
  Stream<DynamicTest> everyJavaSnippetCompilesRunsAndPrintsWhatTheDocsSay() throws Exception {
    List<Snippet> snippets = new ArrayList<>();
    for (Path f : markdownFiles()) {
      snippets.addAll(extract(f, "java"));
    }
    Path work = Files.createTempDirectory("docs-snippets");
    Path classes = Files.createDirectories(work.resolve("classes"));
    Map<Snippet, String> mainClass = new TreeMap<>((a, b) -> a.id().compareTo(b.id()));
    Map<Snippet, String> errors = new TreeMap<>((a, b) -> a.id().compareTo(b.id()));
    Map<String, Path> typeSources = new TreeMap<>();
    for (Snippet s : snippets) {
      if (MODULE.matcher(s.code()).find()) {
        String problems = compileModule(s, typeSources, work);
        if (!problems.isEmpty()) {
          errors.put(s, problems);
        }
        continue;
      }
      Map.Entry<String, String> src = source(s);
      Path dir = Files.createDirectories(work.resolve("src").resolve(s.className()));
      Path file = dir.resolve(src.getKey().substring(src.getKey().lastIndexOf('.') + 1) + ".java");
      Files.writeString(file, src.getValue(), StandardCharsets.UTF_8);
      typeSources.put(s.file() + "#" + src.getKey(), file);
      String problems = compile(file, classes);
      if (!problems.isEmpty()) {
        errors.put(s, problems);
      } else if (src.getValue().contains("static void main(")) {
        mainClass.put(s, src.getKey());
      }
    }
    Map<String, String> outputs = run(List.copyOf(mainClass.values()), classes, work);
    return snippets.stream().map(s -> DynamicTest.dynamicTest(s.id(), () -> {
      assertThat(errors.get(s)).as("%s does not compile as written:%n%s", s.id(), s.code()).isNull();
      if (!mainClass.containsKey(s)) {
        assertThat(s.expected()).as("%s has expected output but no main method", s.id()).isEmpty();
        return;
      }
      String out = outputs.getOrDefault(mainClass.get(s), "(not run)");
      assertThat(out).as("%s failed when run from the repository root", s.id()).doesNotStartWith("!FAILED");
      if (s.expected().isPresent()) {
        assertThat(normalise(out)).as("output of %s", s.id()).isEqualTo(normalise(s.expected().get()));
      }
    }));
  }

  static String normalise(String text) {
    return text.replace("\r\n", "\n").lines().map(String::stripTrailing).collect(Collectors.joining("\n")).strip();
  }

  private static String compile(Path file, Path classes) throws IOException {
    return javac(List.of(file), List.of("-d", classes.toString(), "-cp", System.getProperty("java.class.path")));
  }

  /**
   * A {@code module} declaration is compiled as {@code module-info.java} on the module path (core, rules and
   * Jackson), together with the types that the earlier blocks of the same page declare in the packages it names.
   */
  private static String compileModule(Snippet s, Map<String, Path> typeSources, Path work) throws IOException {
    Path dir = Files.createDirectories(work.resolve("modules").resolve(s.className()));
    Path info = dir.resolve("module-info.java");
    Files.writeString(info, s.code(), StandardCharsets.UTF_8);
    List<Path> sources = new ArrayList<>(List.of(info));
    typeSources.forEach((key, file) -> {
      String qualified = key.substring(key.indexOf('#') + 1);
      int dot = qualified.lastIndexOf('.');
      if (key.startsWith(s.file() + "#") && dot > 0 && s.code().contains(qualified.substring(0, dot))) {
        sources.add(file);
      }
    });
    String modulePath = classPathEntries().stream()
        .filter(p -> p.toString().contains("par-index-core") || p.toString().contains("par-index-rules")
            || p.getFileName().toString().startsWith("jackson-"))
        .map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator));
    return javac(sources, List.of("-d", dir.resolve("classes").toString(), "--module-path", modulePath));
  }

  /** The test class path, with the Class-Path of surefire's manifest-only jar spelled out. */
  static List<Path> classPathEntries() throws IOException {
    List<Path> out = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      Path p = Path.of(entry);
      out.add(p);
      if (p.toString().endsWith(".jar") && Files.isRegularFile(p)) {
        try (java.util.jar.JarFile jar = new java.util.jar.JarFile(p.toFile())) {
          java.util.jar.Manifest m = jar.getManifest();
          String cp = m == null ? null : m.getMainAttributes().getValue("Class-Path");
          for (String url : cp == null ? new String[0] : cp.trim().split("\\s+")) {
            out.add(Path.of(java.net.URI.create(url)));
          }
        }
      }
    }
    return out;
  }

  private static String javac(List<Path> sourceFiles, List<String> extraOptions) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT,
        StandardCharsets.UTF_8)) {
      List<String> options = new ArrayList<>(extraOptions);
      options.addAll(List.of("-proc:none", "-encoding", "UTF-8", "--release", "17"));
      StringWriter log = new StringWriter();
      boolean ok = javac.getTask(log, files, diagnostics, options, null,
          files.getJavaFileObjectsFromPaths(sourceFiles)).call();
      if (ok) {
        return "";
      }
      return diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
          .map(d -> "line " + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT))
          .collect(Collectors.joining("\n")) + log;
    }
  }

  /** Runs every snippet's main once, in one JVM whose working directory is the repository root. */
  private static Map<String, String> run(List<String> mains, Path classes, Path work) throws Exception {
    Path javaExe = Path.of(System.getProperty("java.home"), "bin", "java");
    Path outputs = Files.createDirectories(work.resolve("out"));
    List<String> command = new ArrayList<>(List.of(javaExe.toString(), "-Dfile.encoding=UTF-8",
        "-Dstdout.encoding=UTF-8", "-cp", classes + java.io.File.pathSeparator + System.getProperty("java.class.path"),
        SnippetRunner.class.getName(), outputs.toString()));
    command.addAll(mains);
    Path log = work.resolve("runner.log");
    Process p = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    assertThat(p.waitFor(240, TimeUnit.SECONDS)).as("snippets finished").isTrue();
    assertThat(p.exitValue()).as(Files.readString(log)).isZero();
    Map<String, String> result = new TreeMap<>();
    for (String m : mains) {
      Path f = outputs.resolve(m + ".out");
      result.put(m, Files.exists(f) ? Files.readString(f, StandardCharsets.UTF_8) : "!FAILED: no output file");
    }
    return result;
  }
}
