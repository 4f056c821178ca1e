package io.github.parindex.report;

import java.math.BigDecimal;

/** Escaping and number formatting shared by the renderers. Internal. */
final class Text {
  private Text() {}

  /** Escapes text for HTML element content and for quoted attribute values. */
  static String html(String s) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (c < 0x20 && c != '\n' && c != '\t') {
            out.append(' ');
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  /** Escapes text for a Markdown table cell: backslash-escapes Markdown punctuation and HTML, flattens lines. */
  static String markdown(String s) {
    StringBuilder out = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\', '|', '*', '_', '`', '[', ']', '#', '~', '!' -> out.append('\\').append(c);
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '\n', '\r' -> out.append(' ');
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break. Text that a spreadsheet would read
   * as a formula (starting with {@code = + - @}, tab or carriage return) is prefixed with an apostrophe.
   */
  static String csvText(String s) {
    String v = s;
    if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
      return '"' + v.replace("\"", "\"\"") + '"';
    }
    return v;
  }

  /** Points as stored, or "≈" and 2 decimals for a quotient with more than 4 decimals. */
  static String approx(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    if (s.scale() > 4) {
      return "≈" + v.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }
    return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
  }

  static String num(BigDecimal v) {
    return v.toPlainString();
  }

  /** Shortens text to {@code max} characters with an ellipsis. */
  static String shorten(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
