package io.github.parindex.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.parindex.method.Answer;
import io.github.parindex.model.Appraisal;
import io.github.parindex.model.ParIndexException;
import io.github.parindex.rules.RuleSetJson;
import io.github.parindex.rules.report.ScorecardReport;
import io.github.parindex.scenario.Change;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * No {@code OutOfMemoryError}, {@code StackOverflowError}, {@code NullPointerException}, {@code ArithmeticException},
 * {@code NumberFormatException} or {@code UncheckedIOException} escapes the public String factories and the readers
 * of rule files and scorecard reports, on any text: they return, or throw {@link ParIndexException}.
 */
class PublicEntryPointProperties {

  private static final List<Class<? extends Throwable>> FORBIDDEN = List.of(OutOfMemoryError.class,
      StackOverflowError.class, NullPointerException.class, ArithmeticException.class, NumberFormatException.class,
      UncheckedIOException.class);

  /** Numbers and near-numbers: hostile exponents, long digit runs, NaN, signs, spaces, commas, hexadecimal. */
  @Provide
  Arbitrary<String> numberTexts() {
    Arbitrary<String> hostile = Arbitraries.of(Mutators.PAST_THE_GATE).map(String::valueOf);
    Arbitrary<String> fixed = Arbitraries.of("NaN", "Infinity", "-0", "+1", "1e", "e1", "1.", ".5", "0x10", " 1", "1 ",
        "1,5", "", "-", "1e-2147483648", "1e2147483647", "1E+999999999", "9".repeat(100_000), "0." + "0".repeat(5000),
        "١٢", "1_000", "--1", "1e-0");
    Arbitrary<String> random = Arbitraries.strings().withChars("0123456789.eE+-, NaInfity").ofMaxLength(30);
    Arbitrary<String> exponent = Arbitraries.integers().map(i -> "1e" + i);
    return Arbitraries.oneOf(hostile, fixed, random, exponent);
  }

  @Property(tries = 1000)
  void stringFactoriesThrowOnlyTheLibrarysException(@ForAll("numberTexts") String text) {
    only(t -> Answer.points(t), text);
    only(t -> Answer.percent(t), text);
    only(t -> Appraisal.ofPoints(t, "lý do"), text);
    only(t -> Change.gradeThreshold("A", t), text);
    only(t -> Change.maximum("1.1", t), text);
    only(t -> Change.appraisedPoints("1.1", t, "lý do"), text);
    only(t -> Change.bandBoundary("1.1", t, "50"), text);
  }

  @Property(tries = 300)
  void readersThrowOnlyTheLibrarysException(@ForAll("documents") String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    only(t -> RuleSetJson.standard().parse(t, "p.json"), text);
    only(t -> RuleSetJson.standard().read(new StringReader(t), "p.json"), text);
    only(t -> RuleSetJson.standard().read(new ByteArrayInputStream(bytes), "p.json"), text);
    only(t -> ScorecardReport.fromJson(t), text);
    only(t -> ScorecardReport.read(new StringReader(t)), text);
    only(t -> ScorecardReport.read(new ByteArrayInputStream(bytes), "p.json"), text);
  }

  @Provide
  Arbitrary<String> documents() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars("{}[]\":,0123456789.eE-nultrfas \n\\").ofMaxLength(200),
        numberTexts().map(n -> "{\"format\": \"par-index/rule-set@1\", \"maxTotal\": " + n + "}"),
        numberTexts().map(n -> "{\"format\": \"par-index/scorecard@1\", \"index\": \"" + n + "\", \"year\": " + n
            + "}"),
        Arbitraries.integers().between(1, 3000).map(d -> "[".repeat(d) + "]".repeat(d)),
        Arbitraries.integers().between(1, 3000).map(d -> "{\"a\":".repeat(d) + "1" + "}".repeat(d)));
  }

  private static void only(Consumer<String> call, String text) {
    try {
      call.accept(text);
    } catch (ParIndexException expected) {
      assertThat(expected.problems()).isNotEmpty();
    } catch (IllegalArgumentException e) {
      // documented for bad arguments that are not input text (a blank code or reason); never for a number
      assertThat(e).isNotInstanceOf(NumberFormatException.class);
    } catch (Throwable t) {
      for (Class<? extends Throwable> f : FORBIDDEN) {
        assertThat(t).as("%s escaped for %s", t, Numbers.quoted(text)).isNotInstanceOf(f);
      }
      throw new AssertionError("unexpected " + t + " for " + Numbers.quoted(text), t);
    }
  }

  /** Short quoting of a long text for messages. */
  static final class Numbers {
    static String quoted(String s) {
      return s.length() <= 60 ? '"' + s + '"' : '"' + s.substring(0, 40) + "…\" (" + s.length() + " characters)";
    }
  }
}
