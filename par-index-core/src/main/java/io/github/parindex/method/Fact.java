package io.github.parindex.method;

import java.util.Objects;

/**
 * One named value a scoring step read or produced, for explanations: {@code Fact.of("rate", "18/18")}.
 *
 * <pre>{@code
 * explanation.inputs();   // [percentage = 97.28…%, numerator = 7234, denominator = 7436]
 * }</pre>
 *
 * @param name what the value is
 * @param value the value as text (decimals in plain notation)
 * @since 0.1.0
 */
public record Fact(String name, String value) {
  /**
   * Checks the components.
   *
   * @param name what the value is
   * @param value the value as text (decimals in plain notation)
   */
  public Fact {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
  }

  /**
   * A fact.
   *
   * @param name what the value is, e.g. {@code "percentage"}
   * @param value the value as text, e.g. {@code "75%"}
   * @return the fact
   */
  public static Fact of(String name, String value) {
    return new Fact(name, value);
  }

  @Override
  public String toString() {
    return name + " = " + value;
  }
}
