package io.github.parindex.rules.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.parindex.method.Band;
import io.github.parindex.method.Level;
import io.github.parindex.method.Methods;
import io.github.parindex.method.ScoringMethod;
import io.github.parindex.model.LegalReference;
import io.github.parindex.model.Node;
import io.github.parindex.model.NodeRole;
import io.github.parindex.model.PointSource;
import io.github.parindex.model.Provenance;
import io.github.parindex.model.ProvenanceStatus;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Nodes -> table -> nodes gives the same nodes, and table -> nodes -> table the same text, for generated trees. */
class RoundTripProperties {

  @Property(tries = 150)
  void nodesSurviveTheTable(@ForAll("trees") List<Node> nodes) {
    String csv = RuleSetTable.write(nodes);
    List<Node> back = RuleSetTable.readNodes(new StringReader(csv), "generated.csv");
    assertThat(back).as("read back from%n%s", csv).isEqualTo(nodes);
    assertThat(RuleSetTable.write(back)).isEqualTo(csv);
  }

  @Property(tries = 100)
  void everyCanonicalTextReadsBackToItsMethod(@ForAll("trees") List<Node> nodes) {
    for (Node top : nodes) {
      top.forEach(n -> n.method().ifPresent(m -> ScoringTextParser.canonicalText(m, n.maxPoints())
          .ifPresent(text -> assertThat(ScoringTextParser.parse(text, n.maxPoints())).as(text).isEqualTo(m))));
    }
  }

  @Provide
  Arbitrary<List<Node>> trees() {
    return Arbitraries.randoms().map(r -> new TreeGen(r).roots());
  }

  /** Builds a random but consistent tree from one {@link Random}. */
  static final class TreeGen {
    private static final String[] MAXIMA = {"0.25", "0.5", "1", "1.5", "2", "2.50", "3", "10"};
    private static final String[] NAMES = {"Cải cách thể chế", "Công bố, công khai TTHC",
        "Tỷ lệ \"hồ sơ\" giải quyết đúng hạn", "Dòng một\ndòng hai", "Bộ phận Một cửa; liên thông", "Chỉ số SIPAS",
        // cells a spreadsheet would run as formulas, and cells that already start with apostrophes
        "=HYPERLINK(\"http://evil.invalid\",\"x\")", "+1 điểm thưởng", "-5", "@SUM(A1)", "'=đã có dấu nháy",
        "''+hai dấu nháy", "'dấu nháy thường", "'", "=", "-0,5"};
    private static final String[] NOTES = {"", "points illustrative", "45 = 100 - 13 - 10,5 - 15 - 16,5",
        "line one\nline \"two\"", "-0,5 per event", "=1+1", "'@x", "@"};
    private static final String[] DOCS = {"876/QĐ-BNV", "2071/QĐ-UBND", "Nghị định 335/2025/NĐ-CP", "=876/QĐ-BNV",
        "'+2071/QĐ-UBND"};
    private static final String[] CLAUSES = {"Phụ lục", "Phụ lục, Bảng 2", "Điều 3 (khoản 1)"};
    private static final String[] FREE_TEXTS = {"Theo kết quả kiểm tra của Hội đồng", "Chấm theo \"thực tế\", có"
        + " giải trình", "Xem hướng dẫn\nkèm theo", "- Có: chấm theo thực tế\n- Không: 0", "=A1*2",
        "'-đã có dấu nháy"};

    private final Random r;

    TreeGen(Random r) {
      this.r = r;
    }

    List<Node> roots() {
      int n = 1 + r.nextInt(3);
      List<Node> roots = new ArrayList<>();
      for (int i = 1; i <= n; i++) {
        NodeRole role = r.nextInt(5) == 0 ? NodeRole.BONUS : r.nextInt(8) == 0 ? NodeRole.PENALTY : NodeRole.SCORED;
        roots.add(node(String.valueOf(i), 1, role));
      }
      return roots;
    }

    private <T> T pick(T[] from) {
      return from[r.nextInt(from.length)];
    }

    private Node node(String code, int depth, NodeRole role) {
      Node.Builder b = Node.builder().code(code).name(pick(NAMES)).role(role);
      if (r.nextBoolean()) {
        b.gloss(r.nextBoolean() ? "Gloss, \"quoted\" " + code : "-" + code + " (gloss)");
      }
      if (r.nextInt(3) == 0) {
        LegalReference ref = LegalReference.of(pick(DOCS));
        if (r.nextBoolean()) {
          ref = new LegalReference(ref.document(), Optional.of(LocalDate.of(2015 + r.nextInt(11), 1 + r.nextInt(12),
              1 + r.nextInt(28))), Optional.empty(), Optional.empty());
        }
        if (r.nextBoolean()) {
          ref = ref.withClause(pick(CLAUSES));
        }
        if (r.nextBoolean()) {
          ref = ref.withUrl("https://example.invalid/" + code);
        }
        b.legalReference(ref);
      }
      if (r.nextInt(3) == 0) {
        ProvenanceStatus status = pick(ProvenanceStatus.values());
        b.provenance(r.nextBoolean() ? Provenance.of(status, pick(NOTES))
            : Provenance.of(status, pick(NOTES), "https://example.invalid/source"));
      }
      if (depth < 3 && r.nextInt(3) != 0) {
        int k = 1 + r.nextInt(3);
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 1; i <= k; i++) {
          Node child = node(code + "." + i, depth + 1, role);
          sum = sum.add(child.maxPoints());
          b.addChildren(child);
        }
        if (r.nextInt(4) == 0) {
          b.scoringText("Tổng điểm các tiêu chí thành phần");
        }
        return b.maxPoints(sum).build();
      }
      BigDecimal max = new BigDecimal(pick(MAXIMA));
      b.maxPoints(max).source(pick(PointSource.values()));
      ScoringMethod method = method(max);
      b.method(method);
      switch (r.nextInt(3)) {
        case 0 -> ScoringTextParser.canonicalText(method, max).ifPresent(b::scoringText);
        case 1 -> b.scoringText(pick(FREE_TEXTS));
        default -> { } // no scoring text: the method column carries it
      }
      return b.build();
    }

    private ScoringMethod method(BigDecimal max) {
      String m = max.toPlainString();
      String half = max.divide(BigDecimal.valueOf(2)).toPlainString();
      return switch (r.nextInt(9)) {
        case 0 -> Methods.yesNo(m, "0");
        case 1 -> Methods.deadline(m, half, "0");
        case 2 -> Methods.percentBands(Band.exactly("100", m), Band.between("80", "100", half), Band.below("80", "0"));
        case 3 -> Methods.levels(Level.of("Tốt", m), Level.of("Khá, đạt yêu cầu", half), Level.of("Kém", "0"));
        case 4 -> r.nextBoolean() ? Methods.countTimesPoints("0.25", m) : Methods.countTimesPoints("0.25");
        case 5 -> Methods.deductionPerEvent("0.25", r.nextBoolean() ? "0" : half);
        case 6 -> Methods.proportional();
        case 7 -> Methods.surveyShare();
        default -> Methods.directPoints();
      };
    }
  }
}
