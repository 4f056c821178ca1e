package io.github.parindex.rules.internal;

import io.github.parindex.model.ParIndexException;
import io.github.parindex.model.Problem;
import io.github.parindex.model.Problem.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads a document's text for the strict readers: bounded in size, strictly UTF-8 (a byte that is not UTF-8 is a
 * problem located by line and column, never replaced by {@code U+FFFD}), with a leading byte-order mark skipped.
 * The same for a {@link Path}, an {@link InputStream} and a {@link Reader}.
 *
 * <pre>{@code
 * String text = StrictText.read(Files.newInputStream(file), file.toString(), DocumentLimits.RULE_FILE);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class StrictText {
  private StrictText() {}

  private static final char BOM = '\uFEFF';

  /**
   * Reads a file.
   *
   * @param file the file
   * @param source its name in messages
   * @param limits the document's limits (its size)
   * @return the text, without a byte-order mark
   * @throws ParIndexException if the file is too long or not UTF-8, located
   *     (or cannot be read at all, with the I/O error as its cause)
   */
  public static String read(Path file, String source, DocumentLimits limits) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, source, limits);
    } catch (IOException e) {
      throw ioFailure(source, e);
    }
  }

  /**
   * Reads a stream of UTF-8 bytes to its end (the caller closes it).
   *
   * @param in the bytes
   * @param source their name in messages
   * @param limits the document's limits (its size)
   * @return the text, without a byte-order mark
   * @throws ParIndexException if the stream is too long or not UTF-8, located
   *     (or when the stream fails, with the I/O error as its cause)
   */
  public static String read(InputStream in, String source, DocumentLimits limits) {
    byte[] bytes;
    try {
      bytes = in.readNBytes(limits.maxBytes() + 1);
    } catch (IOException e) {
      throw ioFailure(source, e);
    }
    if (bytes.length > limits.maxBytes()) {
      throw tooLong(source, limits, "bytes");
    }
    return decode(bytes, source);
  }

  /**
   * Reads characters to their end (the caller closes the reader). A decoding error the reader reports
   * ({@link CharacterCodingException}) becomes a located problem.
   *
   * @param reader the characters
   * @param source their name in messages
   * @param limits the document's limits (its size, counted in characters here)
   * @return the text, without a byte-order mark
   * @throws ParIndexException if the text is too long or the reader reports bytes that are not text
   *     (or when the reader fails otherwise, with the I/O error as its cause)
   */
  public static String read(Reader reader, String source, DocumentLimits limits) {
    StringBuilder s = new StringBuilder();
    char[] buf = new char[8192];
    try {
      for (int n; (n = reader.read(buf)) >= 0; ) {
        s.append(buf, 0, n);
        if (s.length() > limits.maxBytes()) {
          throw tooLong(source, limits, "characters");
        }
      }
    } catch (CharacterCodingException e) {
      throw notText(source, s, "the text is not in its encoding (" + e.getMessage() + ")");
    } catch (IOException e) {
      throw ioFailure(source, e);
    }
    return withoutBom(s.toString());
  }

  /**
   * Decodes UTF-8 bytes strictly.
   *
   * @param bytes the bytes
   * @param source their name in messages
   * @return the text, without a byte-order mark
   * @throws ParIndexException at the first byte that is not UTF-8, with its line, column and byte offset
   */
  public static String decode(byte[] bytes, String source) {
    CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult r = d.decode(in, out, true);
    if (!r.isError()) {
      r = d.flush(out);
    }
    if (r.isError()) {
      out.flip();
      throw notText(source, out, "byte " + in.position() + " (0x" + String.format("%02X", bytes[in.position()] & 0xFF)
          + ") is not UTF-8; save the file as UTF-8");
    }
    out.flip();
    return withoutBom(out.toString());
  }

  /**
   * A file or stream that cannot be read, as a located problem (no {@code UncheckedIOException} leaves a reader).
   *
   * @param source the document's name
   * @param e what failed
   * @return the exception, with {@code e} as its cause
   */
  public static ParIndexException ioFailure(String source, IOException e) {
    return new ParIndexException(source + " cannot be read", List.of(Problem.error(
        Location.ofFile(source, 0, 0, ""), "cannot be read: " + e.getClass().getSimpleName() + ": "
            + e.getMessage())), e);
  }

  private static String withoutBom(String s) {
    return !s.isEmpty() && s.charAt(0) == BOM ? s.substring(1) : s;
  }

  private static ParIndexException notText(String source, CharSequence before, String message) {
    long line = 1;
    long column = 1;
    for (int i = 0; i < before.length(); i++) {
      if (before.charAt(i) == '\n') {
        line++;
        column = 1;
      } else if (i != 0 || before.charAt(0) != BOM) {
        column++;
      }
    }
    return new ParIndexException(source + " is not UTF-8 text",
        List.of(Problem.error(Location.ofFile(source, line, column, ""), message)));
  }

  private static ParIndexException tooLong(String source, DocumentLimits limits, String unit) {
    return new ParIndexException(source + " is too long", List.of(Problem.error(Location.ofFile(source, 0, 0, ""),
        "the document is longer than " + limits.maxBytes() + " " + unit + ", the limit of " + limits.kind()
            + "; it was not read to its end")));
  }
}
