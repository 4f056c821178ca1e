package io.github.parindex.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs the main methods of the docs' snippets one after the other (for {@link DocsSnippetsTest}, in a JVM started in
 * the repository root), writing each one's standard output to {@code OUT_DIR/CLASS.out}; a snippet that throws gets
 * {@code !FAILED} and the stack trace instead.
 */
final class SnippetRunner {
  private SnippetRunner() {}

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args[0]);
    Files.createDirectories(Path.of("target"));
    PrintStream stdout = System.out;
    for (int i = 1; i < args.length; i++) {
      ByteArrayOutputStream buffer = new ByteArrayOutputStream();
      System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
      String text;
      try {
        Class.forName(args[i]).getMethod("main", String[].class).invoke(null, (Object) new String[0]);
        System.out.flush();
        text = buffer.toString(StandardCharsets.UTF_8);
      } catch (InvocationTargetException e) {
        StringWriter trace = new StringWriter();
        e.getCause().printStackTrace(new PrintWriter(trace));
        text = "!FAILED\n" + buffer.toString(StandardCharsets.UTF_8) + "\n" + trace;
      } finally {
        System.setOut(stdout);
      }
      Files.writeString(out.resolve(args[i] + ".out"), text, StandardCharsets.UTF_8);
    }
  }
}
