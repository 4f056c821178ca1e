package io.github.parindex.benchmarks;

import io.github.parindex.examples.SyntheticSurvey;
import io.github.parindex.sipas.io.SipasQuestionnaires;
import io.github.parindex.sipas.AnswerKind;
import io.github.parindex.sipas.Item;
import io.github.parindex.sipas.Questionnaire;
import io.github.parindex.sipas.SipasMethod;
import io.github.parindex.sipas.SurveyFrame;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The same in-memory SYNTHETIC survey for every benchmark: the QĐ 2640 questionnaire (27 items), a province of 16
 * units, {@code rows} respondents as int arrays and as the equivalent CSV bytes.
 */
final class BenchData {
  static final long SEED = 20171010L;

  final Questionnaire questionnaire = SipasQuestionnaires.qd2640();
  final SyntheticSurvey generator = SyntheticSurvey.of(questionnaire, "TG", "Tiền Giang", SEED);
  final SurveyFrame frame = generator.frame();
  final SipasMethod method = SipasQuestionnaires.defaultMethod(questionnaire);
  final int rows;
  final int[] unit;
  final int[] field;
  final int[] group;
  final int[][] answers;
  final byte[] csv;

  BenchData(int rows) {
    this.rows = rows;
    unit = new int[rows];
    field = new int[rows];
    group = new int[rows];
    answers = new int[rows][];
    List<int[]> list = new ArrayList<>(rows);
    int[] i = {0};
    generator.generate(rows, (u, f, g, w, a) -> {
      unit[i[0]] = u;
      field[i[0]] = f;
      group[i[0]] = g;
      answers[i[0]] = a.clone();
      i[0]++;
    });
    StringWriter w = new StringWriter(rows * 80);
    generator.writeCsv(rows, w);
    csv = w.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Per item: where its counters start in a flat table (same layout idea as a hand-written counting loop). */
  int[] offsets() {
    List<Item> items = questionnaire.items();
    int[] off = new int[items.size() + 1];
    for (int k = 0; k < items.size(); k++) {
      Item it = items.get(k);
      off[k + 1] = off[k] + (it.kind() == AnswerKind.SATISFACTION ? 5 : it.options().size()) + 2;
    }
    return off;
  }

  boolean[] multi() {
    List<Item> items = questionnaire.items();
    boolean[] m = new boolean[items.size()];
    for (int k = 0; k < m.length; k++) {
      m[k] = items.get(k).kind() == AnswerKind.EXPECTATION;
    }
    return m;
  }
}
