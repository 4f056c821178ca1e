package io.github.parindex.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.parindex.model.Problem.Location;
import io.github.parindex.model.Problem.Severity;
import org.junit.jupiter.api.Test;

class ProblemTest {

  @Test
  void assessmentProblemsReadAsBefore() {
    assertThat(Problem.at("3.1.2", "points 1.5 are above the maximum 1").forUnit("NT"))
        .hasToString("unit NT, criterion 3.1.2: points 1.5 are above the maximum 1")
        .returns(Severity.ERROR, Problem::severity);
    assertThat(Problem.general("no unit")).hasToString("no unit");
  }

  @Test
  void documentAndTableLocations() {
    assertThat(Problem.error(Location.ofFile("rules.json", 12, 5, "$.nodes[0].code"), "expected a string"))
        .hasToString("rules.json:12:5: $.nodes[0].code: expected a string");
    assertThat(Problem.warning(Location.ofRow("table.csv", 4, 5, "scoring"), "a note \"(Nguồn: Sở)\" kept")
            .atCode("1.2"))
        .hasToString("warning: table.csv: row 4 (line 5), column scoring: criterion 1.2: a note \"(Nguồn: Sở)\" kept")
        .returns(false, Problem::isError);
    assertThat(Location.ofRow("", 17, 18, "2.3")).hasToString("row 17 (line 18), column 2.3");
    assertThat(Location.ofFile("case.yaml", 0, 0, "")).hasToString("case.yaml");
  }

  @Test
  void partsAreChecked() {
    assertThatThrownBy(() -> Location.ofFile("f", -1, 0, "")).hasMessageContaining("line must not be negative, was -1");
    assertThatThrownBy(() -> Problem.general(" ")).hasMessageContaining("message must not be blank");
  }
}
