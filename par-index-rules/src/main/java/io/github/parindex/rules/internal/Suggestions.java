package io.github.parindex.rules.internal;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * The nearest valid word to a misspelt one, by edit distance. Internal.
 *
 * <pre>{@code
 * Suggestions.nearest("maxPoint", List.of("maxPoints", "code"));   // Optional[maxPoints]
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Suggestions {
  private Suggestions() {}

  /**
   * The candidate nearest to a word, ignoring case, if it is close enough to be a plausible misspelling (an edit
   * distance of at most 2, or half the longer word).
   *
   * @param word the misspelt word
   * @param candidates the valid words
   * @return the nearest candidate, or empty when none is close enough (or there are none)
   */
  public static Optional<String> nearest(String word, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    String w = word.toLowerCase(Locale.ROOT);
    for (String c : candidates) {
      int d = distance(w, c.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        bestDistance = d;
        best = c;
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    int limit = Math.max(2, Math.max(word.length(), best.length()) / 2);
    return bestDistance <= limit ? Optional.of(best) : Optional.empty();
  }

  /**
   * A suggestion to append to a message.
   *
   * @param word the misspelt word
   * @param candidates the valid words
   * @return {@code "; did you mean \"x\"?"} for the nearest candidate, or {@code ""} when none is close enough
   */
  public static String didYouMean(String word, Collection<String> candidates) {
    return nearest(word, candidates).map(s -> "; did you mean \"" + s + "\"?").orElse("");
  }

  /**
   * The Levenshtein distance between two strings (case-sensitive).
   *
   * @param a one string
   * @param b the other
   * @return the fewest single-character insertions, deletions and substitutions turning {@code a} into {@code b}
   */
  public static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
