package io.github.parindex.engine;

import io.github.parindex.method.Answer;
import io.github.parindex.method.Band;
import io.github.parindex.method.CountTimesPoints;
import io.github.parindex.method.Deadline;
import io.github.parindex.method.DeductionPerEvent;
import io.github.parindex.method.DirectPoints;
import io.github.parindex.method.GradedLevels;
import io.github.parindex.method.Level;
import io.github.parindex.method.Methods;
import io.github.parindex.method.PercentBands;
import io.github.parindex.method.Proportional;
import io.github.parindex.method.ScoringMethod;
import io.github.parindex.method.YesNo;
import io.github.parindex.model.AdministrativeUnit;
import io.github.parindex.model.Appraisal;
import io.github.parindex.model.Assessment;
import io.github.parindex.model.LeafInput;
import io.github.parindex.model.LegalReference;
import io.github.parindex.model.Node;
import io.github.parindex.model.PointSource;
import io.github.parindex.model.Provenance;
import io.github.parindex.model.ProvenanceStatus;
import io.github.parindex.model.RoundingPolicy;
import io.github.parindex.model.RoundingStage;
import io.github.parindex.model.RuleSet;
import io.github.parindex.model.UnitLevel;
import io.github.parindex.model.YearRange;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Random but valid rule sets and assessments for property tests, built deterministically from a seed so jqwik can
 * report and replay a failing seed. Trees have 1–4 components, 1–3 criteria each and 0–3 sub-criteria per criterion;
 * leaves use every built-in method; maxima are multiples of 0.25.
 */
final class RandomCases {
  final Random random;

  RandomCases(long seed) {
    this.random = new Random(seed);
  }

