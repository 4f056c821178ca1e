package io.github.parindex.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.JsonToken;
import io.github.parindex.model.ParIndexException;
import io.github.parindex.model.Problem;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The harness itself: it finds crashes and silent acceptances, and lets strict readers pass. */
class FuzzHarnessTest {

  private static final Seed SEED = Seed.text("toy.json", "{\"a\": [1, 2], \"b\": {\"c\": \"x\"}}\n");

  /** A strict toy reader: Jackson with duplicate detection, every token read, trailing content refused. */
  static class StrictToy implements FuzzTarget {
    private static final JsonFactory F = JsonFactory.builder()
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    @Override
    public String name() {
      return "toy-strict";
    }

    @Override
    public List<Seed> seeds() {
      return List.of(SEED);
    }

    @Override
    public List<Mutator> mutators() {
      return List.of(Mutators.JSON_DUPLICATE_KEY, Mutators.JSON_TRAILING, Mutators.JSON_REMOVE_CLOSING,
          Mutators.JSON_TRUNCATE, Mutators.FLIP_BIT, Mutators.NOT_UTF8_BYTES);
    }

    @Override
    public Object read(byte[] document) throws IOException {
      StringBuilder tokens = new StringBuilder();
      String text;
      try {
        text = java.nio.charset.StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(document))
            .toString();
      } catch (java.nio.charset.CharacterCodingException e) {
        // Jackson's byte parser does not check the UTF-8 of keys: decode strictly first
        throw new ParIndexException("bad", List.of(Problem.general("not UTF-8")));
      }
      text = text.startsWith("\uFEFF") ? text.substring(1) : text;
      try (JsonParser p = F.createParser(text)) {
        for (JsonToken t; (t = p.nextToken()) != null; ) {
          tokens.append(t).append(t.isScalarValue() ? ":" + p.getText() : "").append(' ');
          if (p.getParsingContext().inRoot() && t.isStructEnd()) {
            if (p.nextToken() != null) {
              throw new ParIndexException("trailing", List.of(Problem.general("trailing content")));
            }
            return tokens.toString();
          }
        }
        throw new ParIndexException("incomplete", List.of(Problem.general("not a whole document")));
      } catch (JsonProcessingException e) {
        throw new ParIndexException("bad", List.of(Problem.general(e.getOriginalMessage())));
      }
    }
  }

  @Test
  void aStrictReaderPassesEveryMutation() {
    StrictToy toy = new StrictToy();
    for (int m = 0; m < toy.mutators().size(); m++) {
      for (int a = 0; a < 40; a++) {
        FuzzHarness.check(toy, new Mutant(0, List.of(new Mutant.Step(m, a, a * 3))));
      }
    }
  }

  @Test
  void aReaderThatIgnoresTrailingContentIsASilentAcceptance() {
    FuzzTarget lenient = new StrictToy() {
      @Override
      public String name() {
        return "toy-lenient";
      }

      @Override
      public Object read(byte[] document) {
        return "read";
      }
    };
    int trailing = lenient.mutators().indexOf(Mutators.JSON_TRAILING);
    assertThatThrownBy(() -> FuzzHarness.check(lenient, new Mutant(0, List.of(new Mutant.Step(trailing, 0, 0)))))
        .isInstanceOf(AssertionError.class).hasMessageContaining("json-trailing-content")
        .hasMessageContaining("was accepted");
  }

  @Test
  void anExceptionOtherThanTheLibrarysIsACrash() {
    FuzzTarget npe = new StrictToy() {
      @Override
      public String name() {
        return "toy-npe";
      }

      @Override
      public Object read(byte[] document) {
        throw new NullPointerException("location is null");
      }
    };
    assertThatThrownBy(() -> FuzzHarness.check(npe, new Mutant(0, List.of(new Mutant.Step(4, 3, 1)))))
        .isInstanceOf(AssertionError.class).hasMessageContaining("crashed the reader")
        .hasMessageContaining("NullPointerException");
  }

  @Test
  void aByteOrderMarkMustGiveTheSeedsValue() {
    FuzzTarget toy = new StrictToy() {
      @Override
      public String name() {
        return "toy-bom";
      }

      @Override
      public List<Mutator> mutators() {
        return List.of(Mutators.BOM_PREFIX);
      }
    };
    // Jackson skips a BOM in bytes: the same tokens
    FuzzHarness.check(toy, new Mutant(0, List.of(new Mutant.Step(0, 0, 0))));
    FuzzTarget counting = new StrictToy() {
      @Override
      public String name() {
        return "toy-bom-length";
      }

      @Override
      public List<Mutator> mutators() {
        return List.of(Mutators.BOM_PREFIX);
      }

      @Override
      public Object read(byte[] document) {
        return document.length;
      }
    };
    assertThatThrownBy(() -> FuzzHarness.check(counting, new Mutant(0, List.of(new Mutant.Step(0, 0, 0)))))
        .isInstanceOf(AssertionError.class).hasMessageContaining("means the same as the seed");
  }

  @Test
  void aCaseOverTheCpuLimitIsAHang() {
    FuzzTarget slow = new StrictToy() {
      @Override
      public String name() {
        return "toy-slow";
      }

      @Override
      public Object read(byte[] document) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long end = threads.getCurrentThreadCpuTime() + FuzzHarness.CPU_LIMIT_NANOS + 200_000_000L;
        long x = 0;
        while (threads.getCurrentThreadCpuTime() < end) {
          x += document.length;
        }
        return x;
      }
    };
    assertThat(FuzzHarness.run(slow, SEED.bytes()).kind()).isEqualTo(FuzzHarness.Kind.HANG);
  }

  @Test
  void mutationsChangeTheTokenTheySay() {
    String dup = new String(Mutators.JSON_DUPLICATE_KEY.apply(SEED, 0, 0), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(dup).isEqualTo("{\"a\": [1, 2], \"a\": [1, 2], \"b\": {\"c\": \"x\"}}\n");
    String noClose = new String(Mutators.JSON_REMOVE_CLOSING.apply(SEED, 0, 0),
        java.nio.charset.StandardCharsets.UTF_8);
    assertThat(noClose).isEqualTo("{\"a\": [1, 2, \"b\": {\"c\": \"x\"}}\n");
    String unknown = new String(Mutators.JSON_UNKNOWN_KEY.apply(SEED, 1, 3), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(unknown).isEqualTo("{\"a\": [1, 2], \"b\": {\"zzUnknownKey3\": 1, \"c\": \"x\"}}\n");
    String nul = new String(Mutators.JSON_NULL_VALUE.apply(SEED, 1, 0), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(nul).isEqualTo("{\"a\": [1, 2], \"b\": {\"c\": null}}\n");
  }
}
