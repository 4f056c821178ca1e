package io.github.parindex.model;

import java.util.Optional;

/**
 * One thing wrong with a rule set or an assessment: where it is and what is wrong.
 *
 * <pre>{@code
 * Problem.at("3.1.2", "points 1.5 are above the maximum 1").forUnit("NT");
 * // toString(): "unit NT, criterion 3.1.2: points 1.5 are above the maximum 1"
 * }</pre>
 *
 * @param unit the unit's code, for assessment problems
 * @param code the criterion code, when the problem is at a node
 * @param message what is wrong, naming the bad value
 */
public record Problem(Optional<String> unit, Optional<String> code, String message) {
  public Problem {
    Checks.notNull(unit, "unit");
    Checks.notNull(code, "code");
    Checks.notBlank(message, "message");
  }

  public static Problem at(String code, String message) {
    return new Problem(Optional.empty(), Optional.of(code), message);
  }

  public static Problem general(String message) {
    return new Problem(Optional.empty(), Optional.empty(), message);
  }

  public Problem forUnit(String unitCode) {
    return new Problem(Optional.of(unitCode), code, message);
  }

  /** E.g. {@code "unit NT, criterion 3.1.2: points 1.5 above the maximum 1"}. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    unit.ifPresent(u -> s.append("unit ").append(u));
    code.ifPresent(c -> s.append(s.length() > 0 ? ", " : "").append("criterion ").append(c));
    return (s.length() > 0 ? s + ": " : "") + message;
  }
}
