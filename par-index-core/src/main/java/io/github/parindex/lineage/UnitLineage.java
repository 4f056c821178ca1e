package io.github.parindex.lineage;

import io.github.parindex.model.ParIndexException;
import io.github.parindex.model.Problem;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Units over time: their names and the merges, splits, renames and abolitions between them, so that a unit scored in
 * one year can be found under its successor in a later one. The 2025 province merges (63 into 34) ship as data in
 * {@code par-index-rules} ({@code io.github.parindex.rules.lineage.ProvinceMerges2025}).
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
 */
public final class UnitLineage {
  private final Map<String, String> names;
  private final List<LineageEvent> events;

  private UnitLineage(Map<String, String> names, List<LineageEvent> events) {
    this.names = Collections.unmodifiableMap(new LinkedHashMap<>(names));
    List<LineageEvent> sorted = new ArrayList<>(events);
    sorted.sort(Comparator.comparing(LineageEvent::effective));
    this.events = List.copyOf(sorted);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Every unit's name by code, in the order added. */
  public Map<String, String> names() {
    return names;
  }

  /** The name of a unit. */
  public Optional<String> name(String code) {
    return Optional.ofNullable(names.get(code));
  }

  /** Every event, by effective date. */
  public List<LineageEvent> events() {
    return events;
  }

  /** The events a unit takes part in, as predecessor or successor, by date. */
  public List<LineageEvent> eventsOf(String code) {
    return events.stream().filter(e -> e.predecessors().contains(code) || e.successors().contains(code)).toList();
  }

  /**
   * The units a unit had become by {@code date}, following every event effective on or before it; the unit itself
   * if nothing happened to it; empty if it was abolished.
   *
   * @throws IllegalArgumentException if the code is unknown
   */
  public Set<String> successorsAt(String code, LocalDate date) {
    requireKnown(code);
    Objects.requireNonNull(date, "date");
    Set<String> out = new LinkedHashSet<>();
    Deque<Map.Entry<String, LocalDate>> work = new ArrayDeque<>();
    work.add(Map.entry(code, LocalDate.MIN));
    while (!work.isEmpty()) {
      Map.Entry<String, LocalDate> at = work.poll();
      Optional<LineageEvent> next = events.stream()
          .filter(e -> e.predecessors().contains(at.getKey()))
          .filter(e -> e.effective().isAfter(at.getValue()) && !e.effective().isAfter(date))
          .findFirst();
      if (next.isEmpty()) {
        out.add(at.getKey());
      } else {
        for (String s : next.get().successors()) {
          work.add(Map.entry(s, next.get().effective()));
        }
      }
    }
    return Collections.unmodifiableSet(out);
  }

  /** Whether {@code predecessor} had become (or had become part of) {@code successor} by {@code date}. */
  public boolean mapsTo(String predecessor, String successor, LocalDate date) {
    return successorsAt(predecessor, date).contains(successor);
  }

  /** Every known unit that had become (part of) {@code code} by {@code date}, including the unit itself. */
  public Set<String> predecessorsOf(String code, LocalDate date) {
    requireKnown(code);
    Set<String> out = new LinkedHashSet<>();
    for (String u : names.keySet()) {
      if (successorsAt(u, date).contains(code)) {
        out.add(u);
      }
    }
    return Collections.unmodifiableSet(out);
  }

  /**
   * How a unit maps to its successors at a date, in words, e.g.
   * {@code "Hà Giang merged into Tuyên Quang from 2025-07-01 (202/2025/QH15 (12/06/2025))"}; {@code "Tuyên Quang"}
   * when nothing happened.
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

  /** Builds a {@link UnitLineage}; {@link #build()} checks that every event names known units. */
  public static final class Builder {
    private final Map<String, String> names = new LinkedHashMap<>();
    private final List<LineageEvent> events = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    private Builder() {}

    /** Adds a unit; adding the same code twice with another name is an error reported by {@link #build()}. */
    public Builder unit(String code, String name) {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(name, "name");
      String old = names.putIfAbsent(code, name);
      if (old != null && !old.equals(name)) {
        problems.add(Problem.general("unit " + code + " is named both \"" + old + "\" and \"" + name + "\""));
      }
      return this;
    }

    public Builder event(LineageEvent event) {
      events.add(Objects.requireNonNull(event, "event"));
      return this;
    }

    /**
     * The lineage.
     *
     * @throws ParIndexException listing every unknown code and conflicting name
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
