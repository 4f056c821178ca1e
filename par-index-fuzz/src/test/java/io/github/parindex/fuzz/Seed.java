package io.github.parindex.fuzz;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * A valid document that mutations start from: a bundled rule file, an example file, a report written by the
 * library. Every seed must be accepted by its target as it is (checked by {@link ReaderFuzzing}).
 *
 * @param name where the seed came from, for messages
 * @param bytes the document's bytes (UTF-8 for the text formats)
 */
public record Seed(String name, byte[] bytes) {
  public Seed {
    Objects.requireNonNull(name, "name");
    bytes = bytes.clone();
  }

  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  /** The seed's length in bytes, without copying. */
  public int length() {
    return bytes.length;
  }

  /** The byte at {@code i}, without copying. */
  public byte at(int i) {
    return bytes[i];
  }

  /** A seed from a class-path resource (an absolute name such as {@code /seeds/report.json}). */
  public static Seed resource(Class<?> anchor, String name) {
    try (InputStream in = anchor.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("seed resource missing: " + name);
      }
      return new Seed(name, in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A seed from text, encoded as UTF-8. */
  public static Seed text(String name, String text) {
    return new Seed(name, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Seed s && s.name.equals(name) && java.util.Arrays.equals(s.bytes, bytes);
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + java.util.Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return name + " (" + bytes.length + " bytes)";
  }
}
