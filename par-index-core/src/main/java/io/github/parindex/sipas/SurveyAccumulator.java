package io.github.parindex.sipas;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Streaming aggregation of SIPAS answers: feed it one respondent at a time, then take the {@link #result()}. It
 * keeps only exact {@code long} counters per unit, service field and respondent group (respondents and, when
 * weighted, weight sums and sums of squared weights in thousandths), never the rows, so memory does not grow with
 * the number of respondents. No I/O: readers for CSV and JSON files live in {@code par-index-rules}.
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
    this.questionnaire = Objects.requireNonNull(questionnaire, "questionnaire");
    this.frame = Objects.requireNonNull(frame, "frame");
    this.method = Objects.requireNonNull(method, "method");
    checkMethod(questionnaire, method);
    this.weighted = method.weighting() == SipasMethod.Weighting.RESPONDENT_WEIGHTS;
    this.layout = new Layout(questionnaire);
    this.units = frame.units().size();
    this.fields = frame.serviceFields().size();
    int cells = units + fields + frame.groups().size() + 1;
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
    if (group < Respondent.NONE || group >= frame.groups().size()) {
      throw new IllegalArgumentException("respondent group position " + group + " is not in the frame");
    }
    int bu = unit * slots;
    int bf = (field < 0 ? sinkCell : units + field) * slots;
    int bg = (group < 0 ? sinkCell : units + fields + group) * slots;
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
      addWeighted(bu, bf, bg, weight, w2, answers);
      addRespondent(unit, field, group, weight, w2);
    } else {
      addCounts(bu, bf, bg, answers);
      addRespondent(unit, field, group, 1, 1);
    }
  }

  private void addRespondent(int unit, int field, int group, long w, long w2) {
    int cf = field < 0 ? sinkCell : units + field;
    int cg = group < 0 ? sinkCell : units + fields + group;
    respondents[unit]++;
    respondents[cf]++;
    respondents[cg]++;
    if (weighted) {
      weightTotals[unit] += w;
      weightTotals[cf] += w;
      weightTotals[cg] += w;
      squareTotals[unit] += w2;
      squareTotals[cf] += w2;
      squareTotals[cg] += w2;
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
  private void addCounts(int bu, int bf, int bg, int[] answers) {
    long[] c = counts;
    int[] sb = singleBase;
    int[] mx = maxCode;
    for (int i = 0; i < answers.length; i++) {
      int a = answers[i];
      if (a < AnswerKind.NO_OPINION || a > mx[i]) {
        count(bu, bf, bg, answers, i, -1);
        checkCode(i, a);
      }
      int b = sb[i];
      if (b >= 0 || a <= 0) {
        // single choice, or a multi-select item left blank / without opinion: one slot, offset + code + 1
        int s = (b >= 0 ? b : offset[i] + 1) + a;
        c[bu + s]++;
        c[bf + s]++;
        c[bg + s]++;
      } else {
        int base = offset[i] + 2;
        int m = a;
        while (m != 0) {
          int s = base + Integer.numberOfTrailingZeros(m);
          c[bu + s]++;
          c[bf + s]++;
          c[bg + s]++;
          m &= m - 1;
        }
      }
    }
  }

  /** Adds {@code delta} to the counters of items 0..{@code end}-1 of a row (used to undo a partly counted row). */
  private void count(int bu, int bf, int bg, int[] answers, int end, int delta) {
    for (int i = 0; i < end; i++) {
      int a = answers[i];
      if (multi[i] && a > 0) {
        for (int m = a; m != 0; m &= m - 1) {
          int s = offset[i] + 2 + Integer.numberOfTrailingZeros(m);
          counts[bu + s] += delta;
          counts[bf + s] += delta;
          counts[bg + s] += delta;
        }
      } else {
        int s = offset[i] + a + 1;
        counts[bu + s] += delta;
        counts[bf + s] += delta;
        counts[bg + s] += delta;
      }
    }
  }

  private void addWeighted(int bu, int bf, int bg, long w, long w2, int[] answers) {
    for (int i = 0; i < answers.length; i++) {
      int a = answers[i];
      if (multi[i] && a > 0) {
        int base = offset[i] + 2;
        int m = a;
        while (m != 0) {
          int s = base + Integer.numberOfTrailingZeros(m);
          bump(bu + s, w, w2);
          bump(bf + s, w, w2);
          bump(bg + s, w, w2);
          m &= m - 1;
        }
      } else {
        int s = offset[i] + a + 1;
        bump(bu + s, w, w2);
        bump(bf + s, w, w2);
        bump(bg + s, w, w2);
      }
    }
  }

  private void bump(int x, long w, long w2) {
    counts[x]++;
    weights[x] += w;
    squares[x] += w2;
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
    return n;
  }

  /** An immutable snapshot of the results so far; the accumulator can keep counting. */
  public SurveyResults result() {
    return new SurveyResults(questionnaire, frame, method, layout, units, fields, weighted, counts.clone(),
        weighted ? weights.clone() : null, weighted ? squares.clone() : null, respondents.clone(),
        weighted ? weightTotals.clone() : null, weighted ? squareTotals.clone() : null);
  }
}
