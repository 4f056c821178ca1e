package io.github.parindex.engine;

import io.github.parindex.method.Answer;
import io.github.parindex.method.ScoringMethod;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What one leaf's method says of the answers of few possible values (yes/no, a level's label, a deadline), kept for
 * the last eight such answers: their points and their problems. Units of a batch give the same few answers, so the
 * method is asked once per value instead of once per unit. Sound because scoring methods are pure (the same answer
 * and maximum always give the same result, {@link ScoringMethod}); answers are compared with {@code equals}. Other
 * answers (rates, counts, points, figures: many values) go to the method every time. Internal.
 *
 * <p>Shared between threads without locks, as {@link LeafMemo}: an entry is immutable and written whole.
 */
final class AnswerMemo {
  private static final int SIZE = 8;

  /** A remembered answer with its points (null until asked) or its problems (null until asked). */
  private record Entry(Answer answer, BigDecimal points, List<String> problems) {}

  private final ScoringMethod method;
  private final BigDecimal maximum;
  private final Entry[] points = new Entry[SIZE];
  private final Entry[] problems = new Entry[SIZE];
  private int nextPoints;
  private int nextProblems;

  AnswerMemo(ScoringMethod method, BigDecimal maximum) {
    this.method = method;
    this.maximum = maximum;
  }

  /** Whether answers of this kind are remembered: those with few possible values. */
  private static boolean few(Answer a) {
    return a instanceof Answer.YesNo || a instanceof Answer.Level || a instanceof Answer.Deadline;
  }

  /** The method's points for the answer. */
  BigDecimal points(Answer answer) {
    if (!few(answer)) {
      return method.points(answer, maximum);
    }
    Entry e = find(points, answer);
    if (e == null) {
      e = new Entry(answer, method.points(answer, maximum), null);
      points[nextPoints] = e;
      nextPoints = (nextPoints + 1) % SIZE;
    }
    return e.points;
  }

  /** The method's problems with the answer. */
  List<String> problems(Answer answer) {
    if (!few(answer)) {
      return method.answerProblems(answer, maximum);
    }
    Entry e = find(problems, answer);
    if (e == null) {
      e = new Entry(answer, null, Collections.unmodifiableList(new ArrayList<>(method.answerProblems(answer, maximum))));
      problems[nextProblems] = e;
      nextProblems = (nextProblems + 1) % SIZE;
    }
    return e.problems;
  }

  private static Entry find(Entry[] entries, Answer answer) {
    for (int i = 0; i < SIZE; i++) {
      Entry m = entries[i];
      if (m != null && m.answer.equals(answer)) {
        return m;
      }
    }
    return null;
  }
}
