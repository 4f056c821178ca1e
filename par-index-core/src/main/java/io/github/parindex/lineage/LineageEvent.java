package io.github.parindex.lineage;

import io.github.parindex.model.LegalReference;
import io.github.parindex.model.Provenance;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One change in the map of administrative units: a merge, a split, a rename or an abolition, effective from a date,
 * with the legal basis and where the data comes from.
 *
 * <p>A unit that continues under its own code in a merge (Tuyên Quang absorbing Hà Giang) is listed both as a
 * predecessor and as the successor.
 *
 * <pre>{@code
 * LineageEvent e = LineageEvent.merge(LocalDate.of(2025, 7, 1), List.of("tuyen-quang", "ha-giang"), "tuyen-quang",
 *     LegalReference.of("202/2025/QH15", LocalDate.of(2025, 6, 12)), Provenance.confirmed());
 * }</pre>
 *
 * @param kind what happened
 * @param effective the first day the successors exist (the predecessors' last day is the day before)
 * @param predecessors the units before, by code
 * @param successors the units after, by code (empty for an abolition)
 * @param basis the legal act
 * @param provenance how sure the data is and where it was read
 * @since 0.1.0
 */
public record LineageEvent(Kind kind, LocalDate effective, List<String> predecessors, List<String> successors,
    LegalReference basis, Provenance provenance) {

  /**
   * What happened to the units.
   *
   * @since 0.1.0
   */
  public enum Kind {
    /** Several units became one (the one may continue a predecessor's code). */
    MERGE,
    /** One unit became several. */
    SPLIT,
    /** One unit got another code or name. */
    RENAME,
    /** Units ceased with no successor at their level (the districts on 1 July 2025). */
    ABOLISH
  }

  /**
   * Checks the components and copies the collections.
   *
   * @param kind what happened
   * @param effective the first day the successors exist (the predecessors' last day is the day before)
   * @param predecessors the units before, by code
   * @param successors the units after, by code (empty for an abolition)
   * @param basis the legal act
   * @param provenance how sure the data is and where it was read
   */
  public LineageEvent {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(effective, "effective");
    predecessors = List.copyOf(predecessors);
    successors = List.copyOf(successors);
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(provenance, "provenance");
    String shape = predecessors.size() + " predecessor(s) and " + successors.size() + " successor(s)";
    switch (kind) {
      case MERGE -> check(predecessors.size() >= 2 && successors.size() == 1, "a merge needs 2 or more predecessors"
          + " and 1 successor, got " + shape);
      case SPLIT -> check(predecessors.size() == 1 && successors.size() >= 2, "a split needs 1 predecessor and 2 or"
          + " more successors, got " + shape);
      case RENAME -> check(predecessors.size() == 1 && successors.size() == 1
          && !predecessors.get(0).equals(successors.get(0)), "a rename needs 1 predecessor and 1 successor with"
          + " another code, got " + predecessors + " -> " + successors);
      case ABOLISH -> check(!predecessors.isEmpty() && successors.isEmpty(), "an abolition needs predecessors and no"
          + " successors, got " + shape);
      default -> throw new IllegalStateException(kind.name());
    }
  }

  private static void check(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException(message);
    }
  }

  /**
   * Units merged into one, e.g. Hà Giang and Tuyên Quang into Tuyên Quang on 2025-07-01.
   *
   * @param effective the first day the successors exist (the predecessors' last day is the day before)
   * @param predecessors the units merged, by code (the successor among them if it keeps its code)
   * @param successor the unit after, by code
   * @param basis the legal act
   * @param provenance how sure the data is and where it was read
   * @return the event
   */
  public static LineageEvent merge(LocalDate effective, List<String> predecessors, String successor,
      LegalReference basis, Provenance provenance) {
    return new LineageEvent(Kind.MERGE, effective, predecessors, List.of(successor), basis, provenance);
  }

  /**
   * One unit split into several.
   *
   * @param effective the first day the successors exist (the predecessors' last day is the day before)
   * @param predecessor the unit split, by code
   * @param successors the units after, by code
   * @param basis the legal act
   * @param provenance how sure the data is and where it was read
   * @return the event
   */
  public static LineageEvent split(LocalDate effective, String predecessor, List<String> successors,
      LegalReference basis, Provenance provenance) {
    return new LineageEvent(Kind.SPLIT, effective, List.of(predecessor), successors, basis, provenance);
  }

  /**
   * A unit given a new code or name.
   *
   * @param effective the first day the successors exist (the predecessors' last day is the day before)
   * @param from the code before
   * @param to the code after
   * @param basis the legal act
   * @param provenance how sure the data is and where it was read
   * @return the event
   */
  public static LineageEvent rename(LocalDate effective, String from, String to, LegalReference basis,
      Provenance provenance) {
    return new LineageEvent(Kind.RENAME, effective, List.of(from), List.of(to), basis, provenance);
  }

  /**
   * Units abolished without a successor.
   *
   * @param effective the first day the units no longer exist
   * @param units the units abolished, by code
   * @param basis the legal act
   * @param provenance how sure the data is and where it was read
   * @return the event
   */
  public static LineageEvent abolish(LocalDate effective, List<String> units, LegalReference basis,
      Provenance provenance) {
    return new LineageEvent(Kind.ABOLISH, effective, units, List.of(), basis, provenance);
  }

  /** E.g. {@code "MERGE 2025-07-01: tuyen-quang, ha-giang -> tuyen-quang (202/2025/QH15 (12/06/2025))"}. */
  @Override
  public String toString() {
    return kind + " " + effective + ": " + String.join(", ", predecessors) + " -> "
        + (successors.isEmpty() ? "(none)" : String.join(", ", successors)) + " (" + basis + ")";
  }
}
