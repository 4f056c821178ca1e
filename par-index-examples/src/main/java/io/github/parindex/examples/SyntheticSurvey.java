package io.github.parindex.examples;

import io.github.parindex.model.UnitLevel;
import io.github.parindex.sipas.AnswerKind;
import io.github.parindex.sipas.Item;
import io.github.parindex.sipas.Questionnaire;
import io.github.parindex.sipas.RespondentSink;
import io.github.parindex.sipas.SurveyFrame;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A seeded generator of <b>SYNTHETIC</b> SIPAS survey answers for one province: made-up respondents whose answers
 * look like a real survey (most satisfied, some neutral, a few dissatisfied; a few blanks and "no opinion"; units
 * and service fields that differ), so the library can be shown and benchmarked without real microdata, which is not
 * public. Nothing it produces is an official figure. The same seed gives the same rows.
 *
 * <p>The province has 3 departments (sở), 4 districts and 3 communes per district; respondents belong to a
 * department or a commune, to one of 5 service fields, and are citizens or organisations. Probabilities are whole
 * per-mille numbers (no floating point).
 *
 * <pre>{@code
 * SyntheticSurvey gen = SyntheticSurvey.of(SipasQuestionnaires.qd2640(), "TG", "Tiền Giang", 42);
 * SurveyAccumulator acc = new SurveyAccumulator(gen.questionnaire(), gen.frame(), SipasMethod.meanOfElements());
 * gen.generate(1_200, acc);                          // straight into the accumulator
 * gen.writeCsv(1_200, writer);                       // or as a CSV file for SurveyCsvReader
 * }</pre>
 */
public final class SyntheticSurvey {
  /** The service fields of the synthetic frame. */
  static final List<String[]> FIELDS = List.of(
      new String[] {"DD", "Đất đai"}, new String[] {"TP", "Tư pháp - hộ tịch"}, new String[] {"XD", "Xây dựng"},
      new String[] {"KD", "Đăng ký kinh doanh"}, new String[] {"LD", "Lao động - thương binh và xã hội"});

  private final Questionnaire questionnaire;
  private final SurveyFrame frame;
  private final long seed;
  private final int[] respondentUnits;
  private final int[] unitShift;
  private final int[] fieldShift = {-60, 20, -30, 40, 10};
  private final int[] elementOf;

  private SyntheticSurvey(Questionnaire q, String code, String name, long seed) {
    this.questionnaire = q;
    this.seed = seed;
    SurveyFrame.Builder b = SurveyFrame.builder().unit(code, name, UnitLevel.PROVINCE);
    for (int d = 1; d <= 3; d++) {
      b.unit(code + ".S" + d, "Sở " + d + " (synthetic)", UnitLevel.DEPARTMENT, code);
    }
    for (int h = 1; h <= 4; h++) {
      String district = code + ".H" + h;
      b.unit(district, "Huyện " + h + " (synthetic)", UnitLevel.DISTRICT, code);
      for (int x = 1; x <= 3; x++) {
        b.unit(district + ".X" + x, "Xã " + h + "." + x + " (synthetic)", UnitLevel.COMMUNE, district);
      }
    }
    FIELDS.forEach(f -> b.serviceField(f[0], f[1]));
    b.group("CD", "Công dân").group("TC", "Tổ chức");
    this.frame = b.build();
    List<Integer> leaves = new ArrayList<>();
    for (int u = 0; u < frame.units().size(); u++) {
      UnitLevel l = frame.units().get(u).level();
      if (l == UnitLevel.DEPARTMENT || l == UnitLevel.COMMUNE) {
        leaves.add(u);
      }
    }
    this.respondentUnits = leaves.stream().mapToInt(Integer::intValue).toArray();
    SplittableRandom r = new SplittableRandom(seed ^ 0x5195A5L);
    this.unitShift = new int[frame.units().size()];
    for (int u = 0; u < unitShift.length; u++) {
      unitShift[u] = r.nextInt(-120, 121);
    }
    this.elementOf = new int[q.size()];
    int e = 0;
    for (var a : q.aspects()) {
      for (var el : a.elements()) {
        for (Item i : el.items()) {
          elementOf[q.indexOf(i.code())] = e;
        }
        el.overallItem().ifPresent(i -> elementOf[q.indexOf(i.code())] = 0);
        e++;
      }
    }
  }

  /**
   * A generator for {@code questionnaire} and a synthetic province.
   *
   * @param code the province's code, e.g. {@code "TG"} (sub-units get codes like {@code TG.H1.X2})
   * @param name the province's name
   * @param seed the seed: the same seed gives the same rows
   */
  public static SyntheticSurvey of(Questionnaire questionnaire, String code, String name, long seed) {
    return new SyntheticSurvey(questionnaire, code, name, seed);
  }

