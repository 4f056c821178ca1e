package io.github.parindex.fuzz;

import io.github.parindex.model.ParIndexException;
import io.github.parindex.model.Problem;
import io.github.parindex.testkit.CaseFiles;
import io.github.parindex.testkit.CaseResult;
import io.github.parindex.testkit.RuleSetResolver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Case files ({@code par-index/case@1}) run by {@link CaseFiles#check(Path, RuleSetResolver)} from a file: a case
 * that cannot run (its problems) counts as rejected; one that runs is accepted, whatever its mismatches.
 */
final class CaseFileTarget implements FuzzTarget {
  private static final RuleSetResolver RESOLVER = RuleSetResolver.registry();
  private final List<Seed> seeds = List.of(Seed.resource(CaseFileTarget.class, "/seeds/case-published-totals.yaml"));

  @Override
  public String name() {
    return "case-file";
  }

  @Override
  public List<Seed> seeds() {
    return seeds;
  }

  @Override
  public List<Mutator> mutators() {
    return Mutators.yaml();
  }

  @Override
  public Object read(byte[] document) {
    Path file;
    try {
      file = Files.createTempFile("fuzz-case", ".yaml");
      try {
        Files.write(file, document);
        CaseResult r = CaseFiles.check(file, RESOLVER);
        if (!r.problems().isEmpty()) {
          throw new ParIndexException("case file cannot run",
              r.problems().stream().map(Problem::general).toList());
        }
        return List.of(r.mismatches(), r.scorecards());
      } finally {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
