package io.github.parindex.fuzz;

import io.github.parindex.rules.report.PublishedTableCsv;
import java.io.ByteArrayInputStream;
import java.util.List;

/** Published result tables (CSV) read by {@link PublishedTableCsv#read(java.io.InputStream, String)}. */
final class PublishedTableTarget implements FuzzTarget {
  private final List<Seed> seeds = List.of(
      Seed.resource(PublishedTableTarget.class, "/seeds/published-binh-duong-2017.csv"),
      Seed.resource(PublishedTableTarget.class, "/seeds/published-constructed.csv"));

  @Override
  public String name() {
    return "published-table";
  }

  @Override
  public List<Seed> seeds() {
    return seeds;
  }

  @Override
  public List<Mutator> mutators() {
    return Mutators.csv();
  }

  @Override
  public Object read(byte[] document) {
    return PublishedTableCsv.read(new ByteArrayInputStream(document), "fuzz-table.csv");
  }
}
