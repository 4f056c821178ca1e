package io.github.parindex.fuzz;

import io.github.parindex.rules.OfficialRuleSets;
import io.github.parindex.rules.RuleSetJson;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Rule files ({@code par-index/rule-set@1}) read by {@link RuleSetJson#read(java.io.InputStream, String)}: seeded with
 * every bundled official set and the example rule file.
 */
final class RuleFileTarget implements FuzzTarget {
  private final List<Seed> seeds = new ArrayList<>();
  private final List<Mutator> mutators = new ArrayList<>();

  RuleFileTarget() {
    for (String id : OfficialRuleSets.IDS) {
      seeds.add(Seed.resource(OfficialRuleSets.class, OfficialRuleSets.resourceName(id)));
    }
    seeds.add(Seed.resource(RuleFileTarget.class, "/seeds/rule-file-example.json"));
    for (Mutator m : Mutators.json()) {
      // criterion codes ("1.1") look like decimals: replacing one with "1e999999999" gives a valid code
      mutators.add(m == Mutators.JSON_HOSTILE_DECIMAL_STRING ? m.withVerdict(Verdict.EITHER) : m);
    }
  }

  @Override
  public String name() {
    return "rule-file";
  }

  @Override
  public List<Seed> seeds() {
    return seeds;
  }

  @Override
  public List<Mutator> mutators() {
    return mutators;
  }

  @Override
  public Object read(byte[] document) {
    return RuleSetJson.standard().read(new ByteArrayInputStream(document), "fuzz.json");
  }

  @Override
  public List<Seed> generatedHostile() {
    return HostileDocuments.ruleFiles();
  }
}
