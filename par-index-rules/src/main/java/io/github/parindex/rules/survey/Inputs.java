package io.github.parindex.rules.survey;

import io.github.parindex.model.ParIndexException;
import io.github.parindex.model.Problem;
import io.github.parindex.model.Problem.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * How the survey readers open their input: strict UTF-8 (a malformed byte is an error, never a replacement
 * character) and a byte order mark skipped, the same for a {@link Path}, an {@link InputStream} and a
 * {@link Reader}. Internal.
 */
final class Inputs {
  private static final int BOM = '\uFEFF';

  private Inputs() {}

  /** A strict UTF-8 reader of the bytes (malformed input is reported by {@code read} as an IOException). */
  static Reader utf8(InputStream in) {
    return new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT));
  }

  /**
   * Opens a file as strict UTF-8.
   *
   * @throws ParIndexException located at the file when it cannot be opened
   */
  static Reader open(Path file) {
    try {
      return utf8(Files.newInputStream(file));
    } catch (IOException | SecurityException e) {
      throw cannotRead(file.toString(), e);
    }
  }

  /** The same text without a leading byte order mark (U+FEFF), if it has one. */
  static Reader skipBom(Reader in) throws IOException {
    PushbackReader p = new PushbackReader(in, 1);
    int c = p.read();
    if (c != -1 && c != BOM) {
      p.unread(c);
    }
    return p;
  }

  static ParIndexException cannotRead(String source, Exception e) {
    return new ParIndexException("survey input " + source + " cannot be read", List.of(Problem.error(
        Location.ofFile(source, 0, 0, ""), "cannot be read: " + describe(e))), e);
  }

  /** An I/O failure in words, e.g. {@code "malformed UTF-8 input (Input length = 1)"}. */
  static String describe(Exception e) {
    if (e instanceof java.nio.charset.CharacterCodingException) {
      return "not UTF-8 text: malformed or unmappable bytes (" + e.getMessage() + ")";
    }
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file";
    }
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }
}
