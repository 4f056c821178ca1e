package io.github.parindex.rules.lineage;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Text with every comment line ({@code #} first, after optional spaces) emptied but its line break kept, so that a
 * CSV parser skipping empty lines still counts physical lines as the file shows them. Internal.
 */
final class CommentBlankingReader extends FilterReader {
  private boolean lineStart = true;
  private boolean comment;

  CommentBlankingReader(Reader in) {
    super(in);
  }

  @Override
  public int read() throws IOException {
    char[] one = new char[1];
    int n;
    n = read(one, 0, 1);
    return n < 0 ? -1 : one[0];
  }

  @Override
  public int read(char[] buf, int off, int len) throws IOException {
    while (true) {
      int n = in.read(buf, off, len);
      if (n <= 0) {
        return n;
      }
      int w = off;
      for (int r = off; r < off + n; r++) {
        char c = buf[r];
        if (c == '\n' || c == '\r') {
          comment = false;
          lineStart = true;
          buf[w++] = c;
          continue;
        }
        if (lineStart && c == '#') {
          comment = true;
        }
        lineStart = lineStart && (c == ' ' || c == '\t');
        if (!comment) {
          buf[w++] = c;
        }
      }
      if (w > off) {
        return w - off;
      }
      // the whole chunk was comment: read on (a Reader must not return 0 characters)
    }
  }
}
