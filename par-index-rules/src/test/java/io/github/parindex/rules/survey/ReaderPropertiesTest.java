package io.github.parindex.rules.survey;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.parindex.sipas.SurveyAccumulator;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** A file mixing good and bad rows: every bad row is named, every good row is counted. */
class ReaderPropertiesTest {

  /** A row and whether it is good. */
  record Line(String text, boolean good) {}

  @Provide
  Arbitrary<Line> line() {
    Arbitrary<Line> good = Arbitraries.integers().between(1, 5).list().ofSize(2)
        .map(s -> new Line("C,,,1," + s.get(0) + "," + s.get(1) + ",1,1|2", true));
    Arbitrary<Line> bad = Arbitraries.of(
        new Line("NOPE,,,1,5,5,1,1", false),          // unknown unit
        new Line("C,,,1,6,5,1,1", false),             // outside the scale
        new Line("C,,,1,5,5,1", false),               // wrong column count
        new Line("C,,,1,5,5,1,1,extra", false),       // wrong column count
        new Line("C,,,0,5,5,1,1", false),             // weight 0
        new Line("C,,,1,5,five,1,1", false),          // not a number
        new Line("C,,,1,5,5,3,1", false));            // judgement option outside 1..2
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, good), net.jqwik.api.Tuple.of(1, bad));
  }

  @Property(tries = 100)
  void everyBadRowIsNamedAndEveryGoodRowCounted(@ForAll @Size(max = 60) List<@From("line") Line> lines) {
    StringBuilder csv = new StringBuilder("unit,field,group,weight,S1,S2,J,X\n");
    List<Long> badRows = new ArrayList<>();
    long good = 0;
    for (int i = 0; i < lines.size(); i++) {
      csv.append(lines.get(i).text()).append('\n');
      if (lines.get(i).good()) {
        good++;
      } else {
        badRows.add((long) i + 1);
      }
    }
    SurveyAccumulator acc = SurveyReadersTest.acc();
    ReadReport r = SurveyCsvReader.of(SurveyReadersTest.Q, SurveyReadersTest.FRAME)
        .read(new StringReader(csv.toString()), "p.csv", acc);
    assertThat(r.rowsRead()).isEqualTo(lines.size());
    assertThat(r.rowsAccepted()).isEqualTo(good);
    assertThat(acc.size()).isEqualTo(good);
    assertThat(r.rowsRejected()).isEqualTo(badRows.size());
    assertThat(r.problems().stream().map(p -> p.location().orElseThrow().row()).distinct().toList()).isEqualTo(badRows);
    // line = row + 1 (the header is line 1)
    assertThat(r.problems()).allMatch(p -> p.location().orElseThrow().line() == p.location().orElseThrow().row() + 1);
  }
}
