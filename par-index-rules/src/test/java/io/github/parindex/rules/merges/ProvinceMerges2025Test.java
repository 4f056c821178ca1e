package io.github.parindex.rules.merges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.parindex.lineage.LineageEvent;
import io.github.parindex.lineage.UnitLineage;
import io.github.parindex.model.ParIndexException;
import io.github.parindex.model.ProvenanceStatus;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The bundled 2025 merges against docs/reference/province-merges-2025.md (Resolution 202/2025/QH15). */
class ProvinceMerges2025Test {
  final UnitLineage p = ProvinceMerges2025.lineage();
  final LocalDate after = ProvinceMerges2025.EFFECTIVE;
  final LocalDate before = after.minusDays(1);

  @Test
  void preMergerProvincesMapToTheirSuccessors() {
    assertThat(p.successorsAt("ha-giang", after)).containsExactly("tuyen-quang");
    assertThat(p.successorsAt("binh-duong", after)).containsExactly("ho-chi-minh");
    assertThat(p.successorsAt("ba-ria-vung-tau", LocalDate.of(2026, 1, 1))).containsExactly("ho-chi-minh");
    assertThat(p.successorsAt("tien-giang", after)).containsExactly("dong-thap");
    assertThat(p.successorsAt("nam-dinh", after)).containsExactly("ninh-binh");
    assertThat(p.successorsAt("hau-giang", after)).containsExactly("can-tho");
    // a continuing province maps to itself, and so does an unchanged one
    assertThat(p.successorsAt("tuyen-quang", after)).containsExactly("tuyen-quang");
    assertThat(p.successorsAt("son-la", after)).containsExactly("son-la");
    // the day before, nothing had happened yet
    assertThat(p.successorsAt("ha-giang", before)).containsExactly("ha-giang");
    assertThat(p.name("ho-chi-minh")).contains("Thành phố Hồ Chí Minh");
    assertThat(p.describe("ha-giang", after)).isEqualTo(
        "Hà Giang merged into Tuyên Quang from 2025-07-01 (202/2025/QH15 (12/06/2025))");
    assertThat(p.predecessorsOf("ho-chi-minh", after))
        .containsExactlyInAnyOrder("ho-chi-minh", "binh-duong", "ba-ria-vung-tau");
  }

  @Test
  void all63PredecessorsAnd34SuccessorsArePresent() {
    assertThat(p.names()).hasSize(63);
    Set<String> successors = new HashSet<>();
    p.names().keySet().forEach(code -> successors.addAll(p.successorsAt(code, after)));
    assertThat(successors).hasSize(34);
    assertThat(p.events()).hasSize(23);
    assertThat(p.events()).allSatisfy(e -> {
      assertThat(e.kind()).isEqualTo(LineageEvent.Kind.MERGE);
      assertThat(e.effective()).isEqualTo(after);
      assertThat(e.basis().document()).isEqualTo("202/2025/QH15");
      assertThat(e.provenance().source()).contains(ProvinceMerges2025.SOURCE);
    });
    // 11 unchanged + 23 merged = 34; the merges have 52 predecessors: 52 + 11 = 63
    assertThat(p.events().stream().mapToInt(e -> e.predecessors().size()).sum()).isEqualTo(52);
    // the first ten quoted verbatim at the source are confirmed; the rest inferred
    assertThat(p.eventsOf("ha-giang").get(0).provenance().status()).isEqualTo(ProvenanceStatus.CONFIRMED);
    assertThat(p.eventsOf("quang-nam").get(0).provenance().status()).isEqualTo(ProvenanceStatus.CONFIRMED);
    assertThat(p.eventsOf("kon-tum").get(0).provenance().status()).isEqualTo(ProvenanceStatus.INFERRED);
    assertThat(p.eventsOf("binh-duong").get(0).predecessors())
        .containsExactly("ho-chi-minh", "binh-duong", "ba-ria-vung-tau");
  }

  @Test
  void badRowsAreReportedWithLineAndColumnAllAtOnce() {
    String csv = String.join("\n",
        "# comment",
        String.join(",", LineageCsv.COLUMNS),
        "e1,MERGE,2025-13-01,a,A,c,C,CONFIRMED,1/NQ,,",
        "e1,MERGE,2025-07-01,b,B,,,CONFIRMED,1/NQ,,",
        "e2,MARRY,2025-07-01,d,D,e,E,SURE,1/NQ,,");
    assertThatThrownBy(() -> LineageCsv.read(new StringReader(csv), "bad.csv"))
        .isInstanceOf(ParIndexException.class)
        .hasMessageContaining("bad.csv: row 1 (line 3), column effective: \"2025-13-01\" is not a date")
        .hasMessageContaining("bad.csv: row 2 (line 4), column successor_code: a MERGE row needs a successor (successor_code and successor_name)")
        .hasMessageContaining("bad.csv: row 3 (line 5), column kind: \"MARRY\"")
        .hasMessageContaining("bad.csv: row 3 (line 5), column status: \"SURE\"");
    assertThatThrownBy(() -> LineageCsv.read(new StringReader("event,kind\nx,MERGE\n"), "short.csv"))
        .isInstanceOf(ParIndexException.class).hasMessageContaining("missing columns");
  }
}
