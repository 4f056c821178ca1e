// Longer than 400 lines for a reason: its code is about 230 lines; the rest is the javadoc of its public API
// (full doclint: every public member documented) and blank lines.
package io.github.parindex.rules;

import io.github.parindex.rules.internal.Suggestions;

import io.github.parindex.model.ParIndexException;
import io.github.parindex.model.Problem;
import io.github.parindex.model.RuleSet;
import io.github.parindex.model.UnitLevel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Stream;

/**
 * The rule sets available to a program, each with where it came from: found by id, or by issuer, unit level and
 * year. Immutable and thread-safe; the {@code with...} methods return a new registry.
 *
 * <p>{@link #load()} collects the sets of every {@link RuleSetProvider} on the module or class path (the official
 * sets bundled in this module among them); {@link #load(Path)} adds the {@code *.json} rule files of a folder read
 * at run time. Two sets with the same id are an error naming both sources.
 *
 * <pre>{@code
 * RuleSetRegistry registry = RuleSetRegistry.load();
 * RuleSet national2024 = registry.find("Bộ Nội vụ", UnitLevel.PROVINCE, 2024).orElseThrow();   // 892/QĐ-BNV
 * RuleSet byId = registry.get(OfficialRuleSets.BNV_876_PROVINCE);
 * RuleSetRegistry withLocal = registry.withFolder(Path.of("/etc/cchc/rules"));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class RuleSetRegistry {

  /** A rule set and where it was found (a provider's name or a file). */
  /**
   * A registered set, or a bundled set not read yet: the bundled sets are read one by one, when first asked for
   * (a registry that serves one set reads and checks one file). Thread-safe: two threads asking at once read the
   * same immutable set, and one of them is kept.
   */
  private static final class Entry {
    final String id;
    final String source;
    private final java.util.function.Supplier<RuleSet> reader;
    private volatile RuleSet ruleSet;

    Entry(RuleSet ruleSet, String source) {
      this.id = ruleSet.id();
      this.source = source;
      this.reader = null;
      this.ruleSet = ruleSet;
    }

    Entry(String id, String source, java.util.function.Supplier<RuleSet> reader) {
      this.id = id;
      this.source = source;
      this.reader = reader;
    }

    RuleSet ruleSet() {
      RuleSet rs = ruleSet;
      if (rs == null) {
        rs = reader.get();
        ruleSet = rs;
      }
      return rs;
    }

    String source() {
      return source;
    }
  }

  private final Map<String, Entry> byId;
  private final List<Problem> skipped;

  private RuleSetRegistry(Map<String, Entry> byId, List<Problem> skipped) {
    this.byId = byId;
    this.skipped = List.copyOf(skipped);
  }

  /** {@return a registry with no rule sets} */
  public static RuleSetRegistry empty() {
    return new RuleSetRegistry(Map.of(), List.of());
  }

  /**
   * Every file a folder loader ({@link #withFolder(Path)}) left alone, and why (a sub-folder, a file that is neither
   * a {@code .json} rule file nor a {@code .csv} table), as warnings located at the file.
   *
   * @return the warnings, in folder order
   * @since 0.1.0
   */
  public List<Problem> skipped() {
    return skipped;
  }

  /**
   * Every rule set of every {@link RuleSetProvider} found by {@link ServiceLoader}: the official sets bundled with
   * par-index-rules and those of rule modules on the class or module path. The bundled sets are read when first used.
   *
   * @return the registry
   * @throws ParIndexException if two providers ship sets with the same id, naming both
   */
  public static RuleSetRegistry load() {
    List<RuleSetProvider> providers = new ArrayList<>();
    ServiceLoader.load(RuleSetProvider.class).forEach(providers::add);
    return of(providers);
  }

  /**
   * The provided rule sets ({@link #load()}) plus the rule files of a folder ({@link #withFolder(Path)}).
   *
   * @param folder the folder of {@code *.json} rule files (and the CSV tables they name)
   * @return the registry
   * @throws RuleFileException listing every problem of every file in the folder
   * @throws ParIndexException if an id is used twice, naming both sources
   */
  public static RuleSetRegistry load(Path folder) {
    return load().withFolder(folder);
  }

  /**
   * The rule sets of the given providers only (no {@link ServiceLoader} look-up).
   *
   * @param providers the providers, in the order their sets are added
   * @return the registry
   * @throws ParIndexException if an id is used twice, naming both sources
   */
  public static RuleSetRegistry of(Collection<? extends RuleSetProvider> providers) {
    RuleSetRegistry r = empty();
    for (RuleSetProvider p : providers) {
      r = r.withProvider(p);
    }
    return r;
  }

  /**
   * This registry plus a provider's sets.
   *
   * @param provider the provider
   * @return a new registry; this one is unchanged
   * @throws ParIndexException if one of the provider's ids is already registered, naming both sources
   */
  public RuleSetRegistry withProvider(RuleSetProvider provider) {
    List<Entry> entries = new ArrayList<>();
    if (provider instanceof OfficialRuleSets) { // the bundled sets: their ids from the index, each read when used
      for (String id : OfficialRuleSets.IDS) {
        entries.add(new Entry(id, "provider " + provider.name(), () -> OfficialRuleSets.read(id)));
      }
      return plus(entries);
    }
    for (RuleSet rs : provider.ruleSets()) {
      entries.add(new Entry(rs, "provider " + provider.name()));
    }
    return plus(entries);
  }

  /**
   * This registry plus one rule set.
   *
   * @param ruleSet the rule set
   * @param source where it came from, for messages and {@link #sourceOf(String)} (e.g. a file path)
   * @return a new registry; this one is unchanged
   * @throws ParIndexException if its id is already registered, naming both sources
   */
  public RuleSetRegistry with(RuleSet ruleSet, String source) {
    return plus(List.of(new Entry(ruleSet, source)));
  }

  /**
   * This registry plus every {@code *.json} rule file directly in {@code folder} (read in name order). A rule file
   * may take its tree from a CSV table next to it ({@code "table": "so-2025.csv"} instead of {@code "nodes"}); every
   * {@code *.csv} in the folder must be such a table, else it is an error. Other files are left alone. All files
   * are read before failing, so one exception lists every problem of every file.
   *
   * @param folder the folder
   * @return a new registry; this one is unchanged
   * @throws RuleFileException listing every problem of every file (a folder that cannot be listed is one)
   * @throws ParIndexException if an id is used twice, naming both sources
   */
  public RuleSetRegistry withFolder(Path folder) {
    return withFolder(folder, RuleSetJson.standard());
  }

  /**
   * As {@link #withFolder(Path)}, reading with the given codecs (e.g. {@link RuleSetJson#withCodecs}).
   *
   * <p>Symbolic links are followed only to files directly in the folder; a link that points elsewhere, dangles or
   * loops is an error, as is a rule file that cannot be read (not UTF-8, too long); every such file is reported and
   * the others are still read. Files left alone are listed by {@link #skipped()}.
   *
   * @param folder the folder
   * @param json the reader
   * @return this registry plus the folder's sets
   * @throws RuleFileException listing every problem of every file
   * @throws ParIndexException if an id is used twice, naming both sources
   */
  public RuleSetRegistry withFolder(Path folder, RuleSetJson json) {
    Path real;
    List<Path> files;
    try (Stream<Path> s = Files.list(folder)) {
      real = folder.toRealPath();
      files = s.sorted().toList();
    } catch (IOException | java.io.UncheckedIOException x) {
      // listing fails at the start (IOException) or part-way (the stream's UncheckedIOException)
      Exception e = x instanceof java.io.UncheckedIOException u ? u.getCause() : x;
      throw new RuleFileException("rule folder " + folder + " cannot be listed", List.of(Problem.error(
          Problem.Location.ofFile(folder.toString(), 0, 0, ""), "cannot be listed: " + e.getClass().getSimpleName()
              + ": " + e.getMessage())));
    }
    List<Entry> entries = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    List<Problem> left = new ArrayList<>(skipped);
    java.util.Set<Path> tables = new java.util.HashSet<>();
    List<Path> csv = new ArrayList<>();
    for (Path f : files) {
      String name = f.getFileName().toString();
      Problem.Location at = Problem.Location.ofFile(f.toString(), 0, 0, "");
      if (!inFolder(f, real, at, problems)) {
        continue;
      }
      if (Files.isDirectory(f)) {
        left.add(Problem.warning(at, "skipped: a folder (sub-folders are not read)"));
      } else if (name.endsWith(".json")) {
        try {
          entries.add(new Entry(json.read(f, tables), f.toString()));
        } catch (RuleFileException e) {
          problems.addAll(e.problems());
        }
      } else if (name.endsWith(".csv")) {
        csv.add(f);
      } else {
        left.add(Problem.warning(at, "skipped: neither a .json rule file nor a .csv table"));
      }
    }
    for (Path f : csv) {
      if (!tables.contains(f.toAbsolutePath().normalize())) {
        problems.add(Problem.error(Problem.Location.ofFile(f.toString(), 0, 0, ""), "table " + f.getFileName()
            + " is not used by any rule file in the folder; a table holds only the tree, so add a JSON rule file"
            + " with \"table\": \"" + f.getFileName() + "\" and the rule set's other keys, or move the table out"));
      }
    }
    if (!problems.isEmpty()) {
      throw new RuleFileException("rule folder " + folder + " has files that cannot be read", problems);
    }
    RuleSetRegistry next = plus(entries);
    return new RuleSetRegistry(next.byId, left);
  }

  /** Whether a folder entry may be read: not a link out of the folder, nor a dangling or looping link. */
  private static boolean inFolder(Path f, Path realFolder, Problem.Location at, List<Problem> problems) {
    if (!Files.isSymbolicLink(f)) {
      return true;
    }
    try {
      Path target = f.toRealPath();
      if (!realFolder.equals(target.getParent())) {
        problems.add(Problem.error(at, "a link to " + target + ", outside the folder: not followed"));
        return false;
      }
      return true;
    } catch (IOException e) {
      problems.add(Problem.error(at, "a link that dangles or loops (" + e.getClass().getSimpleName()
          + "): not followed"));
      return false;
    }
  }

  /**
   * Every rule set, in the order added; bundled sets not yet used are read here.
   *
   * @return the rule sets, unmodifiable
   */
  public List<RuleSet> all() {
    return byId.values().stream().map(Entry::ruleSet).toList();
  }

  /**
   * The rule set with an id.
   *
   * @param id the rule set's id, e.g. {@code "vn-bnv-892-province"}
   * @return the set, or empty if none has the id
   */
  public Optional<RuleSet> find(String id) {
    return Optional.ofNullable(byId.get(id)).map(Entry::ruleSet);
  }

  /**
   * The rule set with an id, which must be registered.
   *
   * @param id the rule set's id
   * @return the set
   * @throws ParIndexException if there is none, naming the nearest id
   */
  public RuleSet get(String id) {
    Entry e = byId.get(id);
    if (e == null) {
      throw new ParIndexException("no rule set with id " + id,
          List.of(Problem.general("no rule set \"" + id + "\"" + Suggestions.didYouMean(id, byId.keySet())
              + " (" + byId.size() + " rule sets registered)")));
    }
    return e.ruleSet();
  }

  /**
   * Where the set with an id came from.
   *
   * @param id the rule set's id
   * @return a provider's name or a file path, or empty if none has the id
   */
  public Optional<String> sourceOf(String id) {
    return Optional.ofNullable(byId.get(id)).map(Entry::source);
  }

  /**
   * The sets of an issuer that score a unit level in a year (issuer compared without regard to case or Unicode
   * normalisation), in the order added.
   *
   * @param issuer the issuing body, e.g. {@code "Bộ Nội vụ"} or a province's people's committee
   * @param level the level of the unit scored
   * @param year the assessment year
   * @return the sets, possibly none
   */
  public List<RuleSet> candidates(String issuer, UnitLevel level, int year) {
    String wanted = normalise(issuer);
    return byId.values().stream().map(Entry::ruleSet)
        .filter(rs -> normalise(rs.issuer()).equals(wanted) && rs.appliesTo(level, year)).toList();
  }

  /**
   * The one set of an issuer for a unit level and year: the set whose years contain {@code year}.
   *
   * @param issuer the issuing body, compared without regard to case or Unicode normalisation
   * @param level the level of the unit scored
   * @param year the assessment year
   * @return the set, or empty if none qualifies
   * @throws ParIndexException if several sets qualify, naming them and their sources (disambiguate with
   *     {@link #find(String, UnitLevel, int, String)} or choose from {@link #candidates})
   */
  public Optional<RuleSet> find(String issuer, UnitLevel level, int year) {
    List<RuleSet> found = candidates(issuer, level, year);
    if (found.size() > 1) {
      List<Problem> problems = new ArrayList<>();
      for (RuleSet rs : found) {
        problems.add(Problem.general(rs.id() + " (" + rs.legalBasis() + ", years " + rs.years() + ") from "
            + byId.get(rs.id()).source()));
      }
      throw new ParIndexException(found.size() + " rule sets of " + issuer + " score " + level + " in " + year
          + "; name the deciding document with find(issuer, level, year, legalDocument) or pick one of"
          + " candidates(...)", problems);
    }
    return found.stream().findFirst();
  }

  /**
   * The set of an issuer for a unit level and year issued by a given document, for years in which a province
   * replaced its set.
   *
   * @param issuer the issuing body, compared without regard to case or Unicode normalisation
   * @param level the level of the unit scored
   * @param year the assessment year
   * @param legalDocument the deciding document's number, e.g. {@code "2712/QĐ-UBND"}, compared the same way
   * @return the set, or empty if none qualifies
   * @throws ParIndexException if several sets still qualify
   */
  public Optional<RuleSet> find(String issuer, UnitLevel level, int year, String legalDocument) {
    List<RuleSet> found = candidates(issuer, level, year).stream()
        .filter(rs -> normalise(rs.legalBasis().document()).equals(normalise(legalDocument))).toList();
    if (found.size() > 1) {
      throw new ParIndexException("several rule sets of " + issuer + " issued by " + legalDocument + " score "
          + level + " in " + year, found.stream().map(rs -> Problem.general(rs.id())).toList());
    }
    return found.stream().findFirst();
  }

  private RuleSetRegistry plus(List<Entry> added) {
    Map<String, Entry> next = new LinkedHashMap<>(byId);
    List<Problem> problems = new ArrayList<>();
    for (Entry e : added) {
      Entry before = next.putIfAbsent(e.id, e);
      if (before != null) {
        problems.add(Problem.general("rule set id \"" + e.id + "\" is defined twice: in "
            + before.source() + " and in " + e.source()));
      }
    }
    if (!problems.isEmpty()) {
      throw new ParIndexException("duplicate rule set ids", problems);
    }
    return new RuleSetRegistry(java.util.Collections.unmodifiableMap(next), skipped);
  }

  private static String normalise(String s) {
    return Normalizer.normalize(s.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return "RuleSetRegistry" + byId.keySet();
  }
}
