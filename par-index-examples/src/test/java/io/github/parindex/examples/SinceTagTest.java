package io.github.parindex.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.source.doctree.DocCommentTree;
import com.sun.source.doctree.DocTree;
import com.sun.source.doctree.SinceTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.DocTrees;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * Every public type in the main sources of the published modules (core, rules, sipas, testkit), top-level or
 * nested, class, interface, enum, record or annotation, carries {@code @since} in its javadoc: the version in which
 * it entered the API, which japicmp then holds binary compatible (docs/guide/release.md). The sources are parsed with
 * the JDK's own parser, so a type is found however its modifiers and annotations are laid out, and "public" includes
 * the types that are implicitly public as members of an interface or annotation.
 */
class SinceTagTest {

  /** What {@code @since} must say: a release version, e.g. {@code 0.1.0}. */
  private static final Pattern VERSION = Pattern.compile("\\d+\\.\\d+\\.\\d+");
  private static final List<String> MODULES =
      List.of("par-index-core", "par-index-rules", "par-index-sipas", "par-index-testkit");

  @Test
  void everyPublicTypeOfThePublishedModulesHasSince() throws IOException {
    List<JavaFileObject> files = new ArrayList<>();
    for (String module : MODULES) {
      Path src = DocsSnippetsTest.ROOT.resolve(module).resolve("src/main/java");
      try (Stream<Path> paths = Files.walk(src)) {
        for (Path p : paths.filter(SinceTagTest::isTypeSource).sorted().toList()) {
          String name = DocsSnippetsTest.ROOT.relativize(p).toString();
          files.add(new Source(name, Files.readString(p, StandardCharsets.UTF_8)));
        }
      }
    }
    assertThat(files).as("main sources found").hasSizeGreaterThan(150);
    Result result = scan(files);
    assertThat(result.publicTypes()).as("public types found").hasSizeGreaterThan(200);
    assertThat(result.missing()).as("public types whose javadoc has no @since with a version (add `@since 0.1.0`, "
        + "or the version that introduces the type)").isEmpty();
  }

  @Test
  void detectorNamesEachPublicTypeWithoutSince() {
    String source = """
        package p;

        /** Has it. @see Object
         *
         * @since 0.1.0
         */
        public final class Good {
          /** No tag here. */
          public record Nested(int a) {
            /**
             * Tagged.
             * @since 0.1.0
             */
            public enum Deep { A }
          }
          /** Private: not API, not checked. */
          private static final class Hidden {}
          /** Package-private: not checked. */
          static class Local {}
          /**
           * An interface whose members are implicitly public.
           *
           * @since 0.1.0
           */
          public interface Api {
            /** Implicitly public; a tag in mid-line is text, not a tag: @since 0.1.0 */
            record Implicit() {}
          }
        }

        /** Mentions {@code @since} only in the text. */
        @Deprecated
        public @interface Marker {}
        """;
    Result result = scan(List.of(new Source("p/Good.java", source)));
    assertThat(result.missing()).containsExactly(
        "p/Good.java: p.Good.Nested", "p/Good.java: p.Good.Api.Implicit", "p/Good.java: p.Marker");
    assertThat(result.publicTypes()).containsExactly(
        "p.Good", "p.Good.Nested", "p.Good.Nested.Deep", "p.Good.Api", "p.Good.Api.Implicit", "p.Marker");
  }

  @Test
  void typeWithoutJavadocOrWithAnEmptyOrUnversionedTagIsNamed() {
    Result result = scan(List.of(
        new Source("q/Bare.java", "package q;\n@SuppressWarnings(\"x\") public interface Bare {}\n"),
        new Source("q/Empty.java", "package q;\n/**\n * Empty tag.\n *\n * @since\n */\npublic class Empty {}\n"),
        new Source("q/Later.java",
            "package q;\n/**\n * No version.\n *\n * @since later\n */\npublic enum Later {}\n")));
    assertThat(result.missing())
        .containsExactly("q/Bare.java: q.Bare", "q/Empty.java: q.Empty", "q/Later.java: q.Later");
  }

  private static boolean isTypeSource(Path p) {
    String name = p.getFileName().toString();
    return name.endsWith(".java") && !name.equals("module-info.java") && !name.equals("package-info.java");
  }

  /** The public types found (qualified names, in source order) and those lacking {@code @since}, with their file. */
  record Result(List<String> publicTypes, List<String> missing) {}

  static Result scan(List<JavaFileObject> sources) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    JavacTask task = (JavacTask) javac.getTask(null, null, null, List.of("-proc:none"), null, sources);
    DocTrees docs = DocTrees.instance(task);
    List<String> found = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    Iterable<? extends CompilationUnitTree> units;
    try {
      units = task.parse();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    for (CompilationUnitTree unit : units) {
      String pkg = unit.getPackageName() == null ? "" : unit.getPackageName().toString() + ".";
      String file = unit.getSourceFile().getName();
      new TreePathScanner<Void, String>() {
        @Override
        public Void visitClass(ClassTree type, String outer) {
          String name = outer + type.getSimpleName();
          if (isPublic(getCurrentPath())) {
            found.add(name);
            if (!hasSince(docs.getDocCommentTree(getCurrentPath()))) {
              missing.add(file + ": " + name);
            }
          }
          return super.visitClass(type, name + ".");
        }
      }.scan(unit, pkg);
    }
    return new Result(found, missing);
  }

  /** Declared public, or a member of an interface or annotation (implicitly public). */
  private static boolean isPublic(TreePath path) {
    ClassTree type = (ClassTree) path.getLeaf();
    if (type.getModifiers().getFlags().contains(Modifier.PUBLIC)) {
      return true;
    }
    Tree parent = path.getParentPath().getLeaf();
    return parent instanceof ClassTree outer
        && (outer.getKind() == Tree.Kind.INTERFACE || outer.getKind() == Tree.Kind.ANNOTATION_TYPE);
  }

  private static boolean hasSince(DocCommentTree doc) {
    if (doc == null) {
      return false;
    }
    for (DocTree tag : doc.getBlockTags()) {
      if (tag.getKind() == DocTree.Kind.SINCE
          && VERSION.matcher(((SinceTree) tag).getBody().stream().map(DocTree::toString)
              .collect(Collectors.joining()).strip()).matches()) {
        return true;
      }
    }
    return false;
  }

  /** A source held in memory, named by its path from the repository root. */
  private static final class Source extends SimpleJavaFileObject {
    private final String path;
    private final String text;

    Source(String path, String text) {
      super(URI.create("string:///" + path.replace('\\', '/')), Kind.SOURCE);
      this.path = path;
      this.text = text;
    }

    @Override
    public String getName() {
      return path;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return text;
    }
  }
}
