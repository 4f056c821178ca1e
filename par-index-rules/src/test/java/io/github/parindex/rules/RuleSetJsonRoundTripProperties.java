package io.github.parindex.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.parindex.method.Band;
import io.github.parindex.method.CountTimesPoints;
import io.github.parindex.method.Deadline;
import io.github.parindex.method.DeductionPerEvent;
import io.github.parindex.method.Level;
import io.github.parindex.method.Methods;
import io.github.parindex.method.ScoringMethod;
import io.github.parindex.method.YesNo;
import io.github.parindex.model.GradeBand;
import io.github.parindex.model.GradeScale;
import io.github.parindex.model.LegalReference;
import io.github.parindex.model.Node;
import io.github.parindex.model.NodeRole;
import io.github.parindex.model.PointSource;
import io.github.parindex.model.Provenance;
import io.github.parindex.model.ProvenanceStatus;
import io.github.parindex.model.RoundingPolicy;
import io.github.parindex.model.RoundingStage;
import io.github.parindex.model.RuleSet;
import io.github.parindex.model.UnitLevel;
import io.github.parindex.model.YearRange;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** read(write(x)) equals x, and write(read(write(x))) equals write(x), over generated rule sets. */
class RuleSetJsonRoundTripProperties {

  static final RuleSetJson JSON = RuleSetJson.standard();

  @Property(tries = 300)
  void readingWhatWasWrittenGivesTheSameRuleSet(@ForAll("ruleSets") RuleSet rs) {
    String text = JSON.write(rs);
    RuleSet back = JSON.parse(text, "generated.json");
    assertThat(back).isEqualTo(rs);
    assertThat(JSON.write(back)).isEqualTo(text);
  }

  @Property(tries = 100)
  void everyGeneratedSetHasAHandbookNamingEveryNode(@ForAll("ruleSets") RuleSet rs) {
    String md = Handbook.render(rs);
    rs.nodesByCode().keySet().forEach(code ->
        assertThat(md).contains("| " + io.github.parindex.internal.Escaping.markdown(code) + " |"));
  }

  // --- generators ----------------------------------------------------------------------------------------------

  /** Non-negative decimals with 0 to 3 decimals, trailing zeros kept (the scale must survive the round trip). */
  static Arbitrary<BigDecimal> decimals() {
    return Combinators.combine(Arbitraries.longs().between(0, 20_000), Arbitraries.integers().between(0, 3))
        .as(BigDecimal::valueOf);
  }

  static Arbitrary<String> text() {
    return Arbitraries.strings().withChars("aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạ ĐƯỜNG\"\\/\n\t,.;:%–—{}[]0123456789")
        .ofMinLength(0).ofMaxLength(20).map(s -> "T" + s);
  }

  static Arbitrary<Optional<String>> optionalText() {
    return text().optional(0.5);
  }

  static Arbitrary<Provenance> provenance() {
    return Combinators.combine(Arbitraries.of(ProvenanceStatus.class), text().injectNull(0.3), optionalText())
        .as((s, note, src) -> new Provenance(s, note == null ? "" : note, src));
  }

  static Arbitrary<LegalReference> legal() {
    Arbitrary<Optional<LocalDate>> dates = Arbitraries.integers().between(0, 20_000)
        .map(d -> LocalDate.of(1990, 1, 1).plusDays(d)).optional(0.7);
    return Combinators.combine(text(), dates, optionalText(), optionalText()).as(LegalReference::new);
  }

  static Arbitrary<ScoringMethod> method(BigDecimal max) {
    Arbitrary<BigDecimal> within = decimals().map(d -> d.min(max));
    Arbitrary<ScoringMethod> bands = Combinators.combine(Arbitraries.integers().between(1, 99), within, within,
        Arbitraries.of(true, false)).as((cut, a, b, three) -> {
          BigDecimal low = a.min(b);
          BigDecimal high = a.max(b);
          String c = String.valueOf(cut);
          List<Band> list = new ArrayList<>();
          list.add(new Band(BigDecimal.ZERO, true, new BigDecimal(c), false, low));
          if (three) {
            list.add(new Band(new BigDecimal(c), true, new BigDecimal("100"), false, high));
            list.add(new Band(new BigDecimal("100"), true, new BigDecimal("100"), true, high));
          } else {
            list.add(new Band(new BigDecimal(c), true, new BigDecimal("100"), true, high));
          }
          return Methods.percentBands(list);
        });
    Arbitrary<ScoringMethod> yesNo = Combinators.combine(within, within)
        .as((a, b) -> new YesNo(a.max(b), a.min(b)));
    Arbitrary<ScoringMethod> levels = within.list().ofMinSize(1).ofMaxSize(4).map(points -> {
      List<BigDecimal> sorted = new ArrayList<>(points);
      sorted.sort(java.util.Comparator.reverseOrder());
      List<Level> out = new ArrayList<>();
      for (int i = 0; i < sorted.size(); i++) {
        out.add(new Level("Mức " + i + " “" + (char) ('A' + i) + "”", sorted.get(i)));
      }
      return Methods.levels(out);
    });
    Arbitrary<ScoringMethod> count = Combinators.combine(decimals().map(d -> d.add(new BigDecimal("0.25"))),
        within.optional(0.5)).as(CountTimesPoints::new);
    Arbitrary<ScoringMethod> deadline = within.list().ofSize(3).map(l -> {
      List<BigDecimal> s = new ArrayList<>(l);
      s.sort(java.util.Comparator.reverseOrder());
      return new Deadline(s.get(0), s.get(1), s.get(2));
    });
    Arbitrary<ScoringMethod> deduction = Combinators.combine(decimals().map(d -> d.add(BigDecimal.ONE)), within)
        .as(DeductionPerEvent::new);
    return Arbitraries.oneOf(Arbitraries.just(Methods.directPoints()), Arbitraries.just(Methods.proportional()),
        Arbitraries.just(Methods.surveyShare()), bands, yesNo, levels, count, deadline, deduction);
  }

