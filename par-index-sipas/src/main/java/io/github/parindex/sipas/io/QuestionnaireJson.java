package io.github.parindex.sipas.io;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.parindex.model.ParIndexException;
import io.github.parindex.model.Problem;
import io.github.parindex.model.Problem.Location;
import io.github.parindex.sipas.Questionnaire;
import io.github.parindex.sipas.SipasMethod;
import java.io.IOException;
import java.io.Reader;
import java.util.List;

/**
 * SIPAS questionnaire designs as data, format {@code par-index/sipas-questionnaire@1}: a JSON document with the
 * design's id, version, title, legal basis, years, provenance, its aspects of elements of items (each item with its
 * code, wording, kind, options and, where it differs from the design's, its own provenance) and the default
 * {@link SipasMethod} declared for it. Read strictly, like rule files: an unknown, repeated or empty ({@code null})
 * key, a missing required key, a value of the wrong type or a word outside its list, and anything after the
 * document are errors, all listed at once with their JSON path. Immutable and thread-safe.
 *
 * <pre>{@code
 * QuestionnaireJson.Design d = QuestionnaireJson.read(reader, "my-design.json");
 * d.questionnaire().items().size();
 * String json = QuestionnaireJson.write(d);     // read(write(d)) equals d
 * }</pre>
 *
 * @since 0.1.0
 */
public final class QuestionnaireJson {
  /** The format tag every questionnaire file starts with. */
  public static final String FORMAT = "par-index/sipas-questionnaire@1";

  /** The longest file read, in characters: {@value}. */
  public static final int MAX_LENGTH = 1_000_000;

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .build();

  static {
    MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(32)
        .maxStringLength(MAX_LENGTH).build());
  }

  private QuestionnaireJson() {}

  /**
   * A questionnaire design with the method declared as its default.
   *
   * @param questionnaire the design
   * @param defaultMethod how its figures are formed unless the caller chooses otherwise
   * @since 0.1.0
   */
  public record Design(Questionnaire questionnaire, SipasMethod defaultMethod) {
    /**
     * Checks the parts.
     *
     * @param questionnaire the design
     * @param defaultMethod how its figures are formed unless the caller chooses otherwise
     * @throws NullPointerException if a part is null
     */
    public Design {
      java.util.Objects.requireNonNull(questionnaire, "questionnaire");
      java.util.Objects.requireNonNull(defaultMethod, "defaultMethod");
    }
  }

  /**
   * Reads a design.
   *
   * @param reader the JSON text (read to its end; not closed; a leading byte order mark is skipped)
   * @param source the file's name, for problems
   * @return the design
   * @throws ParIndexException listing every problem with its JSON path
   */
  public static Design read(Reader reader, String source) {
    java.util.Objects.requireNonNull(reader, "reader");
    java.util.Objects.requireNonNull(source, "source");
    JsonNode root;
    try {
      StringBuilder text = new StringBuilder();
      char[] buf = new char[8192];
      for (int n; (n = reader.read(buf)) > 0; ) {
        text.append(buf, 0, n);
        if (text.length() > MAX_LENGTH) {
          throw fail(source, List.of(Problem.error(Location.ofFile(source, 0, 0, ""), "longer than " + MAX_LENGTH
              + " characters; the limit is " + MAX_LENGTH)));
        }
      }
      int start = text.length() > 0 && text.charAt(0) == '\uFEFF' ? 1 : 0;
      root = tree(text.substring(start), source);
    } catch (IOException e) {
      throw fail(source, List.of(Problem.error(Location.ofFile(source, 0, 0, ""), "cannot be read: " + e)));
    }
    QuestionnaireFields f = new QuestionnaireFields(source);
    Design d = f.design(root);
    if (!f.problems.isEmpty()) {
      throw fail(source, f.problems);
    }
    return d;
  }

  /**
   * The document's tree; a syntax error or a limit passed is a problem at its line and column (Jackson's limit
   * exceptions carry no location: the parser's position is where the limit was passed).
   */
  private static JsonNode tree(String json, String source) throws IOException {
    try (JsonParser p = MAPPER.createParser(json)) {
      try {
        return MAPPER.readTree(p);
      } catch (JacksonException e) {
        JsonLocation at = e.getLocation() != null ? e.getLocation() : p.currentLocation();
        throw fail(source, List.of(Problem.error(Location.ofFile(source, Math.max(0, at.getLineNr()),
            Math.max(0, at.getColumnNr()), ""), e.getOriginalMessage())));
      }
    }
  }

  private static ParIndexException fail(String source, List<Problem> problems) {
    return new ParIndexException("questionnaire file " + source + " is invalid", problems);
  }

  /**
   * Writes a design in the format {@link #read} reads.
   *
   * @param d the design
   * @return the JSON text, keys in a fixed order, indented
   */
  public static String write(Design d) {
    try {
      return MAPPER.writeValueAsString(QuestionnaireTree.of(d)) + "\n";
    } catch (IOException e) {
      throw new IllegalStateException("a map of strings and numbers always serialises", e);
    }
  }
}
