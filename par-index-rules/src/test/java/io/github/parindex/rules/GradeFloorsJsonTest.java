package io.github.parindex.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.parindex.engine.Engine;
import io.github.parindex.engine.Scorecard;
import io.github.parindex.method.Answer;
import io.github.parindex.model.AdministrativeUnit;
import io.github.parindex.model.Assessment;
import io.github.parindex.model.GradeBand;
import io.github.parindex.model.GradeScale;
import io.github.parindex.model.LeafInput;
import io.github.parindex.model.ParIndexException;
import io.github.parindex.model.RuleSet;
import io.github.parindex.model.UnitLevel;
import io.github.parindex.rules.report.ScorecardReport;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Grade floors and aliases survive the rule-set file and the scorecard report (nothing dropped on the way). */
class GradeFloorsJsonTest {

  static final GradeScale FLOORED = GradeScale.of(
      GradeBand.of("Nhóm 1", "90", "từ 90%, không lĩnh vực nào dưới 80%")
          .withFloor(GradeBand.Floor.everyComponent(new BigDecimal("80"))).withAliases("1", "Nhóm I"),
      GradeBand.of("Nhóm 2", "0", "còn lại").withFloor(GradeBand.Floor.component("TD", new BigDecimal("50"))));

  static RuleSet floored() {
    RuleSet bd = RuleSetRegistry.load().get(OfficialRuleSets.BINH_DUONG_2071_2018_DISTRICT);
    return bd.withGrades(FLOORED);
  }

  @Test
  void aRuleFileKeepsFloorsAndAliases() {
    RuleSetJson json = RuleSetJson.standard();
    String text = json.write(floored());
    assertThat(text).contains("\"floors\"").contains("\"aliases\"").contains("\"component\": \"TD\"");
    RuleSet back = json.parse(text, "floored.json");
    assertThat(back.grades()).isEqualTo(FLOORED);
    assertThat(json.write(back)).isEqualTo(text);
  }

  @Test
  void aMisspeltFloorKeyIsAProblem() {
    String text = RuleSetJson.standard().write(floored()).replace("\"component\": \"TD\"", "\"componnt\": \"TD\"");
    assertThatThrownBy(() -> RuleSetJson.standard().parse(text, "bad.json")).isInstanceOf(ParIndexException.class)
        .hasMessageContaining("componnt");
  }

  @Test
  void aScorecardReportKeepsTheGradeWithItsFloors() {
    RuleSet rs = floored();
    Scorecard card = Engine.score(rs, Assessment.builder()
        .unit(AdministrativeUnit.of("TDM", "Thành phố Thủ Dầu Một", UnitLevel.DISTRICT)).ruleSetId(rs.id()).year(2018)
        .addInputs(LeafInput.self(rs.leaves().get(0).code(), Answer.points("51.75")))
        .addInputs(LeafInput.measured(rs.leaves().get(1).code(), Answer.points("32.83"))).build());
    // 51.75 + 32.83 = 84.58: below 90; TD = 51.75 / 65 = 79.62% meets the floor of 50: Nhóm 2
    assertThat(card.grade().map(GradeBand::label)).contains("Nhóm 2");
    String report = new ScorecardReport("t", card).toJson();
    assertThat(ScorecardReport.fromJson(report).scorecard()).isEqualTo(card);
    assertThat(report).contains("\"floors\"");
  }
}