  /** A node and its subtree; parents' maxima are the sums of their scored children's. */
  static Arbitrary<Node> node(String code, int depth, boolean scored) {
    Arbitrary<Node> leaf = decimals().flatMap(max -> Combinators.combine(text(), optionalText(), method(max),
        Arbitraries.of(PointSource.class), optionalText(), legal().optional(0.5), provenance().optional(0.5),
        Arbitraries.of(NodeRole.BONUS, NodeRole.PENALTY))
        .as((name, gloss, m, src, scoring, legal, prov, outside) -> {
          Node.Builder b = Node.builder().code(code).name(name).gloss(gloss).maxPoints(max).source(src).method(m)
              .scoringText(scoring).legalReference(legal).provenance(prov);
          if (!scored) {
            b.role(outside);
          }
          return (Node) b.build();
        }));
    if (depth >= 3 || !scored) {
      return leaf;
    }
    Arbitrary<Node> parent = Arbitraries.integers().between(1, 3).flatMap(n -> {
      List<Arbitrary<Node>> children = new ArrayList<>();
      for (int i = 1; i <= n; i++) {
        children.add(node(code + "." + i, depth + 1, true));
      }
      Arbitrary<List<Node>> scoredChildren = Combinators.combine(children).as(l -> l);
      Arbitrary<Optional<Node>> bonus = node(code + "." + (n + 1), depth + 1, false).optional(0.2);
      return Combinators.combine(scoredChildren, bonus, text(), optionalText(), legal().optional(0.5),
          provenance().optional(0.5)).as((kids, extra, name, gloss, legal, prov) -> {
            List<Node> all = new ArrayList<>(kids);
            extra.ifPresent(all::add);
            BigDecimal sum = kids.stream().map(Node::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
            return (Node) Node.builder().code(code).name(name).gloss(gloss).maxPoints(sum).children(all)
                .legalReference(legal).provenance(prov).build();
          });
    });
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, leaf), net.jqwik.api.Tuple.of(2, parent));
  }

  static Arbitrary<GradeScale> grades() {
    return decimals().set().ofMaxSize(3).map(minima -> {
      List<BigDecimal> sorted = new ArrayList<>();
      for (BigDecimal m : minima) {
        if (sorted.stream().noneMatch(x -> x.compareTo(m) == 0)) {
          sorted.add(m);
        }
      }
      sorted.sort(java.util.Comparator.reverseOrder());
      List<GradeBand> bands = new ArrayList<>();
      for (int i = 0; i < sorted.size(); i++) {
        bands.add(new GradeBand("G" + i, sorted.get(i), i % 2 == 0 ? Optional.of("từ " + i) : Optional.empty()));
      }
      return new GradeScale(bands);
    });
  }

  @Provide
  Arbitrary<RuleSet> ruleSets() {
    Arbitrary<List<Node>> tops = Arbitraries.integers().between(1, 3).flatMap(n -> {
      List<Arbitrary<Node>> nodes = new ArrayList<>();
      for (int i = 1; i <= n; i++) {
        nodes.add(node(String.valueOf(i), 1, true));
      }
      return Combinators.combine(nodes).as(l -> l);
    });
    // Points keep at least the 3 decimals a generated maximum may have (a rule set whose maxima are finer than its
    // rounding is rejected: rounded points could exceed them).
    Arbitrary<RoundingPolicy> rounding = Combinators.combine(Arbitraries.integers().between(3, 10),
        Arbitraries.of(RoundingMode.UP, RoundingMode.DOWN, RoundingMode.HALF_UP, RoundingMode.HALF_EVEN,
            RoundingMode.CEILING, RoundingMode.FLOOR, RoundingMode.HALF_DOWN),
        Arbitraries.integers().between(0, 10), Arbitraries.of(RoundingMode.HALF_UP, RoundingMode.DOWN),
        Arbitraries.of(RoundingStage.class)).as(RoundingPolicy::of);
    Arbitrary<YearRange> years = Combinators.combine(Arbitraries.integers().between(1990, 2100),
        Arbitraries.integers().between(0, 50).optional(0.5))
        .as((first, span) -> new YearRange(first, span.map(s -> first + s)));
    Arbitrary<Map<String, GradeScale>> byBlock = Arbitraries.maps(Arbitraries.of("Sở", "Huyện", "Khối A", "x|y"),
        grades()).ofMaxSize(2).map(LinkedHashMap::new);
    // ids are slugs (they name files): letters, digits, '-' and '.'
    Arbitrary<String> slug = Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z')
        .withCharRange('0', '9').withChars('-').ofMaxLength(30).map(s -> "r" + s);
    Arbitrary<RuleSet.Builder> head = Combinators.combine(slug, text(), text(), text(), legal(),
        Arbitraries.of(UnitLevel.class).set().ofMinSize(1), years, rounding)
        .as((id, version, title, issuer, legal, levels, y, r) -> {
          RuleSet.Builder b = RuleSet.builder();
          b.id(id).version(version).title(title).issuer(issuer).legalBasis(legal).appliesTo(levels).years(y)
              .rounding(r);
          return b;
        });
    return Combinators.combine(head, tops, grades(), byBlock, Arbitraries.of(true, false), provenance())
        .as((b, nodes, g, blocks, above, prov) -> {
          BigDecimal total = nodes.stream().map(Node::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
          return (RuleSet) b.nodes(nodes).maxTotal(total).grades(g).gradesByBlock(blocks).allowAboveMaximum(above)
              .provenance(prov).build();
        });
  }
}
