package io.github.parindex.sipas;

import java.util.Objects;

/**
 * Streaming aggregation of SIPAS answers: feed it one respondent at a time, then take the {@link #result()}. It
 * keeps only exact {@code long} counters (respondents and, when weighted, weight sums and sums of squared weights in
 * thousandths), never the rows, so memory does not grow with the number of respondents.
 *
 * <p>How it counts: the counters of one population are a block laid out by a {@code SlotLayout} (per item: no
 * opinion, blank, one slot per point of its scale). Each row is counted once, in the block of its (unit, service
 * field, respondent group) combination ({@code CombinationTable}, up to a fixed budget of blocks); the blocks are
 * added to the per-unit, per-field and per-group tables when results are taken and on {@link #merge}. When the
 * combination table is full, a row of a new combination is counted directly in its unit, field and group tables
 * (as a plain loop would) unless the table's blocks have taken at least {@value #REUSE} rows each on average, in
 * which case they are folded and the table starts again empty: data sorted by unit keeps the one-count-per-row
 * saving, and data arriving shuffled over many combinations does not pay for folds that save nothing. No I/O:
 * readers for CSV and JSON files live in {@code par-index-rules}.
 *
 * <p>Not thread-safe (it is a mutable sink); to aggregate in parallel give each thread its own accumulator and
 * {@link #merge} them. A row with a bad value is rejected whole, before anything is counted, with an
 * {@link IllegalArgumentException} naming the item and the value.
 *
 * <pre>{@code
 * SurveyAccumulator acc = new SurveyAccumulator(questionnaire, frame, SipasMethod.meanOfElements());
 * acc.add(Respondent.builder(questionnaire, frame).unit("HT").answer("1.1", 5).noOpinion("1.2").build());
 * acc.add(unit, field, group, Respondent.UNIT_WEIGHT, answers);      // allocation-free form, for streams
 * SurveyResults results = acc.result();
 * results.unit("HT").overall().percent();                               // e.g. Optional[91.17]
 * }</pre>
 *
 * @since 0.1.0
 */
public final class SurveyAccumulator implements RespondentSink {
  // Combination blocks: at most this many counters per table (16 MB), or one block per cell when that is more.
  private static final int COMBO_BUDGET = 1 << 21;
  /** A full combination table is started again only when its blocks took at least this many rows each. */
  static final int REUSE = 4;

  private final Questionnaire questionnaire;
  private final SurveyFrame frame;
  private final SipasMethod method;
  private final boolean weighted;
  final SlotLayout layout;
  private final int units;
  private final int fields;
  private final int groups;
  // Cells: units, then fields, then groups, then one discarded cell that absent fields and groups count in.
  private final int sinkCell;
  private final CounterTable cells;
  private final CombinationTable combos;
  private long rowsInBlocks;
  private long squareBudget = Long.MAX_VALUE;

  /**
   * An empty accumulator.
   *
   * @param questionnaire the questionnaire the answers follow
   * @param frame the surveyed units, service fields and groups
   * @param method how figures are formed
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
    method.checkFits(questionnaire);
    this.weighted = method.weighting() == SipasMethod.Weighting.RESPONDENT_WEIGHTS;
    this.layout = new SlotLayout(questionnaire);
    this.units = frame.units().size();
    this.fields = frame.serviceFields().size();
    this.groups = frame.groups().size();
    int cellCount = units + fields + groups + 1;
    this.sinkCell = cellCount - 1;
    int slots = Math.max(1, layout.slots());
    this.cells = new CounterTable(layout.slots(), weighted, cellCount);
    int budget = Math.max(cellCount, COMBO_BUDGET / slots);
    this.combos = new CombinationTable(layout.slots(), weighted, fields, groups,
        Math.min(Integer.MAX_VALUE / slots, maxCombos > 0 ? maxCombos : budget));
  }

  /**
   * The questionnaire.
   *
   * @return the questionnaire the answers follow
   */
  public Questionnaire questionnaire() {
    return questionnaire;
  }

  /**
   * The frame.
   *
   * @return the surveyed units, service fields and groups
   */
  public SurveyFrame frame() {
    return frame;
  }

