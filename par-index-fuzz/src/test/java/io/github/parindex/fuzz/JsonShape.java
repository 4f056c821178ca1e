package io.github.parindex.fuzz;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where the tokens of a JSON seed are, in bytes, so that token mutations (duplicate a key, remove a bracket,
 * replace a value) change exactly one token. Computed once per seed.
 */
final class JsonShape {
  private static final JsonFactory FACTORY = new JsonFactory();
  private static final Map<Seed, JsonShape> CACHE = new ConcurrentHashMap<>();

  /** A byte span {@code [start, end)}. */
  record Span(int start, int end) {}

  /** An object member: from the key's opening quote to the end of its value. */
  final List<Span> members = new ArrayList<>();
  /** Offsets of every '{' and '['. */
  final List<Integer> openings = new ArrayList<>();
  /** Offsets of every '}' and ']'. */
  final List<Integer> closings = new ArrayList<>();
  /** Offsets just after every '{' of an object, and whether the object has members. */
  final List<int[]> objectStarts = new ArrayList<>();
  /** Spans of number tokens. */
  final List<Span> numbers = new ArrayList<>();
  /** Spans of string values (with their quotes). */
  final List<Span> strings = new ArrayList<>();
  /** Spans of string values that hold a plain decimal (e.g. {@code "54.20"}), with their quotes. */
  final List<Span> decimalStrings = new ArrayList<>();
  /** The key of each span in {@link #decimalStrings} ({@code ""} in an array). */
  final List<String> decimalStringKeys = new ArrayList<>();
  /** Spans of every member value. */
  final List<Span> values = new ArrayList<>();
  /** The offset after the last non-blank byte. */
  int end;

  static JsonShape of(Seed seed) {
    if (CACHE.size() > 1000) {
      CACHE.clear(); // mutated documents of chains pass here too: keep the cache small
    }
    return CACHE.computeIfAbsent(seed, JsonShape::parse);
  }

  private static JsonShape parse(Seed seed) {
    JsonShape s = new JsonShape();
    byte[] b = seed.bytes();
    try (JsonParser p = FACTORY.createParser(b)) {
      List<Integer> memberStart = new ArrayList<>();
      List<Boolean> inObject = new ArrayList<>();
      int pendingKey = -1;
      String pendingName = "";
      for (JsonToken t; (t = p.nextToken()) != null; ) {
        int at = (int) p.currentTokenLocation().getByteOffset();
        if (t.isScalarValue()) {
          p.getText(); // strings are parsed lazily: read it so that the location is after its closing quote
        }
        int after = (int) p.currentLocation().getByteOffset();
        switch (t) {
          case FIELD_NAME -> {
            pendingKey = at;
            pendingName = p.currentName();
          }
          case START_OBJECT, START_ARRAY -> {
            s.openings.add(at);
            memberStart.add(pendingKey);
            inObject.add(t == JsonToken.START_OBJECT);
            pendingKey = -1;
            if (t == JsonToken.START_OBJECT) {
              s.objectStarts.add(new int[] {at + 1, b[skipBlank(b, at + 1)] == '}' ? 0 : 1});
            }
          }
          case END_OBJECT, END_ARRAY -> {
            s.closings.add(at);
            int key = memberStart.remove(memberStart.size() - 1);
            inObject.remove(inObject.size() - 1);
            if (key >= 0) {
              s.members.add(new Span(key, at + 1));
              s.values.add(new Span(valueStart(b, key), at + 1));
            }
          }
          default -> {
            Span v = new Span(at, after);
            if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
              s.numbers.add(v);
            } else if (t == JsonToken.VALUE_STRING) {
              s.strings.add(v);
              if (p.getText().matches("-?[0-9]{1,30}(\\.[0-9]{1,30})?")) {
                s.decimalStrings.add(v);
                s.decimalStringKeys.add(pendingKey >= 0 ? pendingName : "");
              }
            }
            if (pendingKey >= 0) {
              s.members.add(new Span(pendingKey, after));
              s.values.add(v);
            }
            pendingKey = -1;
          }
        }
      }
    } catch (IOException e) {
      // a document already mutated (a chain of mutations) may not be JSON: keep the tokens found before the error
    }
    int e = b.length;
    while (e > 0 && (b[e - 1] == ' ' || b[e - 1] == '\n' || b[e - 1] == '\r' || b[e - 1] == '\t')) {
      e--;
    }
    s.end = e;
    return s;
  }

  private static int skipBlank(byte[] b, int i) {
    while (i < b.length && (b[i] == ' ' || b[i] == '\n' || b[i] == '\r' || b[i] == '\t')) {
      i++;
    }
    return Math.min(i, b.length - 1);
  }

  /** The first byte of the value of the member whose key starts at {@code key}: after the colon and blanks. */
  private static int valueStart(byte[] b, int key) {
    int i = key + 1;
    while (b[i] != '"') {
      i += b[i] == '\\' ? 2 : 1;
    }
    while (b[i] != ':') {
      i++;
    }
    return skipBlank(b, i + 1);
  }
}
