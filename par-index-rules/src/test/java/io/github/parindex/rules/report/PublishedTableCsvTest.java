package io.github.parindex.rules.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.parindex.audit.PublishedRow;
import io.github.parindex.audit.PublishedTable;
import io.github.parindex.model.ParIndexException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class PublishedTableCsvTest {

  @Test
  void readsTitleSourcePartsAndFigures() {
    String csv = """
        # title: Bình Dương 2017, districts
        # source: provincial-sets.md 3.2
        unit,name,points:I,points:II,points,maximum,index,grade,rank
        TDM,Thành phố Thủ Dầu Một,51.75,32.83,84.58,100,84.58%,,1
        "TU", Thị xã Tân Uyên ,48.75,33.25,82.00,,82.00,B,2
        """;
    PublishedTable t = PublishedTableCsv.read(new StringReader(csv), "bd.csv");
    assertThat(t.title()).isEqualTo("Bình Dương 2017, districts");
    assertThat(t.source()).contains("provincial-sets.md 3.2");
    assertThat(t.rows()).hasSize(2);
    PublishedRow tdm = t.rows().get(0);
    assertThat(tdm.unit()).isEqualTo("TDM");
    assertThat(tdm.parts()).containsOnlyKeys("I", "II");
    assertThat(tdm.parts().get("I")).isEqualByComparingTo("51.75");
    assertThat(tdm.points().orElseThrow()).isEqualByComparingTo("84.58");
    assertThat(tdm.index().orElseThrow()).isEqualByComparingTo("84.58");
    assertThat(tdm.grade()).isEmpty();
    assertThat(tdm.rank().getAsInt()).isEqualTo(1);
    assertThat(tdm.location()).contains("bd.csv, row 4");
    PublishedRow tu = t.rows().get(1);
    assertThat(tu.name()).contains("Thị xã Tân Uyên");
    assertThat(tu.maximum()).isEmpty();
    assertThat(tu.grade()).contains("B");
    // the scale as written is kept
    assertThat(tu.points().orElseThrow().toPlainString()).isEqualTo("82.00");
  }

  @Test
  void reportsEveryBadCellWithRowAndColumn() {
    String csv = """
        unit,points,index,rank,colour
        A,"85,78",85.78,1,red
        B,8x.1,90,0,blue
        ,1,1,1,
        """;
    assertThatThrownBy(() -> PublishedTableCsv.read(new StringReader(csv), "bad.csv"))
        .isInstanceOf(ParIndexException.class)
        .hasMessageContaining("bad.csv, row 1, column 5: unknown column \"colour\"")
        .hasMessageContaining("bad.csv, row 2, column points: \"85,78\" uses a decimal comma; write it with a dot, e.g. 85.78")
        .hasMessageContaining("bad.csv, row 3, column points: \"8x.1\" is not a decimal")
        .hasMessageContaining("bad.csv, row 3, column rank: \"0\" is not a rank")
        .hasMessageContaining("bad.csv, row 4, column unit: empty")
        .hasMessageContaining("5 problems");
  }
}
