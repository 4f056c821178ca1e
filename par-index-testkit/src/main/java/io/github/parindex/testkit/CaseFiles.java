package io.github.parindex.testkit;

import io.github.parindex.audit.PublishedTable;
import io.github.parindex.audit.PublishedTotals;
import io.github.parindex.engine.Engine;
import io.github.parindex.engine.NodeScore;
import io.github.parindex.engine.Ranking;
import io.github.parindex.engine.Scorecard;
import io.github.parindex.internal.LibraryAccess;
import io.github.parindex.model.Assessment;
import io.github.parindex.model.GradeBand;
import io.github.parindex.model.ParIndexException;
import io.github.parindex.model.RuleSet;
import io.github.parindex.rules.internal.DocumentLimits;
import io.github.parindex.rules.internal.StrictText;
import io.github.parindex.testkit.CaseSpec.Expected;
import io.github.parindex.testkit.CaseSpec.UnitCase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * Case files ({@code par-index/case@1}, YAML) run as JUnit 5 dynamic tests: one test per file, reporting every
 * mismatch at once with the file name, the unit, the criterion path, and the expected and actual values.
 *
 * <pre>{@code
 * class PublishedCasesTest {
 *   @TestFactory
 *   Stream<DynamicTest> cases() {
 *     return CaseFiles.in("src/test/resources/cases");
 *   }
 * }
 * }</pre>
 *
 * <p>A case file names its rule set by id; {@link #in(String)} finds it with {@link RuleSetResolver#registry()}
 * (the bundled official sets and every {@code RuleSetProvider} on the class path); {@link #in(String,
 * RuleSetResolver)} takes another resolver. Decimals are compared exactly by value; a case may declare a tolerance
 * only with a reason. The format is documented with a full example in docs/guide/auditors.md.
 *
 * @since 0.1.0
 */
public final class CaseFiles {
  private CaseFiles() {}

  /**
   * One dynamic test per {@code .yaml}/{@code .yml} file under a folder, rule sets found with
   * {@link RuleSetResolver#registry()}.
   *
   * @param folder the folder, relative to the working directory (a module's directory under Maven)
   * @return the tests in file-name order, each named by the file's path in the folder
   * @throws IllegalArgumentException if the folder does not exist or holds no case file
   * @throws ParIndexException if the folder cannot be listed in full
   */
  public static Stream<DynamicTest> in(String folder) {
    return in(Path.of(folder), RuleSetResolver.registry());
  }

  /**
   * As {@link #in(String)}, resolving rule sets with the given resolver.
   *
   * @param folder the folder, relative to the working directory
   * @param resolver finds the rule set a case file names by id
   * @return the tests in file-name order, each named by the file's path in the folder
   * @throws IllegalArgumentException if the folder does not exist or holds no case file
   * @throws ParIndexException if the folder cannot be listed in full
   */
  public static Stream<DynamicTest> in(String folder, RuleSetResolver resolver) {
    return in(Path.of(folder), resolver);
  }

  /**
   * One dynamic test per case file under a folder, in file-name order (subfolders included). A test fails with
   * {@link CaseResult#report()}: every mismatch, or the problems that kept the case from running.
   *
   * @param folder the folder
   * @param resolver finds the rule set a case file names by id
   * @return the tests, each named by the file's path in the folder
   * @throws IllegalArgumentException if the folder does not exist or holds no case file (so a misplaced folder
   *     cannot pass silently)
   * @throws ParIndexException if the folder cannot be listed in full (see {@link #files(Path)})
   * @throws NullPointerException if an argument is null
   */
  public static Stream<DynamicTest> in(Path folder, RuleSetResolver resolver) {
    Objects.requireNonNull(folder, "folder");
    Objects.requireNonNull(resolver, "resolver");
    List<Path> files = files(folder);
    return files.stream().map(f -> DynamicTest.dynamicTest(folder.relativize(f).toString(), f.toUri(),
        () -> check(f, resolver).assertPassed()));
  }

