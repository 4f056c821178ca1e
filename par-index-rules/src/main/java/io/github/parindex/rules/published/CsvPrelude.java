package io.github.parindex.rules.published;

import io.github.parindex.model.ParIndexException;
import io.github.parindex.model.Problem.Location;
import io.github.parindex.model.Problem;
import java.io.IOException;
import java.io.Reader;
import java.util.List;
import java.util.Optional;

/** The part of a published table's CSV before its data rows: comments, the header line, and a way past them. */
final class CsvPrelude {
  /** The longest comment or header line, in characters. */
  static final int MAX_PRELUDE_LINE = 100_000;

  private CsvPrelude() {}

  /**
   * The lines before the header: blank lines and comments, where {@code # title:} and {@code # source:} are read;
   * then the header line itself (1-based {@code headerLine}), if there is one.
   */
  record Prelude(Optional<String> title, Optional<String> source, Optional<String> excerptOf,
      Optional<String> header, int headerLine) {
    static Prelude read(Reader in, String src) throws IOException {
      Optional<String> title = Optional.empty();
      Optional<String> source = Optional.empty();
      Optional<String> excerptOf = Optional.empty();
      int lineNo = 0;
      for (String line; (line = line(in, src, lineNo + 1)) != null; ) {
        lineNo++;
        if (lineNo == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        String t = line.strip();
        if (t.startsWith("# title:")) {
          title = Optional.of(t.substring("# title:".length()).strip());
        } else if (t.startsWith("# source:")) {
          source = Optional.of(t.substring("# source:".length()).strip());
        } else if (t.startsWith("# excerpt of:")) {
          excerptOf = Optional.of(t.substring("# excerpt of:".length()).strip());
        } else if (!t.isEmpty() && !t.startsWith("#")) {
          return new Prelude(title, source, excerptOf, Optional.of(line), lineNo);
        }
      }
      return new Prelude(title, source, excerptOf, Optional.empty(), lineNo);
    }

    /** One line without its line break, or null at the end of the input. */
    private static String line(Reader in, String src, int lineNo) throws IOException {
      StringBuilder s = new StringBuilder();
      int c;
      while ((c = in.read()) >= 0 && c != '\n') {
        if (s.length() == MAX_PRELUDE_LINE) {
          throw new ParIndexException("published table " + src + " has errors", List.of(Problem.error(
              Location.ofFile(src, lineNo, MAX_PRELUDE_LINE + 1, ""),
              "a comment or header line longer than " + MAX_PRELUDE_LINE + " characters")));
        }
        s.append((char) c);
      }
      if (c < 0 && s.length() == 0) {
        return null;
      }
      int n = s.length();
      return n > 0 && s.charAt(n - 1) == '\r' ? s.substring(0, n - 1) : s.toString();
    }
  }

  /** The header line again, then the rest of the input, unread so far; closing it leaves the input open. */
  static final class HeadThenRest extends Reader {
    private final String head;
    private final Reader rest;
    private int pos;

    HeadThenRest(String head, Reader rest) {
      this.head = head;
      this.rest = rest;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      if (pos < head.length()) {
        int n = Math.min(len, head.length() - pos);
        head.getChars(pos, pos + n, buf, off);
        pos += n;
        return n;
      }
      return rest.read(buf, off, len);
    }

    @Override
    public void close() {
      // the caller owns the input
    }
  }
}
