package io.github.parindex.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EscapingTest {

  @Test
  void markdownNeutralisesTagsPunctuationAndLineBreaks() {
    assertThat(Escaping.markdown("<script>x</script>")).isEqualTo("&lt;script&gt;x&lt;/script&gt;");
    assertThat(Escaping.markdown("a | b")).isEqualTo("a \\| b");
    assertThat(Escaping.markdown("*x* _y_ `z` [l](u) #h ~s~ !i \\")).isEqualTo(
        "\\*x\\* \\_y\\_ \\`z\\` \\[l\\](u) \\#h \\~s\\~ \\!i \\\\");
    assertThat(Escaping.markdown("one\ntwo\r\nthree & four")).isEqualTo("one two  three &amp; four");
    assertThat(Escaping.markdown("Sở Nội vụ (SNV) 85.78 -2.13")).isEqualTo("Sở Nội vụ (SNV) 85.78 -2.13");
  }

  @Test
  void htmlEscapesMarkupAndQuotes() {
    assertThat(Escaping.html("<b title=\"t\">O'Neil & co</b>"))
        .isEqualTo("&lt;b title=&quot;t&quot;&gt;O&#39;Neil &amp; co&lt;/b&gt;");
    assertThat(Escaping.html("a\u0007b\tc\nd")).isEqualTo("a b\tc\nd");
  }

  @Test
  void csvQuotesAndDefusesFormulas() {
    assertThat(Escaping.csv("plain")).isEqualTo("plain");
    assertThat(Escaping.csv("a,b")).isEqualTo("\"a,b\"");
    assertThat(Escaping.csv("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(Escaping.csv("=1+1")).isEqualTo("'=1+1");
    assertThat(Escaping.csv("-2,5")).isEqualTo("\"'-2,5\"");
  }

  @Test
  void formulaPrefixesOneApostropheAndUnformulaRemovesExactlyOne() {
    assertThat(Escaping.formula("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
    assertThat(Escaping.formula("-5")).isEqualTo("'-5");
    assertThat(Escaping.formula("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(Escaping.formula("\tx")).isEqualTo("'\tx");
    assertThat(Escaping.formula("'=1")).isEqualTo("''=1");
    assertThat(Escaping.formula("''+1")).isEqualTo("'''+1");
    assertThat(Escaping.formula("'quoted")).isEqualTo("'quoted");
    assertThat(Escaping.formula("'")).isEqualTo("'");
    assertThat(Escaping.formula("5-1")).isEqualTo("5-1");
    assertThat(Escaping.formula("")).isEqualTo("");
    assertThat(Escaping.unformula("'-5")).isEqualTo("-5");
    assertThat(Escaping.unformula("''=1")).isEqualTo("'=1");
    assertThat(Escaping.unformula("-5")).isEqualTo("-5");
    assertThat(Escaping.unformula("'quoted")).isEqualTo("'quoted");
    assertThat(Escaping.unformula("'")).isEqualTo("'");
    assertThat(Escaping.csv("'=1")).isEqualTo("''=1");
  }

  @net.jqwik.api.Property(tries = 500)
  void unformulaUndoesFormula(@net.jqwik.api.ForAll("cells") String s) {
    assertThat(Escaping.unformula(Escaping.formula(s))).isEqualTo(s);
    // what formula writes never starts with a formula character
    String written = Escaping.formula(s);
    assertThat(written.isEmpty() || "=+-@\t\r".indexOf(written.charAt(0)) < 0).isTrue();
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<String> cells() {
    return net.jqwik.api.Arbitraries.strings().withChars("'=+-@\t\rax1 ").ofMaxLength(6);
  }
}
