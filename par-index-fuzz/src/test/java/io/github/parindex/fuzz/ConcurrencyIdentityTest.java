package io.github.parindex.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.parindex.engine.Engine;
import io.github.parindex.rules.OfficialRuleSets;
import io.github.parindex.rules.RuleSetJson;
import io.github.parindex.rules.RuleSetRegistry;
import io.github.parindex.rules.report.ScorecardReport;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Eight threads at once load the registry, read rule files and reports, score and write reports: every thread gets
 * results identical to one thread's, and the registry and the standard reader are the same instances everywhere.
 */
class ConcurrencyIdentityTest {
  private static final int THREADS = 8;
  private static final int ROUNDS = 15;

  @Test
  void eightThreadsGetIdenticalResults() throws Exception {
    List<GeneratedCases.Case> cases = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      cases.add(GeneratedCases.generate(new Random(100 + i)));
    }
    byte[] ruleFile = Seed.resource(OfficialRuleSets.class,
        OfficialRuleSets.resourceName(OfficialRuleSets.BNV_892_PROVINCE)).bytes();
    List<String> expected = work(cases, ruleFile);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<List<String>>> results = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        Callable<List<String>> job = () -> {
          List<String> last = null;
          for (int r = 0; r < ROUNDS; r++) {
            last = work(cases, ruleFile);
            assertThat(last).isEqualTo(expected);
          }
          return last;
        };
        results.add(pool.submit(job));
      }
      for (Future<List<String>> f : results) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<String> work(List<GeneratedCases.Case> cases, byte[] ruleFile) {
    List<String> out = new ArrayList<>();
    RuleSetRegistry registry = RuleSetRegistry.load();
    out.add(registry.all().stream().map(rs -> rs.id()).toList().toString());
    out.add(String.valueOf(RuleSetJson.standard().read(new ByteArrayInputStream(ruleFile), "892.json")
        .equals(registry.get(OfficialRuleSets.BNV_892_PROVINCE))));
    for (GeneratedCases.Case c : cases) {
      String json = ScorecardReport.of(Engine.score(c.ruleSet(), c.assessment())).toJson();
      out.add(json);
      out.add(ScorecardReport.fromJson(json).toJson());
      out.add(RuleSetJson.standard().write(RuleSetJson.standard().parse(RuleSetJson.standard().write(c.ruleSet()),
          "c.json")));
    }
    return out;
  }
}
