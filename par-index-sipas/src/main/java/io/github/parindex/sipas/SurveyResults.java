package io.github.parindex.sipas;

import io.github.parindex.model.UnitLevel;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The results of a survey: a {@link PopulationReport} for everyone, for each unit (pooling the units below it), for
 * each service field and each respondent group, and the national figure computed both ways. Immutable and
 * thread-safe (a snapshot of a {@link SurveyAccumulator}); reports are computed on request.
 *
 * <pre>{@code
 * SurveyResults r = accumulator.result();
 * r.all().overall();                                    // every respondent pooled
 * r.unit("HT").element("3");                           // Hà Tĩnh, element 3
 * r.serviceField("DD").item("2.1");                    // the land field, item 2.1
 * r.national(SurveyResults.National.MEAN_OF_PROVINCES);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class SurveyResults {

  /**
   * How the national figure is formed.
   *
   * @since 0.1.0
   */
  public enum National {
    /** The arithmetic mean of the provinces' overall figures ("trung bình cả nước" read as a mean of provinces). */
    MEAN_OF_PROVINCES,
    /** Every respondent of every province pooled, with the method's own overall rule. */
    POOLED
  }

  private final Questionnaire questionnaire;
  private final SurveyFrame frame;
  private final SipasMethod method;
  private final SlotLayout layout;
  private final int units;
  private final int fields;
  private final boolean weighted;
  private final CounterTable counters;

  SurveyResults(Questionnaire questionnaire, SurveyFrame frame, SipasMethod method, SlotLayout layout, int units,
      int fields, CounterTable counters) {
    this.questionnaire = questionnaire;
    this.frame = frame;
    this.method = method;
    this.layout = layout;
    this.units = units;
    this.fields = fields;
    this.weighted = counters.weighted;
    this.counters = counters;
  }

  /**
   * The questionnaire the answers follow.
   *
   * @return the questionnaire
   */
  public Questionnaire questionnaire() {
    return questionnaire;
  }

  /**
   * The units, service fields and groups the respondents belong to.
   *
   * @return the frame
   */
  public SurveyFrame frame() {
    return frame;
  }

  /**
   * The computation rules every figure of these results follows.
   *
   * @return the method
   */
  public SipasMethod method() {
    return method;
  }

  private Tally tally(int... cells) {
    Tally t = new Tally(layout.slots(), weighted);
    for (int c : cells) {
      t.addCell(counters, c);
    }
    return t;
  }

  private PopulationReport report(String code, String label, int... cells) {
    return new PopulationReport(code, label, questionnaire, method, layout, tally(cells));
  }

  /**
   * The figures of every respondent together.
   *
   * @return the report, code {@code "ALL"}
   */
  public PopulationReport all() {
    int[] cells = new int[units];
    for (int u = 0; u < units; u++) {
      cells[u] = u;
    }
    return report("ALL", "all respondents", cells);
  }

  /**
   * The figures of one unit, pooling its own respondents and those of every unit below it.
   *
   * @param code the unit's code in the frame
   * @return the report, labelled with the unit's name and level
   * @throws IllegalArgumentException if the frame has no such unit
   */
  public PopulationReport unit(String code) {
    int u = frame.unitIndex(code);
    if (u < 0) {
      throw new IllegalArgumentException("unit " + code + " is not in the survey frame");
    }
    List<Integer> cells = new ArrayList<>();
    for (int i = 0; i < units; i++) {
      int a = i;
      while (a >= 0 && a != u) {
        a = frame.parentIndex(a);
      }
      if (a == u) {
        cells.add(i);
      }
    }
    SurveyFrame.Unit unit = frame.units().get(u);
    return report(code, unit.name() + " (" + unit.level() + ")", cells.stream().mapToInt(Integer::intValue).toArray());
  }

  /**
   * The figures of the respondents of one service field, in every unit.
   *
   * @param code the field's code in the frame
   * @return the report
   * @throws IllegalArgumentException if the frame has no such field
   */
  public PopulationReport serviceField(String code) {
    int f = frame.fieldIndex(code);
    if (f < 0) {
      throw new IllegalArgumentException("service field " + code + " is not in the survey frame");
    }
    return report(code, "service field " + frame.serviceFields().get(f).name(), units + f);
  }

  /**
   * The figures of the respondents of one group, in every unit.
   *
   * @param code the group's code in the frame
   * @return the report
   * @throws IllegalArgumentException if the frame has no such group
   */
  public PopulationReport group(String code) {
    int g = frame.groupIndex(code);
    if (g < 0) {
      throw new IllegalArgumentException("respondent group " + code + " is not in the survey frame");
    }
    return report(code, "respondent group " + frame.groups().get(g).name(), units + fields + g);
  }

  /**
   * A report for every unit of a level.
   *
   * @param level the administrative level
   * @return the reports in frame order, possibly none
   */
  public List<PopulationReport> units(UnitLevel level) {
    List<PopulationReport> out = new ArrayList<>();
    for (SurveyFrame.Unit u : frame.units()) {
      if (u.level() == level) {
        out.add(unit(u.code()));
      }
    }
    return out;
  }

  /**
   * The national SIPAS figure, labelled with how it was formed. {@link National#MEAN_OF_PROVINCES} averages the
   * overall figures of the frame's {@link UnitLevel#PROVINCE} units that have one (their exact values, or their
   * 2-decimal figures when the method rounds {@code EACH_LEVEL}); its interval uses the provinces' summed
   * (effective) sample sizes. {@link National#POOLED} is {@code all().overall()}.
   *
   * @param how how the national figure is formed
   * @return the figure, code {@code "SIPAS"}; undefined (no percent) when no province has results
   */
  public Figure national(National how) {
    if (how == National.POOLED) {
      Figure f = all().overall();
      return new Figure("SIPAS", "national SIPAS, pooled over every respondent", f.percent(), f.exactPercent(),
          f.interval(), f.numerator(), f.denominator(), f.respondents(), f.effectiveN(),
          "national = all respondents pooled; " + f.rule(), f.arithmetic());
    }
    List<PopulationReport> provinces = units(UnitLevel.PROVINCE);
    Ratio sum = Ratio.ZERO;
    int k = 0;
    BigDecimal n = BigDecimal.ZERO;
    BigDecimal num = BigDecimal.ZERO;
    BigDecimal den = BigDecimal.ZERO;
    long resp = 0;
    List<String> terms = new ArrayList<>();
    for (PopulationReport p : provinces) {
      Optional<Ratio> v = p.overallValue();
      if (v.isEmpty()) {
        continue;
      }
      Ratio r = method.rounding() == SipasMethod.IntermediateRounding.EACH_LEVEL ? v.get().rounded(2) : v.get();
      sum = sum.plus(r);
      k++;
      Figure f = p.overall();
      n = n.add(f.effectiveN());
      num = num.add(f.numerator());
      den = den.add(f.denominator());
      resp += f.respondents();
      terms.add(p.code() + " " + PopulationReport.shortText(r));
    }
    String rule = "national = arithmetic mean of the overall figures of the provinces with results";
    if (k == 0) {
      return new Figure("SIPAS", "national SIPAS, mean of provinces", Optional.empty(), Optional.empty(),
          Optional.empty(), num, den, 0, BigDecimal.ZERO, rule + " (none has results)", List.of());
    }
    Ratio mean = sum.dividedBy(k);
    List<String> arithmetic = List.of("(" + String.join(" + ", terms) + ") / " + k + " = " + mean.text(),
        "published: " + mean.round(2, RoundingMode.HALF_UP).toPlainString() + " (2 decimals HALF_UP)");
    BigDecimal p = mean.decimal().divide(BigDecimal.valueOf(100), Ratio.MC).min(BigDecimal.ONE);
    return new Figure("SIPAS", "national SIPAS, mean of " + k + " provinces",
        Optional.of(mean.round(2, RoundingMode.HALF_UP)), Optional.of(mean.decimal()),
        Optional.of(ConfidenceInterval.ofShare(p, n)), num, den, resp, n,
        rule + "; interval n = the provinces' sample sizes summed", arithmetic);
  }
}
