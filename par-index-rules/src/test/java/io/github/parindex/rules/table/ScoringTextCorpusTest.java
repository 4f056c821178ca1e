package io.github.parindex.rules.table;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.parindex.method.Answer;
import io.github.parindex.method.BandsWithCases;
import io.github.parindex.method.GradedLevels;
import io.github.parindex.method.Level;
import io.github.parindex.method.ScoringMethod;
import io.github.parindex.model.NodeRole;
import io.github.parindex.model.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every entry of every file in {@code scoring-text-corpus/} (real scoring texts with readings worked out by hand):
 * a computable entry is read correctly (every probe scores its hand-worked points through the method, or is
 * rejected where the probe says {@code error}) or rejected with an error; it is never misread. A non-computable
 * entry is rejected with an error. The counts are printed and kept from falling.
 */
class ScoringTextCorpusTest {

  /** The outcome of one entry. */
  enum Outcome { READ_CORRECTLY, REJECTED, MISREAD }

  record Result(String id, boolean computable, Outcome outcome, String detail) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  static List<Result> results() throws IOException, URISyntaxException {
    URL dir = ScoringTextCorpusTest.class.getResource("/scoring-text-corpus");
    assertThat(dir).as("the corpus folder").isNotNull();
    List<Path> files;
    try (Stream<Path> s = Files.list(Path.of(dir.toURI()))) {
      files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    assertThat(files).isNotEmpty();
    List<Result> out = new ArrayList<>();
    for (Path f : files) {
      JsonNode root;
      try (InputStream in = Files.newInputStream(f)) {
        root = JSON.readTree(in);
      }
      for (JsonNode e : root.get("entries")) {
        out.add(entry(e));
      }
    }
    return out;
  }

  private static Result entry(JsonNode e) {
    String id = e.get("id").asText();
    boolean computable = e.get("computable").asBoolean();
    BigDecimal max = new BigDecimal(e.get("maxPoints").asText());
    NodeRole role = switch (e.get("role").asText()) {
      case "PENALTY" -> NodeRole.PENALTY;
      case "BONUS" -> NodeRole.BONUS;
      default -> NodeRole.SCORED;
    };
    String name = e.has("name") ? e.get("name").asText() : "";
    ScoringTextReading r = ScoringTextParser.read(e.get("text").asText(), max, role, name);
    if (!r.isRead()) {
      String errors = String.join(" | ", r.errors().stream().map(Problem::message).toList());
      return new Result(id, computable, Outcome.REJECTED, errors
          + (computable ? "" : "  [expected: " + e.get("expectError").asText() + "]"));
    }
    ScoringMethod m = r.method().orElseThrow();
    if (!computable) {
      return new Result(id, false, Outcome.MISREAD, "read as " + m.describe() + " although not computable: "
          + e.get("expectError").asText());
    }
    int checked = 0;
    List<String> wrong = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    for (JsonNode p : e.get("probes")) {
      String answer = p.get("answer").asText();
      String expected = p.get("points").asText();
      Optional<Answer> a = answer(answer, m);
      if (a.isEmpty()) {
        skipped.add(answer);
        continue;
      }
      checked++;
      List<String> problems = m.answerProblems(a.get(), max);
      if (expected.equals("error")) {
        if (problems.isEmpty()) {
          wrong.add(answer + ": accepted (" + m.apply(a.get(), max).points().toPlainString() + "), expected an error");
        }
      } else if (!problems.isEmpty()) {
        wrong.add(answer + ": rejected (" + problems + "), expected " + expected);
      } else {
        BigDecimal got = m.apply(a.get(), max).points();
        if (got.compareTo(new BigDecimal(expected)) != 0) {
          wrong.add(answer + ": " + got.toPlainString() + ", expected " + expected);
        }
      }
    }
    if (!wrong.isEmpty() || checked == 0) {
      return new Result(id, true, Outcome.MISREAD, m.describe() + " :: " + String.join("; ", wrong));
    }
    return new Result(id, true, Outcome.READ_CORRECTLY, m.kind() + ": " + m.describe()
        + (skipped.isEmpty() ? "" : "  [probes in another answer form, not checked: " + skipped + "]"));
  }

