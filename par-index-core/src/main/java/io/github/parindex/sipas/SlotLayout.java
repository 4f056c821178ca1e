package io.github.parindex.sipas;

import java.util.List;

/**
 * Where each item's counters are in a block of counters: per item, one slot for "no opinion", one for "blank",
 * then one per point of its scale (the 5 satisfaction levels, or its options; for a multi-select item, one per
 * option ticked). The scale's size is the item's own ({@link Item#choices()}). Immutable; shared by the
 * accumulator, its counter tables and the reports. Internal.
 *
 * <pre>
 * item i:  [ no opinion | blank | 1 | 2 | ... | k ]
 *           offset(i)    +1      +2               offset(i) + width(i) - 1
 * </pre>
 */
final class SlotLayout {
  // Package-private arrays for the accumulator's hot loop; everything else goes through the methods.
  final int[] offset;
  final int[] maxCode;
  final boolean[] multi;
  // Per item: offset + 1 for a single-choice item (its slot is this + code), -1 for a multi-select item; one load
  // instead of the multi-select flag and the offset on the hot path.
  final int[] singleBase;
  private final int[] width;
  private final int slots;

  SlotLayout(Questionnaire q) {
    List<Item> items = q.items();
    int n = items.size();
    offset = new int[n];
    width = new int[n];
    maxCode = new int[n];
    multi = new boolean[n];
    singleBase = new int[n];
    int s = 0;
    for (int i = 0; i < n; i++) {
      Item it = items.get(i);
      offset[i] = s;
      width[i] = it.choices() + 2;
      maxCode[i] = it.maxCode();
      multi[i] = it.kind() == AnswerKind.EXPECTATION;
      singleBase[i] = multi[i] ? -1 : s + 1;
      s += width[i];
    }
    slots = s;
  }

  /** The counters in one block: every item's width summed. */
  int slots() {
    return slots;
  }

  int items() {
    return offset.length;
  }

  /** The first slot of item {@code i} (its "no opinion" slot). */
  int offset(int i) {
    return offset[i];
  }

  /** The slots of item {@code i}: its scale's size + 2. */
  int width(int i) {
    return width[i];
  }

  int noOpinion(int i) {
    return offset[i];
  }

  int blank(int i) {
    return offset[i] + 1;
  }

  /** The slot of point {@code j} (1-based) of item {@code i}'s scale, or of its option {@code j} ticked. */
  int choice(int i, int j) {
    return offset[i] + 1 + j;
  }

  /** The slot a single-choice code (no opinion -1, blank 0, or 1..k) is counted in. */
  static int single(int offset, int code) {
    return offset + 1 + code;
  }
}
