package io.github.parindex.engine;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How a {@link Ranking} orders units whose published index is the same: a list of keys compared in order (each
 * higher-is-better, except the published order), then what is done with units still equal: they share the rank,
 * either skipping the ranks after them (1, 2, 2, 4) or not ({@link #dense()}: 1, 2, 2, 3).
 *
 * <p>Decisions state tie rules in different ways: the unrounded index first, the index to hidden extra decimals,
 * the appraisal points and then a named component, or nothing at all (the published order stands). Each is a key:
 *
 * <pre>{@code
 * TieBreak shared = TieBreak.SHARED;                                  // 1, 2, 2, 4
 * TieBreak unrounded = TieBreak.sharing(TieBreak.Key.exactIndex());  // the unrounded index decides
 * TieBreak thanhHoa = TieBreak.sharing(TieBreak.Key.indexDecimals(3));  // printed to 3 decimals where needed
 * TieBreak criteria = TieBreak.sharing(TieBreak.Key.nodePoints("I"), TieBreak.Key.nodeIndex("3"));
 * TieBreak asPrinted = TieBreak.sharing(TieBreak.Key.publishedOrder());  // the order the scorecards were given in
 * }</pre>
 *
 * @param keys the keys compared in order after the published index; empty means ties are not broken
 * @param dense whether units still tied leave no gap after their shared rank
 * @since 0.1.0
 */
public record TieBreak(List<Key> keys, boolean dense) {

  /** Ties share the rank; the next rank is skipped: 1, 2, 2, 4. */
  public static final TieBreak SHARED = new TieBreak(List.of(), false);
  /** Ties share the rank; the next rank follows on: 1, 2, 2, 3. */
  public static final TieBreak DENSE = new TieBreak(List.of(), true);
  /** The unrounded index decides; units still equal share the rank as in {@link #SHARED}. */
  public static final TieBreak EXACT_INDEX_THEN_SHARED = new TieBreak(List.of(Key.exactIndex()), false);

  /**
   * Checks the parts.
   *
   * @param keys the keys compared in order after the published index; empty means ties are not broken
   * @param dense whether units still tied leave no gap after their shared rank
   * @throws NullPointerException if a part is null
   * @throws IllegalArgumentException if a key appears twice
   */
  public TieBreak {
    Objects.requireNonNull(keys, "keys");
    keys = List.copyOf(keys);
    for (int i = 0; i < keys.size(); i++) {
      check(keys.indexOf(keys.get(i)) == i, "tie-break key " + keys.get(i).describe() + " appears twice");
    }
  }

  /**
   * Keys compared in order; units still equal share the rank, skipping the ranks after them.
   *
   * @param keys the keys
   * @return the tie break
   */
  public static TieBreak sharing(Key... keys) {
    return new TieBreak(List.of(keys), false);
  }

  /**
   * This tie break, with units still equal sharing a rank without a gap after it.
   *
   * @return the dense variant
   */
  public TieBreak thenDense() {
    return new TieBreak(keys, true);
  }

  /**
   * In words, e.g. {@code "unrounded index, then points of I; still equal: shared rank"}.
   *
   * @return the description
   */
  public String describe() {
    List<String> parts = new ArrayList<>();
    keys.forEach(k -> parts.add(k.describe()));
    String still = dense ? "shared rank, no gap (dense)" : "shared rank";
    return parts.isEmpty() ? "ties not broken: " + still : String.join(", then ", parts) + "; still equal: " + still;
  }

  /**
   * One thing compared between tied units.
   *
   * @param kind what is compared
   * @param code the node code for {@link Kind#NODE_POINTS} and {@link Kind#NODE_INDEX}, else empty
   * @param decimals the decimals for {@link Kind#INDEX_DECIMALS}, else 0
   * @since 0.1.0
   */
  public record Key(Kind kind, Optional<String> code, int decimals) {

    /**
     * What a key compares.
     *
     * @since 0.1.0
     */
    public enum Kind {
      /** The unrounded index (total before rounding / effective maximum × 100): higher first. */
      EXACT_INDEX,
      /** The index to more decimals than published, rounded as the rule set rounds the index: higher first. */
      INDEX_DECIMALS,
      /** The total points: higher first. */
      TOTAL_POINTS,
      /** A node's points, e.g. the appraisal component's: higher first; a unit without it comes after. */
      NODE_POINTS,
      /** A node's index in percent: higher first; a unit to which it does not apply comes after. */
      NODE_INDEX,
      /** The order in which the scorecards were given (the published order): earlier first. */
      PUBLISHED_ORDER
    }

    /**
     * Checks the parts.
     *
     * @param kind what is compared
     * @param code the node code for {@link Kind#NODE_POINTS} and {@link Kind#NODE_INDEX}, else empty
     * @param decimals the decimals for {@link Kind#INDEX_DECIMALS}, else 0
     * @throws IllegalArgumentException if the code or decimals do not fit the kind
     */
    public Key {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(code, "code");
      boolean node = kind == Kind.NODE_POINTS || kind == Kind.NODE_INDEX;
      check(node == code.isPresent(), "tie-break key " + kind + (node ? " needs" : " takes no") + " node code");
      check(code.map(c -> !c.isBlank()).orElse(true), "tie-break key " + kind + ": the node code is blank");
      check(kind == Kind.INDEX_DECIMALS ? decimals >= 0 && decimals <= 10 : decimals == 0,
          "tie-break key " + kind + ": decimals " + decimals + " out of range (0 to 10 for INDEX_DECIMALS, else 0)");
    }

    /** @return the unrounded index key */
    public static Key exactIndex() {
      return new Key(Kind.EXACT_INDEX, Optional.empty(), 0);
    }

    /**
     * @param decimals how many decimals (0 to 10)
     * @return the key comparing the index to that many decimals
     */
    public static Key indexDecimals(int decimals) {
      return new Key(Kind.INDEX_DECIMALS, Optional.empty(), decimals);
    }

    /** @return the total points key */
    public static Key totalPoints() {
      return new Key(Kind.TOTAL_POINTS, Optional.empty(), 0);
    }

    /**
     * @param code the node's code, e.g. {@code "I"}
     * @return the key comparing that node's points
     */
    public static Key nodePoints(String code) {
      return new Key(Kind.NODE_POINTS, Optional.of(code), 0);
    }

    /**
     * @param code the node's code
     * @return the key comparing that node's index
     */
    public static Key nodeIndex(String code) {
      return new Key(Kind.NODE_INDEX, Optional.of(code), 0);
    }

    /** @return the published-order key */
    public static Key publishedOrder() {
      return new Key(Kind.PUBLISHED_ORDER, Optional.empty(), 0);
    }

    /**
     * In words, e.g. {@code "index to 3 decimals"}.
     *
     * @return the description
     */
    public String describe() {
      return switch (kind) {
        case EXACT_INDEX -> "unrounded index";
        case INDEX_DECIMALS -> "index to " + decimals + " decimals";
        case TOTAL_POINTS -> "total points";
        case NODE_POINTS -> "points of " + code.orElseThrow();
        case NODE_INDEX -> "index of " + code.orElseThrow();
        case PUBLISHED_ORDER -> "published order";
      };
    }

    /**
     * The value this key compares for a scorecard given at position {@code order}; empty when the scorecard has
     * no such value (it then comes after those that have one). Higher is better except for the published order,
     * whose value is negated so that higher is better for every key.
     */
    Optional<BigDecimal> valueOf(Scorecard card, int order) {
      return switch (kind) {
        case EXACT_INDEX -> Optional.of(card.exactIndex());
        case INDEX_DECIMALS -> Optional.of(card.effectiveMaximum().signum() == 0 ? BigDecimal.ZERO
            : card.totalPoints().multiply(BigDecimal.valueOf(100))
                .divide(card.effectiveMaximum(), MathContext.DECIMAL128)
                .setScale(decimals, card.rounding().indexMode()));
        case TOTAL_POINTS -> Optional.of(card.totalPoints());
        case NODE_POINTS -> card.node(code.orElseThrow()).filter(n -> n.applicable()).map(n -> n.points());
        case NODE_INDEX -> card.node(code.orElseThrow()).flatMap(n -> n.index());
        case PUBLISHED_ORDER -> Optional.of(BigDecimal.valueOf(-order));
      };
    }
  }

  private static void check(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }
}
