package io.github.parindex.rules;

import io.github.parindex.internal.Escaping;
import io.github.parindex.model.ParIndexException;
import io.github.parindex.model.Problem;

import io.github.parindex.model.GradeBand;
import io.github.parindex.model.GradeScale;
import io.github.parindex.model.LegalReference;
import io.github.parindex.model.Node;
import io.github.parindex.model.NodeRole;
import io.github.parindex.model.Provenance;
import io.github.parindex.model.RuleSet;
import io.github.parindex.model.UnitLevel;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Renders a rule set as a Markdown handbook for the issuer to review: the rule set's identity and legal basis, a
 * summary table, and every node with its maximum, where its points come from, its scoring method in words, the
 * decision's scoring text, its legal reference and its provenance (status and note), so that what is confirmed,
 * inferred or missing is plain.
 *
 * <p>Output is deterministic ({@code \n} line ends), so handbooks can be committed and checked for currency. The
 * handbooks of the bundled sets live in {@code par-index-rules/handbooks}; regenerate them with
 * {@code java ... io.github.parindex.rules.Handbook par-index-rules/handbooks} (see docs/guide/rule-sets-and-tables.md, "Handbooks").
 *
 * <pre>{@code
 * String markdown = Handbook.render(RuleSetRegistry.load().get(OfficialRuleSets.BNV_892_PROVINCE));
 * Handbook.writeAll(List.of(myRuleSet), Path.of("handbooks"));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Handbook {
  private Handbook() {}

  /**
   * The handbook's file name for a rule set: its id with {@code .md}. A rule set's id is a slug (letters, digits,
   * {@code -} and {@code .}, checked when the set is built), so the name never holds a path.
   *
   * @param rs the rule set
   * @return e.g. {@code "vn-bnv-892-province.md"}
   */
  public static String fileName(RuleSet rs) {
    return rs.id() + ".md";
  }

  /**
   * The handbook of one rule set as Markdown: identity and legal basis, a summary table, and every node with its
   * maximum, source of points, method in words, scoring text, legal reference and provenance.
   *
   * @param rs the rule set
   * @return the Markdown text, lines ended by {@code \n}
   */
  public static String render(RuleSet rs) {
    StringBuilder s = new StringBuilder();
    s.append("# ").append(md(rs.title())).append("\n\n");
    s.append("> Generated from the rule set's data by `io.github.parindex.rules.Handbook`; do not edit by hand.\n\n");
    s.append("| | |\n|---|---|\n");
    row(s, "Id", "`" + rs.id() + "` (version " + md(rs.version()) + ")"); // the id is a slug
    row(s, "Issuer", md(rs.issuer()));
    row(s, "Legal basis", legal(rs.legalBasis()));
    List<String> levels = new ArrayList<>();
    for (UnitLevel l : UnitLevel.values()) {
      if (rs.appliesTo().contains(l)) {
        levels.add(l.vietnameseLabel() + " (" + l.name() + ")");
      }
    }
    row(s, "Applies to", md(String.join("; ", levels)));
    row(s, "Years", md(rs.years().toString()));
    row(s, "Maximum total", plain(rs.maxTotal()) + " points");
    row(s, "Rounding", md(rs.rounding().describe()));
    row(s, "Grades", grades(rs.grades()));
    new TreeMap<>(rs.gradesByBlock()).forEach((block, scale) -> row(s, "Grades, block " + md(block), grades(scale)));
    row(s, "Bonus above the maximum", rs.allowAboveMaximum() ? "allowed" : "not allowed (total capped)");
    row(s, "Provenance", provenance(rs.provenance()));
    s.append("\n## Summary\n\n");
    s.append("| Code | Name | Max | Points from | Method | Status |\n|---|---|---:|---|---|---|\n");
    for (Node top : rs.nodes()) {
      top.forEach(n -> s.append("| ").append(md(n.code())).append(" | ")
          .append("&nbsp;&nbsp;".repeat(depth(n) - 1)).append(md(n.name())).append(" | ")
          .append(plain(n.maxPoints())).append(n.role() == NodeRole.SCORED ? "" : " (" + role(n.role()) + ")")
          .append(" | ").append(n.source().map(src -> src.vietnameseLabel()).orElse(""))
          .append(" | ").append(n.method().map(m -> kind(m.kind())).orElse(""))
          .append(" | ").append(n.provenance().map(p -> p.status().name()).orElse("(as the set)")).append(" |\n"));
    }
    s.append("\n## Components, criteria and sub-criteria\n");
    for (Node top : rs.nodes()) {
      top.forEach(n -> node(s, n));
    }
    return s.toString();
  }

  /**
   * A Markdown index of several handbooks, linking each file by {@link #fileName(RuleSet)}.
   *
   * @param sets the rule sets, listed in the order given
   * @return the Markdown text, lines ended by {@code \n}
   */
  public static String index(Collection<RuleSet> sets) {
    StringBuilder s = new StringBuilder("# Rule-set handbooks\n\n");
    s.append("> Generated by `io.github.parindex.rules.Handbook`; do not edit by hand.\n\n");
    s.append("| Rule set | Issuer | Legal basis | Years | Max | Status |\n|---|---|---|---|---:|---|\n");
    for (RuleSet rs : sets) {
      s.append("| [").append(md(rs.title())).append("](").append(fileName(rs)).append(") | ")
          .append(md(rs.issuer())).append(" | ").append(md(rs.legalBasis().toString())).append(" | ")
          .append(rs.years()).append(" | ").append(plain(rs.maxTotal())).append(" | ")
          .append(rs.provenance().status()).append(" |\n");
    }
    return s.toString();
  }

  /**
   * Writes each set's handbook and a {@code README.md} index into {@code folder}; every file is written directly in
   * the folder (a name that would land elsewhere, or overwrite the index, is refused before anything is written).
   *
   * @param sets the rule sets
   * @param folder the output folder (created if missing)
   * @return the files written
   * @throws ParIndexException naming every rule set whose handbook cannot be written in the folder, or the folder
   *     when it cannot be written (with the I/O error as its cause)
   */
  public static List<Path> writeAll(Collection<RuleSet> sets, Path folder) {
    List<Path> written = new ArrayList<>();
    Path dir = folder.toAbsolutePath().normalize();
    List<Problem> refused = new ArrayList<>();
    java.util.Set<String> names = new java.util.HashSet<>();
    for (RuleSet rs : sets) {
      String name = fileName(rs);
      Path f = dir.resolve(name).normalize();
      if (!dir.equals(f.getParent()) || name.equalsIgnoreCase("README.md")
          || !names.add(name.toLowerCase(java.util.Locale.ROOT))) {
        refused.add(Problem.general("the handbook of rule set \"" + rs.id() + "\" cannot be written as " + name
            + " in " + folder + " (outside the folder, over the index README.md, or a second file of that name)"));
      }
    }
    if (!refused.isEmpty()) {
      throw new ParIndexException("handbooks cannot be written into " + folder, refused);
    }
    try {
      Files.createDirectories(dir);
      for (RuleSet rs : sets) {
        Path f = dir.resolve(fileName(rs));
        Files.writeString(f, render(rs), StandardCharsets.UTF_8);
        written.add(folder.resolve(fileName(rs)));
      }
      Files.writeString(dir.resolve("README.md"), index(sets), StandardCharsets.UTF_8);
      written.add(folder.resolve("README.md"));
    } catch (IOException e) {
      throw new ParIndexException("handbooks cannot be written into " + folder, List.of(Problem.general(
          "cannot write into " + folder + ": " + e.getClass().getSimpleName() + ": " + e.getMessage())), e);
    }
    return written;
  }

  /**
   * Writes the handbooks of every registered rule set ({@link RuleSetRegistry#load()}, plus the rule files of a
   * folder when a second argument is given) into the folder named by the first argument. Exits with status 2 on a
   * wrong number of arguments.
   *
   * @param args the output folder, then optionally a folder of rule files
   */
  public static void main(String[] args) {
    if (args.length < 1 || args.length > 2) {
      System.err.println("usage: Handbook <output folder> [folder of rule files]");
      System.exit(2);
      return;
    }
    RuleSetRegistry registry = args.length == 2 ? RuleSetRegistry.load(Path.of(args[1])) : RuleSetRegistry.load();
    for (Path p : writeAll(registry.all(), Path.of(args[0]))) {
      System.out.println("wrote " + p);
    }
  }

  private static void node(StringBuilder s, Node n) {
    s.append("\n").append("#".repeat(Math.min(2 + depth(n), 6))).append(" ").append(md(n.code())).append(" ")
        .append(md(n.name())).append(" — ").append(plain(n.maxPoints())).append(n.maxPoints().compareTo(BigDecimal.ONE)
            == 0 ? " point" : " points").append("\n\n");
    s.append("- Kind: ").append(n.kind().vietnameseLabel()).append(" (").append(n.kind().name()).append(")\n");
    n.gloss().ifPresent(g -> s.append("- Gloss: ").append(md(g)).append("\n"));
    if (n.role() != NodeRole.SCORED) {
      s.append("- Role: ").append(role(n.role())).append(", outside the maximum\n");
    }
    n.source().ifPresent(src -> s.append("- Points from: ").append(src.vietnameseLabel()).append(" (")
        .append(src.name()).append(")").append(src.isSurvey() ? ", not self-assessed" : "").append("\n"));
    n.method().ifPresent(m -> s.append("- Method: ").append(kind(m.kind())).append(": ").append(md(m.describe()))
        .append("\n"));
    n.scoringText().ifPresent(t -> s.append("- Scoring text (cách tính điểm): ").append(md(t)).append("\n"));
    if (!n.isLeaf()) {
      List<String> codes = new ArrayList<>();
      List<String> maxima = new ArrayList<>();
      for (Node c : n.children()) {
        if (c.role() == NodeRole.SCORED) {
          codes.add(md(c.code()));
          maxima.add(plain(c.maxPoints()));
        }
      }
      s.append("- Made of: ").append(String.join(" + ", codes)).append(" = ").append(String.join(" + ", maxima))
          .append(" = ").append(plain(n.maxPoints())).append("\n");
    }
    n.legalReference().ifPresent(l -> s.append("- Legal reference: ").append(legal(l)).append("\n"));
    n.provenance().ifPresent(p -> s.append("- Provenance: ").append(provenance(p)).append("\n"));
  }

  private static int depth(Node n) {
    return n.code().split("\\.").length;
  }

  private static String role(NodeRole r) {
    return r == NodeRole.BONUS ? "bonus (điểm thưởng)" : r == NodeRole.PENALTY ? "penalty (điểm trừ)" : "scored";
  }

  /** Already escaped: every part from data passes {@link #md}. */
  private static String legal(LegalReference l) {
    return md(l.toString()) + l.url().map(u -> " — " + md(u)).orElse("");
  }

  /** Already escaped: every part from data passes {@link #md}. */
  private static String provenance(Provenance p) {
    return "**" + p.status() + "**" + (p.note().isEmpty() ? "" : ": " + md(p.note()))
        + p.source().map(src -> " (source: " + md(src) + ")").orElse("");
  }

  private static String grades(GradeScale scale) {
    if (scale.bands().isEmpty()) {
      return "none";
    }
    List<String> out = new ArrayList<>();
    for (GradeBand b : scale.bands()) {
      out.add(md(b.label()) + " from " + plain(b.minimumIndex()) + "%" + b.description().map(d -> " (" + md(d)
          + ")").orElse(""));
    }
    return String.join("; ", out);
  }

  /** A table row; {@code value} is escaped here unless the caller built it from escaped parts. */
  private static void row(StringBuilder s, String key, String value) {
    s.append("| ").append(key).append(" | ").append(value).append(" |\n");
  }

  /** A method kind as code ({@code `direct-points`}) when it is a plain identifier, else as escaped text. */
  private static String kind(String kind) {
    for (int i = 0; i < kind.length(); i++) {
      char c = kind.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.')) {
        return md(kind);
      }
    }
    return kind.isEmpty() ? "" : "`" + kind + "`";
  }

  /** Text from data, escaped for Markdown by the shared escaper: no tag, link or table break survives. */
  private static String md(String text) {
    return Escaping.markdown(text);
  }

  static String plain(BigDecimal v) {
    return v.toPlainString();
  }

}
