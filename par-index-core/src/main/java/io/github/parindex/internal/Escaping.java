package io.github.parindex.internal;

/**
 * The one escaper for every text the library writes into Markdown, HTML or CSV (scorecard reports, rankings,
 * reconciliations, self-assessment reviews): names of units, criteria and tables come from data and may hold
 * markup. Internal: this package is not exported.
 *
 * <pre>{@code
 * Escaping.markdown("<script>x</script> | *a*");  // "&lt;script&gt;x&lt;/script&gt; \| \*a\*"
 * Escaping.html("<b>\"x\"</b>");                   // "&lt;b&gt;&quot;x&quot;&lt;/b&gt;"
 * Escaping.csv("=1+1");                            // "'=1+1"
 * }</pre>
 */
public final class Escaping {
  private Escaping() {}

  /**
   * {@return escapes text for HTML element content and for quoted attribute values; control characters become spaces}
   */
  public static String html(String s) {
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

  /**
   * Escapes text for Markdown, as inline text (a heading, a list item) or a table cell: backslash-escapes Markdown
   * punctuation and the cell separator {@code |}, writes {@code < > &} as HTML entities so no tag survives, and
   * flattens line breaks to spaces.
   */
  public static String markdown(String s) {
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
  public static String csv(String s) {
    String v = s;
    if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
      return '"' + v.replace("\"", "\"\"") + '"';
    }
    return v;
  }
}