  RuleSet ruleSet(RoundingStage stage) {
    List<Node> components = new ArrayList<>();
    int nc = 1 + random.nextInt(4);
    for (int c = 1; c <= nc; c++) {
      components.add(parent(String.valueOf(c), 2));
    }
    BigDecimal total = components.stream().map(Node::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
    if (withBonusAndPenalty && random.nextBoolean()) {
      components.add(extra("B", io.github.parindex.model.NodeRole.BONUS));
    }
    if (withBonusAndPenalty && random.nextBoolean()) {
      components.add(extra("T", io.github.parindex.model.NodeRole.PENALTY));
    }
    java.math.RoundingMode mode = random.nextBoolean() ? java.math.RoundingMode.HALF_UP : java.math.RoundingMode.DOWN;
    return RuleSet.builder().id("random").title("random").issuer("test").legalBasis(LegalReference.of("test"))
        .addAppliesTo(UnitLevel.PROVINCE).years(YearRange.of(2024, 2024)).maxTotal(total)
        .rounding(RoundingPolicy.of(2, mode, 2, mode, stage))
        .allowAboveMaximum(random.nextBoolean())
        .provenance(Provenance.of(ProvenanceStatus.ILLUSTRATIVE, "generated")).nodes(components).build();
  }

  /** Whether {@link #ruleSet} adds a bonus and a penalty component (each with one count × 0.25 leaf, cap 1). */
  boolean withBonusAndPenalty;

  RandomCases withBonusAndPenalty() {
    this.withBonusAndPenalty = true;
    return this;
  }

  private Node extra(String code, io.github.parindex.model.NodeRole role) {
    Node leaf = Node.builder().code(code + ".1").name("Điểm " + role).maxPoints(BigDecimal.ONE).role(role)
        .source(PointSource.APPRAISAL).method(Methods.countTimesPoints("0.25")).build();
    return Node.builder().code(code).name("Điểm " + role).maxPoints(BigDecimal.ONE).role(role).addChildren(leaf)
        .build();
  }

  private Node parent(String code, int depth) {
    int n = depth == 2 ? 1 + random.nextInt(3) : random.nextInt(4);
    if (n == 0 || depth > 3) {
      return leaf(code);
    }
    List<Node> children = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      children.add(parent(code + "." + i, depth + 1));
    }
    BigDecimal max = children.stream().map(Node::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
    return Node.builder().code(code).name("Nút " + code).maxPoints(max).children(children).build();
  }

  private Node leaf(String code) {
    BigDecimal max = BigDecimal.valueOf(1 + random.nextInt(20)).multiply(new BigDecimal("0.25"));
    String m = max.toPlainString();
    String half = max.divide(BigDecimal.valueOf(2)).toPlainString();
    ScoringMethod method = switch (random.nextInt(9)) {
      case 0 -> Methods.directPoints();
      case 1 -> Methods.percentBands(Band.exactly("100", m), Band.between("80", "100", half), Band.below("80", "0"));
      case 2 -> Methods.percentBands(Band.below("5", m), Band.atLeast("5", "0"));
      case 3 -> Methods.proportional();
      case 4 -> Methods.yesNo(m, "0");
      case 5 -> Methods.levels(Level.of("tốt", m), Level.of("đầy đủ", half), Level.of("không", "0"));
      case 6 -> Methods.countTimesPoints("0.25");
      case 7 -> Methods.deadline(m, half, "0");
      default -> Methods.deductionPerEvent("0.25", "0");
    };
    PointSource source = method instanceof Proportional && random.nextBoolean()
        ? PointSource.CITIZENS_SURVEY : PointSource.APPRAISAL;
    if (source == PointSource.CITIZENS_SURVEY) {
      method = Methods.surveyShare();
    }
    return Node.builder().code(code).name("Tiêu chí " + code).maxPoints(max).source(source).method(method).build();
  }

  Assessment assessment(RuleSet rs) {
    List<LeafInput> inputs = new ArrayList<>();
    String first = rs.leaves().get(0).code();
    java.util.Set<String> skipped = new java.util.HashSet<>();
    for (Node n : rs.nodesByCode().values()) {
      // now and then a whole criterion (a parent below a component) does not apply
      if (!n.isLeaf() && n.code().contains(".") && !first.startsWith(n.code() + ".") && random.nextInt(8) == 0) {
        inputs.add(LeafInput.notApplicable(n.code(), "không có đơn vị trực thuộc"));
        n.forEach(d -> skipped.add(d.code()));
      }
    }
    for (Node leaf : rs.leaves()) {
      if (skipped.contains(leaf.code())) {
        continue;
      }
      if (leaf.role() != io.github.parindex.model.NodeRole.SCORED) {
        if (random.nextBoolean()) {
          inputs.add(LeafInput.self(leaf.code(), Answer.count(random.nextInt(6))));
        }
        continue;
      }
      if (!leaf.code().equals(first) && random.nextInt(10) == 0) {
        inputs.add(LeafInput.notApplicable(leaf.code(), "không phát sinh"));
        continue;
      }
      Answer answer = answer(leaf);
      if (leaf.source().orElseThrow().isSurvey()) {
        inputs.add(LeafInput.measured(leaf.code(), answer));
      } else if (random.nextInt(4) == 0) {
        inputs.add(LeafInput.builder().code(leaf.code()).selfAssessed(answer)
            .appraisal(Appraisal.ofAnswer(answer(leaf), "thẩm định lại")).build());
      } else {
        inputs.add(LeafInput.self(leaf.code(), answer));
      }
    }
    return Assessment.builder().unit(AdministrativeUnit.of("R", "Random", UnitLevel.PROVINCE)).ruleSetId(rs.id())
        .year(2024).inputs(inputs).build();
  }

  Answer answer(Node leaf) {
    ScoringMethod m = leaf.method().orElseThrow();
    BigDecimal max = leaf.maxPoints();
    if (m instanceof DirectPoints) {
      return Answer.points(max.multiply(BigDecimal.valueOf(random.nextInt(101))).movePointLeft(2));
    } else if (m instanceof YesNo) {
      return random.nextBoolean() ? Answer.yes() : Answer.no();
    } else if (m instanceof GradedLevels g) {
      return Answer.level(g.levels().get(random.nextInt(g.levels().size())).label());
    } else if (m instanceof CountTimesPoints || m instanceof DeductionPerEvent) {
      return Answer.count(random.nextInt(12));
    } else if (m instanceof Deadline) {
      return Answer.deadline(Answer.Timeliness.values()[random.nextInt(3)]);
    } else {
      int den = 1 + random.nextInt(500);
      return Answer.rate(random.nextInt(den + 1), den);
    }
  }

  /** A strictly or weakly better answer than {@code a} for the leaf's method, or {@code a} at the top. */
  static Answer better(Node leaf, Answer a) {
    ScoringMethod m = leaf.method().orElseThrow();
    if (a instanceof Answer.Points p) {
      BigDecimal up = p.value().add(new BigDecimal("0.01"));
      return Answer.points(up.min(leaf.maxPoints()));
    } else if (a instanceof Answer.YesNo) {
      return Answer.yes();
    } else if (a instanceof Answer.Level l) {
      List<Level> levels = ((GradedLevels) m).levels();
      int i = levels.indexOf(((GradedLevels) m).find(l.label()).orElseThrow());
      return Answer.level(levels.get(Math.max(0, i - 1)).label());
    } else if (a instanceof Answer.Count c) {
      boolean moreIsBetter = m instanceof CountTimesPoints;
      long n = c.value().longValueExact();
      return Answer.count(moreIsBetter ? n + 1 : Math.max(0, n - 1));
    } else if (a instanceof Answer.Deadline d) {
      return Answer.deadline(d.value() == Answer.Timeliness.NOT_DONE ? Answer.Timeliness.LATE
          : Answer.Timeliness.ON_TIME);
    } else {
      Answer.Rate r = (Answer.Rate) a;
      boolean higher = !(m instanceof PercentBands pb) || pb.higherIsBetter();
      BigDecimal num = higher ? r.numerator().add(BigDecimal.ONE).min(r.denominator())
          : r.numerator().subtract(BigDecimal.ONE).max(BigDecimal.ZERO);
      return new Answer.Rate(num, r.denominator());
    }
  }

  /** The same rule set with every list of children in a random order. */
  RuleSet shuffled(RuleSet rs) {
    List<Node> tops = new ArrayList<>();
    for (Node n : rs.nodes()) {
      tops.add(shuffled(n));
    }
    Collections.shuffle(tops, random);
    return RuleSet.builder().from(rs).nodes(tops).build();
  }

  private Node shuffled(Node n) {
    if (n.isLeaf()) {
      return n;
    }
    List<Node> children = new ArrayList<>();
    for (Node c : n.children()) {
      children.add(shuffled(c));
    }
    Collections.shuffle(children, random);
    return n.withChildren(children);
  }

  Assessment shuffled(Assessment a) {
    List<LeafInput> inputs = new ArrayList<>(a.inputs());
    Collections.shuffle(inputs, random);
    return Assessment.builder().from(a).inputs(inputs).build();
  }

}
