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

  /** The version of this data, changed when an erratum is fixed; {@code "1"} by default. */
  @Value.Default
  public String version() {
    return "1";
  }

  public abstract String title();

  /** Who issued the rule, e.g. {@code "Bộ Nội vụ"} or {@code "UBND tỉnh Hà Tĩnh"}. */
  public abstract String issuer();

  /** The decision that issued the rule. */
  public abstract LegalReference legalBasis();

  /** The unit levels scored by this rule set. */
  public abstract Set<UnitLevel> appliesTo();

  /** The assessment years the rule set is for. */
  public abstract YearRange years();

  /** The maximum total: the sum of the components' maxima (100 in most sets, 60 in some). */
  public abstract BigDecimal maxTotal();

  public abstract RoundingPolicy rounding();

  /** Grades for every unit, unless {@link #gradesByBlock()} has a scale for the unit's block. */
  @Value.Default
  public GradeScale grades() {
    return GradeScale.none();
  }

  /** Grade scales that differ by block (khối), keyed by block label. */
  public abstract Map<String, GradeScale> gradesByBlock();

  /** Whether bonus points may lift the total above the maximum (and the index above 100%). */
  @Value.Default
  public boolean allowAboveMaximum() {
    return false;
  }

  public abstract Provenance provenance();

  /** The components (lĩnh vực), in the decision's order. */
  public abstract List<Node> nodes();

  /** The grade scale that applies to a unit. */
  public GradeScale gradesFor(AdministrativeUnit unit) {
    return unit.block().map(b -> gradesByBlock().get(b)).orElse(grades());
  }

  /** Every node by code, in tree order (parents first). */
  @Value.Lazy
  public Map<String, Node> nodesByCode() {
    Map<String, Node> byCode = new LinkedHashMap<>();
    for (Node top : nodes()) {
      top.forEach(n -> byCode.putIfAbsent(n.code(), n));
    }
    return Collections.unmodifiableMap(byCode);
  }

  /** The parent code of every non-top node. */
  @Value.Lazy
  public Map<String, String> parentCodes() {
    Map<String, String> parents = new LinkedHashMap<>();
    for (Node top : nodes()) {
      top.forEach(n -> n.children().forEach(c -> parents.putIfAbsent(c.code(), n.code())));
    }
    return Collections.unmodifiableMap(parents);
  }

  public Optional<Node> node(String code) {
    return Optional.ofNullable(nodesByCode().get(code));
  }

  /** The leaves, in tree order. */
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

  /** Whether this rule set is meant for a unit level in a year. */
  public boolean appliesTo(UnitLevel level, int year) {
    return appliesTo().contains(level) && years().contains(year);
  }

  @Value.Check
  protected void check() {
    List<Problem> problems = RuleSetChecks.problems(this);
    if (!problems.isEmpty()) {
      throw new ParIndexException("rule set " + id() + " is inconsistent", problems);
    }
  }

  /** A copy with a node replaced, found by code anywhere in the tree; the copy is checked again. */
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

  /** A copy with another maximum total (to go with {@link #withNode} when a component's maximum changes). */
  public RuleSet withMaxTotal(BigDecimal maxTotal) {
    return builder().from(this).maxTotal(maxTotal).build();
  }

  /** A copy with other grades. */
  public RuleSet withGrades(GradeScale grades) {
    return builder().from(this).grades(grades).build();
  }

  /** A copy with another rounding policy. */
  public RuleSet withRounding(RoundingPolicy rounding) {
    return builder().from(this).rounding(rounding).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RuleSet}; everything but the defaults and {@code gradesByBlock} is required. */
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
