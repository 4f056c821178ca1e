package io.github.parindex.sipas;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Streaming aggregation of SIPAS answers: feed it one respondent at a time, then take the {@link #result()}. It
 * keeps only exact {@code long} counters (respondents and, when weighted, weight sums and sums of squared weights in
 * thousandths), never the rows: one block per (unit, service field, respondent group) combination seen so far, up to
 * a fixed budget, folded into per-unit, per-field and per-group tables when results are taken, on {@link #merge}, and
 * when the budget is used up, so memory does not grow with the number of respondents. No I/O: readers for CSV and
 * JSON files live in {@code par-index-rules}.
 *
 * <p>Not thread-safe (it is a mutable sink); to aggregate in parallel give each thread its own accumulator and
 * {@link #merge} them. A row with a bad value is rejected whole, before anything is counted, with an
 * {@link IllegalArgumentException} naming the item and the value.
 *
 * <pre>{@code
 * SurveyAccumulator acc = new SurveyAccumulator(questionnaire, frame, SipasMethod.meanOfElements());
 * acc.add(Respondent.of(frame.unitIndex("HT"), Respondent.NONE, Respondent.NONE, new int[] {5, 4, 3, ...}));
 * acc.add(unit, field, group, Respondent.UNIT_WEIGHT, answers);      // allocation-free form, for streams
 * SurveyResults results = acc.result();
 * results.unit("HT").overall().percent();                               // e.g. Optional[91.17]
 * }</pre>
 */
public final class SurveyAccumulator implements RespondentSink {
  private final Questionnaire questionnaire;
  private final SurveyFrame frame;
  private final SipasMethod method;
  private final boolean weighted;
  final Layout layout;
  private final int units;
  private final int fields;
  private final int sinkCell;
  private final int[] maxCode;
  private final int[] offset;
  private final boolean[] multi;
  // Per item: offset + 1 for a single-choice item (its slot is this + code), -1 for a multi-select item.
  private final int[] singleBase;
  private final int slots;

  // Per cell (units, then fields, then groups, then one discarded sink cell) x per slot.
  final long[] counts;
  final long[] weights;
  final long[] squares;
  // Per cell.
  final long[] respondents;
  final long[] weightTotals;
  final long[] squareTotals;
  private long squareBudget = Long.MAX_VALUE;
  private final int groups;

  // Counters per (unit, field, group) combination actually seen, one block of slots each, allocated on first use
  // and folded into the tables above when results are taken, on merge, and when the table is full (maxCombos).
  private static final int COMBO_BUDGET = 1 << 21;
  private final int maxCombos;
  private int combos;
  private long[] comboKeys = new long[0];
  private long[] comboCounts = new long[0];
  private long[] comboWeights = comboCounts;
  private long[] comboSquares = comboCounts;
  private long[] comboRespondents = new long[0];
  private long[] comboWeightTotals = comboRespondents;
  private long[] comboSquareTotals = comboRespondents;
  // Open addressing: key + 1 (0 = empty) -> block.
  private long[] mapKeys = new long[16];
  private int[] mapBlocks = new int[16];
  private long lastKey = -1;
  private int lastBlock;

  /** Shared description of where each item's counters are. Internal. */
  static final class Layout {
    final int[] offset;
    final int[] width;
    final int slots;

    Layout(Questionnaire q) {
      List<Item> items = q.items();
      offset = new int[items.size()];
      width = new int[items.size()];
      int s = 0;
      for (int i = 0; i < items.size(); i++) {
        Item it = items.get(i);
        offset[i] = s;
        // single choice: [no opinion, blank, 1..k]; multi-select: [no opinion, blank, option 1..k ticked]
        width[i] = (it.kind() == AnswerKind.SATISFACTION ? 5 : it.options().size()) + 2;
        s += width[i];
      }
      slots = s;
    }
  }

  /**
   * An empty accumulator.
   *
   * @throws io.github.parindex.model.ParIndexException listing every element, aspect or questionnaire that lacks
   *     the overall item {@code method} needs
   */
  public SurveyAccumulator(Questionnaire questionnaire, SurveyFrame frame, SipasMethod method) {
    this(questionnaire, frame, method, 0);
  }

  /** As the public constructor, with at most {@code maxCombos} combination blocks (0: the default). Internal. */
  SurveyAccumulator(Questionnaire questionnaire, SurveyFrame frame, SipasMethod method, int maxCombos) {
    this.questionnaire = Objects.requireNonNull(questionnaire, "questionnaire");
    this.frame = Objects.requireNonNull(frame, "frame");
    this.method = Objects.requireNonNull(method, "method");
    checkMethod(questionnaire, method);
    this.weighted = method.weighting() == SipasMethod.Weighting.RESPONDENT_WEIGHTS;
    this.layout = new Layout(questionnaire);
    this.units = frame.units().size();
    this.fields = frame.serviceFields().size();
    this.groups = frame.groups().size();
    int cells = units + fields + groups + 1;
    this.sinkCell = cells - 1;
    List<Item> items = questionnaire.items();
    this.maxCode = new int[items.size()];
    this.multi = new boolean[items.size()];
    for (int i = 0; i < items.size(); i++) {
      maxCode[i] = items.get(i).maxCode();
      multi[i] = items.get(i).kind() == AnswerKind.EXPECTATION;
    }
    this.offset = layout.offset;
    this.singleBase = new int[items.size()];
    for (int i = 0; i < items.size(); i++) {
      singleBase[i] = multi[i] ? -1 : offset[i] + 1;
    }
    this.slots = layout.slots;
    this.counts = new long[cells * slots];
    this.weights = weighted ? new long[cells * slots] : counts;
    this.squares = weighted ? new long[cells * slots] : counts;
    this.respondents = new long[cells];
    this.weightTotals = weighted ? new long[cells] : respondents;
    this.squareTotals = weighted ? new long[cells] : respondents;
    // Combination blocks are allocated as combinations are first seen, up to COMBO_BUDGET counters per table (16 MB
    // per table), or one block per cell when that is more; when the table is full its blocks are folded into the
    // unit / field / group tables and it starts again empty.
    int budget = Math.max(cells, COMBO_BUDGET / Math.max(1, slots));
    this.maxCombos = Math.min(Integer.MAX_VALUE / Math.max(1, slots), maxCombos > 0 ? maxCombos : budget);
  }

  static void checkMethod(Questionnaire q, SipasMethod m) {
    List<String> problems = new ArrayList<>();
    for (Aspect a : q.aspects()) {
      for (Element e : a.satisfactionElements()) {
        if (m.element() == SipasMethod.Aggregation.OVERALL_ITEM && e.overallItem().isEmpty()) {
          problems.add("element " + e.code() + " has no overall item");
        }
      }
      if (m.aspect() == SipasMethod.Aggregation.OVERALL_ITEM && !a.satisfactionElements().isEmpty()
          && a.overallItem().isEmpty()) {
        problems.add("aspect " + a.code() + " has no overall item");
      }
    }
    if (m.overall() == SipasMethod.Aggregation.OVERALL_ITEM && q.overallItem().isEmpty()) {
      problems.add("questionnaire " + q.id() + " has no overall item");
    }
    if (!problems.isEmpty()) {
      throw new io.github.parindex.model.ParIndexException("method (" + m.describe() + ") does not fit"
          + " questionnaire " + q.id(), problems.stream().map(io.github.parindex.model.Problem::general).toList());
    }
  }

  public Questionnaire questionnaire() {
    return questionnaire;
  }

  public SurveyFrame frame() {
    return frame;
  }

  public SipasMethod method() {
    return method;
  }

  /** Adds one respondent. */
  public void add(Respondent r) {
    add(r.unit(), r.field(), r.group(), r.weightUnits(), r.answersUnsafe());
  }

  /**
   * Adds one respondent given as primitives; {@code answers} is read, not kept, so a caller may reuse the array.
   *
   * @param unit the unit's position in the frame
   * @param field the service field's position, or {@link Respondent#NONE}
   * @param group the respondent group's position, or {@link Respondent#NONE}
   * @param weight the weight in thousandths ({@link Respondent#UNIT_WEIGHT} = 1); ignored when unweighted
   * @param answers one code per questionnaire item
   * @throws IllegalArgumentException naming the bad value; nothing of the row is counted then
   */
  @Override
  public void add(int unit, int field, int group, long weight, int[] answers) {
    int[] mx = maxCode;
    if (answers.length != mx.length) {
      throw new IllegalArgumentException("expected " + mx.length + " answers (one per item of " + questionnaire.id()
          + "), got " + answers.length);
    }
    if (unit < 0 || unit >= units) {
      throw new IllegalArgumentException("unit position " + unit + " is not in the frame (0.." + (units - 1) + ")");
    }
    if (field < Respondent.NONE || field >= fields) {
      throw new IllegalArgumentException("service field position " + field + " is not in the frame");
    }
    if (group < Respondent.NONE || group >= groups) {
      throw new IllegalArgumentException("respondent group position " + group + " is not in the frame");
    }
    long key = ((long) unit * (fields + 1) + (field + 1)) * (groups + 1) + (group + 1);
    if (weighted) {
      for (int i = 0; i < mx.length; i++) {
        checkCode(i, answers[i]);
      }
      Respondent.checkWeight(weight);
      long w2 = weight * weight;
      if (squareBudget < w2) {
        throw new IllegalStateException("too many weighted respondents for exact long sums of squared weights");
      }
      squareBudget -= w2;
      int b = block(key);
      addWeighted(b * slots, weight, w2, answers);
      comboRespondents[b]++;
      comboWeightTotals[b] += weight;
      comboSquareTotals[b] += w2;
    } else {
      int b = block(key);
      addCounts(b * slots, answers);
      comboRespondents[b]++;
    }
  }

  /** The block of a combination, allocated on its first use (after folding every block when the table is full). */
  private int block(long key) {
    if (key == lastKey) {
      return lastBlock;
    }
    long[] ks = mapKeys;
    int mask = ks.length - 1;
    int h = (int) (key * 0x9E3779B97F4A7C15L >>> 40) & mask;
    while (true) {
      long k = ks[h];
      if (k == key + 1) {
        lastKey = key;
        lastBlock = mapBlocks[h];
        return lastBlock;
      }
      if (k == 0) {
        break;
      }
      h = (h + 1) & mask;
    }
    if (combos == maxCombos) {
      flush();
      return block(key);
    }
    int b = combos++;
    if ((long) combos * slots > comboCounts.length) {
      grow();
    }
    ks[h] = key + 1;
    mapBlocks[h] = b;
    comboKeys[b] = key;
    if (2 * combos > ks.length) {
      rehash();
    }
    lastKey = key;
    lastBlock = b;
    return b;
  }

  private void grow() {
    int n = (int) Math.min((long) maxCombos, Math.max(8L, 2L * comboKeys.length));
    comboKeys = java.util.Arrays.copyOf(comboKeys, n);
    comboRespondents = java.util.Arrays.copyOf(comboRespondents, n);
    comboCounts = java.util.Arrays.copyOf(comboCounts, n * slots);
    if (weighted) {
      comboWeightTotals = java.util.Arrays.copyOf(comboWeightTotals, n);
      comboSquareTotals = java.util.Arrays.copyOf(comboSquareTotals, n);
      comboWeights = java.util.Arrays.copyOf(comboWeights, n * slots);
      comboSquares = java.util.Arrays.copyOf(comboSquares, n * slots);
    } else {
      comboWeightTotals = comboRespondents;
      comboSquareTotals = comboRespondents;
      comboWeights = comboCounts;
      comboSquares = comboCounts;
    }
  }

  private void rehash() {
    long[] ks = new long[mapKeys.length * 2];
    int[] bs = new int[ks.length];
    int mask = ks.length - 1;
    for (int b = 0; b < combos; b++) {
      long key = comboKeys[b];
      int h = (int) (key * 0x9E3779B97F4A7C15L >>> 40) & mask;
      while (ks[h] != 0) {
        h = (h + 1) & mask;
      }
      ks[h] = key + 1;
      bs[h] = b;
    }
    mapKeys = ks;
    mapBlocks = bs;
  }

  /** Folds every combination block into the unit, field and group tables and empties the combination table. */
  private void flush() {
    fold(counts, weights, squares, respondents, weightTotals, squareTotals);
    java.util.Arrays.fill(comboCounts, 0, combos * slots, 0L);
    java.util.Arrays.fill(comboRespondents, 0, combos, 0L);
    if (weighted) {
      java.util.Arrays.fill(comboWeights, 0, combos * slots, 0L);
      java.util.Arrays.fill(comboSquares, 0, combos * slots, 0L);
      java.util.Arrays.fill(comboWeightTotals, 0, combos, 0L);
      java.util.Arrays.fill(comboSquareTotals, 0, combos, 0L);
    }
    java.util.Arrays.fill(mapKeys, 0L);
    combos = 0;
    lastKey = -1;
  }

  /** Adds every combination block to the given unit / field / group tables (the layout of {@link #counts}). */
  private void fold(long[] c, long[] w, long[] q, long[] r, long[] wt, long[] st) {
    for (int b = 0; b < combos; b++) {
      long key = comboKeys[b];
      int g = (int) (key % (groups + 1)) - 1;
      long uf = key / (groups + 1);
      int f = (int) (uf % (fields + 1)) - 1;
      int u = (int) (uf / (fields + 1));
      int cf = f < 0 ? sinkCell : units + f;
      int cg = g < 0 ? sinkCell : units + fields + g;
      addBlock(c, comboCounts, b, u, cf, cg);
      r[u] += comboRespondents[b];
      r[cf] += comboRespondents[b];
      r[cg] += comboRespondents[b];
      if (weighted) {
        addBlock(w, comboWeights, b, u, cf, cg);
        addBlock(q, comboSquares, b, u, cf, cg);
        wt[u] += comboWeightTotals[b];
        wt[cf] += comboWeightTotals[b];
        wt[cg] += comboWeightTotals[b];
        st[u] += comboSquareTotals[b];
        st[cf] += comboSquareTotals[b];
        st[cg] += comboSquareTotals[b];
      }
    }
  }

  private void addBlock(long[] into, long[] from, int b, int u, int cf, int cg) {
    int src = b * slots;
    int bu = u * slots;
    int bf = cf * slots;
    int bg = cg * slots;
    for (int s = 0; s < slots; s++) {
      long v = from[src + s];
      if (v != 0) {
        into[bu + s] += v;
        into[bf + s] += v;
        into[bg + s] += v;
      }
    }
  }

  private void checkCode(int i, int c) {
    if (c < AnswerKind.NO_OPINION || c > maxCode[i]) {
      Item it = questionnaire.items().get(i);
      throw new IllegalArgumentException("item " + it.code() + ": answer code " + c + " is outside "
          + it.describeCodes());
    }
  }

  /** Counts the row, checking each code as it goes; a bad code undoes what the row counted, then throws. */
  private void addCounts(int bc, int[] answers) {
    long[] c = comboCounts;
    int[] sb = singleBase;
    int[] mx = maxCode;
    for (int i = 0; i < answers.length; i++) {
      int a = answers[i];
      if (a < AnswerKind.NO_OPINION || a > mx[i]) {
        count(bc, answers, i, -1);
        checkCode(i, a);
      }
      int b = sb[i];
      if (b >= 0 || a <= 0) {
        // single choice, or a multi-select item left blank / without opinion: one slot, offset + code + 1
        c[bc + (b >= 0 ? b : offset[i] + 1) + a]++;
      } else {
        int base = bc + offset[i] + 2;
        int m = a;
        while (m != 0) {
          c[base + Integer.numberOfTrailingZeros(m)]++;
          m &= m - 1;
        }
      }
    }
  }

  /** Adds {@code delta} to the counters of items 0..{@code end}-1 of a row (used to undo a partly counted row). */
  private void count(int bc, int[] answers, int end, int delta) {
    for (int i = 0; i < end; i++) {
      int a = answers[i];
      if (multi[i] && a > 0) {
        for (int m = a; m != 0; m &= m - 1) {
          comboCounts[bc + offset[i] + 2 + Integer.numberOfTrailingZeros(m)] += delta;
        }
      } else {
        comboCounts[bc + offset[i] + a + 1] += delta;
      }
    }
  }

  private void addWeighted(int bc, long w, long w2, int[] answers) {
    long[] c = comboCounts;
    long[] ws = comboWeights;
    long[] qs = comboSquares;
    for (int i = 0; i < answers.length; i++) {
      int a = answers[i];
      if (multi[i] && a > 0) {
        int base = bc + offset[i] + 2;
        int m = a;
        while (m != 0) {
          int x = base + Integer.numberOfTrailingZeros(m);
          c[x]++;
          ws[x] += w;
          qs[x] += w2;
          m &= m - 1;
        }
      } else {
        int x = bc + offset[i] + a + 1;
        c[x]++;
        ws[x] += w;
        qs[x] += w2;
      }
    }
  }

  /** Adds everything {@code other} counted (same questionnaire, frame and method). */
  public void merge(SurveyAccumulator other) {
    if (other.questionnaire != questionnaire || other.frame != frame || !other.method.equals(method)) {
      throw new IllegalArgumentException("can only merge accumulators of the same questionnaire, frame and method");
    }
    if (squareBudget < Long.MAX_VALUE - other.squareBudget) {
      throw new IllegalStateException("too many weighted respondents for exact long sums of squared weights");
    }
    squareBudget -= Long.MAX_VALUE - other.squareBudget;
    addAll(counts, other.counts);
    addAll(respondents, other.respondents);
    if (weighted) {
      addAll(weights, other.weights);
      addAll(squares, other.squares);
      addAll(weightTotals, other.weightTotals);
      addAll(squareTotals, other.squareTotals);
    }
    other.fold(counts, weights, squares, respondents, weightTotals, squareTotals);
  }

  private static void addAll(long[] into, long[] from) {
    for (int i = 0; i < into.length; i++) {
      into[i] += from[i];
    }
  }

  /** The number of respondents added so far. */
  public long size() {
    long n = 0;
    for (int u = 0; u < units; u++) {
      n += respondents[u];
    }
    for (int b = 0; b < combos; b++) {
      n += comboRespondents[b];
    }
    return n;
  }

  /** An immutable snapshot of the results so far; the accumulator can keep counting. */
  public SurveyResults result() {
    long[] c = counts.clone();
    long[] r = respondents.clone();
    long[] w = weighted ? weights.clone() : c;
    long[] q = weighted ? squares.clone() : c;
    long[] wt = weighted ? weightTotals.clone() : r;
    long[] st = weighted ? squareTotals.clone() : r;
    fold(c, w, q, r, wt, st);
    return new SurveyResults(questionnaire, frame, method, layout, units, fields, weighted, c,
        weighted ? w : null, weighted ? q : null, r, weighted ? wt : null, weighted ? st : null);
  }
}
