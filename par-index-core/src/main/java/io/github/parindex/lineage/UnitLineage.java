package io.github.parindex.lineage;

import io.github.parindex.model.ParIndexException;
import io.github.parindex.model.Problem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Units over time: their names and the merges, splits, renames and abolitions between them, so that a unit scored in
 * one year can be found under its successor in a later one. The 2025 province merges (63 into 34) ship as data in
 * {@code par-index-rules} ({@code io.github.parindex.rules.merges.ProvinceMerges2025}).
 *
 * <pre>{@code
 * UnitLineage lineage = UnitLineage.builder()
 *     .unit("tuyen-quang", "Tuyên Quang").unit("ha-giang", "Hà Giang")
 *     .event(LineageEvent.merge(LocalDate.of(2025, 7, 1), List.of("tuyen-quang", "ha-giang"), "tuyen-quang",
 *         LegalReference.of("202/2025/QH15"), Provenance.confirmed()))
 *     .build();
 * lineage.successorsAt("ha-giang", LocalDate.of(2025, 7, 1));   // [tuyen-quang]
 * lineage.successorsAt("ha-giang", LocalDate.of(2025, 6, 30));  // [ha-giang]
 * }</pre>
 *
 * @since 0.1.0
 */
public final class UnitLineage {
  private static final int KEPT_RESOLUTIONS = 8;

  private final Map<String, String> names;
  private final List<LineageEvent> events;
  // Per unit: the positions in events where it is a predecessor, by date.
  private final Map<String, int[]> byPredecessor;
  // A cache of resolutions by the number of events in force; only ever holds values computed from final fields.
  private final Map<Integer, Resolution> resolutions = new ConcurrentHashMap<>();

