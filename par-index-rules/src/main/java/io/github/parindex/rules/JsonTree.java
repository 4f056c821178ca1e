package io.github.parindex.rules;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON document read with Jackson's streaming parser into a small tree that keeps every value's line and column
 * and every number's exact text. Internal.
 */
final class JsonTree {
  private JsonTree() {}

  /** The deepest nesting of arrays and objects read: {@value}. A rule file's node tree is a few levels deep. */
  static final int MAX_NESTING_DEPTH = 100;

  /** The longest number read, in characters: {@value}. Points and years need a handful. */
  static final int MAX_NUMBER_LENGTH = 50;

  /** The longest string read (a note, a scoring text), in characters: {@value}. */
  static final int MAX_STRING_LENGTH = 100_000;

  /**
   * Jackson's limits set well below its defaults, so that a hostile or corrupt file fails at once with its line and
   * column instead of taking time or memory in proportion to its size.
   */
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(MAX_NESTING_DEPTH)
          .maxNumberLength(MAX_NUMBER_LENGTH)
          .maxStringLength(MAX_STRING_LENGTH)
          .build())
      .build();

  /** A value with the position where it starts. */
  sealed interface Value permits Obj, Arr, Str, Num, Bool, Null {
    int line();

    int column();

    /** E.g. {@code "the string \"0,5\""}, for messages. */
    String describe();
  }

  /** One key of an object, with the position of the key itself. */
  record Member(String key, int line, int column, Value value) {}

  record Obj(Map<String, Member> members, int line, int column) implements Value {
    @Override
    public String describe() {
      return "an object";
    }
  }

  record Arr(List<Value> items, int line, int column) implements Value {
    @Override
    public String describe() {
      return "an array";
    }
  }

  record Str(String value, int line, int column) implements Value {
    @Override
    public String describe() {
      String v = value.length() > 40 ? value.substring(0, 40) + "…" : value;
      return "the string \"" + v + "\"";
    }
  }

  /** A number exactly as written. */
  record Num(String text, boolean integral, int line, int column) implements Value {
    @Override
    public String describe() {
      return "the number " + text;
    }
  }

  record Bool(boolean value, int line, int column) implements Value {
    @Override
    public String describe() {
      return "the boolean " + value;
    }
  }

  record Null(int line, int column) implements Value {
    @Override
    public String describe() {
      return "null";
    }
  }

  /** A key given twice in one object. */
  record Duplicate(String path, String key, int line, int column) {}

  /** Thrown for text that is not JSON at all; carries the position. */
  static final class SyntaxError extends Exception {
    private static final long serialVersionUID = 1L;
    final int line;
    final int column;

    SyntaxError(String message, int line, int column) {
      super(message);
      this.line = line;
      this.column = column;
    }
  }

  /**
   * Reads one JSON value. Keys that appear twice in one object are reported in {@code duplicates} (each as its
   * member) and the first occurrence kept.
   */
  static Value parse(Reader reader, List<Duplicate> duplicates) throws SyntaxError, IOException {
    try (JsonParser p = FACTORY.createParser(reader)) {
      try {
        return root(p, duplicates);
      } catch (StreamConstraintsException e) {
        // Jackson's limit exceptions may carry no location: the parser's position is where the limit was passed.
        JsonLocation l = e.getLocation() != null ? e.getLocation() : p.currentLocation();
        throw new SyntaxError("beyond a limit of rule files (nesting depth " + MAX_NESTING_DEPTH + ", number length "
            + MAX_NUMBER_LENGTH + ", string length " + MAX_STRING_LENGTH + "): " + e.getOriginalMessage(),
            l.getLineNr(), l.getColumnNr());
      }
    } catch (JsonProcessingException e) {
      JsonLocation l = e.getLocation();
      throw new SyntaxError("not valid JSON: " + e.getOriginalMessage(), l == null ? 0 : l.getLineNr(),
          l == null ? 0 : l.getColumnNr());
    }
  }

  private static Value root(JsonParser p, List<Duplicate> duplicates) throws SyntaxError, IOException {
    JsonToken first = p.nextToken();
    if (first == null) {
      throw new SyntaxError("the file is empty; expected a JSON object", 1, 1);
    }
    Value root = value(p, duplicates, "$");
    JsonToken extra = p.nextToken();
    if (extra != null) {
      JsonLocation l = p.currentTokenLocation();
      throw new SyntaxError("unexpected content after the end of the JSON value", l.getLineNr(), l.getColumnNr());
    }
    return root;
  }

  private static Value value(JsonParser p, List<Duplicate> duplicates, String path) throws IOException {
    JsonLocation at = p.currentTokenLocation();
    int line = at.getLineNr();
    int col = at.getColumnNr();
    JsonToken t = p.currentToken();
    switch (t) {
      case START_OBJECT: {
        Map<String, Member> members = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          JsonLocation k = p.currentTokenLocation();
          String key = p.currentName();
          p.nextToken();
          Member m = new Member(key, k.getLineNr(), k.getColumnNr(), value(p, duplicates, path + "." + key));
          if (members.containsKey(key)) {
            duplicates.add(new Duplicate(path + "." + key, key, m.line(), m.column()));
          } else {
            members.put(key, m);
          }
        }
        return new Obj(Collections.unmodifiableMap(members), line, col);
      }
      case START_ARRAY: {
        List<Value> items = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          items.add(value(p, duplicates, path + "[" + items.size() + "]"));
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
        throw new IllegalStateException("unexpected JSON token " + t + " at line " + line + ", column " + col);
    }
  }
}
