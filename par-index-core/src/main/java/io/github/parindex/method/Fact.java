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
 */
public record Fact(String name, String value) {
  public Fact {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
  }

  public static Fact of(String name, String value) {
    return new Fact(name, value);
  }

  @Override
  public String toString() {
    return name + " = " + value;
  }
}