  /** A probe's answer for the method, if it is the kind of answer the method reads. */
  static Optional<Answer> answer(String text, ScoringMethod m) {
    String[] w = text.split(" ", 2);
    String arg = w.length > 1 ? w[1].strip() : "";
    switch (w[0]) {
      case "percent":
        return Optional.of(Answer.percent(arg));
      case "rate": {
        String[] nd = arg.split("/");
        return Optional.of(new Answer.Rate(new BigDecimal(nd[0]), new BigDecimal(nd[1])));
      }
      case "count":
        return arg.matches("\\d+") ? Optional.of(new Answer.Count(new BigInteger(arg))) : Optional.empty();
      case "yes":
      case "no":
        return yesNo(w[0].equals("yes"), m);
      case "points":
        return Optional.of(Answer.points(arg));
      case "deadline":
        if (m instanceof GradedLevels gl && gl.levels().size() == 2) {
          return Optional.of(Answer.level(gl.levels().get(arg.equals("ON_TIME") ? 0 : 1).label()));
        }
        return Optional.of(Answer.deadline(arg.equals("MISSING") ? Answer.Timeliness.NOT_DONE
            : Answer.Timeliness.valueOf(arg)));
      case "level":
        return level(arg, m);
      default:
        throw new IllegalArgumentException("unknown probe answer " + text);
    }
  }

  /**
   * Yes or no; a two-level reading (the labels as written) answers yes with its better level and no with its worse
   * one, the same two cases in another answer form (so does a deadline probe: on time the better, late or missing
   * the worse).
   */
  private static Optional<Answer> yesNo(boolean yes, ScoringMethod m) {
    if (m instanceof GradedLevels gl && gl.levels().size() == 2) {
      return Optional.of(Answer.level(gl.levels().get(yes ? 0 : 1).label()));
    }
    return Optional.of(yes ? Answer.yes() : Answer.no());
  }

  /**
   * A level probe names the case as printed; the reading keeps labels as written (spaces and case aside). Empty
   * when the reading has no labels (yes/no): that probe is then not checked.
   */
  private static Optional<Answer> level(String label, ScoringMethod m) {
    List<String> labels = m instanceof GradedLevels gl
        ? gl.levels().stream().map(Level::label).toList()
        : m instanceof BandsWithCases bc ? bc.cases().stream().map(Level::label).toList() : List.of();
    if (labels.isEmpty()) {
      return Optional.empty();
    }
    String want = key(label);
    return Optional.of(Answer.level(labels.stream().filter(l -> key(l).equals(want)).findFirst().orElse(label)));
  }

  private static String key(String s) {
    return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFC).replaceAll("\\s+", " ").strip()
        .toLowerCase(Locale.ROOT);
  }

  @Test
  void noEntryIsMisreadAndTheCountsHold() throws Exception {
    List<Result> all = results();
    long computable = all.stream().filter(Result::computable).count();
    long read = all.stream().filter(r -> r.outcome() == Outcome.READ_CORRECTLY).count();
    long rejectedComputable = all.stream().filter(r -> r.computable() && r.outcome() == Outcome.REJECTED).count();
    long rejectedOther = all.stream().filter(r -> !r.computable() && r.outcome() == Outcome.REJECTED).count();
    List<Result> misread = all.stream().filter(r -> r.outcome() == Outcome.MISREAD).toList();
    StringBuilder report = new StringBuilder();
    for (Result r : all) {
      report.append(r.outcome()).append(r.computable() ? "" : " (not computable)").append("  ").append(r.id())
          .append("  ").append(r.detail()).append('\n');
    }
    Path out = Path.of("target", "scoring-text-corpus-report.txt");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report);
    System.out.printf("scoring-text corpus: %d entries, %d computable: %d read correctly, %d rejected with an"
        + " error; %d not computable, %d of them rejected; %d misread%n", all.size(), computable, read,
        rejectedComputable, all.size() - computable, rejectedOther, misread.size());
    assertThat(misread).as("misread entries (see %s)", out).isEmpty();
    assertThat(rejectedOther).isEqualTo(all.size() - computable);
    assertThat(read).as("entries read correctly").isGreaterThanOrEqualTo(MIN_READ);
  }

  /** The entries read correctly when this test was last tightened; it may rise, never fall. */
  private static final long MIN_READ = 75;
}
