package io.github.parindex.benchmarks;

import io.github.parindex.engine.Scorecard;
import io.github.parindex.method.Answer;
import io.github.parindex.model.Appraisal;
import io.github.parindex.model.Assessment;
import io.github.parindex.model.GradeBand;
import io.github.parindex.model.LeafInput;
import io.github.parindex.model.Node;
import io.github.parindex.model.NodeRole;
import io.github.parindex.model.RuleSet;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The BASELINE of the engine benchmarks: a plain hand-written {@code BigDecimal} loop that computes what a scorecard
 * holds for a {@link io.github.parindex.examples.SyntheticProvince} rule set (every node's self-assessed and final
 * points, effective maximum, rounded points and index; the total, index and grade) without explanation objects,
 * checks, builders or {@code Optional}. The rule set is flattened once into arrays (tree order, parent indices);
 * each leaf's points follow from its method's kind and its maximum, as the synthetic rule sets build them (bands
 * 100% → max, 80..100% → max/2, below → 0; levels max, max/2, max/4, 0; ...). {@link #sameAs} checks it against the
 * engine on the benchmark data, so the two compute the same figures.
 */
final class HandLoop {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal EIGHTY = BigDecimal.valueOf(80);
  private static final BigDecimal QUARTER = new BigDecimal("0.25");
  private static final BigDecimal HALF = new BigDecimal("0.5");
  private static final String[] LEVELS = {"Thực hiện tốt", "Có thực hiện đầy đủ", "Thực hiện chưa đầy đủ",
      "Không thực hiện"};

  static final int PARENT = 0;
  static final int BANDS = 1;
  static final int LEVEL = 2;
  static final int YES_NO = 3;
  static final int DEADLINE = 4;
  static final int COUNT = 5;
  static final int PROPORTIONAL = 6;
  static final int DIRECT = 7;
  static final int DEDUCTION = 8;
  static final int SURVEY = 9;

  final int n;
  final String[] code;
  final int[] parent;
  final int[] kind;
  final boolean[] penalty;
  final BigDecimal[] max;
  final BigDecimal[] half;
  final BigDecimal[] quarter;
  final BigDecimal maxTotal;
  final BigDecimal[] gradeMin;
  final String[] gradeLabel;

  /** What the loop computes for one unit. */
  record Result(BigDecimal total, BigDecimal effectiveMaximum, BigDecimal index, String grade, BigDecimal[] points,
      BigDecimal[] self, BigDecimal[] nodeIndex) {}

  HandLoop(RuleSet rs) {
    List<Node> all = new ArrayList<>();
    List<Integer> parents = new ArrayList<>();
    for (Node top : rs.nodes()) {
      flatten(top, -1, all, parents);
    }
    n = all.size();
    code = new String[n];
    parent = new int[n];
    kind = new int[n];
    penalty = new boolean[n];
    max = new BigDecimal[n];
    half = new BigDecimal[n];
    quarter = new BigDecimal[n];
    for (int i = 0; i < n; i++) {
      Node node = all.get(i);
      code[i] = node.code();
      parent[i] = parents.get(i);
      penalty[i] = node.role() == NodeRole.PENALTY;
      max[i] = node.maxPoints();
      half[i] = max[i].divide(BigDecimal.valueOf(2));
      quarter[i] = max[i].divide(BigDecimal.valueOf(4));
      kind[i] = node.isLeaf() ? kindOf(node.method().orElseThrow().kind()) : PARENT;
    }
    maxTotal = rs.maxTotal();
    List<GradeBand> bands = rs.grades().bands();
    gradeMin = new BigDecimal[bands.size()];
    gradeLabel = new String[bands.size()];
    for (int i = 0; i < bands.size(); i++) {
      gradeMin[i] = bands.get(i).minimumIndex();
      gradeLabel[i] = bands.get(i).label();
    }
  }

  private static void flatten(Node node, int parentIndex, List<Node> all, List<Integer> parents) {
    int me = all.size();
    all.add(node);
    parents.add(parentIndex);
    for (Node c : node.children()) {
      flatten(c, me, all, parents);
    }
  }

  private static int kindOf(String kind) {
    return switch (kind) {
      case "percent-bands" -> BANDS;
      case "graded-levels" -> LEVEL;
      case "yes-no" -> YES_NO;
      case "deadline" -> DEADLINE;
      case "count-times-points" -> COUNT;
      case "proportional" -> PROPORTIONAL;
      case "direct-points" -> DIRECT;
      case "deduction-per-event" -> DEDUCTION;
      case "survey-share" -> SURVEY;
      default -> throw new IllegalArgumentException("not a synthetic method: " + kind);
    };
  }

  Result score(Assessment a) {
    Map<String, LeafInput> inputs = a.inputsByCode();
    boolean[] na = new boolean[n];
    BigDecimal[] exact = new BigDecimal[n];
    BigDecimal[] self = new BigDecimal[n];
    BigDecimal[] effMax = new BigDecimal[n];
    for (int i = 0; i < n; i++) {
      LeafInput in = inputs.get(code[i]);
      na[i] = (parent[i] >= 0 && na[parent[i]]) || (in != null && in.notApplicable());
      exact[i] = BigDecimal.ZERO;
      effMax[i] = BigDecimal.ZERO;
      if (kind[i] != PARENT && !na[i]) {
        effMax[i] = max[i];
        if (in != null) {
          leaf(i, in, exact, self);
        }
      }
    }
    for (int i = n - 1; i >= 0; i--) {
      int p = parent[i];
      if (p >= 0) {
        exact[p] = penalty[i] ? exact[p].subtract(exact[i]) : exact[p].add(exact[i]);
        if (!penalty[i]) {
          effMax[p] = effMax[p].add(effMax[i]);
        }
        if (self[i] != null) {
          self[p] = self[p] == null ? self[i] : penalty[i] ? self[p].subtract(self[i]) : self[p].add(self[i]);
        }
      }
    }
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal totalMax = BigDecimal.ZERO;
    BigDecimal[] points = new BigDecimal[n];
    BigDecimal[] nodeIndex = new BigDecimal[n];
    for (int i = 0; i < n; i++) {
      points[i] = exact[i].setScale(2, RoundingMode.HALF_UP);
      if (self[i] != null) {
        self[i] = self[i].setScale(2, RoundingMode.HALF_UP);
      }
      if (!penalty[i] && effMax[i].signum() > 0) {
        nodeIndex[i] = points[i].multiply(HUNDRED).divide(effMax[i], 2, RoundingMode.HALF_UP);
      }
      if (parent[i] < 0) {
        total = total.add(exact[i]);
        totalMax = totalMax.add(effMax[i]);
      }
    }
    BigDecimal shown = total.setScale(2, RoundingMode.HALF_UP);
    BigDecimal index = shown.multiply(HUNDRED).divide(totalMax, 2, RoundingMode.HALF_UP);
    String grade = null;
    for (int g = 0; g < gradeMin.length && grade == null; g++) {
      if (index.compareTo(gradeMin[g]) >= 0) {
        grade = gradeLabel[g];
      }
    }
    return new Result(shown, totalMax, index, grade, points, self, nodeIndex);
  }

  private void leaf(int i, LeafInput in, BigDecimal[] exact, BigDecimal[] self) {
    Answer selfAnswer = in.selfAssessed().orElse(null);
    BigDecimal selfExact = null;
    if (selfAnswer != null) {
      selfExact = points(i, selfAnswer);
      self[i] = selfExact.setScale(2, RoundingMode.HALF_UP); // parents add up the published self-assessed points
    }
    Appraisal ap = in.appraisal().orElse(null);
    if (ap != null) {
      exact[i] = ap.answer().isPresent() ? points(i, ap.answer().get()) : ap.points().orElseThrow();
    } else if (in.measured().isPresent()) {
      exact[i] = points(i, in.measured().get());
    } else {
      exact[i] = selfExact;
    }
  }

  private BigDecimal points(int i, Answer answer) {
    switch (kind[i]) {
      case BANDS -> {
        Answer.Rate r = (Answer.Rate) answer;
        int c100 = r.comparePercent(HUNDRED);
        return c100 == 0 ? max[i] : r.comparePercent(EIGHTY) >= 0 ? half[i] : BigDecimal.ZERO;
      }
      case LEVEL -> {
        String label = ((Answer.Level) answer).label();
        return label.equals(LEVELS[0]) ? max[i] : label.equals(LEVELS[1]) ? half[i]
            : label.equals(LEVELS[2]) ? quarter[i] : BigDecimal.ZERO;
      }
      case YES_NO -> {
        return ((Answer.YesNo) answer).value() ? max[i] : BigDecimal.ZERO;
      }
      case DEADLINE -> {
        return switch (((Answer.Deadline) answer).value()) {
          case ON_TIME -> max[i];
          case LATE -> half[i];
          case NOT_DONE -> BigDecimal.ZERO;
        };
      }
      case COUNT -> {
        BigDecimal each = penalty[i] ? HALF : QUARTER;
        BigDecimal raw = each.multiply(new BigDecimal(((Answer.Count) answer).value()));
        return raw.compareTo(max[i]) > 0 ? max[i] : raw;
      }
      case PROPORTIONAL, SURVEY -> {
        Answer.Rate r = (Answer.Rate) answer;
        return max[i].multiply(r.numerator()).divide(r.denominator(), MathContext.DECIMAL128);
      }
      case DIRECT -> {
        return ((Answer.Points) answer).value();
      }
      default -> {
        BigDecimal raw = max[i].subtract(HALF.multiply(new BigDecimal(((Answer.Count) answer).value())));
        return raw.signum() < 0 ? BigDecimal.ZERO : raw;
      }
    }
  }

  /** Whether the loop's figures equal the engine's for this unit: total, maximum, index, grade, every node. */
  boolean sameAs(Scorecard card, Result r) {
    if (card.totalPoints().compareTo(r.total()) != 0 || card.index().compareTo(r.index()) != 0
        || card.effectiveMaximum().compareTo(r.effectiveMaximum()) != 0
        || !card.grade().map(GradeBand::label).orElse("-").equals(r.grade() == null ? "-" : r.grade())) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      var node = card.node(code[i]).orElseThrow();
      if (node.points().compareTo(r.points()[i]) != 0 || differ(node.selfAssessedPoints().orElse(null), r.self()[i])
          || differ(node.index().orElse(null), r.nodeIndex()[i])) {
        return false;
      }
    }
    return true;
  }

  private static boolean differ(BigDecimal a, BigDecimal b) {
    return a == null ? b != null : b == null || a.compareTo(b) != 0;
  }
}
