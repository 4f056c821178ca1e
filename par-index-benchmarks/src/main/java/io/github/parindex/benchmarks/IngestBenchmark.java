package io.github.parindex.benchmarks;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.parindex.sipas.io.ReadReport;
import io.github.parindex.sipas.io.SurveyCsvReader;
import io.github.parindex.sipas.SurveyAccumulator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * CSV ingest throughput on the same in-memory bytes (UTF-8 decoded by the same {@link InputStreamReader}):
 * {@link SurveyCsvReader} into a {@link SurveyAccumulator} (parse, validate, report, aggregate) against Jackson's CSV
 * parser alone, which tokenises every row and touches every value ({@code getTextLength}, no String made). A second
 * baseline also makes a String of every value ({@code getText}), as typical parser use does; a third drives the
 * parser exactly as the reader does ({@code nextTextValue}). Every operation reads all {@code rows}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 3, jvmArgsAppend = {"-Xmx256m"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 4, time = 2)
public class IngestBenchmark {
  @Param("100000")
  int rows;

  BenchData data;
  SurveyCsvReader reader;
  static final CsvMapper MAPPER = new CsvMapper();

  @Setup
  public void setUp() {
    data = new BenchData(rows);
    reader = SurveyCsvReader.of(data.questionnaire, data.frame);
  }

  Reader open() {
    return new InputStreamReader(new ByteArrayInputStream(data.csv), StandardCharsets.UTF_8);
  }

  /** The library: read, validate, report and aggregate every row. */
  @Benchmark
  public long surveyCsvReader() {
    SurveyAccumulator acc = new SurveyAccumulator(data.questionnaire, data.frame, data.method);
    ReadReport r = reader.read(open(), "bench.csv", acc);
    if (r.rowsAccepted() != rows) {
      throw new IllegalStateException(r.render());
    }
    return r.rowsAccepted();
  }

  /** The library's reader into a sink that does nothing (parse and validate only). */
  @Benchmark
  public long surveyCsvReaderNoAggregation(Blackhole bh) {
    ReadReport r = reader.read(open(), "bench.csv", (u, f, g, w, a) -> bh.consume(u));
    return r.rowsAccepted();
  }

  /** Jackson's CSV parser alone: every token, every value's length. */
  @Benchmark
  public long jacksonParserAlone() throws IOException {
    long sum = 0;
    try (CsvParser p = (CsvParser) MAPPER.getFactory().createParser(open())) {
      p.setSchema(CsvSchema.emptySchema());
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.VALUE_STRING) {
          sum += p.getTextLength();
        }
      }
    }
    return sum;
  }

  /**
   * Jackson's CSV parser alone driven the way {@link SurveyCsvReader} drives it since it became faster: values taken
   * with {@code nextTextValue()} (the parser's own String, no token dispatch), {@code nextToken()} only at each row
   * start. The strictest baseline: the same parser API, nothing else done.
   */
  @Benchmark
  public long jacksonParserNextTextValue() throws IOException {
    long sum = 0;
    try (CsvParser p = (CsvParser) MAPPER.getFactory().createParser(open())) {
      p.setSchema(CsvSchema.emptySchema());
      while (p.nextToken() != null) {
        String v;
        while ((v = p.nextTextValue()) != null) {
          sum += v.length();
        }
      }
    }
    return sum;
  }

  /** Jackson's CSV parser making a String of every value. */
  @Benchmark
  public void jacksonParserGetText(Blackhole bh) throws IOException {
    try (CsvParser p = (CsvParser) MAPPER.getFactory().createParser(open())) {
      p.setSchema(CsvSchema.emptySchema());
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.VALUE_STRING) {
          bh.consume(p.getText());
        }
      }
    }
  }
}
