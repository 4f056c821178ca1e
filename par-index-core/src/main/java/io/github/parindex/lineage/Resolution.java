package io.github.parindex.lineage;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where every unit of a lineage stands once the first {@code inForce} events (by date) have taken effect: each
 * unit's final successors and, the other way, each unit's predecessors. Built in one pass over the events from the
 * latest to the earliest, so each event is resolved once from the already resolved events after it (an event's
 * successors can only take part in later events), with no recursion: a lineage of 30 split-then-merge stages has
 * 2^30 paths but 60 events, and is resolved in 60 steps. Immutable once built. Internal.
 */
final class Resolution {
  private final Map<String, Set<String>> successors;
  private final Map<String, Set<String>> predecessors;

  Resolution(Set<String> units, List<LineageEvent> events, Map<String, int[]> byPredecessor, int inForce) {
    // finals[e]: the final successors of event e's successors (null: event not in force).
    List<Set<String>> finals = new ArrayList<>(Collections.nCopies(inForce, null));
    for (int e = inForce - 1; e >= 0; e--) {
      LineageEvent ev = events.get(e);
      Set<String> out = new LinkedHashSet<>();
      for (String s : ev.successors()) {
        int next = next(byPredecessor.get(s), events, ev, inForce);
        if (next < 0) {
          out.add(s);
        } else {
          out.addAll(finals.get(next));
        }
      }
      finals.set(e, Collections.unmodifiableSet(out));
    }
    Map<String, Set<String>> succ = new HashMap<>();
    Map<String, Set<String>> pred = new HashMap<>();
    for (String u : units) {
      int first = next(byPredecessor.get(u), events, null, inForce);
      Set<String> f = first < 0 ? Set.of(u) : finals.get(first);
      succ.put(u, f);
      for (String s : f) {
        pred.computeIfAbsent(s, k -> new LinkedHashSet<>()).add(u);
      }
    }
    pred.replaceAll((k, v) -> Collections.unmodifiableSet(v));
    this.successors = succ;
    this.predecessors = pred;
  }

  /**
   * The first event in force (position below {@code inForce}) in which the unit with event positions {@code mine}
   * is a predecessor, strictly after {@code after} (null: from the start), or -1.
   */
  private static int next(int[] mine, List<LineageEvent> events, LineageEvent after, int inForce) {
    if (mine == null) {
      return -1;
    }
    // mine is sorted by position, hence by date; find the first strictly later date by binary search
    int lo = 0;
    int hi = mine.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (after != null && !events.get(mine[mid]).effective().isAfter(after.effective())) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo < mine.length && mine[lo] < inForce ? mine[lo] : -1;
  }

  /** Per unit, the positions of the events (sorted by date) where it is a predecessor. */
  static Map<String, int[]> index(List<LineageEvent> events) {
    Map<String, List<Integer>> lists = new HashMap<>();
    for (int e = 0; e < events.size(); e++) {
      for (String p : new LinkedHashSet<>(events.get(e).predecessors())) {
        lists.computeIfAbsent(p, k -> new ArrayList<>()).add(e);
      }
    }
    Map<String, int[]> out = new HashMap<>();
    lists.forEach((k, v) -> out.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
    return Collections.unmodifiableMap(out);
  }

  Set<String> successorsOf(String unit) {
    return successors.get(unit);
  }

  Set<String> predecessorsOf(String unit) {
    return predecessors.getOrDefault(unit, Set.of());
  }
}
