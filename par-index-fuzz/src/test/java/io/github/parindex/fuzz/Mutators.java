package io.github.parindex.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The mutation sets: byte- and character-level changes for any text format, token changes for JSON, CSV and YAML.
 * A target picks the sets of its format ({@link #json()}, {@link #csv()}, {@link #yaml()}) and may change a
 * mutator's verdict with {@link Mutator#withVerdict} when its format is looser than these defaults.
 */
public final class Mutators {
  private Mutators() {}

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final byte[][] NOT_UTF8 = {
      {(byte) 0xFF}, {(byte) 0xFE}, {(byte) 0xC0, (byte) 0x80}, {(byte) 0x80}, {(byte) 0xF8, (byte) 0x88}};
  private static final String ALPHABET = "{}[]\",:.-+0123456789eE \n\tabcnultr~#|>\\'";

  /** Numbers past the numeric gate (64 characters; 20 digits before and after the point). */
  static final List<String> PAST_THE_GATE = List.of("1e999999999", "1E-999999999", "9".repeat(1000),
      "0." + "0".repeat(25) + "1", "1".repeat(25), "-" + "7".repeat(21) + ".5", "1e21");

  // --- any text format ---------------------------------------------------------------------------------------------

  /** Flip one bit of one byte. */
  public static final Mutator FLIP_BIT = Mutator.of("flip-bit", Verdict.EITHER, (s, a, b) -> {
    byte[] d = s.bytes();
    if (d.length == 0) {
      return null;
    }
    d[a % d.length] ^= (byte) (1 << (b % 8));
    return d;
  });

  /** Delete up to 16 bytes. */
  public static final Mutator DELETE_SPAN = Mutator.of("delete-span", Verdict.EITHER, (s, a, b) -> {
    if (s.length() == 0) {
      return null;
    }
    int at = a % s.length();
    return splice(s.bytes(), at, Math.min(s.length(), at + 1 + b % 16), new byte[0]);
  });

  /** Insert up to 8 characters from the syntax alphabet (brackets, quotes, digits, YAML markers). */
  public static final Mutator INSERT_CHARS = Mutator.of("insert-chars", Verdict.EITHER, (s, a, b) -> {
    StringBuilder t = new StringBuilder();
    int n = 1 + b % 8;
    for (int i = 0, x = b; i < n; i++, x = x * 31 + 7) {
      t.append(ALPHABET.charAt(Math.floorMod(x, ALPHABET.length())));
    }
    int at = a % (s.length() + 1);
    return splice(s.bytes(), at, at, t.toString().getBytes(StandardCharsets.UTF_8));
  });

  /** Copy a span of up to 64 bytes to another place. */
  public static final Mutator DUPLICATE_SPAN = Mutator.of("duplicate-span", Verdict.EITHER, (s, a, b) -> {
    if (s.length() == 0) {
      return null;
    }
    int from = a % s.length();
    int to = Math.min(s.length(), from + 1 + b % 64);
    byte[] d = s.bytes();
    byte[] span = java.util.Arrays.copyOfRange(d, from, to);
    int at = (int) (((long) a * 7 + b) % (s.length() + 1));
    return splice(d, at, at, span);
  });

  /** Replace one character with a character from elsewhere in the document (a swapped digit or letter). */
  public static final Mutator REPLACE_CHAR = Mutator.of("replace-char", Verdict.EITHER, (s, a, b) -> {
    if (s.length() == 0) {
      return null;
    }
    byte[] d = s.bytes();
    d[a % d.length] = d[b % d.length];
    return d;
  });

  /** Bytes that are not UTF-8 anywhere in the document: every text format reads UTF-8 strictly. */
  public static final Mutator NOT_UTF8_BYTES = Mutator.of("not-utf8", Verdict.MUST_REJECT, (s, a, b) -> {
    int at = a % (s.length() + 1);
    return splice(s.bytes(), at, at, NOT_UTF8[b % NOT_UTF8.length]);
  });

  /** A byte-order mark before the document: accepted and skipped everywhere. */
  public static final Mutator BOM_PREFIX = Mutator.of("bom", Verdict.SAME_AS_SEED, (s, a, b) -> {
    byte[] d = s.bytes();
    if (d.length >= 3 && d[0] == BOM[0] && d[1] == BOM[1] && d[2] == BOM[2]) {
      return null;
    }
    return splice(d, 0, 0, BOM);
  });

  /** The byte and character mutations every text format gets. */
  public static List<Mutator> text() {
    return List.of(FLIP_BIT, DELETE_SPAN, INSERT_CHARS, DUPLICATE_SPAN, REPLACE_CHAR, NOT_UTF8_BYTES, BOM_PREFIX);
  }

  // --- JSON --------------------------------------------------------------------------------------------------------

  /** A member written twice in its object. */
  public static final Mutator JSON_DUPLICATE_KEY = Mutator.of("json-duplicate-key", Verdict.MUST_REJECT,
      (s, a, b) -> {
        List<JsonShape.Span> m = JsonShape.of(s).members;
        if (m.isEmpty()) {
          return null;
        }
        JsonShape.Span span = m.get(a % m.size());
        byte[] d = s.bytes();
        byte[] copy = concat(", ".getBytes(StandardCharsets.UTF_8), java.util.Arrays.copyOfRange(d, span.start(),
            span.end()));
        return splice(d, span.end(), span.end(), copy);
      });

  /** Something after the end of the JSON value. */
  public static final Mutator JSON_TRAILING = Mutator.of("json-trailing-content", Verdict.MUST_REJECT,
      (s, a, b) -> {
        String[] extra = {"{}", "x", ",", "\"a\"", "0", "]", "}", "[1]", "null", "// c"};
        return concat(s.bytes(), ("\n" + extra[a % extra.length]).getBytes(StandardCharsets.UTF_8));
      });

  /** One closing bracket removed. */
  public static final Mutator JSON_REMOVE_CLOSING = Mutator.of("json-remove-closing-bracket", Verdict.MUST_REJECT,
      (s, a, b) -> {
        List<Integer> c = JsonShape.of(s).closings;
        if (c.isEmpty()) {
          return null;
        }
        int at = c.get(a % c.size());
        return splice(s.bytes(), at, at + 1, new byte[0]);
      });

  /** One opening bracket removed. */
  public static final Mutator JSON_REMOVE_OPENING = Mutator.of("json-remove-opening-bracket", Verdict.MUST_REJECT,
      (s, a, b) -> {
        List<Integer> c = JsonShape.of(s).openings;
        if (c.isEmpty()) {
          return null;
        }
        int at = c.get(a % c.size());
        return splice(s.bytes(), at, at + 1, new byte[0]);
      });

  /** The document cut before its end (an object or array is then never closed). */
  public static final Mutator JSON_TRUNCATE = Mutator.of("json-truncate", Verdict.MUST_REJECT, (s, a, b) -> {
    int end = JsonShape.of(s).end;
    if (end == 0) {
      return null;
    }
    return java.util.Arrays.copyOf(s.bytes(), a % end);
  });

  /** A member's value replaced by {@code null}: a strict format has no null values. */
  public static final Mutator JSON_NULL_VALUE = Mutator.of("json-null-value", Verdict.MUST_REJECT, (s, a, b) -> {
    List<JsonShape.Span> v = JsonShape.of(s).values;
    if (v.isEmpty()) {
      return null;
    }
    JsonShape.Span span = v.get(a % v.size());
    return splice(s.bytes(), span.start(), span.end(), "null".getBytes(StandardCharsets.UTF_8));
  });

  /** A key no format has, added to an object: unknown keys are errors in strict formats. */
  public static final Mutator JSON_UNKNOWN_KEY = Mutator.of("json-unknown-key", Verdict.MUST_REJECT,
      (s, a, b) -> {
        List<int[]> o = JsonShape.of(s).objectStarts;
        if (o.isEmpty()) {
          return null;
        }
        int[] at = o.get(a % o.size());
        String member = "\"zzUnknownKey" + (b % 10) + "\": 1" + (at[1] == 1 ? ", " : "");
        return splice(s.bytes(), at[0], at[0], member.getBytes(StandardCharsets.UTF_8));
      });

  /** A number replaced by one past the numeric gate ({@code 1e999999999}, a thousand digits...). */
  public static final Mutator JSON_HOSTILE_NUMBER = Mutator.of("json-number-past-the-gate", Verdict.MUST_REJECT,
      (s, a, b) -> {
        List<JsonShape.Span> n = JsonShape.of(s).numbers;
        if (n.isEmpty()) {
          return null;
        }
        JsonShape.Span span = n.get(a % n.size());
        return splice(s.bytes(), span.start(), span.end(),
            PAST_THE_GATE.get(b % PAST_THE_GATE.size()).getBytes(StandardCharsets.UTF_8));
      });

  /** A decimal written as a string ({@code "54.20"}) replaced by one past the numeric gate. */
  public static final Mutator JSON_HOSTILE_DECIMAL_STRING = Mutator.of("json-decimal-string-past-the-gate",
      Verdict.MUST_REJECT, (s, a, b) -> {
        List<JsonShape.Span> n = JsonShape.of(s).decimalStrings;
        if (n.isEmpty()) {
          return null;
        }
        JsonShape.Span span = n.get(a % n.size());
        return splice(s.bytes(), span.start(), span.end(),
            ("\"" + PAST_THE_GATE.get(b % PAST_THE_GATE.size()) + "\"").getBytes(StandardCharsets.UTF_8));
      });

  /** A value replaced by arrays nested deeper than any limit. */
  public static final Mutator JSON_DEEP = Mutator.of("json-deep-nesting", Verdict.MUST_REJECT, (s, a, b) -> {
    List<JsonShape.Span> v = JsonShape.of(s).values;
    if (v.isEmpty()) {
      return null;
    }
    JsonShape.Span span = v.get(a % v.size());
    int depth = 200 + b % 5000;
    String deep = "[".repeat(depth) + "1" + "]".repeat(depth);
    return splice(s.bytes(), span.start(), span.end(), deep.getBytes(StandardCharsets.UTF_8));
  });

  /** A string value replaced by a hostile one (a path, markup, a formula, control characters, a long text). */
  public static final Mutator JSON_HOSTILE_STRING = Mutator.of("json-hostile-string", Verdict.EITHER,
      (s, a, b) -> {
        List<JsonShape.Span> v = JsonShape.of(s).strings;
        if (v.isEmpty()) {
          return null;
        }
        String[] hostile = {"../../x", "..\\\\..\\\\x", "<script>alert(1)</script>", "=HYPERLINK(\\\"http://x\\\")",
            "\\u0000", "\\u202e", "", " ", "a/b", "x".repeat(5000), "\\ud800", "|a|b|", "[x](javascript:1)"};
        JsonShape.Span span = v.get(a % v.size());
        return splice(s.bytes(), span.start(), span.end(),
            ("\"" + hostile[b % hostile.length] + "\"").getBytes(StandardCharsets.UTF_8));
      });

  /** The token mutations of JSON plus the text mutations. */
  public static List<Mutator> json() {
    List<Mutator> all = new ArrayList<>(text());
    all.addAll(List.of(JSON_DUPLICATE_KEY, JSON_TRAILING, JSON_REMOVE_CLOSING, JSON_REMOVE_OPENING, JSON_TRUNCATE,
        JSON_NULL_VALUE, JSON_UNKNOWN_KEY, JSON_HOSTILE_NUMBER, JSON_HOSTILE_DECIMAL_STRING, JSON_DEEP,
        JSON_HOSTILE_STRING));
    return List.copyOf(all);
  }

  // --- CSV ---------------------------------------------------------------------------------------------------------

  /** One more cell at the end of a data line (the header has fewer columns). */
  public static final Mutator CSV_EXTRA_CELL = Mutator.of("csv-extra-cell", Verdict.MUST_REJECT, (s, a, b) -> {
    List<Integer> ends = lineEnds(s);
    if (ends.size() < 3) {
      return null;
    }
    int at = ends.get(2 + a % (ends.size() - 2));
    return splice(s.bytes(), at, at, ",1".getBytes(StandardCharsets.UTF_8));
  });

  /** One cell fewer on a data line. */
  public static final Mutator CSV_MISSING_CELL = Mutator.of("csv-missing-cell", Verdict.EITHER, (s, a, b) -> {
    List<Integer> ends = lineEnds(s);
    if (ends.size() < 2) {
      return null;
    }
    int line = 1 + a % (ends.size() - 1);
    int end = ends.get(line);
    int start = ends.get(line - 1) + 1;
    byte[] d = s.bytes();
    for (int i = end - 1; i >= start; i--) {
      if (d[i] == ',') {
        return splice(d, i, end, new byte[0]);
      }
    }
    return null;
  });

  /** A quote opened in a cell and never closed. */
  public static final Mutator CSV_OPEN_QUOTE = Mutator.of("csv-open-quote", Verdict.EITHER, (s, a, b) -> {
    int at = a % (s.length() + 1);
    return splice(s.bytes(), at, at, "\"".getBytes(StandardCharsets.UTF_8));
  });

  /** A cell replaced by a number past the gate. */
  public static final Mutator CSV_HOSTILE_NUMBER = Mutator.of("csv-number-past-the-gate", Verdict.EITHER,
      (s, a, b) -> {
        List<Integer> ends = lineEnds(s);
        if (ends.size() < 2) {
          return null;
        }
        int line = 1 + a % (ends.size() - 1);
        int at = ends.get(line);
        byte[] d = s.bytes();
        int start = at;
        while (start > 0 && d[start - 1] != ',' && d[start - 1] != '\n') {
          start--;
        }
        return splice(d, start, at, PAST_THE_GATE.get(b % PAST_THE_GATE.size()).getBytes(StandardCharsets.UTF_8));
      });

  /** The token mutations of CSV plus the text mutations. */
  public static List<Mutator> csv() {
    List<Mutator> all = new ArrayList<>(text());
    all.addAll(List.of(CSV_EXTRA_CELL, CSV_MISSING_CELL, CSV_OPEN_QUOTE, CSV_HOSTILE_NUMBER));
    return List.copyOf(all);
  }

  // --- YAML --------------------------------------------------------------------------------------------------------

  /** A second YAML document after the first. */
  public static final Mutator YAML_SECOND_DOCUMENT = Mutator.of("yaml-second-document", Verdict.MUST_REJECT,
      (s, a, b) -> concat(s.bytes(), "\n---\nx: 1\n".getBytes(StandardCharsets.UTF_8)));

  /** The first top-level key written again at the end. */
  public static final Mutator YAML_DUPLICATE_TOP_KEY = Mutator.of("yaml-duplicate-top-level-key",
      Verdict.MUST_REJECT, (s, a, b) -> {
        String text = new String(s.bytes(), StandardCharsets.UTF_8);
        for (String line : text.split("\n")) {
          if (!line.isEmpty() && Character.isLetter(line.charAt(0)) && line.contains(":")) {
            return concat(s.bytes(), ("\n" + line + "\n").getBytes(StandardCharsets.UTF_8));
          }
        }
        return null;
      });

  /** A scalar value replaced by {@code ~} (no value). */
  public static final Mutator YAML_NULL_VALUE = Mutator.of("yaml-null-value", Verdict.MUST_REJECT, (s, a, b) -> {
    String text = new String(s.bytes(), StandardCharsets.UTF_8);
    String[] lines = text.split("\n", -1);
    List<Integer> scalars = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      String l = lines[i].strip();
      int colon = l.indexOf(": ");
      if (!l.startsWith("#") && colon > 0 && !l.substring(colon + 2).isBlank()
          && !l.substring(colon + 2).startsWith("#") && !l.endsWith("|") && !l.endsWith(">")) {
        scalars.add(i);
      }
    }
    if (scalars.isEmpty()) {
      return null;
    }
    int i = scalars.get(a % scalars.size());
    String l = lines[i];
    lines[i] = l.substring(0, l.indexOf(": ") + 2) + "~";
    return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
  });

  /** The token mutations of YAML plus the text mutations. */
  public static List<Mutator> yaml() {
    List<Mutator> all = new ArrayList<>(text());
    all.addAll(List.of(YAML_SECOND_DOCUMENT, YAML_DUPLICATE_TOP_KEY, YAML_NULL_VALUE));
    return List.copyOf(all);
  }

  // --- helpers -----------------------------------------------------------------------------------------------------

  static byte[] splice(byte[] d, int from, int to, byte[] insert) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(d.length + insert.length);
    out.write(d, 0, from);
    out.write(insert, 0, insert.length);
    out.write(d, to, d.length - to);
    return out.toByteArray();
  }

  static byte[] concat(byte[] a, byte[] b) {
    return splice(a, a.length, a.length, b);
  }

  /** Offsets of the line ends: -1 first (before line 1), then every '\n' (or the end when the last line has none). */
  private static List<Integer> lineEnds(Seed s) {
    List<Integer> ends = new ArrayList<>();
    ends.add(-1);
    for (int i = 0; i < s.length(); i++) {
      if (s.at(i) == '\n') {
        if (i > 0 && s.at(i - 1) == '\r') {
          ends.add(i - 1);
        } else {
          ends.add(i);
        }
      }
    }
    if (s.length() > 0 && s.at(s.length() - 1) != '\n') {
      ends.add(s.length());
    }
    List<Integer> out = new ArrayList<>();
    out.add(-1);
    for (int i = 1; i < ends.size(); i++) {
      if (ends.get(i) > ends.get(i - 1) + 1) {
        out.add(ends.get(i));
      }
    }
    return out;
  }
}
