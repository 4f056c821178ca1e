package io.github.parindex.rules;

import java.io.Reader;
import java.util.function.IntFunction;

/**
 * A CSV made as it is read: a header, then rows 1 to n, each from {@code row}; for tests at limits of a million
 * rows, which would be too big to build as one string.
 */
public final class GeneratedRows {
  private GeneratedRows() {}

  /**
   * The rows as a reader.
   *
   * @param header the first line, with its line break
   * @param n how many rows follow
   * @param row the text of row i (1-based), with its line break
   * @return a reader of the header and the n rows
   */
  public static Reader of(String header, int n, IntFunction<String> row) {
    return new Reader() {
      private String pending = header;
      private int next = 1;

      @Override
      public int read(char[] buf, int off, int len) {
        int done = 0;
        while (done < len) {
          if (pending.isEmpty()) {
            if (next > n) {
              break;
            }
            pending = row.apply(next++);
          }
          int k = Math.min(len - done, pending.length());
          pending.getChars(0, k, buf, off + done);
          pending = pending.substring(k);
          done += k;
        }
        return done == 0 && len > 0 ? -1 : done;
      }

      @Override
      public void close() {}
    };
  }
}
