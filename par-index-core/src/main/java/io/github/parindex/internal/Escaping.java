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
 *
 * @since 0.1.0
 */
public final class Escaping {
  private Escaping() {}

  /**
   * Escapes text for HTML element content and for quoted attribute values: {@code & < > " '} become entities and
   * control characters other than line feed and tab become spaces.
   *
   * @param s the text
   * @return the escaped text
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
   *
   * @param s the text
   * @return the escaped text, on one line
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

  /** The characters that make a spreadsheet read a cell as a formula when they start it. */
  private static final String FORMULA_STARTS = "=+-@\t\r";

  /**
   * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break. Text that a spreadsheet would read
   * as a formula is prefixed with an apostrophe ({@link #formula}).
   *
   * @param s the field's text
   * @return the field as written, quotes doubled inside a quoted field
   */
  public static String csv(String s) {
    String v = formula(s);
    if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
      return '"' + v.replace("\"", "\"\"") + '"';
    }
    return v;
  }

  /**
   * Defuses a CSV cell that a spreadsheet would read as a formula: a cell matching {@code ^'*[=+\-@\t\r]} (a
   * formula character at its start, after any apostrophes) gets one more apostrophe in front; any other cell is
   * kept. Numbers are no exception: {@code -5} is written {@code '-5}, as a text that starts with {@code -} cannot
   * be told from a formula without a spreadsheet's parser. {@link #unformula} undoes it exactly.
   *
   * <pre>{@code
   * Escaping.formula("=HYPERLINK(\"x\")");  // "'=HYPERLINK(\"x\")"
   * Escaping.formula("'=1");               // "''=1"
   * Escaping.formula("'quoted");           // "'quoted" (no formula character after the apostrophes)
   * }</pre>
   *
   * @param s the cell's text
   * @return the text to write
   */
  public static String formula(String s) {
    return startsFormula(s, 0) ? "'" + s : s;
  }

  /**
   * Undoes {@link #formula}: a cell matching {@code ^'+[=+\-@\t\r]} loses exactly one leading apostrophe; any
   * other cell is kept. So {@code unformula(formula(s))} is {@code s} for every text.
   *
   * @param s a cell as read
   * @return the text that was written
   */
  public static String unformula(String s) {
    return startsFormula(s, 1) ? s.substring(1) : s;
  }

  /** Whether {@code s} is at least {@code minQuotes} apostrophes, then a formula character. */
  private static boolean startsFormula(String s, int minQuotes) {
    int i = 0;
    while (i < s.length() && s.charAt(i) == '\'') {
      i++;
    }
    return i >= minQuotes && i < s.length() && FORMULA_STARTS.indexOf(s.charAt(i)) >= 0;
  }
}