  /**
   * The method.
   *
   * @return how figures are formed
   */
  public SipasMethod method() {
    return method;
  }

  /**
   * Adds one respondent (see {@link Respondent#builder} for a typed way to make one by codes).
   *
   * @param r the respondent
   * @throws IllegalArgumentException if it does not fit this accumulator's questionnaire or frame
   */
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
    checkRow(unit, field, group, answers);
    long w = Respondent.UNIT_WEIGHT;
    long w2 = 1;
    if (weighted) {
      checkCodes(answers);
      Respondent.checkWeight(weight);
      w = weight;
      w2 = weight * weight;
      if (squareBudget < w2) {
        throw new IllegalStateException("too many weighted respondents for exact long sums of squared weights");
      }
      squareBudget -= w2;
    }
    int b = blockFor(combos.key(unit, field, group));
    if (b != CombinationTable.NONE) {
      if (weighted) {
        count(combos.blocks, b, w, w2, answers);
      } else {
        countChecked(combos.blocks, b, answers);
      }
      rowsInBlocks++;
    } else {
      if (!weighted) {
        checkCodes(answers);
      }
      countDirect(unit, field < 0 ? sinkCell : units + field, group < 0 ? sinkCell : units + fields + group, w, w2,
          answers);
    }
  }

  /** Counts one checked row directly in cells {@code x}, {@code y}, {@code z} (its unit, field and group). */
  private void countDirect(int x, int y, int z, long w, long w2, int[] answers) {
    if (weighted) {
      count(cells, x, w, w2, answers);
      count(cells, y, w, w2, answers);
      count(cells, z, w, w2, answers);
      return;
    }
    // unweighted, the common case: one pass, as a plain loop would
    cells.countRespondent(x, w, w2);
    cells.countRespondent(y, w, w2);
    cells.countRespondent(z, w, w2);
    int slots = cells.slots;
    int bx = x * slots;
    int by = y * slots;
    int bz = z * slots;
    int[] sb = layout.singleBase;
    long[] c = cells.counts;
    for (int i = 0; i < answers.length; i++) {
      int a = answers[i];
      int single = sb[i];
      if (single >= 0 || a <= 0) {
        int s = single >= 0 ? single + a : SlotLayout.single(layout.offset[i], a);
        c[bx + s]++;
        c[by + s]++;
        c[bz + s]++;
      } else {
        for (int m = a; m != 0; m &= m - 1) {
          int s = layout.offset[i] + 2 + Integer.numberOfTrailingZeros(m);
          c[bx + s]++;
          c[by + s]++;
          c[bz + s]++;
        }
      }
    }
  }

  private void checkRow(int unit, int field, int group, int[] answers) {
    int[] mx = layout.maxCode;
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
  }

  /** Checks every answer code against its item's scale. */
  private void checkCodes(int[] answers) {
    int[] mx = layout.maxCode;
    for (int i = 0; i < answers.length; i++) {
      checkCode(i, answers[i], mx[i]);
    }
  }

  private void checkCode(int i, int c, int max) {
    if (c < AnswerKind.NO_OPINION || c > max) {
      Item it = questionnaire.items().get(i);
      throw new IllegalArgumentException("item " + it.code() + ": answer code " + c + " is outside "
          + it.describeCodes());
    }
  }

  /**
   * The block of a combination: its own, a new one, or {@link CombinationTable#NONE} when the table is full and its
   * blocks have not been reused enough to be worth folding (then the row is counted directly in the cells).
   */
  private int blockFor(long key) {
    int b = combos.find(key);
    if (b != CombinationTable.NONE) {
      return b;
    }
    if (combos.isFull()) {
      if (rowsInBlocks < (long) REUSE * combos.size()) {
        return CombinationTable.NONE;
      }
      combos.foldInto(cells, units, sinkCell);
      combos.clear();
      rowsInBlocks = 0;
    }
    return combos.add(key);
  }

  /**
   * Counts one unweighted row in block {@code b} of {@code t}, checking each code as it goes (the hot path of data
   * whose combinations repeat: no separate pass); a bad code undoes what the row had counted, then throws.
   */
  private void countChecked(CounterTable t, int b, int[] answers) {
    int base = b * t.slots;
    int[] sb = layout.singleBase;
    int[] mx = layout.maxCode;
    long[] c = t.counts;
    for (int i = 0; i < answers.length; i++) {
      int a = answers[i];
      if (a < AnswerKind.NO_OPINION || a > mx[i]) {
        undo(c, base, answers, i);
        checkCode(i, a, mx[i]);
      }
      int single = sb[i];
      if (single >= 0) {
        c[base + single + a]++;
      } else if (a <= 0) {
        c[base + SlotLayout.single(layout.offset[i], a)]++;
      } else {
        for (int m = a, x = base + layout.offset[i] + 2; m != 0; m &= m - 1) {
          c[x + Integer.numberOfTrailingZeros(m)]++;
        }
      }
    }
    t.countRespondent(b, Respondent.UNIT_WEIGHT, 1);
  }

  /** Takes back the counts of items 0..{@code end}-1 of a row counted by {@link #countChecked}. */
  private void undo(long[] c, int base, int[] answers, int end) {
    for (int i = 0; i < end; i++) {
      int a = answers[i];
      if (layout.multi[i] && a > 0) {
        for (int m = a; m != 0; m &= m - 1) {
          c[base + layout.offset[i] + 2 + Integer.numberOfTrailingZeros(m)]--;
        }
      } else {
        c[base + SlotLayout.single(layout.offset[i], a)]--;
      }
    }
  }

  /** Counts one checked row in block {@code b} of {@code t}. */
  private void count(CounterTable t, int b, long w, long w2, int[] answers) {
    t.countRespondent(b, w, w2);
    int base = b * t.slots;
    int[] off = layout.offset;
    boolean[] multi = layout.multi;
    long[] c = t.counts;
    if (!weighted) {
      for (int i = 0; i < answers.length; i++) {
        int a = answers[i];
        if (multi[i] && a > 0) {
          for (int m = a, x = base + off[i] + 2; m != 0; m &= m - 1) {
            c[x + Integer.numberOfTrailingZeros(m)]++;
          }
        } else {
          c[base + SlotLayout.single(off[i], a)]++;
        }
      }
      return;
    }
    long[] ws = t.weights;
    long[] qs = t.squares;
    for (int i = 0; i < answers.length; i++) {
      int a = answers[i];
      if (multi[i] && a > 0) {
        for (int m = a; m != 0; m &= m - 1) {
          int x = base + off[i] + 2 + Integer.numberOfTrailingZeros(m);
          c[x]++;
          ws[x] += w;
          qs[x] += w2;
        }
      } else {
        int x = base + SlotLayout.single(off[i], a);
        c[x]++;
        ws[x] += w;
        qs[x] += w2;
      }
    }
  }

  /**
   * Adds everything {@code other} counted (same questionnaire, frame and method).
   *
   * @param other another accumulator, e.g. of another thread
   * @throws IllegalArgumentException if its questionnaire, frame or method differ
   * @throws IllegalStateException if the sums of squared weights would no longer be exact
   */
  public void merge(SurveyAccumulator other) {
    if (other.questionnaire != questionnaire || other.frame != frame || !other.method.equals(method)) {
      throw new IllegalArgumentException("can only merge accumulators of the same questionnaire, frame and method");
    }
    if (squareBudget < Long.MAX_VALUE - other.squareBudget) {
      throw new IllegalStateException("too many weighted respondents for exact long sums of squared weights");
    }
    squareBudget -= Long.MAX_VALUE - other.squareBudget;
    cells.addAll(other.cells);
    other.combos.foldInto(cells, units, sinkCell);
  }

  /**
   * The number of respondents added so far.
   *
   * @return the respondents counted
   */
  public long size() {
    long n = combos.respondents();
    for (int u = 0; u < units; u++) {
      n += cells.respondents[u];
    }
    return n;
  }

  /**
   * An immutable snapshot of the results so far; the accumulator can keep counting.
   *
   * @return the results
   */
  public SurveyResults result() {
    CounterTable snapshot = cells.copy();
    combos.foldInto(snapshot, units, sinkCell);
    return new SurveyResults(questionnaire, frame, method, layout, units, fields, snapshot);
  }
}
