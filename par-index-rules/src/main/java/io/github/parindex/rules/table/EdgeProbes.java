package io.github.parindex.rules.table;

import io.github.parindex.internal.Decimals;
import io.github.parindex.method.Answer;
import io.github.parindex.method.Band;
import io.github.parindex.method.BandsWithCases;
import io.github.parindex.method.CountBands;
import io.github.parindex.method.CountTimesPoints;
import io.github.parindex.method.Deadline;
import io.github.parindex.method.DeductionPerEvent;
import io.github.parindex.method.GradedLevels;
import io.github.parindex.method.PercentBands;
import io.github.parindex.method.PointRanges;
import io.github.parindex.method.Proportional;
import io.github.parindex.method.ProportionalThreshold;
import io.github.parindex.method.ScoringMethod;
import io.github.parindex.method.StepPoints;
import io.github.parindex.method.SurveyShare;
import io.github.parindex.method.YesNo;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A few answers at the edges of a method, scored by the method itself, for the review report: each band boundary
 * and just under it, 0, 1, the cap and one past it, every level and plain case, the ends of each council range and
 * the first figure past a range that no other range holds. An answer the method rejects is shown as "bị từ chối"
 * (rejected). Direct points have no probe: the points are given.
 */
final class EdgeProbes {
  private EdgeProbes() {}

  private static final BigDecimal STEP = new BigDecimal("0.01");

  /** One probe: the answer in words and what it scores. */
  record Probe(String answer, String result) {
    @Override
    public String toString() {
      return answer + " → " + result;
    }
  }

  static List<Probe> of(ScoringMethod m, BigDecimal max) {
    List<Answer> answers = answers(m, max);
    List<Probe> out = new ArrayList<>();
    for (Answer a : answers) {
      List<String> problems = m.answerProblems(a, max);
      out.add(new Probe(words(a), problems.isEmpty()
          ? Decimals.withComma(strip(m.apply(a, max).points())) + " điểm" : "bị từ chối (rejected)"));
    }
    return out;
  }

  private static List<Answer> answers(ScoringMethod m, BigDecimal max) {
    List<Answer> out = new ArrayList<>();
    if (m instanceof BandsWithCases bc) {
      out.addAll(answers(bc.bands(), max));
      bc.cases().forEach(l -> out.add(Answer.level(l.label())));
    } else if (m instanceof PercentBands pb) {
      percentEdges(out, pb);
    } else if (m instanceof ProportionalThreshold pt) {
      out.add(Answer.percent("0"));
      if (pt.thresholdPercent().signum() > 0) {
        out.add(Answer.percent(pt.thresholdPercent().subtract(STEP).toPlainString()));
      }
      out.add(Answer.percent(pt.thresholdPercent().toPlainString()));
      out.add(Answer.percent("100"));
    } else if (m instanceof Proportional || m instanceof SurveyShare) {
      out.add(Answer.percent("0"));
      out.add(Answer.percent("50"));
      out.add(Answer.percent("100"));
    } else if (m instanceof YesNo) {
      out.add(Answer.yes());
      out.add(Answer.no());
    } else if (m instanceof Deadline) {
      out.add(Answer.deadline(Answer.Timeliness.ON_TIME));
      out.add(Answer.deadline(Answer.Timeliness.LATE));
      out.add(Answer.deadline(Answer.Timeliness.NOT_DONE));
    } else if (m instanceof GradedLevels gl) {
      gl.levels().forEach(l -> out.add(Answer.level(l.label())));
    } else if (m instanceof CountTimesPoints c) {
      counts(out, c.cap().orElse(max), c.pointsEach());
    } else if (m instanceof DeductionPerEvent d) {
      counts(out, max.subtract(d.floor()), d.perEvent());
    } else if (m instanceof CountBands cb) {
      countEdges(out, cb);
    } else if (m instanceof StepPoints sp) {
      steps(out, sp);
    } else if (m instanceof PointRanges pr) {
      rangeEnds(out, pr, max);
    }
    return out;
  }

  /** Each band boundary (and 0%, 100%) and just under it. */
  private static void percentEdges(List<Answer> out, PercentBands pb) {
    TreeSet<BigDecimal> edges = new TreeSet<>();
    edges.add(BigDecimal.ZERO);
    edges.add(new BigDecimal("100"));
    for (Band b : pb.bands()) {
      edges.add(b.from());
      edges.add(b.to());
    }
    for (BigDecimal e : edges) {
      if (e.signum() > 0) {
        out.add(Answer.percent(e.subtract(STEP).toPlainString()));
      }
      out.add(Answer.percent(e.toPlainString()));
    }
  }

