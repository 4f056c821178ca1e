/**
 * Internal helpers shared by the packages of {@code par-index-core}: not part of the API, not exported by the
 * module, and free to change in any release. Do not use it from outside the library.
 *
 * <pre>{@code
 * // inside par-index-core only
 * String cell = Escaping.markdown(unit.name());   // "<b>x</b>" → "&lt;b&gt;x&lt;/b&gt;"
 * }</pre>
 */
package io.github.parindex.internal;
