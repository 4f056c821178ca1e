package io.github.parindex.fuzz;

/**
 * What a reader must do with a mutated document, decided by the mutation and the format's rules.
 *
 * <ul>
 *   <li>{@link #MUST_REJECT}: the format calls the result invalid (a duplicated key, trailing content, a removed
 *       closing bracket, bytes that are not UTF-8, a number past the numeric gate): accepting it is a <em>silent
 *       acceptance</em> and fails the suite.
 *   <li>{@link #SAME_AS_SEED}: the result means the same as the seed (a byte-order mark before it): it must be read,
 *       and read to a value equal to the seed's.
 *   <li>{@link #EITHER}: the result may be valid or not (a flipped bit, a deleted span); only a crash (an exception
 *       other than {@code ParIndexException}) or a hang fails the suite.
 * </ul>
 */
public enum Verdict {
  MUST_REJECT,
  SAME_AS_SEED,
  EITHER
}
