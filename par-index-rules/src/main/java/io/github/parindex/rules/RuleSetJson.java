package io.github.parindex.rules;

import io.github.parindex.rules.internal.DocumentLimits;
import io.github.parindex.rules.internal.JsonTree;
import io.github.parindex.rules.internal.StrictText;

import io.github.parindex.method.ScoringMethod;
import io.github.parindex.model.ParIndexException;
import io.github.parindex.model.Problem;
import io.github.parindex.model.RuleSet;
import java.io.InputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 *
 * @since 0.1.0
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
   * The method kinds found by {@link io.github.parindex.method.ScoringMethods#standard()} (the built-in methods and
   * those rule modules declare as {@link io.github.parindex.method.MethodKind}) plus every {@link ScoringMethodCodec}
   * found by {@link ServiceLoader}.
   *
   * <p>The codecs are discovered once per class loader that loads this library: on the first call, through the
   * class loader (or module layer) of par-index-rules itself, and the same instance is returned ever after. A codec
   * that becomes visible later (a plug-in loaded afterwards in another class loader) is not seen: pass it to
   * {@link #withCodecs} instead. Thread-safe.
   *
   * @return the shared reader and writer
   * @throws IllegalStateException if two codecs claim the same kind (on this and every later call)
   */
  public static RuleSetJson standard() {
    return Standard.INSTANCE;
  }

  /**
   * The method kinds found by {@link io.github.parindex.method.ScoringMethods#standard()} (the built-in methods and
   * those rule modules declare as {@link io.github.parindex.method.MethodKind}) plus the given codecs, and no other
   * {@link ScoringMethodCodec}.
   *
   * @param extra the codecs added to the built-in kinds
   * @return a reader and writer knowing exactly those kinds
   * @throws IllegalStateException if two codecs claim the same kind, naming both
   */
  public static RuleSetJson withCodecs(Collection<? extends ScoringMethodCodec> extra) {
    Map<String, ScoringMethodCodec> byKind = new LinkedHashMap<>();
    List<ScoringMethodCodec> all = new ArrayList<>(MethodKindCodecs.all());
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

  /** {@return the method kinds this instance reads and writes} */
  public java.util.Set<String> kinds() {
    return new java.util.TreeSet<>(codecs.keySet());
  }

  /**
   * Reads a rule file (UTF-8; a byte-order mark is skipped).
   *
   * @param file the file
   * @return the rule set
   * @throws RuleFileException listing every problem, each with the file, JSON path, line and column (a file that
   *     cannot be read, is too long or is not UTF-8 is one such problem)
   */
  public RuleSet read(Path file) {
    return read(file, new java.util.HashSet<>());
  }

  /** Reads a rule file and records the table files it refers to. */
  RuleSet read(Path file, java.util.Set<Path> tablesRead) {
    String text = text(() -> StrictText.read(file, file.toString(), DocumentLimits.RULE_FILE), file.toString());
    Path folder = file.toAbsolutePath().getParent();
    return parse(text, file.toString(), Optional.ofNullable(folder), tablesRead);
  }

  /**
   * Reads a rule set from UTF-8 bytes (a byte-order mark is skipped; the caller closes the stream).
   *
   * @param in the bytes
   * @param sourceName names the document in problems (a file name or resource)
   * @return the rule set
   * @throws RuleFileException listing every problem (bytes that are not UTF-8, or past the size limit, are one)
   * @since 0.1.0
   */
  public RuleSet read(InputStream in, String sourceName) {
    String text = text(() -> StrictText.read(in, sourceName, DocumentLimits.RULE_FILE), sourceName);
    return parse(text, sourceName, Optional.empty(), new java.util.HashSet<>());
  }

  /**
   * Reads a rule set from a reader whose {@code "table"}, if any, is resolved against {@code tableFolder} (for rule
   * files kept elsewhere than on disk, e.g. resources unpacked by a rule module).
   *
   * @param reader the text (the caller closes it)
   * @param sourceName names the document in problems
   * @param tableFolder the folder of its table
   * @return the rule set
   * @throws RuleFileException listing every problem, those of the table included
   */
  public RuleSet read(Reader reader, String sourceName, Path tableFolder) {
    String text = text(() -> StrictText.read(reader, sourceName, DocumentLimits.RULE_FILE), sourceName);
    return parse(text, sourceName, Optional.of(tableFolder), new java.util.HashSet<>());
  }

  /**
   * Reads a rule set from a reader; {@code sourceName} names it in error messages (a file name or resource).
   *
   * @param reader the text (the caller closes it)
   * @param sourceName names the document in problems
   * @return the rule set
   * @throws RuleFileException listing every problem
   */
  public RuleSet read(Reader reader, String sourceName) {
    String text = text(() -> StrictText.read(reader, sourceName, DocumentLimits.RULE_FILE), sourceName);
    return parse(text, sourceName, Optional.empty(), new java.util.HashSet<>());
  }

  /** The text of a document, its reading problems (size, encoding, I/O) as a RuleFileException. */
  private static String text(java.util.function.Supplier<String> read, String sourceName) {
    try {
      return read.get();
    } catch (RuleFileException e) {
      throw e;
    } catch (ParIndexException e) {
      throw new RuleFileException("rule file " + sourceName + " cannot be read", e.problems());
    }
  }

  private RuleSet parse(String text, String sourceName, Optional<Path> tableFolder, java.util.Set<Path> tables) {
    ReadContext ctx = new ReadContext(sourceName, KeyPlacements.ALL, tableFolder);
    JsonTree.Value root;
    List<Problem> duplicates = new ArrayList<>();
    try {
      root = JsonTree.parse(text, sourceName, DocumentLimits.RULE_FILE, duplicates);
    } catch (ParIndexException e) {
      throw new RuleFileException("rule file " + sourceName + " cannot be read", e.problems());
    }
    ctx.problems().addAll(duplicates);
    Optional<RuleSet> rs = new RuleSetReader(ctx, this).read(root);
    ctx.finishAll();
    tables.addAll(ctx.tablesRead());
    if (ctx.count() > 0 || rs.isEmpty()) {
      throw failure(ctx);
    }
    return rs.get();
  }

  /**
   * Reads a rule set from text.
   *
   * @param json the text
   * @param sourceName names the document in problems
   * @return the rule set
   * @throws RuleFileException listing every problem
   */
  public RuleSet parse(String json, String sourceName) {
    return read(new StringReader(json), sourceName);
  }

  /**
   * The rule set as JSON text, deterministic: the same rule set always gives the same text.
   *
   * @param ruleSet the rule set
   * @return the JSON text, format {@code par-index/rule-set@1}
   * @throws IllegalArgumentException if a leaf's method has a kind no codec writes
   */
  public String write(RuleSet ruleSet) {
    StringWriter w = new StringWriter();
    try {
      write(ruleSet, w);
    } catch (IOException e) {
      throw new AssertionError("a StringWriter does not fail", e);
    }
    return w.toString();
  }

  /**
   * Writes the rule set as JSON to {@code out} (not closed), the same text as {@link #write(RuleSet)}.
   *
   * @param ruleSet the rule set
   * @param out where the text goes; the caller closes it
   * @throws IOException if {@code out} fails (the text may then be written in part)
   * @throws IllegalArgumentException if a leaf's method has a kind no codec writes
   */
  public void write(RuleSet ruleSet, Writer out) throws IOException {
    Objects.requireNonNull(out, "out");
    RuleSetWriter.write(RuleSetWriter.toTree(ruleSet, this), out);
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
