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
 */
@Value.Immutable
public abstract class AdministrativeUnit {

  /** A stable identifier chosen by the caller, such as a statistical code or an abbreviation. */
  public abstract String code();

  /** The official Vietnamese name, e.g. {@code "Sở Tài chính"}. */
  public abstract String name();

  public abstract UnitLevel level();

  /** The code of the unit this one belongs to, e.g. the province of a department. */
  public abstract Optional<String> parentCode();

  /** The block (khối) the unit is ranked in, e.g. {@code "Sở, ban, ngành"}. */
  public abstract Optional<String> block();

  /** The cluster (cụm) the unit is ranked in, e.g. {@code "Cụm 1"}. */
  public abstract Optional<String> cluster();

  /** First day the unit exists, if known. */
  public abstract Optional<LocalDate> validFrom();

  /** Last day the unit exists (inclusive), if it ended, e.g. 2025-06-30 for a merged province. */
  public abstract Optional<LocalDate> validUntil();

  @Value.Check
  protected void check() {
    Checks.notBlank(code(), "unit code");
    Checks.notBlank(name(), "unit name of " + code());
    if (validFrom().isPresent() && validUntil().isPresent() && validUntil().get().isBefore(validFrom().get())) {
      throw new IllegalArgumentException(
          "unit " + code() + ": validUntil " + validUntil().get() + " is before validFrom " + validFrom().get());
    }
  }

  /** A unit with just a code, a name and a level. */
  public static AdministrativeUnit of(String code, String name, UnitLevel level) {
    return builder().code(code).name(name).level(level).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AdministrativeUnit}; {@code code}, {@code name} and {@code level} are required. */
  public static final class Builder extends ImmutableAdministrativeUnit.Builder {}

  @Override
  public String toString() {
    return code() + " " + name();
  }
}