  /** The lowest whole count of each band and the count just below it. */
  private static void countEdges(List<Answer> out, CountBands cb) {
    TreeSet<BigInteger> edges = new TreeSet<>();
    for (CountBands.CountBand b : cb.bands()) {
      BigInteger low = b.from().setScale(0, RoundingMode.CEILING).toBigInteger();
      edges.add(low);
      if (low.signum() > 0) {
        edges.add(low.subtract(BigInteger.ONE));
      }
    }
    edges.forEach(n -> out.add(new Answer.Count(n)));
  }

  /** The ends of each council range and the first figure past it that no range holds (up to the maximum). */
  private static void rangeEnds(List<Answer> out, PointRanges pr, BigDecimal max) {
    for (PointRanges.Range r : pr.ranges()) {
      out.add(Answer.points(r.min().toPlainString()));
      if (r.max().compareTo(r.min()) != 0) {
        out.add(Answer.points(r.max().toPlainString()));
      }
      BigDecimal past = r.max().add(STEP);
      if (past.compareTo(max) <= 0 && pr.find(past).isEmpty()) {
        out.add(Answer.points(past.toPlainString()));
      }
    }
  }

  /**
   * Just on the other side of the threshold, the threshold, one step, the step that reaches the ceiling and one
   * more, and half a step (which a text that does not say how a part counts refuses).
   */
  private static void steps(List<Answer> out, StepPoints m) {
    BigDecimal sign = m.direction() == StepPoints.Direction.UP ? BigDecimal.ONE : BigDecimal.ONE.negate();
    BigDecimal room = m.cap().subtract(m.basePoints());
    BigDecimal reach = room.signum() > 0 && m.pointsPerStep().signum() > 0
        ? room.divide(m.pointsPerStep(), 0, RoundingMode.CEILING) : BigDecimal.ONE;
    boolean count = m.measure() == StepPoints.Measure.COUNT;
    BigDecimal unit = count ? BigDecimal.ONE : STEP;
    List<BigDecimal> at = List.of(m.threshold().subtract(sign.multiply(unit)), m.threshold(),
        m.threshold().add(sign.multiply(m.step())),
        m.threshold().add(sign.multiply(m.step().divide(BigDecimal.valueOf(2)))),
        m.threshold().add(sign.multiply(m.step().multiply(reach))),
        m.threshold().add(sign.multiply(m.step().multiply(reach.add(BigDecimal.ONE)))));
    for (BigDecimal v : at) {
      if (v.signum() < 0) {
        continue;
      }
      if (count && v.stripTrailingZeros().scale() <= 0) {
        out.add(new Answer.Count(v.toBigInteger()));
      } else if (!count) {
        out.add(Answer.percent(v.stripTrailingZeros().toPlainString()));
      }
    }
  }

  /** 0 and 1 events, the number that reaches the cap, and one more. */
  private static void counts(List<Answer> out, BigDecimal reach, BigDecimal each) {
    out.add(Answer.count(0));
    out.add(Answer.count(1));
    if (each.signum() > 0 && reach.signum() > 0) {
      BigInteger n = reach.divide(each, 0, RoundingMode.CEILING).toBigInteger();
      if (n.compareTo(BigInteger.ONE) > 0) {
        out.add(new Answer.Count(n));
      }
      out.add(new Answer.Count(n.add(BigInteger.ONE)));
    }
  }

  private static String words(Answer a) {
    if (a instanceof Answer.Rate r && r.isPercent()) {
      return Decimals.withComma(strip(r.numerator())) + "%";
    }
    if (a instanceof Answer.Count c) {
      return c.value() + " lần (count " + c.value() + ")";
    }
    if (a instanceof Answer.Points p) {
      return "Hội đồng chấm " + Decimals.withComma(strip(p.value())) + " điểm";
    }
    if (a instanceof Answer.Level l) {
      return "\"" + l.label() + "\"";
    }
    if (a instanceof Answer.YesNo y) {
      return y.value() ? "Có (yes)" : "Không (no)";
    }
    if (a instanceof Answer.Deadline d) {
      return switch (d.value()) {
        case ON_TIME -> "đúng hạn (on time)";
        case LATE -> "chậm (late)";
        case NOT_DONE -> "không thực hiện (not done)";
      };
    }
    return a.describe();
  }

  private static BigDecimal strip(BigDecimal v) {
    BigDecimal s = v.signum() == 0 ? BigDecimal.ZERO : v.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }
}