  public Questionnaire questionnaire() {
    return questionnaire;
  }

  /** The synthetic survey frame: province, departments, districts, communes, 5 service fields, 2 groups. */
  public SurveyFrame frame() {
    return frame;
  }

  /** Sends {@code n} synthetic respondents to {@code sink}, reusing one answer array (no per-row allocation). */
  public void generate(long n, RespondentSink sink) {
    SplittableRandom r = new SplittableRandom(seed);
    int[] answers = new int[questionnaire.size()];
    for (long i = 0; i < n; i++) {
      int unit = respondentUnits[r.nextInt(respondentUnits.length)];
      int field = r.nextInt(FIELDS.size());
      int group = r.nextInt(1000) < 800 ? 0 : 1;
      long weight = 1000;
      fill(r, unit, field, answers);
      sink.add(unit, field, group, weight, answers);
    }
  }

  private void fill(SplittableRandom r, int unit, int field, int[] answers) {
    // a respondent's mood: their base chance (per mille) of being satisfied with an item
    int base = 840 + unitShift[unit] + fieldShift[field] + r.nextInt(-150, 151);
    List<Item> items = questionnaire.items();
    for (int i = 0; i < answers.length; i++) {
      Item it = items.get(i);
      int roll = r.nextInt(1000);
      if (roll < 15) {
        answers[i] = AnswerKind.BLANK;
        continue;
      }
      if (roll < 40 && it.kind() != AnswerKind.EXPECTATION) {
        answers[i] = AnswerKind.NO_OPINION;
        continue;
      }
      answers[i] = switch (it.kind()) {
        case SATISFACTION -> satisfaction(r, base - 25 * elementOf[i]);
        case JUDGEMENT -> judgement(r, it.options().size(), base);
        case EXPECTATION -> expectation(r, it.options().size());
      };
    }
  }

  private static int satisfaction(SplittableRandom r, int satisfiedPerMille) {
    int p = Math.max(50, Math.min(990, satisfiedPerMille));
    int x = r.nextInt(1000);
    if (x < p) {
      return x < p * 30 / 100 ? AnswerKind.VERY_SATISFIED : AnswerKind.SATISFIED;
    }
    int rest = r.nextInt(100);
    return rest < 70 ? AnswerKind.NEUTRAL : rest < 93 ? AnswerKind.DISSATISFIED : AnswerKind.VERY_DISSATISFIED;
  }

  /** Option 1 is the favourable one for most items; the rest share what is left. */
  private static int judgement(SplittableRandom r, int options, int base) {
    if (options == 2) {
      // yes/no indicators are reported as rare events: "Có" (option 1) for a few per cent
      return r.nextInt(1000) < Math.max(10, 1000 - base) / 4 ? 1 : 2;
    }
    int x = r.nextInt(1000);
    return x < Math.min(960, base) ? 1 : 2 + r.nextInt(options - 1);
  }

  private static int expectation(SplittableRandom r, int options) {
    int mask = 0;
    for (int j = 0; j < options; j++) {
      if (r.nextInt(1000) < 350) {
        mask |= 1 << j;
      }
    }
    return mask == 0 ? 1 : mask;
  }

  /**
   * Writes {@code n} synthetic respondents as CSV in the format of {@code SurveyCsvReader} (header {@code unit,
   * field, group, weight} then one column per item), streaming row by row.
   */
  public void writeCsv(long n, Writer out) {
    List<Item> items = questionnaire.items();
    StringBuilder line = new StringBuilder(256);
    try {
      line.append("unit,field,group,weight");
      items.forEach(i -> line.append(',').append(i.code()));
      out.write(line.append('\n').toString());
      generate(n, (unit, field, group, weight, answers) -> {
        line.setLength(0);
        line.append(frame.units().get(unit).code()).append(',').append(frame.serviceFields().get(field).code())
            .append(',').append(frame.groups().get(group).code()).append(",1");
        for (int i = 0; i < answers.length; i++) {
          line.append(',');
          appendCell(line, items.get(i), answers[i]);
        }
        line.append('\n');
        try {
          out.write(line.toString());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void appendCell(StringBuilder s, Item item, int code) {
    if (code == AnswerKind.BLANK) {
      return;
    }
    if (code == AnswerKind.NO_OPINION) {
      s.append("KYK");
      return;
    }
    if (item.kind() != AnswerKind.EXPECTATION) {
      s.append(code);
      return;
    }
    boolean first = true;
    for (int j = 0; j < item.options().size(); j++) {
      if ((code & (1 << j)) != 0) {
        s.append(first ? "" : "|").append(j + 1);
        first = false;
      }
    }
  }
}
