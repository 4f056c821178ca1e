package io.github.parindex.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.parindex.model.ParIndexException;
import io.github.parindex.model.RuleSet;
import io.github.parindex.rules.merges.LineageCsv;
import io.github.parindex.rules.published.PublishedTableCsv;
import io.github.parindex.rules.table.ReadMode;
import io.github.parindex.rules.table.RuleSetTable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import org.junit.jupiter.api.Test;

/**
 * A writer or reader that fails part-way: writers throw the checked {@link IOException} they document, readers a
 * {@link ParIndexException} naming the document, never an {@code UncheckedIOException}.
 */
class FailingIoTest {

  /** A writer that takes {@code room} characters, then fails on every call. */
  static final class FailingWriter extends Writer {
    private int room;
    final StringWriter taken = new StringWriter();

    FailingWriter(int room) {
      this.room = room;
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
      if (len > room) {
        throw new IOException("disk full");
      }
      room -= len;
      taken.write(cbuf, off, len);
    }

    @Override
    public void flush() throws IOException {
      if (room == 0) {
        throw new IOException("disk full");
      }
    }

    @Override
    public void close() {}
  }

  /** A reader that gives {@code text}, then fails. */
  static Reader failingAfter(String text) {
    return new Reader() {
      private int at;

      @Override
      public int read(char[] cbuf, int off, int len) throws IOException {
        if (at >= text.length()) {
          throw new IOException("connection reset");
        }
        int n = Math.min(len, text.length() - at);
        text.getChars(at, at + n, cbuf, off);
        at += n;
        return n;
      }

      @Override
      public void close() {}
    };
  }

  /** A stream that gives {@code text} as UTF-8, then fails. */
  static InputStream failingStreamAfter(String text) {
    byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    return new InputStream() {
      private int at;

      @Override
      public int read() throws IOException {
        if (at >= bytes.length) {
          throw new IOException("connection reset");
        }
        return bytes[at++] & 0xFF;
      }
    };
  }

  static RuleSet valid() {
    return RuleSetJson.standard().parse(RuleSetJsonErrorsTest.VALID, "x.json");
  }

  @Test
  void ruleSetJsonWriteThrowsTheCheckedIoExceptionOfAFailingWriter() {
    FailingWriter out = new FailingWriter(100);
    assertThatThrownBy(() -> RuleSetJson.standard().write(valid(), out))
        .isExactlyInstanceOf(IOException.class).hasMessage("disk full");
    // the first 100 characters were written: the start of the document, as the javadoc says ("in part")
    assertThat(RuleSetJson.standard().write(valid())).startsWith(out.taken.toString());
  }

  @Test
  void ruleSetJsonWriteToAWriterThatWorksGivesTheSameTextAsTheString() throws IOException {
    StringWriter out = new StringWriter();
    RuleSetJson.standard().write(valid(), out);
    assertThat(out.toString()).isEqualTo(RuleSetJson.standard().write(valid())).endsWith("}\n");
  }

  @Test
  void ruleFileReadersGiveALocatedProblemForAFailingReaderOrStream() {
    String half = RuleSetJsonErrorsTest.VALID.substring(0, 200);
    assertThatThrownBy(() -> RuleSetJson.standard().read(failingAfter(half), "x.json"))
        .isInstanceOf(ParIndexException.class).hasMessageContaining("x.json")
        .hasMessageContaining("connection reset");
    assertThatThrownBy(() -> RuleSetJson.standard().read(failingStreamAfter(half), "x.json"))
        .isInstanceOf(ParIndexException.class).hasMessageContaining("x.json")
        .hasMessageContaining("connection reset");
  }

  @Test
  void tableReaderGivesAProblemNamingTheTableForAFailingReader() {
    String header = "code,name,maxPoints\n1,Lĩnh vực 1,10\n";
    for (ReadMode mode : ReadMode.values()) {
      assertThatThrownBy(() -> RuleSetTable.read(failingAfter(header), "bo.csv", mode))
          .isInstanceOf(ParIndexException.class).hasMessageContaining("bo.csv")
          .hasMessageContaining("connection reset");
    }
    assertThatThrownBy(() -> RuleSetTable.readNodes(failingAfter(header), "bo.csv"))
        .isInstanceOf(ParIndexException.class).hasMessageContaining("bo.csv");
  }

  @Test
  void lineageAndPublishedTableReadersGiveAProblemForAFailingReader() {
    assertThatThrownBy(() -> LineageCsv.read(failingAfter("# lineage\n"), "lineage.csv"))
        .isInstanceOf(ParIndexException.class).hasMessageContaining("lineage.csv");
    assertThatThrownBy(() -> PublishedTableCsv.read(failingAfter("unit,points\n"), "pub.csv"))
        .isInstanceOf(ParIndexException.class).hasMessageContaining("pub.csv");
    assertThatThrownBy(() -> PublishedTableCsv.read(failingStreamAfter("unit,points\n"), "pub.csv"))
        .isInstanceOf(ParIndexException.class).hasMessageContaining("pub.csv");
  }
}
