package io.github.parindex.testkit;

import java.util.Objects;

/**
 * One expected result of a case file that the library does not reproduce.
 *
 * <pre>{@code
 * CaseResult r = CaseFiles.check(Path.of("cases/ninh-thuan-2022.yaml"), RuleSetResolver.registry());
 * r.mismatches().forEach(System.out::println);
 * // ninh-thuan-2022.yaml: unit NT, node TAC.1 points: expected 8.24, actual 8.23
 * }</pre>
 *
 * @param file the case file's name
 * @param unit the unit's code
 * @param path what was checked: {@code total}, {@code index}, {@code grade}, {@code rank}, {@code maximum},
 *     {@code effectiveMaximum}, or {@code node <code> <field>} such as {@code node TAC.1 points}
 * @param expected the value the case expects
 * @param actual the value the library gives
 * @since 0.1.0
 */
public record Mismatch(String file, String unit, String path, String expected, String actual) {
  /**
   * Checks the components.
   *
   * @param file the case file's name
   * @param unit the unit's code
   * @param path what was checked: {@code total}, {@code index}, {@code grade}, {@code rank}, {@code maximum},
   *     {@code effectiveMaximum}, or {@code node <code> <field>} such as {@code node TAC.1 points}
   * @param expected the value the case expects
   * @param actual the value the library gives
   */
  public Mismatch {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(expected, "expected");
    Objects.requireNonNull(actual, "actual");
  }

  /** E.g. {@code "ninh-thuan-2022.yaml: unit NT, node TAC.1 points: expected 8.24, actual 8.23"}. */
  @Override
  public String toString() {
    return file + ": unit " + unit + ", " + path + ": expected " + expected + ", actual " + actual;
  }
}
