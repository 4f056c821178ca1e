package io.github.parindex.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A unit that is scored: a ministry, a province, a department, a district, a commune or another body.
 *
 * <p>The {@linkplain #block() block (khối)} and {@linkplain #cluster() cluster (cụm)} labels are what provinces
 * rank within; the validity period records units that were created or merged away (the 2025 reorganisation).
 *
 * <pre>{@code
 * AdministrativeUnit sonLa = AdministrativeUnit.of("SL", "Sơn La", UnitLevel.PROVINCE);
 * AdministrativeUnit stc = AdministrativeUnit.builder()
 *     .code("TG-STC").name("Sở Tài chính").level(UnitLevel.DEPARTMENT)
 *     .parentCode("TG").block("Sở, ban, ngành").build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class AdministrativeUnit {

  /** {@return a stable identifier chosen by the caller, such as a statistical code or an abbreviation} */
  public abstract String code();

  /** {@return the official Vietnamese name, e.g. {@code "Sở Tài chính"}} */
  public abstract String name();

  /** {@return the level the unit is scored at, which selects the rule sets that apply to it} */
  public abstract UnitLevel level();

  /** {@return the code of the unit this one belongs to, e.g. the province of a department} */
  public abstract Optional<String> parentCode();

  /** {@return the block (khối) the unit is ranked in, e.g. {@code "Sở, ban, ngành"}} */
  public abstract Optional<String> block();

  /** {@return the cluster (cụm) the unit is ranked in, e.g. {@code "Cụm 1"}} */
  public abstract Optional<String> cluster();

  /** {@return first day the unit exists, if known} */
  public abstract Optional<LocalDate> validFrom();

  /** {@return last day the unit exists (inclusive), if it ended, e.g. 2025-06-30 for a merged province} */
  public abstract Optional<LocalDate> validUntil();

  /**
   * Checks the unit when it is built.
   *
   * @throws IllegalArgumentException if the code or the name is blank, or {@code validUntil} is before
   *     {@code validFrom}
   */
  @Value.Check
  protected void check() {
    Checks.notBlank(code(), "unit code");
    Checks.notBlank(name(), "unit name of " + code());
    if (validFrom().isPresent() && validUntil().isPresent() && validUntil().get().isBefore(validFrom().get())) {
      throw new IllegalArgumentException(
          "unit " + code() + ": validUntil " + validUntil().get() + " is before validFrom " + validFrom().get());
    }
  }

  /**
   * A unit with just a code, a name and a level.
   *
   * @param code the caller's stable identifier, e.g. {@code "SL"}; not blank
   * @param name the official Vietnamese name, e.g. {@code "Sơn La"}; not blank
   * @param level the level the unit is scored at
   * @return the unit, without parent, block, cluster or validity period
   * @throws IllegalArgumentException if the code or the name is blank
   */
  public static AdministrativeUnit of(String code, String name, UnitLevel level) {
    return builder().code(code).name(name).level(level).build();
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link AdministrativeUnit}; {@code code}, {@code name} and {@code level} are required.
   *
   * <pre>{@code
   * AdministrativeUnit u = AdministrativeUnit.builder().code("SL").name("Sơn La").level(UnitLevel.PROVINCE).build();
   * }</pre>
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableAdministrativeUnit.Builder {}

  @Override
  public String toString() {
    return code() + " " + name();
  }
}
