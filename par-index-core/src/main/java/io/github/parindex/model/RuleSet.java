package io.github.parindex.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A complete, checked scoring rule: who issued it, what it applies to, the tree of nodes with their maxima and
 * scoring methods, the rounding policy and the grades.
 *
 * <p>Building a rule set checks it and fails with one {@link ParIndexException} that lists every problem: children
 * whose maxima do not add up to their parent's, components that do not add up to {@link #maxTotal()}, duplicate
 * codes, leaves without a method, and problems inside methods (bands with gaps or overlaps, levels above the
 * maximum, ...). Rule sets are usually read from data by {@code par-index-rules}; the builder serves tests and
 * programs that assemble them.
 *
 * <pre>{@code
 * RuleSet rs = RuleSet.builder()
 *     .id("example-2024").title("Bộ chỉ số minh họa").issuer("UBND tỉnh X")
 *     .legalBasis(LegalReference.of("123/QĐ-UBND", LocalDate.of(2024, 1, 15)))
 *     .addAppliesTo(UnitLevel.DEPARTMENT).years(YearRange.of(2024, 2024))
 *     .maxTotal(new BigDecimal("100"))
 *     .rounding(RoundingPolicy.halfUp(2))
 *     .grades(GradeScale.of(GradeBand.of("A", "90", "từ 90% trở lên")))
 *     .provenance(Provenance.of(ProvenanceStatus.ILLUSTRATIVE, "for the README"))
 *     .addNodes(component1, component2)
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class RuleSet {

  /**
   * A unique, stable id such as {@code "vn-bnv-892-2024-province"}: a slug of at most {@value #MAX_ID_LENGTH} ASCII
   * letters, digits, {@code -} and {@code .}, starting with a letter or digit and without {@code ".."}, so that it
   * can name a file ({@code Handbook} writes {@code id + ".md"}) and never a path.
   *
   * @return the id
   */
  public abstract String id();

  /** The longest rule-set id: {@value} characters. */
  public static final int MAX_ID_LENGTH = 100;

  /**
   * What is wrong with a rule-set id, if anything (see {@link #id()}).
   *
   * @param id the id
   * @return the problem's message, or empty when the id is a valid slug
   */
  static java.util.Optional<String> idProblem(String id) {
    if (id.isBlank()) {
      return java.util.Optional.of("rule set id must not be blank");
    }
    String shown = id.length() > 40 ? id.substring(0, 40) + "…" : id;
    if (id.length() > MAX_ID_LENGTH) {
      return java.util.Optional.of("rule set id \"" + shown + "\" is " + id.length()
          + " characters long; the limit is " + MAX_ID_LENGTH);
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      boolean alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      if (!alnum && (i == 0 || (c != '-' && c != '.'))) {
        return java.util.Optional.of("rule set id \"" + shown + "\" must be a slug: ASCII letters, digits, '-' and"
            + " '.', starting with a letter or digit (it names files, so no '/', '\\', spaces or other characters);"
            + " character " + (i + 1) + " is '" + c + "'");
      }
    }
    if (id.contains("..")) {
      return java.util.Optional.of("rule set id \"" + shown + "\" must not contain \"..\"");
    }
    return java.util.Optional.empty();
  }

  /** {@return the version of this data, changed when an erratum is fixed; {@code "1"} by default} */
  @Value.Default
  public String version() {
    return "1";
  }

  /** {@return the rule set's title, e.g. the decision's name of the appendix} */
  public abstract String title();

  /** {@return who issued the rule, e.g. {@code "Bộ Nội vụ"} or {@code "UBND tỉnh Hà Tĩnh"}} */
  public abstract String issuer();

  /** {@return the decision that issued the rule} */
  public abstract LegalReference legalBasis();

  /** {@return the unit levels scored by this rule set} */
  public abstract Set<UnitLevel> appliesTo();

  /** {@return the assessment years the rule set is for} */
  public abstract YearRange years();

  /** {@return the maximum total: the sum of the components' maxima (100 in most sets, 60 in some)} */
  public abstract BigDecimal maxTotal();

  /** {@return how points and the index are rounded, and at which stage} */
  public abstract RoundingPolicy rounding();

  /** {@return grades for every unit, unless {@link #gradesByBlock()} has a scale for the unit's block} */
  @Value.Default
  public GradeScale grades() {
    return GradeScale.none();
  }

  /** {@return grade scales that differ by block (khối), keyed by block label} */
  public abstract Map<String, GradeScale> gradesByBlock();

  /** {@return whether bonus points may lift the total above the maximum (and the index above 100%)} */
  @Value.Default
  public boolean allowAboveMaximum() {
    return false;
  }

  /** {@return where the rule set's data comes from and how sure that is} */
  public abstract Provenance provenance();

  /** {@return the components (lĩnh vực), in the decision's order} */
  public abstract List<Node> nodes();

  /**
   * The grade scale that applies to a unit.
   *
   * @param unit the unit; its block selects a scale from {@link #gradesByBlock()}
   * @return the block's scale, or {@link #grades()} when the unit has no block or its block has none
   */
  public GradeScale gradesFor(AdministrativeUnit unit) {
    return unit.block().map(b -> gradesByBlock().get(b)).orElse(grades());
  }

  /** {@return every node by code, in tree order (parents first)} */
  @Value.Lazy
  public Map<String, Node> nodesByCode() {
    Map<String, Node> byCode = new LinkedHashMap<>();
    for (Node top : nodes()) {
      top.forEach(n -> byCode.putIfAbsent(n.code(), n));
    }
    return Collections.unmodifiableMap(byCode);
  }

  /** {@return the parent code of every non-top node} */
  @Value.Lazy
  public Map<String, String> parentCodes() {
    Map<String, String> parents = new LinkedHashMap<>();
    for (Node top : nodes()) {
      top.forEach(n -> n.children().forEach(c -> parents.putIfAbsent(c.code(), n.code())));
    }
    return Collections.unmodifiableMap(parents);
  }

  /**
   * A node by its code.
   *
   * @param code the code exactly as the decision numbers it, e.g. {@code "3.1.2"}
   * @return the node anywhere in the tree, or empty when there is none
   */
  public Optional<Node> node(String code) {
    return Optional.ofNullable(nodesByCode().get(code));
  }

  /** {@return the leaves, in tree order} */
  @Value.Lazy
  public List<Node> leaves() {
    List<Node> leaves = new ArrayList<>();
    nodesByCode().values().forEach(n -> {
      if (n.isLeaf()) {
        leaves.add(n);
      }
    });
    return Collections.unmodifiableList(leaves);
  }

  /**
   * Whether this rule set is meant for a unit level in a year.
   *
   * @param level the unit level
   * @param year the assessment year
   * @return whether the level is in {@link #appliesTo()} and the year in {@link #years()}
   */
  public boolean appliesTo(UnitLevel level, int year) {
    return appliesTo().contains(level) && years().contains(year);
  }

  /**
   * Checks the whole rule set when it is built, reporting every problem at once.
   *
   * @throws ParIndexException listing every inconsistency (maxima that do not add up, duplicate codes, leaves
   *     without a method, ...)
   */
  @Value.Check
  protected void check() {
    List<Problem> problems = RuleSetChecks.problems(this);
    if (!problems.isEmpty()) {
      throw new ParIndexException("rule set " + id() + " is inconsistent", problems);
    }
  }

  /**
   * A copy with a node replaced, found by code anywhere in the tree; the copy is checked again.
   *
   * @param replacement the new node; its code names the node it replaces
   * @return the copy
   * @throws IllegalArgumentException if the rule set has no node with that code
   * @throws ParIndexException if the copy is inconsistent (e.g. the maxima no longer add up)
   */
  public RuleSet withNode(Node replacement) {
    Checks.check(nodesByCode().containsKey(replacement.code()), "rule set %s has no criterion %s", id(),
        replacement.code());
    List<Node> tops = new ArrayList<>();
    for (Node top : nodes()) {
      tops.add(replace(top, replacement));
    }
    return builder().from(this).nodes(tops).build();
  }

  private static Node replace(Node node, Node replacement) {
    if (node.code().equals(replacement.code())) {
      return replacement;
    }
    if (node.isLeaf()) {
      return node;
    }
    List<Node> children = new ArrayList<>();
    for (Node c : node.children()) {
      children.add(replace(c, replacement));
    }
    return node.withChildren(children);
  }

  /**
   * A copy with another maximum total, to go with {@link #withNode} when a component's maximum changes.
   *
   * @param maxTotal the new maximum total
   * @return the copy
   * @throws ParIndexException if the copy is inconsistent
   */
  public RuleSet withMaxTotal(BigDecimal maxTotal) {
    return builder().from(this).maxTotal(maxTotal).build();
  }

  /**
   * A copy with other grades.
   *
   * @param grades the grade scale for every unit
   * @return the copy
   * @throws ParIndexException if the copy is inconsistent
   */
  public RuleSet withGrades(GradeScale grades) {
    return builder().from(this).grades(grades).build();
  }

  /**
   * A copy with another rounding policy.
   *
   * @param rounding the new policy
   * @return the copy
   */
  public RuleSet withRounding(RoundingPolicy rounding) {
    return builder().from(this).rounding(rounding).build();
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link RuleSet}; everything but the defaults and {@code gradesByBlock} is required.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableRuleSet.Builder {}

  @Override
  public String toString() {
    return id() + " (" + legalBasis().document() + ", " + years() + ")";
  }

  static BigDecimal sumOfScoredMaxima(List<Node> nodes) {
    BigDecimal sum = BigDecimal.ZERO;
    for (Node n : nodes) {
      if (n.role() == NodeRole.SCORED) {
        sum = sum.add(n.maxPoints());
      }
    }
    return sum;
  }
}
