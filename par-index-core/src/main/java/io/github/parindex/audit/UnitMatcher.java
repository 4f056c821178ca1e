package io.github.parindex.audit;

import io.github.parindex.engine.Scorecard;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Pairs published rows with scorecards: by unit code, then by name, exactly; then, for what is left, after Unicode
 * NFC normalisation, case folding and white-space folding, each such loose match noted. Look-ups are by map, so
 * matching is linear in the table's size.
 */
final class UnitMatcher {
  private final Map<String, List<Scorecard>> byCode = new HashMap<>();
  private final Map<String, List<Scorecard>> byName = new HashMap<>();
  private final Map<String, List<Scorecard>> byFolded = new HashMap<>();
  private final Map<Scorecard, Boolean> used = new java.util.IdentityHashMap<>();

  UnitMatcher(Collection<Scorecard> cards) {
    for (Scorecard c : cards) {
      byCode.computeIfAbsent(c.unit().code(), k -> new ArrayList<>()).add(c);
      byName.computeIfAbsent(c.unit().name(), k -> new ArrayList<>()).add(c);
      byFolded.computeIfAbsent(fold(c.unit().code()), k -> new ArrayList<>()).add(c);
      if (!fold(c.unit().name()).equals(fold(c.unit().code()))) {
        byFolded.computeIfAbsent(fold(c.unit().name()), k -> new ArrayList<>()).add(c);
      }
    }
  }

  /** The rows paired with their scorecards in the table's order; rows without one are left out. */
  Map<PublishedRow, Scorecard> match(List<PublishedRow> rows, List<String> notes) {
    Map<PublishedRow, Scorecard> pairs = new LinkedHashMap<>();
    for (PublishedRow row : rows) {
      take(byCode.get(row.unit())).or(() -> take(byName.get(row.unit())))
          .or(() -> row.name().flatMap(n -> take(byName.get(n)))).ifPresent(c -> pairs.put(row, c));
    }
    for (PublishedRow row : rows) {
      if (pairs.containsKey(row)) {
        continue;
      }
      Optional<Scorecard> loose = take(byFolded.get(fold(row.unit())))
          .or(() -> row.name().flatMap(n -> take(byFolded.get(fold(n)))));
      loose.ifPresent(c -> {
        pairs.put(row, c);
        notes.add("row " + quote(row.unit()) + row.name().map(n -> " (" + quote(n) + ")").orElse("")
            + " matched unit " + c.unit().code() + " " + quote(c.unit().name())
            + " only after folding case, white space and Unicode normalisation");
      });
    }
    Map<PublishedRow, Scorecard> ordered = new LinkedHashMap<>();
    rows.forEach(r -> {
      if (pairs.containsKey(r)) {
        ordered.put(r, pairs.get(r));
      }
    });
    return ordered;
  }

  boolean isUsed(Scorecard c) {
    return used.containsKey(c);
  }

  private Optional<Scorecard> take(List<Scorecard> candidates) {
    if (candidates != null) {
      for (Scorecard c : candidates) {
        if (!used.containsKey(c)) {
          used.put(c, Boolean.TRUE);
          return Optional.of(c);
        }
      }
    }
    return Optional.empty();
  }

  /** NFC, lower case, runs of white space as one space, no leading or trailing space. */
  static String fold(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).strip();
    StringBuilder b = new StringBuilder(n.length());
    boolean space = false;
    for (int i = 0; i < n.length(); i++) {
      char ch = n.charAt(i);
      if (Character.isWhitespace(ch) || ch == '\u00A0') {
        space = true;
      } else {
        if (space) {
          b.append(' ');
          space = false;
        }
        b.append(ch);
      }
    }
    return b.toString();
  }

  private static String quote(String s) {
    return "\"" + s + "\"";
  }
}
