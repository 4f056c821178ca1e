package io.github.parindex.method;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A read-only view of a scoring method's settings in a document (a JSON rule file, say), handed to
 * {@link MethodKind#read}. A missing key, a value of the wrong type or an unknown key is recorded by the view with
 * its location (file, line, path) and reported with every other problem of the document; the method read from a
 * view with problems is discarded. Decimals come through the numeric gate.
 *
 * <pre>{@code
 * public YesNo read(MethodSettings s) {
 *   return new YesNo(s.decimal("yes"), s.decimal("no"));   // {"kind": "yes-no", "yes": 1, "no": 0}
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public interface MethodSettings {

  /**
   * A required decimal.
   *
   * @param key the key
   * @return its value; zero (and a problem recorded) when it is missing or not a decimal
   */
  BigDecimal decimal(String key);

  /**
   * An optional decimal.
   *
   * @param key the key
   * @return its value, or empty when absent
   */
  Optional<BigDecimal> optionalDecimal(String key);

  /**
   * A required text.
   *
   * @param key the key
   * @return its value; empty text (and a problem recorded) when it is missing or not a text
   */
  String string(String key);

  /**
   * An optional true/false value.
   *
   * @param key the key
   * @return its value, or empty when absent
   */
  Optional<Boolean> optionalBool(String key);

  /**
   * A required list of objects, each read as settings of its own.
   *
   * @param key the key
   * @return the objects in order; empty (and a problem recorded) when it is missing or not a list of objects
   */
  List<MethodSettings> objects(String key);

  /**
   * Records a problem with the value of a key, at its location.
   *
   * @param key the key
   * @param message what is wrong
   */
  void problem(String key, String message);
}
