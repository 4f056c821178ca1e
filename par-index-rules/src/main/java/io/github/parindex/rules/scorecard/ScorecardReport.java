package io.github.parindex.rules.scorecard;

import io.github.parindex.engine.Scorecard;
import io.github.parindex.model.ParIndexException;
import io.github.parindex.model.Problem;
import io.github.parindex.rules.internal.DocumentLimits;
import io.github.parindex.rules.internal.StrictText;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.Writer;
import java.util.List;
import java.util.Objects;
import java.util.Properties;

/**
 * A scorecard as a versioned JSON document, {@code par-index/scorecard@1}: what an auditor files, diffs and reads
 * back.
 *
 * <p>The document holds the rule set id and version, the version of the library that scored it, the unit, and for
 * every node its maximum, effective maximum, self-assessed, appraised and final points, index and, for every leaf,
 * the full explanation. Fields and nodes are always written in the same order (nodes in the rule set's order), so
 * two reports of the same scorecard are byte-identical and a diff shows only real changes. Decimals are JSON
 * strings in plain notation with their scale kept ({@code "54.20"} stays {@code "54.20"}), so a report reads back to
 * a scorecard {@code equals} to the one written. Absent optional values are left out. The layout is documented with
 * a full example in docs/guide/auditors.md.
 *
 * <pre>{@code
 * Scorecard card = Engine.score(ruleSet, assessment);
 * String json = ScorecardReport.of(card).toJson();
 * ScorecardReport back = ScorecardReport.fromJson(json);
 * back.scorecard().equals(card);        // true
 * back.toJson().equals(json);           // true
 * back.libraryVersion();                // the par-index version that wrote it
 * }</pre>
 *
 * <p>Scorecards never hold a decimal with a negative scale: {@code 2E+1} (the exact points of a proportional leaf)
 * is kept as {@code 20} when the scorecard is built, so {@code fromJson(report.toJson()).scorecard().equals(card)}
 * holds for every scorecard. Reading is strict: unknown and duplicate keys, {@code null}, trailing content and
 * documents past the limits of {@code docs/guide/limits.md} are located errors.
 *
 * @param libraryVersion the version of par-index that wrote the report
 * @param scorecard the scorecard
 * @since 0.1.0
 */
public record ScorecardReport(String libraryVersion, Scorecard scorecard) {

  /** The format tag written in every report and checked on reading. */
  public static final String FORMAT = "par-index/scorecard@1";

  /**
   * Checks the components.
   *
   * @param libraryVersion the version of par-index that wrote the report
   * @param scorecard the scorecard
   * @throws IllegalArgumentException if the library version is blank
   */
  public ScorecardReport {
    Objects.requireNonNull(libraryVersion, "libraryVersion");
    Objects.requireNonNull(scorecard, "scorecard");
    if (libraryVersion.isBlank()) {
      throw new IllegalArgumentException("libraryVersion must not be blank");
    }
  }

  /**
   * A report of a scorecard, written by this version of the library ({@link #currentLibraryVersion()}).
   *
   * @param scorecard the scorecard
   * @return the report
   * @throws NullPointerException if {@code scorecard} is null
   */
  public static ScorecardReport of(Scorecard scorecard) {
    return new ScorecardReport(currentLibraryVersion(), scorecard);
  }

  /** {@return the version of par-index on the class path or module path, e.g. {@code "0.1.0"}, set by the build} */
  public static String currentLibraryVersion() {
    return LibraryVersion.VALUE;
  }

  /**
   * {@return the report as JSON text: UTF-8 characters, two-space indentation, {@code \n} line ends, a final newline}
   */
  public String toJson() {
    return ScorecardJson.write(this);
  }

  /**
   * Writes {@link #toJson()} to a writer and flushes it; the caller closes it.
   *
   * @param out where the report goes
   * @throws IOException if {@code out} fails (the report may then be written in part)
   */
  public void writeTo(Writer out) throws IOException {
    Objects.requireNonNull(out, "out");
    out.write(toJson());
    out.flush();
  }

  /**
   * Reads a report strictly: unknown or duplicate keys, {@code null} values, trailing content, decimals not in plain
   * notation or past the numeric gate, and documents past the limits of scorecard reports
   * ({@code docs/guide/limits.md}) are errors.
   *
   * @param json the report's text
   * @return the report
   * @throws ParIndexException listing every problem, each located by line, column and JSON path (e.g.
   *     {@code $.nodes[0].points}), if the text is not a valid {@code par-index/scorecard@1} document
   */
  public static ScorecardReport fromJson(String json) {
    Objects.requireNonNull(json, "json");
    if (json.length() > DocumentLimits.SCORECARD_REPORT.maxBytes()) {
      return ScorecardReader.read(StrictText.read(new java.io.StringReader(json), SOURCE,
          DocumentLimits.SCORECARD_REPORT), SOURCE);
    }
    return ScorecardReader.read(json.startsWith("\uFEFF") ? json.substring(1) : json, SOURCE);
  }

  /**
   * Reads a report from a reader; the caller closes it. See {@link #fromJson(String)}.
   *
   * @param in the text
   * @return the report
   * @throws ParIndexException listing every problem (a failing reader is one, with its cause)
   */
  public static ScorecardReport read(Reader in) {
    return ScorecardReader.read(StrictText.read(in, SOURCE, DocumentLimits.SCORECARD_REPORT), SOURCE);
  }

  /**
   * Reads a report from UTF-8 bytes (a byte-order mark is skipped); the caller closes the stream. See
   * {@link #fromJson(String)}.
   *
   * @param in the bytes
   * @param sourceName names the document in problems
   * @return the report
   * @throws ParIndexException listing every problem (bytes that are not UTF-8 are one, located)
   * @since 0.1.0
   */
  public static ScorecardReport read(InputStream in, String sourceName) {
    return ScorecardReader.read(StrictText.read(in, sourceName, DocumentLimits.SCORECARD_REPORT), sourceName);
  }

  /** The name of a report read from text in problems. */
  private static final String SOURCE = "scorecard report";

  /** Holds the version read once from the generated resource. */
  private static final class LibraryVersion {
    static final String VALUE = load();

    private static String load() {
      try (InputStream in = ScorecardReport.class.getResourceAsStream("library.properties")) {
        if (in == null) {
          throw new ParIndexException("par-index-rules is incomplete",
              List.of(Problem.general("resource io/github/parindex/rules/scorecard/library.properties is missing")));
        }
        Properties p = new Properties();
        p.load(in);
        String v = p.getProperty("version", "").trim();
        if (v.isEmpty() || v.startsWith("${")) {
          throw new ParIndexException("par-index-rules is incomplete",
              List.of(Problem.general("library.properties has no version (was the resource filtered?): " + v)));
        }
        return v;
      } catch (IOException e) {
        throw new ParIndexException("par-index-rules is incomplete", List.of(Problem.general(
            "resource io/github/parindex/rules/scorecard/library.properties cannot be read: " + e)), e);
      }
    }
  }
}
