package io.github.parindex.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.parindex.method.Answer;
import io.github.parindex.method.Methods;
import io.github.parindex.model.LeafInput;
import io.github.parindex.model.Node;
import io.github.parindex.model.ParIndexException;
import io.github.parindex.model.PointSource;
import io.github.parindex.model.RuleSet;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The tree depth limit ({@link Node#MAX_DEPTH}, 32 levels): a tree at the limit is built and scored; one level more
 * is refused when the node is built, with a located problem, so no walk over a tree can be driven past the stack
 * (the fuzzing report found a StackOverflowError at 10,000 levels built with builders).
 */
class DepthLimitTest {

  /** A chain 1 > 1.1 > 1.1.1 > ... of {@code levels} levels over one yes/no leaf worth 1 point. */
  static Node chain(int levels) {
    String code = "1" + ".1".repeat(levels - 1);
    Node node = Node.builder().code(code).name("Tiêu chí " + code).maxPoints(BigDecimal.ONE)
        .source(PointSource.APPRAISAL).method(Methods.yesNo("1", "0")).build();
    for (int level = levels - 1; level >= 1; level--) {
      code = code.substring(0, code.length() - 2);
      node = Node.builder().code(code).name("Tiêu chí " + code).maxPoints(BigDecimal.ONE).addChildren(node).build();
    }
    return node;
  }

  @Test
  void aTreeAtTheLimitIsBuiltAndScored() {
    Node top = chain(Node.MAX_DEPTH);
    RuleSet rs = EngineTest.base("1").addNodes(top).build();
    String leaf = "1" + ".1".repeat(Node.MAX_DEPTH - 1);
    Scorecard card = Engine.score(rs, EngineTest.assessment("A").addInputs(LeafInput.self(leaf, Answer.yes())).build());
    // yes → 1 point of 1, carried up through 31 parents: total 1.00, index 1.00 / 1 × 100 = 100.00%
    assertThat(card.totalPoints()).isEqualByComparingTo("1.00");
    assertThat(card.index()).isEqualByComparingTo("100.00");
    assertThat(card.nodesByCode()).hasSize(Node.MAX_DEPTH);
    assertThat(card.node(leaf).orElseThrow().explanation().orElseThrow().basis()).isEqualTo("self-assessed answer yes (Có)");
  }

  @Test
  void oneLevelPastTheLimitIsRefusedWhenTheNodeIsBuilt() {
    Node atLimit = chain(Node.MAX_DEPTH);
    assertThatThrownBy(() -> Node.builder().code("0").name("Quá sâu").maxPoints(BigDecimal.ONE).addChildren(atLimit)
        .build())
        .isInstanceOf(ParIndexException.class)
        .hasMessageContaining("deeper than 32 levels")
        .satisfies(e -> assertThat(((ParIndexException) e).problems()).singleElement()
            .satisfies(p -> {
              assertThat(p.message()).contains("33 levels deep");
              assertThat(p.code()).contains("0");
            }));
  }

  @Test
  void tenThousandLevelsBuiltWithBuildersFailWithTheLibrarysExceptionNotAStackOverflow() {
    assertThatThrownBy(() -> chain(10_000)).isInstanceOf(ParIndexException.class)
        .hasMessageContaining("deeper than 32 levels");
  }

  @Test
  void scoresDeeperThanTheLimitCannotBeBuiltEither() {
    NodeScore n = NodeScore.builder().code("1").name("n").kind(io.github.parindex.model.NodeKind.COMPONENT)
        .role(io.github.parindex.model.NodeRole.SCORED).maximum(BigDecimal.ONE).effectiveMaximum(BigDecimal.ONE)
        .applicable(true).points(BigDecimal.ONE).exactPoints(BigDecimal.ONE).build();
    for (int level = 2; level <= Node.MAX_DEPTH; level++) {
      n = NodeScore.builder().from(n).code("1." + level).children(java.util.List.of(n)).build();
    }
    NodeScore atLimit = n;
    assertThat(atLimit.children()).hasSize(1);
    assertThatThrownBy(() -> NodeScore.builder().from(atLimit).children(java.util.List.of(atLimit)).build())
        .isInstanceOf(ParIndexException.class).hasMessageContaining("deeper than 32 levels");
  }
}
