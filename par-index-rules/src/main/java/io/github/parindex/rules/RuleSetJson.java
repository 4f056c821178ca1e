package io.github.parindex.rules;

import io.github.parindex.method.ScoringMethod;
import io.github.parindex.model.RuleSet;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Reads and writes rule sets in the strict JSON format {@value #FORMAT}.
 *
 * <p>Reading is strict: an unknown or misplaced key, a missing required key, a value of the wrong type, a bad
 * decimal or an inconsistent tree is an error, never ignored. All problems of a file are collected and thrown as
 * one {@link RuleFileException}, each naming the file, the JSON path, the line and column and, for a misspelt key,
 * the nearest valid key. Numbers are read from their text as exact {@link java.math.BigDecimal}s (never through
 * {@code double}); they are written as plain JSON numbers without exponent, exactly as the value's
 * {@link java.math.BigDecimal#toPlainString()}, so {@code 0.50} stays {@code 0.50}.
 *
 * <p>A rule file read from a folder may take its tree from a CSV table next to it, {@code "table": "so-2025.csv"}
 * instead of {@code "nodes"} (read by {@link io.github.parindex.rules.table.RuleSetTable}); problems in the table
 * are reported with the table's file name and row. Writing always writes the nodes inline.
 *
 * <p>Writing is deterministic (fixed key order, two-space indentation, {@code \n} line ends, unit levels in
 * declaration order, grade blocks sorted by label) and {@code read(write(x))} equals {@code x};
 * {@code write(read(text))} is stable under a second round.
 *
 * <pre>{@code
 * RuleSetJson json = RuleSetJson.standard();           // built-in methods + codecs found by ServiceLoader
 * RuleSet rs = json.read(Path.of("rules/ha-tinh-so-2025.json"));
 * String text = json.write(rs);
 * }</pre>
 */
public final class RuleSetJson {

  /** The format tag every rule file carries in its {@code "format"} key. */
  public static final String FORMAT = "par-index/rule-set@1";

  /**
   * Holds the standard instance: the JVM initialises the holder class once, on the first call of
   * {@link #standard()}, and publishes it safely to every thread (no lock, no race, no second discovery).
   */
  private static final class Standard {
    static final RuleSetJson INSTANCE = discover();

    private static RuleSetJson discover() {
      List<ScoringMethodCodec> found = new ArrayList<>();
      ServiceLoader.load(ScoringMethodCodec.class, RuleSetJson.class.getClassLoader()).forEach(found::add);
      return withCodecs(found);
    }
  }

  private final Map<String, ScoringMethodCodec> codecs;

  private RuleSetJson(Map<String, ScoringMethodCodec> codecs) {
    this.codecs = codecs;
  }

  /**
   * The built-in methods plus every {@link ScoringMethodCodec} found by {@link ServiceLoader}.
   *
   * <p>The codecs are discovered once per class loader that loads this library: on the first call, through the
   * class loader (or module layer) of par-index-rules itself, and the same instance is returned ever after. A codec
   * that becomes visible later (a plug-in loaded afterwards in another class loader) is not seen: pass it to
   * {@link #withCodecs} instead. Thread-safe.
   *
   * @throws IllegalStateException if two codecs claim the same kind (on this and every later call)
   */
  public static RuleSetJson standard() {
    return Standard.INSTANCE;
  }

  /**
   * The built-in methods plus the given codecs (and no others).
   *
   * @throws IllegalStateException if two codecs claim the same kind, naming both
   */
  public static RuleSetJson withCodecs(Collection<? extends ScoringMethodCodec> extra) {
    Map<String, ScoringMethodCodec> byKind = new LinkedHashMap<>();
    List<ScoringMethodCodec> all = new ArrayList<>(BuiltInCodecs.all());
    all.addAll(extra);
    for (ScoringMethodCodec c : all) {
      ScoringMethodCodec before = byKind.putIfAbsent(c.kind(), c);
      if (before != null) {
        throw new IllegalStateException("two codecs for the method kind \"" + c.kind() + "\": "
            + before.getClass().getName() + " and " + c.getClass().getName());
      }
    }
    return new RuleSetJson(Map.copyOf(byKind));
  }

  /** The method kinds this instance reads and writes. */
  public java.util.Set<String> kinds() {
    return new java.util.TreeSet<>(codecs.keySet());
  }

  /**
   * Reads a rule file.
   *
   * @throws RuleFileException listing every problem, each with the file, JSON path, line and column
   * @throws UncheckedIOException if the file cannot be read
   */
  public RuleSet read(Path file) {
    return read(file, new java.util.HashSet<>());
  }

  /** Reads a rule file and records the table files it refers to. */
  RuleSet read(Path file, java.util.Set<Path> tablesRead) {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      Path folder = file.toAbsolutePath().getParent();
      return read(r, file.toString(), Optional.ofNullable(folder), tablesRead);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read rule file " + file, e);
    }
  }

  /**
   * Reads a rule set from a reader whose {@code "table"}, if any, is resolved against {@code tableFolder} (for rule
   * files kept elsewhere than on disk, e.g. resources unpacked by a rule module).
   *
   * @throws RuleFileException listing every problem, those of the table included
   */
  public RuleSet read(Reader reader, String sourceName, Path tableFolder) {
    return read(reader, sourceName, Optional.of(tableFolder), new java.util.HashSet<>());
  }

  /**
   * Reads a rule set from a reader; {@code sourceName} names it in error messages (a file name or resource).
   *
   * @throws RuleFileException listing every problem
   */
  public RuleSet read(Reader reader, String sourceName) {
    return read(reader, sourceName, Optional.empty(), new java.util.HashSet<>());
  }

  private RuleSet read(Reader reader, String sourceName, Optional<Path> tableFolder, java.util.Set<Path> tables) {
    ReadContext ctx = new ReadContext(sourceName, RuleSetReader.PLACEMENTS, tableFolder);
    JsonTree.Value root;
    List<JsonTree.Duplicate> duplicates = new ArrayList<>();
    try {
      root = JsonTree.parse(reader, duplicates);
    } catch (JsonTree.SyntaxError e) {
      ctx.problemAt("$", e.line, e.column, e.getMessage());
      throw failure(ctx);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read rule set " + sourceName, e);
    }
    for (JsonTree.Duplicate d : duplicates) {
      ctx.problemAt(d.path(), d.line(), d.column(), "key \"" + d.key() + "\" appears twice in the same object");
    }
    Optional<RuleSet> rs = new RuleSetReader(ctx, this).read(root);
    ctx.finishAll();
    tables.addAll(ctx.tablesRead());
    if (ctx.count() > 0 || rs.isEmpty()) {
      throw failure(ctx);
    }
    return rs.get();
  }

  /** Reads a rule set from text. */
  public RuleSet parse(String json, String sourceName) {
    return read(new StringReader(json), sourceName);
  }

  /**
   * The rule set as JSON text, deterministic.
   *
   * @throws IllegalArgumentException if a leaf's method has a kind no codec writes
   */
  public String write(RuleSet ruleSet) {
    StringWriter w = new StringWriter();
    write(ruleSet, w);
    return w.toString();
  }

  /** Writes the rule set as JSON to {@code out} (not closed). */
  public void write(RuleSet ruleSet, Writer out) {
    try {
      RuleSetWriter.write(RuleSetWriter.toTree(ruleSet, this), out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write rule set " + ruleSet.id(), e);
    }
  }

  Optional<ScoringMethodCodec> codec(String kind) {
    return Optional.ofNullable(codecs.get(kind));
  }

  Map<String, Object> methodToJson(ScoringMethod method) {
    ScoringMethodCodec codec = codecs.get(method.kind());
    if (codec == null) {
      throw new IllegalArgumentException("no codec writes the method kind \"" + method.kind() + "\" ("
          + method.getClass().getName() + "); register a ScoringMethodCodec for it (known kinds: " + kinds() + ")");
    }
    Map<String, Object> settings = codec.toJson(method);
    if (settings.containsKey("kind")) {
      throw new IllegalArgumentException("codec " + codec.getClass().getName() + " must not write the key \"kind\"");
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("kind", method.kind());
    out.putAll(settings);
    return out;
  }

  private static RuleFileException failure(ReadContext ctx) {
    return new RuleFileException("rule file " + ctx.source() + " cannot be read", ctx.sortedProblems());
  }
}
