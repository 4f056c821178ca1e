package io.github.parindex.fuzz;

import java.util.List;

/**
 * One reader of the library under fuzzing: its seed documents, the mutations that fit its format, and how to read
 * a document through the library's public API.
 *
 * <p>{@link #read} must call the public reader exactly as a user would (bytes through an {@code InputStream} or a
 * file, not pre-decoded text, so that encoding errors reach the reader) and return the value read, or a value
 * derived from it that {@code equals} compares meaningfully (for {@link Verdict#SAME_AS_SEED}). It must let every
 * exception through: {@link ReaderFuzzing} decides which are allowed.
 */
public interface FuzzTarget {

  /** A short name, also the folder of its hostile corpus: {@code src/test/resources/hostile/NAME/}. */
  String name();

  /** Valid documents to mutate; every one must be accepted as it is. */
  List<Seed> seeds();

  /** The mutations for this format, e.g. {@link Mutators#json()}. */
  List<Mutator> mutators();

  /**
   * Reads a document.
   *
   * @param document the bytes
   * @return what was read
   * @throws Exception anything the reader throws; only {@code ParIndexException} and its subtypes are allowed
   */
  Object read(byte[] document) throws Exception;

  /**
   * Hostile documents made in code, too large to keep as files (a million nodes, a megabyte number); each must be
   * rejected within the time limit, like the files of the hostile corpus.
   *
   * @return the documents, none by default
   */
  default List<Seed> generatedHostile() {
    return List.of();
  }
}
