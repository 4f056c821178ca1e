package io.github.parindex.examples;

import io.github.parindex.method.Answer;
import io.github.parindex.method.Band;
import io.github.parindex.method.Level;
import io.github.parindex.method.Methods;
import io.github.parindex.method.ScoringMethod;
import io.github.parindex.model.AdministrativeUnit;
import io.github.parindex.model.Appraisal;
import io.github.parindex.model.Assessment;
import io.github.parindex.model.GradeBand;
import io.github.parindex.model.GradeScale;
import io.github.parindex.model.LeafInput;
import io.github.parindex.model.LegalReference;
import io.github.parindex.model.Node;
import io.github.parindex.model.NodeRole;
import io.github.parindex.model.PointSource;
import io.github.parindex.model.Provenance;
import io.github.parindex.model.ProvenanceStatus;
import io.github.parindex.model.RoundingPolicy;
import io.github.parindex.model.RuleSet;
import io.github.parindex.model.UnitLevel;
import io.github.parindex.model.YearRange;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * SYNTHETIC rule sets and assessments of any size, for benchmarks and regression pins: a realistic mix of the
 * built-in methods (percentage bands, graded levels, yes/no, deadlines, counts, proportional rates, direct points,
 * deductions, two survey leaves), one penalty leaf, appraisals on about one leaf in eight and leaves marked not
 * applicable (about one in twenty, and one whole criterion). Everything is drawn from a seeded
 * {@link java.util.Random}, so the same arguments always give the same rule set and answers. Nothing here is an
 * official PAR Index figure.
 *
 * <pre>{@code
 * RuleSet rs = SyntheticProvince.ruleSet("synthetic-province", UnitLevel.PROVINCE, 100, 1);
 * Assessment a = SyntheticProvince.assessment(rs, SyntheticProvince.unit("P01", UnitLevel.PROVINCE, "Tỉnh"), 7);
 * Scorecard card = Engine.score(rs, a);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class SyntheticProvince {
  /** The year every synthetic assessment is for. */
  public static final int YEAR = 2024;

  private static final String[] LEVELS = {"Thực hiện tốt", "Có thực hiện đầy đủ", "Thực hiện chưa đầy đủ",
      "Không thực hiện"};
  private static final String[] MAXIMA = {"1", "1.5", "2", "2.5", "3", "4"};
  private static final int LEAVES_PER_CRITERION = 5;
  private static final Provenance SYNTHETIC = Provenance.of(ProvenanceStatus.ILLUSTRATIVE,
      "synthetic rule set for benchmarks and regression pins; not an official table");

  private SyntheticProvince() {}

  /**
   * A rule set of {@code leaves} leaves (at least 10) in up to 8 components of criteria of 5 leaves each.
   *
   * @param id the rule set's id
   * @param level the unit level it scores
   * @param leaves how many leaves
   * @param seed the seed of the draws
   * @return the rule set
   */
  public static RuleSet ruleSet(String id, UnitLevel level, int leaves, long seed) {
    if (leaves < 10) {
      throw new IllegalArgumentException("at least 10 leaves, was " + leaves);
    }
    Random r = new Random(seed);
    int components = Math.min(8, Math.max(1, leaves / 10));
    int[] criterionCount = new int[components];
    List<Node> tops = new ArrayList<>();
    List<List<Node>> byComponent = new ArrayList<>();
    for (int c = 0; c < components; c++) {
      byComponent.add(new ArrayList<>());
    }
    int survey = 0;
    for (int i = 0; i < leaves; i += LEAVES_PER_CRITERION) {
      int c = (i / LEAVES_PER_CRITERION) % components;
      int k = ++criterionCount[c];
      String criterion = (c + 1) + "." + k;
      List<Node> children = new ArrayList<>();
      for (int l = 0; l < LEAVES_PER_CRITERION && i + l < leaves; l++) {
        int kind = r.nextInt(9);
        boolean surveyLeaf = survey < 2 && i + l >= leaves / 2 * (survey + 1) - 1;
        if (surveyLeaf) {
          survey++;
        }
        boolean penalty = i + l == leaves - 1;
        children.add(leaf(criterion + "." + (l + 1), r, surveyLeaf ? -1 : penalty ? -2 : kind));
      }
      byComponent.get(c).add(parent(criterion, children));
    }
    BigDecimal total = BigDecimal.ZERO;
    for (int c = 0; c < components; c++) {
      Node top = parent(String.valueOf(c + 1), byComponent.get(c));
      total = total.add(top.maxPoints());
      tops.add(top);
    }
    return RuleSet.builder()
        .id(id)
        .title("Bộ chỉ số tổng hợp (SYNTHETIC, " + leaves + " tiêu chí)")
        .issuer("par-index (synthetic)")
        .legalBasis(LegalReference.of("Synthetic/QĐ (synthetic decision for benchmarks)"))
        .addAppliesTo(level)
        .years(YearRange.of(YEAR, YEAR))
        .maxTotal(total)
        .rounding(RoundingPolicy.halfUp(2))
        .grades(GradeScale.of(GradeBand.of("A", "90", "từ 90% trở lên"), GradeBand.of("B", "80", "từ 80% đến dưới 90%"),
            GradeBand.of("C", "65", "từ 65% đến dưới 80%"), GradeBand.of("D", "50", "từ 50% đến dưới 65%")))
        .provenance(SYNTHETIC)
        .nodes(tops)
        .build();
  }

  /**
   * A unit to score.
   *
   * @param code the unit's code
   * @param level its level
   * @param block its block (khối) for rankings
   * @return the unit
   */
  public static AdministrativeUnit unit(String code, UnitLevel level, String block) {
    return AdministrativeUnit.builder().code(code).name("Đơn vị " + code).level(level).block(block).build();
  }

  /**
   * A complete assessment of {@code unit} against a synthetic rule set.
   *
   * @param rs a rule set from {@link #ruleSet}
   * @param unit the unit scored
   * @param seed the seed of the draws
   * @return the assessment, which {@code Engine.check} accepts
   */
  public static Assessment assessment(RuleSet rs, AdministrativeUnit unit, long seed) {
    Random r = new Random(seed);
    Assessment.Builder b = Assessment.builder().unit(unit).ruleSetId(rs.id()).year(YEAR);
    boolean wholeCriterionNa = false;
    for (Node top : rs.nodes()) {
      for (Node criterion : top.children()) {
        if (!wholeCriterionNa && criterion.children().size() == LEAVES_PER_CRITERION && r.nextInt(6) == 0
            && criterion.children().stream().allMatch(l -> l.role() == NodeRole.SCORED && !isSurvey(l))) {
          wholeCriterionNa = true;
          b.addInputs(LeafInput.notApplicable(criterion.code(), "đơn vị không có nhiệm vụ này (synthetic)"));
          continue;
        }
        for (Node leaf : criterion.children()) {
          LeafInput in = input(leaf, r);
          if (in != null) {
            b.addInputs(in);
          }
        }
      }
    }
    return b.build();
  }

  /**
   * {@code count} assessments of units coded {@code prefix} + number, spread over {@code blocks}.
   *
   * @param rs a rule set from {@link #ruleSet}
   * @param level the units' level
   * @param prefix the units' code prefix
   * @param count how many
   * @param blocks the blocks the units are spread over, in turn
   * @param seed the seed of the draws
   * @return the assessments
   */
  public static List<Assessment> assessments(RuleSet rs, UnitLevel level, String prefix, int count,
      List<String> blocks, long seed) {
    List<Assessment> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(assessment(rs, unit(prefix + i, level, blocks.get(i % blocks.size())), seed * 1_000_003L + i));
    }
    return out;
  }

  private static boolean isSurvey(Node leaf) {
    return leaf.source().map(PointSource::isSurvey).orElse(false);
  }

  private static Node parent(String code, List<Node> children) {
    BigDecimal max = BigDecimal.ZERO;
    for (Node n : children) {
      if (n.role() == NodeRole.SCORED) {
        max = max.add(n.maxPoints());
      }
    }
    return Node.builder().code(code).name("Nhóm tiêu chí " + code).maxPoints(max).children(children).build();
  }

  private static Node leaf(String code, Random r, int kind) {
    String maxText = MAXIMA[r.nextInt(MAXIMA.length)];
    BigDecimal max = new BigDecimal(maxText);
    String half = max.divide(BigDecimal.valueOf(2)).toPlainString();
    Node.Builder b = Node.builder().code(code).name("Tiêu chí " + code).maxPoints(max)
        .source(PointSource.APPRAISAL).provenance(SYNTHETIC);
    ScoringMethod m;
    String text;
    switch (kind) {
      case -1 -> {
        b.source(PointSource.CITIZENS_SURVEY);
        m = Methods.surveyShare();
        text = "Chỉ số hài lòng / 100 × " + maxText;
      }
      case -2 -> {
        b.role(NodeRole.PENALTY);
        m = Methods.countTimesPoints("0.5");
        text = "Mỗi vi phạm trừ 0,5 điểm, tối đa " + maxText + " điểm";
      }
      case 0, 1 -> {
        m = Methods.percentBands(Band.exactly("100", maxText), Band.between("80", "100", half),
            Band.below("80", "0"));
        text = "100%: " + maxText + " điểm; từ 80% đến dưới 100%: " + half + " điểm; dưới 80%: 0 điểm";
      }
      case 2 -> {
        m = Methods.levels(Level.of(LEVELS[0], maxText), Level.of(LEVELS[1], half), Level.of(LEVELS[2],
            max.divide(BigDecimal.valueOf(4)).toPlainString()), Level.of(LEVELS[3], "0"));
        text = "Tốt: " + maxText + "; đầy đủ: " + half + "; chưa đầy đủ: một phần tư; không: 0";
      }
      case 3 -> {
        m = Methods.yesNo(maxText, "0");
        text = "Có: " + maxText + " điểm; Không: 0 điểm";
      }
      case 4 -> {
        m = Methods.deadline(maxText, half, "0");
        text = "Đúng hạn: " + maxText + "; chậm: " + half + "; không thực hiện: 0";
      }
      case 5 -> {
        m = Methods.countTimesPoints("0.25");
        text = "Mỗi kết quả: 0,25 điểm, tối đa " + maxText;
      }
      case 6 -> {
        m = Methods.proportional();
        text = "Điểm = tỷ lệ % × " + maxText;
      }
      case 7 -> {
        m = Methods.directPoints();
        text = "Chấm trực tiếp, tối đa " + maxText;
      }
      default -> {
        m = Methods.deductionPerEvent("0.5", "0");
        text = "Mỗi trường hợp trừ 0,5 điểm";
      }
    }
    return b.method(m).scoringText(text).build();
  }

  private static LeafInput input(Node leaf, Random r) {
    String code = leaf.code();
    BigDecimal max = leaf.maxPoints();
    String kind = leaf.method().orElseThrow().kind();
    if (kind.equals("survey-share")) {
      return LeafInput.measured(code, Answer.percent(BigDecimal.valueOf(6000 + r.nextInt(3800), 2)));
    }
    if (leaf.role() == NodeRole.PENALTY) {
      return r.nextBoolean() ? null : LeafInput.self(code, Answer.count(r.nextInt(3)));
    }
    if (r.nextInt(20) == 0) {
      return LeafInput.notApplicable(code, "không phát sinh (synthetic)");
    }
    Answer answer = switch (kind) {
      case "percent-bands", "proportional" -> r.nextInt(3) == 0 ? Answer.rate(1000, 1000)
          : r.nextBoolean() ? Answer.rate(850 + r.nextInt(151), 1000)
          : Answer.percent(BigDecimal.valueOf(7500 + r.nextInt(2501), 2));
      case "graded-levels" -> Answer.level(LEVELS[Math.min(r.nextInt(6), 3) / 2 + r.nextInt(2)]);
      case "yes-no" -> r.nextInt(8) == 0 ? Answer.no() : Answer.yes();
      case "deadline" -> Answer.deadline(r.nextInt(10) == 0 ? Answer.Timeliness.NOT_DONE
          : r.nextInt(4) == 0 ? Answer.Timeliness.LATE : Answer.Timeliness.ON_TIME);
      case "count-times-points" -> Answer.count(2 + r.nextInt(16));
      case "direct-points" -> Answer.points(max.multiply(BigDecimal.valueOf(60 + r.nextInt(41), 2))
          .setScale(2, java.math.RoundingMode.DOWN));
      default -> Answer.count(r.nextInt(3));
    };
    if (r.nextInt(8) != 0) {
      return LeafInput.self(code, answer);
    }
    Appraisal ap = kind.equals("direct-points")
        ? Appraisal.ofPoints(max.divide(BigDecimal.valueOf(2)), "Thiếu tài liệu kiểm chứng (synthetic)")
        : Appraisal.ofAnswer(answer, "Hội đồng thẩm định xác nhận (synthetic)");
    return LeafInput.builder().code(code).selfAssessed(answer).appraisal(ap).build();
  }
}