  /**
   * The case files under a folder, sorted (subfolders included; links are not followed).
   *
   * @param folder the folder
   * @return the {@code .yaml}/{@code .yml} files, at least one
   * @throws IllegalArgumentException if the folder does not exist or holds no case file
   * @throws ParIndexException naming the folder and the failure if the folder or one of its subfolders cannot be
   *     listed (a case folder that cannot be read in full must not pass with the cases that could be read)
   */
  public static List<Path> files(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new IllegalArgumentException("no case folder " + folder.toAbsolutePath());
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      List<Path> files = walk.filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().endsWith(".yaml") || p.getFileName().toString().endsWith(".yml"))
          .sorted().toList();
      if (files.isEmpty()) {
        throw new IllegalArgumentException("no case files (*.yaml, *.yml) in " + folder.toAbsolutePath());
      }
      return files;
    } catch (IOException e) {
      throw StrictText.ioFailure(folder.toString(), e);
    } catch (UncheckedIOException e) {
      // Files.walk reports a subfolder it cannot read while walking, wrapped
      throw StrictText.ioFailure(folder.toString(), e.getCause());
    }
  }

  /**
   * Runs one case file. A file that cannot be read (missing, not UTF-8, past the case-file size limit) gives a result
   * with problems rather than an exception, as does a case that cannot run.
   *
   * @param file the case file
   * @param resolver finds the rule set the file names by id
   * @return the outcome: passed, mismatches, or the problems that kept the case from running
   * @throws NullPointerException if an argument is null
   */
  public static CaseResult check(Path file, RuleSetResolver resolver) {
    Objects.requireNonNull(file, "file");
    String name = file.getFileName().toString();
    String text;
    try {
      text = StrictText.read(file, name, DocumentLimits.CASE_FILE);
    } catch (ParIndexException e) {
      return new CaseResult(name, "", e.problems().stream().map(p -> p.location()
          .map(l -> "(line " + l.line() + ", column " + l.column() + "): ").orElse("") + p.message()).toList(),
          List.of(), List.of(), List.of());
    }
    return check(text, name, resolver);
  }

  /**
   * Runs a case given as text.
   *
   * @param yaml the case file's content
   * @param fileName the name used in messages
   * @param resolver finds the rule set the case names by id
   * @return the outcome: passed, mismatches, or the problems that kept the case from running
   * @throws NullPointerException if an argument is null
   */
  public static CaseResult check(String yaml, String fileName, RuleSetResolver resolver) {
    Objects.requireNonNull(yaml, "yaml");
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(resolver, "resolver");
    Object read = CaseFileReader.read(yaml);
    if (!(read instanceof CaseSpec spec)) {
      @SuppressWarnings("unchecked")
      List<String> problems = (List<String>) read;
      return new CaseResult(fileName, "", problems, List.of(), List.of(), List.of());
    }
    List<String> problems = new ArrayList<>();
    List<Scorecard> cards = new ArrayList<>();
    List<Assessment> assessments = new ArrayList<>();
    if (spec.rules().isPresent()) {
      scorePublished(spec, problems, cards);
    } else {
      String id = spec.ruleSetId().orElseThrow();
      Optional<RuleSet> rs = resolver.resolve(id);
      if (rs.isEmpty()) {
        return new CaseResult(fileName, spec.title(), List.of("ruleSet: no rule set with id \"" + id
            + "\" (is its RuleSetProvider on the class path, or is the id misspelt?)"), List.of(), List.of(),
            List.of());
      }
      score(spec, rs.get(), problems, cards, assessments);
    }
    Optional<Ranking> ranking = Optional.empty();
    boolean ranks = spec.units().stream().anyMatch(u -> u.expected().rank().isPresent());
    if (problems.isEmpty() && ranks) {
      try {
        ranking = Optional.of(Ranking.of(cards, spec.scope(), spec.ties()));
      } catch (ParIndexException e) {
        e.problems().forEach(p -> problems.add("ranking: " + p));
      }
    }
    if (!problems.isEmpty()) {
      return new CaseResult(fileName, spec.title(), problems, List.of(), List.of(), List.of());
    }
    List<Mismatch> mismatches = new ArrayList<>();
    Checker c = new Checker(fileName, spec.tolerance(), spec.toleranceReason(), mismatches);
    for (int i = 0; i < cards.size(); i++) {
      c.check(cards.get(i), spec.units().get(i).expected(), ranking);
    }
    return new CaseResult(fileName, spec.title(), List.of(), mismatches, cards, assessments);
  }

  private static void score(CaseSpec spec, RuleSet rs, List<String> problems, List<Scorecard> cards,
      List<Assessment> assessments) {
    for (UnitCase u : spec.units()) {
      Assessment a = Assessment.builder().unit(u.unit()).ruleSetId(rs.id()).year(spec.year())
          .inputs(u.inputs()).build();
      assessments.add(a);
      try {
        cards.add(Engine.score(rs, a));
      } catch (ParIndexException e) {
        e.problems().forEach(p -> problems.add("inputs: " + p));
      }
    }
  }

  /** Units given as published totals: scorecards built from them under the case's rules header. */
  private static void scorePublished(CaseSpec spec, List<String> problems, List<Scorecard> cards) {
    PublishedTable.Builder t = PublishedTable.builder().title(spec.title());
    spec.units().forEach(u -> u.published().ifPresent(t::addRows));
    try {
      List<Scorecard> built = PublishedTotals.scorecards(t.build(), spec.rules().orElseThrow());
      for (int i = 0; i < built.size(); i++) {
        Scorecard c = built.get(i);
        cards.add(Scorecard.builder(LibraryAccess.KEY).from(c).unit(spec.units().get(i).unit()).build());
      }
    } catch (ParIndexException e) {
      e.problems().forEach(p -> problems.add("published: " + p.message()));
    }
  }

  /** Compares one scorecard with the expected results. */
  private record Checker(String file, Optional<BigDecimal> tolerance, Optional<String> reason, List<Mismatch> out) {

    void check(Scorecard card, Expected e, Optional<Ranking> ranking) {
      String unit = card.unit().code();
      e.total().ifPresent(x -> dec(unit, "total", x, card.totalPoints()));
      e.index().ifPresent(x -> dec(unit, "index", x, card.index()));
      e.maximum().ifPresent(x -> dec(unit, "maximum", x, card.maximum()));
      e.effectiveMaximum().ifPresent(x -> dec(unit, "effectiveMaximum", x, card.effectiveMaximum()));
      e.grade().ifPresent(x -> {
        String actual = card.grade().map(GradeBand::label).orElse("none");
        if (!actual.equals(x)) {
          out.add(new Mismatch(file, unit, "grade", x, actual + " (index " + card.index().toPlainString() + ")"));
        }
      });
      e.rank().ifPresent(x -> {
        Optional<Integer> actual = ranking.flatMap(r -> r.rankOf(unit));
        if (!actual.equals(Optional.of(x))) {
          out.add(new Mismatch(file, unit, "rank", x.toString(), actual.map(String::valueOf).orElse("unranked")));
        }
      });
      for (Map.Entry<String, Map<String, Object>> n : e.nodes().entrySet()) {
        Optional<NodeScore> node = card.node(n.getKey());
        if (node.isEmpty()) {
          out.add(new Mismatch(file, unit, "node " + n.getKey(), "a node " + n.getKey(),
              "no such node in rule set " + card.ruleSetId()));
          continue;
        }
        NodeScore ns = node.get();
        n.getValue().forEach((field, expected) -> {
          String path = "node " + n.getKey() + " " + field;
          switch (field) {
            case "points" -> dec(unit, path, (BigDecimal) expected, ns.points());
            case "effectiveMaximum" -> dec(unit, path, (BigDecimal) expected, ns.effectiveMaximum());
            case "index" -> opt(unit, path, (BigDecimal) expected, ns.index());
            case "selfAssessed" -> opt(unit, path, (BigDecimal) expected, ns.selfAssessedPoints());
            case "appraised" -> opt(unit, path, (BigDecimal) expected, ns.appraisedPoints());
            case "applicable" -> {
              if (!expected.equals(ns.applicable())) {
                out.add(new Mismatch(file, unit, path, expected.toString(), Boolean.toString(ns.applicable())));
              }
            }
            default -> throw new IllegalStateException("unchecked field " + field);
          }
        });
      }
    }

    private void opt(String unit, String path, BigDecimal expected, Optional<BigDecimal> actual) {
      if (actual.isEmpty()) {
        out.add(new Mismatch(file, unit, path, expected.toPlainString(), "none"));
      } else {
        dec(unit, path, expected, actual.get());
      }
    }

    private void dec(String unit, String path, BigDecimal expected, BigDecimal actual) {
      BigDecimal margin = tolerance.orElse(BigDecimal.ZERO);
      if (expected.subtract(actual).abs().compareTo(margin) > 0) {
        String a = actual.toPlainString() + (tolerance.isPresent()
            ? " (beyond the declared tolerance " + margin.toPlainString() + ": " + reason.orElse("") + ")" : "");
        out.add(new Mismatch(file, unit, path, expected.toPlainString(), a));
      }
    }
  }
}
