package io.github.parindex.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.parindex.engine.Scorecard;
import io.github.parindex.sipas.io.ReadReport;
import io.github.parindex.sipas.io.SipasQuestionnaires;
import io.github.parindex.sipas.io.SurveyCsvReader;
import io.github.parindex.sipas.SipasMethod;
import io.github.parindex.sipas.SurveyAccumulator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The SYNTHETIC survey generator and the SIPAS → PAR example. */
class SipasExampleTest {

  static String csv(long seed, int n) {
    StringWriter w = new StringWriter();
    SyntheticSurvey.of(SipasQuestionnaires.qd2640(), "TG", "Tiền Giang", seed).writeCsv(n, w);
    return w.toString();
  }

  @Test
  void sameSeedSameRowsOtherSeedOtherRows() {
    assertThat(csv(7, 50)).isEqualTo(csv(7, 50));
    assertThat(csv(7, 50)).isNotEqualTo(csv(8, 50));
    assertThat(csv(7, 50).lines().count()).isEqualTo(51);
  }

  @Test
  void generatedCsvReadsCleanAndMatchesDirectGeneration() {
    var q = SipasQuestionnaires.qd2640();
    SyntheticSurvey gen = SyntheticSurvey.of(q, "TG", "Tiền Giang", 3);
    SurveyAccumulator viaCsv = new SurveyAccumulator(q, gen.frame(), SipasMethod.meanOfElements());
    ReadReport r = SurveyCsvReader.of(q, gen.frame()).read(new StringReader(csv(3, 400)), "s.csv", viaCsv);
    assertThat(r.isClean()).isTrue();
    assertThat(r.rowsAccepted()).isEqualTo(400);
    SurveyAccumulator direct = new SurveyAccumulator(q, gen.frame(), SipasMethod.meanOfElements());
    gen.generate(400, direct);
    assertThat(viaCsv.result().unit("TG").overall().exactPercent())
        .isEqualTo(direct.result().unit("TG").overall().exactPercent());
  }

  @Test
  void exampleFeedsTheSipasIntoTheScorecard() {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    Scorecard card = SipasToScorecard.run(new PrintStream(buf, true, StandardCharsets.UTF_8));
    String text = buf.toString(StandardCharsets.UTF_8);
    assertThat(text).contains("SYNTHETIC DATA").contains("580 rows read, 580 accepted, 0 rejected");
    // leaf 8.1 = SIPAS% / 100 × 10, rounded 2 decimals half up (the sample rule set's policy)
    String basis = card.node("8.1").orElseThrow().explanation().orElseThrow().basis();
    BigDecimal sipas = new BigDecimal(basis.replace("measured result ", "").replace("%", ""));
    assertThat(card.node("8.1").orElseThrow().points())
        .isEqualByComparingTo(sipas.multiply(BigDecimal.TEN).divide(BigDecimal.valueOf(100))
            .setScale(2, RoundingMode.HALF_UP));
    assertThat(text).contains("measured by = SIPAS 2017 Tiền Giang (SYNTHETIC answers");
  }
}