  private UnitLineage(Map<String, String> names, List<LineageEvent> events) {
    this.names = Collections.unmodifiableMap(new LinkedHashMap<>(names));
    List<LineageEvent> sorted = new ArrayList<>(events);
    sorted.sort(Comparator.comparing(LineageEvent::effective));
    this.events = List.copyOf(sorted);
    this.byPredecessor = Resolution.index(this.events);
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return every unit's name by code, in the order added} */
  public Map<String, String> names() {
    return names;
  }

  /**
   * The name of a unit.
   *
   * @param code the unit's code
   * @return its name, or empty when the lineage does not know the code
   */
  public Optional<String> name(String code) {
    return Optional.ofNullable(names.get(code));
  }

  /** {@return every event, by effective date} */
  public List<LineageEvent> events() {
    return events;
  }

  /**
   * The events a unit takes part in.
   *
   * @param code the unit's code
   * @return the events where it is a predecessor or a successor, by date
   */
  public List<LineageEvent> eventsOf(String code) {
    return events.stream().filter(e -> e.predecessors().contains(code) || e.successors().contains(code)).toList();
  }

  /**
   * The units a unit had become by {@code date}, following every event effective on or before it; the unit itself
   * if nothing happened to it; empty if it was abolished.
   *
   * <p>Answered from a {@link Resolution} of the whole lineage at that date, computed once in time linear in the
   * lineage's size (each event is resolved once, however many paths lead through it) and kept for the next
   * queries at a date with the same events in force.
   *
   * @param code the unit's code
   * @param date the day asked about
   * @return the successors, in the order met
   * @throws IllegalArgumentException if the code is unknown
   */
  public Set<String> successorsAt(String code, LocalDate date) {
    requireKnown(code);
    Objects.requireNonNull(date, "date");
    return resolutionAt(date).successorsOf(code);
  }

  /**
   * Whether one unit had become another, or part of it, by a date.
   *
   * @param predecessor the earlier unit's code
   * @param successor the later unit's code
   * @param date the day asked about
   * @return whether {@code predecessor} had become (or had become part of) {@code successor} by {@code date}
   */
  public boolean mapsTo(String predecessor, String successor, LocalDate date) {
    return successorsAt(predecessor, date).contains(successor);
  }

  /**
   * Every known unit that had become (part of) {@code code} by {@code date}, including the unit itself; in the
   * order the units were added. Answered from the same {@link Resolution} as {@link #successorsAt}, so asking it
   * for every unit costs one pass over the lineage, not one per unit.
   *
   * @param code the unit's code
   * @param date the day asked about
   * @return the predecessors
   * @throws IllegalArgumentException if the code is unknown
   */
  public Set<String> predecessorsOf(String code, LocalDate date) {
    requireKnown(code);
    Objects.requireNonNull(date, "date");
    return resolutionAt(date).predecessorsOf(code);
  }

  /** The resolution at a date: one per number of events in force, the last few kept. */
  private Resolution resolutionAt(LocalDate date) {
    int inForce = inForce(date);
    Resolution r = resolutions.get(inForce);
    if (r == null) {
      r = new Resolution(names.keySet(), events, byPredecessor, inForce);
      if (resolutions.size() >= KEPT_RESOLUTIONS) {
        resolutions.clear();
      }
      resolutions.put(inForce, r);
    }
    return r;
  }

  /** How many events (a prefix of {@link #events}) are effective on or before {@code date}: binary search. */
  private int inForce(LocalDate date) {
    int lo = 0;
    int hi = events.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (events.get(mid).effective().isAfter(date)) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  /**
   * How a unit maps to its successors at a date, in words, e.g.
   * {@code "Hà Giang merged into Tuyên Quang from 2025-07-01 (202/2025/QH15 (12/06/2025))"}; {@code "Tuyên Quang"}
   * when nothing happened.
   *
   * @param code the unit's code
   * @param date the day asked about
   * @return the mapping in words
   */
  public String describe(String code, LocalDate date) {
    requireKnown(code);
    List<String> parts = new ArrayList<>();
    for (LineageEvent e : eventsOf(code)) {
      if (e.effective().isAfter(date) || !e.predecessors().contains(code)) {
        continue;
      }
      String to = String.join(", ", e.successors().stream().map(this::label).toList());
      String what = switch (e.kind()) {
        case MERGE -> e.successors().contains(code)
            ? label(code) + " merged with " + String.join(", ", e.predecessors().stream()
                .filter(p -> !p.equals(code)).map(this::label).toList()) + " from " + e.effective()
            : label(code) + " merged into " + to + " from " + e.effective();
        case SPLIT -> label(code) + " split into " + to + " from " + e.effective();
        case RENAME -> label(code) + " renamed " + to + " from " + e.effective();
        case ABOLISH -> label(code) + " abolished from " + e.effective();
      };
      parts.add(what + " (" + e.basis() + ")");
    }
    return parts.isEmpty() ? label(code) : String.join("; ", parts);
  }

  private String label(String code) {
    return names.getOrDefault(code, code);
  }

  private void requireKnown(String code) {
    Objects.requireNonNull(code, "code");
    if (!names.containsKey(code)) {
      throw new IllegalArgumentException("unknown unit code \"" + code + "\" in this lineage (" + names.size()
          + " units known)");
    }
  }

  /**
   * Builds a {@link UnitLineage}; {@link #build()} checks that every event names known units.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final Map<String, String> names = new LinkedHashMap<>();
    private final List<LineageEvent> events = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    private Builder() {}

    /**
     * Adds a unit; adding the same code twice with another name is an error reported by {@link #build()}.
     *
     * @param code the unit's code
     * @param name the unit's name
     * @return this builder
     */
    public Builder unit(String code, String name) {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(name, "name");
      String old = names.putIfAbsent(code, name);
      if (old != null && !old.equals(name)) {
        problems.add(Problem.general("unit " + code + " is named both \"" + old + "\" and \"" + name + "\""));
      }
      return this;
    }

    /**
     * Adds an event; events are ordered by date when the lineage is built.
     *
     * @param event the event
     * @return this builder
     */
    public Builder event(LineageEvent event) {
      events.add(Objects.requireNonNull(event, "event"));
      return this;
    }

    /**
     * The lineage.
     *
     * @return the lineage
     * @throws ParIndexException listing every unknown code, conflicting name, and unit that is a predecessor in
     *     two events effective on the same day
     */
    public UnitLineage build() {
      List<Problem> all = new ArrayList<>(problems);
      for (LineageEvent e : events) {
        List<String> codes = new ArrayList<>(e.predecessors());
        codes.addAll(e.successors());
        for (String c : codes) {
          if (!names.containsKey(c)) {
            all.add(Problem.general("event " + e + " names unknown unit " + c));
          }
        }
      }
      Map<String, LineageEvent> first = new java.util.HashMap<>();
      for (LineageEvent e : events) {
        for (String c : new LinkedHashSet<>(e.predecessors())) {
          LineageEvent other = first.putIfAbsent(c + "@" + e.effective(), e);
          if (other != null) {
            all.add(Problem.general("unit " + c + " is a predecessor in two events effective " + e.effective()
                + " (" + other + "; " + e + "): one unit, one event per day"));
          }
        }
      }
      if (!all.isEmpty()) {
        throw new ParIndexException("unit lineage is inconsistent", all);
      }
      return new UnitLineage(names, events);
    }
  }

  @Override
  public String toString() {
    return "lineage of " + names.size() + " units, " + events.size() + " events";
  }
}
