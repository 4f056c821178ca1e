package org.example.auditor;

import static io.github.parindex.testkit.ParIndexAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.parindex.engine.Scorecard;
import io.github.parindex.testkit.CaseFiles;
import io.github.parindex.testkit.CaseResult;
import io.github.parindex.testkit.RuleSetResolver;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** What an auditor writes: the case files as tests, and the testkit's assertions on one scorecard. */
class AuditorTest {

  @TestFactory
  Stream<DynamicTest> caseFiles() {
    return CaseFiles.in("src/test/resources/cases");
  }

  @Test
  void assertionsOnTheOldestAssertJ() {
    CaseResult result = CaseFiles.check(Path.of("src/test/resources/cases/ninh-thuan-2022.yaml"),
        RuleSetResolver.registry());
    result.assertPassed();
    Scorecard card = result.scorecards().get(0);
    // published: 54.2 + 31.59 shown as 85.78 (grade B), national rule set 876/QĐ-BNV
    assertThat(card).hasTotal("85.78").hasIndex("85.78").hasGrade("B").hasPoints("TD", "54.2")
        .usesRuleSet("vn-bnv-876-province");
    // a failing testkit assertion reports through the auditor's AssertJ
    Assertions.assertThatThrownBy(() -> assertThat(card).hasTotal("85.79")).isInstanceOf(AssertionError.class);
    // and it is the floor version that runs (scripts/auditor/run passes it in)
    assertThat(Assertions.class.getProtectionDomain().getCodeSource().getLocation().getPath())
        .endsWith("/assertj-core-" + System.getProperty("floor") + ".jar");
  }
}
