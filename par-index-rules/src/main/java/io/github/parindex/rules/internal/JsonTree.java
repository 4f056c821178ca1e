package io.github.parindex.rules.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.TSFBuilder;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.github.parindex.model.ParIndexException;
import io.github.parindex.model.Problem;
import io.github.parindex.model.Problem.Location;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A JSON (or YAML) document read with Jackson's streaming parser into a small tree that keeps every value's line and
 * column and every number's exact text: the strict document reader of rule files, scorecard reports and case files.
 * Within the {@link DocumentLimits} of its kind (size, depth, values, string and number length; a limit passed is a
 * located problem, never an {@link OutOfMemoryError}); the depth is checked by the parser before a level is entered,
 * so the recursion below never goes deeper than the limit. A key given twice in an object is reported (the first
 * kept); content after the document's value is an error; {@code null} is kept as a value for the reader to reject.
 *
 * <pre>{@code
 * List<Problem> duplicates = new ArrayList<>();
 * JsonTree.Value root = JsonTree.parse(text, "rules.json", DocumentLimits.RULE_FILE, duplicates);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class JsonTree {
  private JsonTree() {}

  private static final Map<DocumentLimits, JsonFactory> FACTORIES = new ConcurrentHashMap<>();

  /**
   * A value with the position where it starts.
   *
   * @since 0.1.0
   */
  public sealed interface Value permits Obj, Arr, Str, Num, Bool, Null {
    /**
     * The 1-based line where the value starts.
     *
     * @return the line
     */
    int line();

    /**
     * The 1-based column where the value starts.
     *
     * @return the column
     */
    int column();

    /**
     * E.g. {@code "the string \"0,5\""}, for messages.
     *
     * @return the value described
     */
    String describe();
  }

  /**
   * One key of an object, with the position of the key itself.
   *
   * @param key the key
   * @param line its line
   * @param column its column
   * @param value its value
   *
   * @since 0.1.0
   */
  public record Member(String key, int line, int column, Value value) {}

  /**
   * An object, its members in document order.
   *
   * @param members by key
   * @param line where it starts
   * @param column where it starts
   *
   * @since 0.1.0
   */
  public record Obj(Map<String, Member> members, int line, int column) implements Value {
    @Override
    public String describe() {
      return "an object";
    }
  }

  /**
   * An array.
   *
   * @param items the items
   * @param line where it starts
   * @param column where it starts
   *
   * @since 0.1.0
   */
  public record Arr(List<Value> items, int line, int column) implements Value {
    @Override
    public String describe() {
      return "an array";
    }
  }

  /**
   * A string.
   *
   * @param value the text
   * @param line where it starts
   * @param column where it starts
   *
   * @since 0.1.0
   */
  public record Str(String value, int line, int column) implements Value {
    @Override
    public String describe() {
      String v = value.length() > 40 ? value.substring(0, 40) + "…" : value;
      return "the string \"" + v + "\"";
    }
  }

  /**
   * A number exactly as written.
   *
   * @param text the number's text
   * @param integral whether it has neither a fraction nor an exponent
   * @param line where it starts
   * @param column where it starts
   *
   * @since 0.1.0
   */
  public record Num(String text, boolean integral, int line, int column) implements Value {
    @Override
    public String describe() {
      return "the number " + text;
    }
  }

  /**
   * A boolean.
   *
   * @param value the value
   * @param line where it starts
   * @param column where it starts
   *
   * @since 0.1.0
   */
  public record Bool(boolean value, int line, int column) implements Value {
    @Override
    public String describe() {
      return "the boolean " + value;
    }
  }

  /**
   * {@code null} (JSON) or {@code ~} / nothing (YAML).
   *
   * @param line where it stands
   * @param column where it stands
   *
   * @since 0.1.0
   */
  public record Null(int line, int column) implements Value {
    @Override
    public String describe() {
      return "null";
    }
  }

  /**
   * A Jackson factory set up for strict reading within the limits: the stream limits (depth, document, name,
   * number and string length). Duplicate keys are reported by {@link #parse}, every one with its JSON path.
   *
   * @param builder a builder of any Jackson format (JSON, YAML)
   * @param limits the limits
   * @param <F> the factory type
   * @param <B> the builder type
   * @return the factory
   */
  public static <F extends JsonFactory, B extends TSFBuilder<F, B>> F strict(B builder, DocumentLimits limits) {
    // Duplicate keys are found by the tree itself (every one, with its path and line), not by Jackson's
    // STRICT_DUPLICATE_DETECTION, which stops at the first with a message that names no path.
    return builder.disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(limits.maxDepth())
            .maxNumberLength(limits.maxNumberLength())
            .maxStringLength(limits.maxStringLength())
            .maxDocumentLength(limits.maxBytes())
            .maxNameLength(limits.maxStringLength())
            .build())
        .build();
  }

  /**
   * Reads one JSON value from text (see {@link StrictText} for reading the text itself).
   *
   * @param text the document
   * @param source its name in problems
   * @param limits the limits of its kind
   * @param duplicates where a key given twice in one object is reported
   * @return the root value
   * @throws ParIndexException with one located problem if the text is not JSON, is empty, has content after its
   *     value, or passes a limit
   */
  public static Value parse(String text, String source, DocumentLimits limits, List<Problem> duplicates) {
    JsonFactory f = FACTORIES.computeIfAbsent(limits, l -> strict(new com.fasterxml.jackson.core.JsonFactoryBuilder(), l));
    try (JsonParser p = f.createParser(text)) {
      return parse(p, "JSON", source, limits, duplicates);
    } catch (IOException e) {
      throw StrictText.ioFailure(source, e); // from a String: not expected, but never unchecked
    }
  }

  /**
   * Reads one value from a parser of any Jackson format (a YAML parser for case files), made by a factory from
   * {@link #strict}.
   *
   * @param p the parser, positioned before the document
   * @param syntax the format's name in messages ({@code "JSON"}, {@code "YAML"})
   * @param source the document's name in problems
   * @param limits the limits of its kind
   * @param duplicates where a key given twice in one object is reported
   * @return the root value
   * @throws ParIndexException with one located problem if the document is not valid, empty, has a second document
   *     or content after its value, or passes a limit
   */
  public static Value parse(JsonParser p, String syntax, String source, DocumentLimits limits,
      List<Problem> duplicates) {
    Reading r = new Reading(p, source, limits, duplicates);
    try {
      try {
        return r.root(syntax);
      } catch (StreamConstraintsException e) {
        // Jackson's limit exceptions may carry no location: the parser's position is where the limit was passed.
        throw r.failure(e.getLocation() != null ? e.getLocation() : p.currentLocation(),
            "beyond a limit of " + limits.kind() + " (nesting depth " + limits.maxDepth() + ", number length "
                + limits.maxNumberLength() + ", string length " + limits.maxStringLength() + ", document length "
                + limits.maxBytes() + "): " + e.getOriginalMessage());
      }
    } catch (JsonProcessingException e) {
      throw r.failure(e.getLocation() != null ? e.getLocation() : p.currentLocation(),
          "not valid " + syntax + ": " + e.getOriginalMessage());
    } catch (IOException e) {
      throw StrictText.ioFailure(source, e);
    }
  }

  /** The state of one parse: the parser, the values counted so far. */
  private static final class Reading {
    final JsonParser p;
    final String source;
    final DocumentLimits limits;
    final List<Problem> duplicates;
    int values;

    Reading(JsonParser p, String source, DocumentLimits limits, List<Problem> duplicates) {
      this.p = p;
      this.source = source;
      this.limits = limits;
      this.duplicates = duplicates;
    }

    Value root(String syntax) throws IOException {
      JsonToken first = p.nextToken();
      if (first == null) {
        throw failure(p.currentLocation(), "the file is empty; expected a " + syntax + " object");
      }
      Value root = value("$");
      JsonToken extra = p.nextToken();
      if (extra != null) {
        throw failure(p.currentTokenLocation(), "unexpected content after the end of the " + syntax + " value"
            + (syntax.equals("YAML") ? " (a second document?)" : ""));
      }
      return root;
    }

    Value value(String path) throws IOException {
      if (++values > limits.maxValues()) {
        throw failure(p.currentTokenLocation(), "beyond a limit of " + limits.kind() + ": more than "
            + limits.maxValues() + " values in one document");
      }
      JsonLocation at = p.currentTokenLocation();
      int line = at.getLineNr();
      int col = at.getColumnNr();
      JsonToken t = p.currentToken();
      switch (t) {
        case START_OBJECT:
          return object(path, line, col);
        case START_ARRAY: {
          List<Value> items = new ArrayList<>();
          while (p.nextToken() != JsonToken.END_ARRAY) {
            items.add(value(path + "[" + items.size() + "]"));
          }
          return new Arr(List.copyOf(items), line, col);
        }
        case VALUE_STRING:
          return new Str(p.getText(), line, col);
        case VALUE_NUMBER_INT:
          return new Num(p.getText(), true, line, col);
        case VALUE_NUMBER_FLOAT:
          return new Num(p.getText(), false, line, col);
        case VALUE_TRUE:
          return new Bool(true, line, col);
        case VALUE_FALSE:
          return new Bool(false, line, col);
        case VALUE_NULL:
          return new Null(line, col);
        default:
          throw failure(at, "unexpected " + t + " (a YAML anchor, tag or binary value?)");
      }
    }

    private Value object(String path, int line, int col) throws IOException {
      Map<String, Member> members = new LinkedHashMap<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        JsonLocation k = p.currentTokenLocation();
        String key = p.currentName();
        p.nextToken();
        Member m = new Member(key, k.getLineNr(), k.getColumnNr(), value(path + "." + key));
        if (members.containsKey(key)) {
          duplicates.add(Problem.error(Location.ofFile(source, Math.max(0, m.line()), Math.max(0, m.column()),
              path + "." + key), "key \"" + key + "\" appears twice in the same object"));
        } else {
          members.put(key, m);
        }
      }
      return new Obj(Collections.unmodifiableMap(members), line, col);
    }

    ParIndexException failure(JsonLocation l, String message) {
      long line = l == null ? 0 : Math.max(0, l.getLineNr());
      long column = l == null ? 0 : Math.max(0, l.getColumnNr());
      return new ParIndexException(source + " cannot be read",
          List.of(Problem.error(Location.ofFile(source, line, column, "$"), message)));
    }
  }
}
