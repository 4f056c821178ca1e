package io.github.parindex.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * The fuzz properties of one reader: extend this class once per {@link FuzzTarget}.
 *
 * <p>For every target it runs:
 *
 * <ul>
 *   <li>{@code mutatedDocuments}: a jqwik property over generated {@link Mutant}s (a seed and one to three
 *       {@link Mutator}s), {@code fuzz.cases} tries (1,500 by default in CI; {@code mvn verify -pl par-index-fuzz -am
 *       -Dfuzz.cases=12600} for a release: 100,800 cases over the 8 targets), failing on a crash, a hang or a
 *       silent acceptance
 *       ({@link FuzzHarness#check}); jqwik shrinks a failure to a small case and prints its seed for replay;
 *   <li>{@code everySeedIsAccepted}: the seeds themselves are valid;
 *   <li>{@code hostileCorpus}: every file under {@code src/test/resources/hostile/NAME/} (NAME = the target's
 *       {@link FuzzTarget#name()}) and every {@link FuzzTarget#generatedHostile()} document is rejected with a
 *       {@code ParIndexException} within the time limit; a file whose name contains {@code .valid.} must instead be
 *       accepted (hostile but legal: markup in a name, a long note).
 * </ul>
 *
 * <h2>Adding a target</h2>
 *
 * <ol>
 *   <li>Write a {@link FuzzTarget}: its seeds (valid documents: copy small example files to
 *       {@code src/test/resources/seeds/}, or write documents with the library's own writers), its mutators
 *       ({@link Mutators#json()}, {@link Mutators#csv()}, {@link Mutators#yaml()}, or your own list; change a
 *       verdict with {@link Mutator#withVerdict} where your format is looser than the default, e.g. a CSV whose
 *       unknown columns are allowed) and {@code read(byte[])} calling the public reader on an
 *       {@code InputStream} or a file.
 *   <li>Add a class {@code XxxFuzzProperties extends ReaderFuzzing} whose {@link #target()} returns it (keep the
 *       target in a static field: jqwik makes a new instance of the class for each property).
 *   <li>Put hostile documents in {@code src/test/resources/hostile/NAME/}, one per file, named for what they try.
 *   <li>Add a row for each limit the reader enforces to {@code docs/guide/limits.md}.
 * </ol>
 *
 * <pre>{@code
 * class LineageCsvFuzzProperties extends ReaderFuzzing {
 *   static final FuzzTarget TARGET = new LineageCsvTarget();
 *   protected FuzzTarget target() {
 *     return TARGET;
 *   }
 * }
 * }</pre>
 */
public abstract class ReaderFuzzing {
  private static final Map<Class<?>, FuzzTarget> REPORTED = new ConcurrentHashMap<>();

  /** The reader under test; the same instance on every call. */
  protected abstract FuzzTarget target();

  @Property(shrinking = ShrinkingMode.BOUNDED)
  void mutatedDocuments(@ForAll("mutants") Mutant mutant) {
    REPORTED.putIfAbsent(getClass(), target());
    FuzzHarness.check(target(), mutant);
  }

  @Provide
  Arbitrary<Mutant> mutants() {
    FuzzTarget t = target();
    Arbitrary<Mutant.Step> step = Combinators.combine(
        Arbitraries.integers().between(0, t.mutators().size() - 1),
        Arbitraries.integers().between(0, Integer.MAX_VALUE / 2),
        Arbitraries.integers().between(0, Integer.MAX_VALUE / 2)).as(Mutant.Step::new);
    // one mutation in three cases of four: those carry a verdict; chains only look for crashes and hangs
    Arbitrary<List<Mutant.Step>> steps = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, step.list().ofSize(1)),
        net.jqwik.api.Tuple.of(1, step.list().ofMinSize(2).ofMaxSize(3)));
    return Combinators.combine(Arbitraries.integers().between(0, t.seeds().size() - 1), steps).as(Mutant::new);
  }

  @Example
  void everySeedIsAccepted() {
    assertThat(target().seeds()).isNotEmpty();
    for (Seed s : target().seeds()) {
      FuzzHarness.seedValue(target(), s);
    }
  }

  @Example
  void hostileCorpus() {
    List<Seed> docs = new ArrayList<>(corpus(target().name()));
    docs.addAll(target().generatedHostile());
    for (Seed doc : docs) {
      FuzzHarness.Outcome o = FuzzHarness.run(target(), doc.bytes());
      FuzzHarness.Kind expected = doc.name().contains(".valid.") ? FuzzHarness.Kind.ACCEPTED
          : FuzzHarness.Kind.REJECTED;
      assertThat(o.kind()).as("%s: %s (%s)", target().name(), doc.name(), o.error()).isEqualTo(expected);
    }
  }

  @AfterContainer
  static void figures() {
    REPORTED.values().forEach(t -> FuzzStats.of(t.name()).report());
    REPORTED.clear();
  }

  /**
   * The hostile documents of a target: the files of {@code /hostile/NAME/} on the test class path.
   *
   * @param name the target's name
   * @return the documents, in file-name order
   */
  static List<Seed> corpus(String name) {
    URL url = ReaderFuzzing.class.getResource("/hostile/" + name);
    if (url == null) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
      List<Seed> out = new ArrayList<>();
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        out.add(new Seed("hostile/" + name + "/" + f.getFileName(), Files.readAllBytes(f)));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
