package io.github.parindex.rules.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.parindex.method.Answer;
import io.github.parindex.method.Band;
import io.github.parindex.method.CountTimesPoints;
import io.github.parindex.method.Level;
import io.github.parindex.method.Methods;
import io.github.parindex.method.ScoringMethod;
import io.github.parindex.model.ParIndexException;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Scoring texts in the phrasings of the decisions' tables, each read into a method checked by hand.
 *
 * <p>Sources of the phrasings. The leaf-level annex tables of 876/QĐ-BNV, 892/QĐ-BNV and of the provincial
 * decisions could not be obtained in full (docs/reference/README.md, "The facts that shape the design";
 * docs/reference/provincial-sets.md, preamble), so the texts below are the phrasings those documents are reported
 * to use, as quoted in docs/reference and in issue 6: the band text "100%: 1 điểm; từ 80% đến dưới 100%: 0,5 điểm;
 * dưới 80%: 0 điểm" (docs/reference/README.md; par-index-national.md §"What could not be read", the thuvienphapluat /
 * luatvietnam table wording "100% … 1 điểm; từ 80% đến dưới 100% … 0,5 điểm"), the rule kinds listed in
 * provincial-sets.md §5 (yes/no, percentage steps "100% → max, 80–<100% → part, < 80% → 0", max × rate, count ×
 * points with a cap, graded quality 100/75/50% of the Phú Thọ sheet "IV. Điểm cộng … 4.1 nhiệm vụ đột xuất, 2
 * points"), the deduction for late tasks of Nghị định 335 (provincial-sets.md, table of variations), SIPAS
 * converted as SIPAS% / 100 × max (README.md; sipas.md), and the phrasings issue 6 lists from the decisions
 * ("Có: 1 điểm; Không: 0 điểm", "Thực hiện tốt: 2,5 điểm; …", "Ban hành đúng thời hạn: 1 điểm; chậm: 0,5 điểm;
 * không ban hành: 0 điểm", "mỗi văn bản chậm trừ 0,25 điểm", …). The criterion wording around them (e.g. "TTHC
 * được công bố") is the wording of the criteria named in those documents.
 */
class ScoringTextParserTest {

  private static final BigDecimal ONE = new BigDecimal("1");
  private static final BigDecimal TWO = new BigDecimal("2");

  private static ScoringMethod parse(String text, String max) {
    return ScoringTextParser.parse(text, new BigDecimal(max));
  }

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  @Nested
  class RealPhrasings {

    @Test
    void bandsOfTheReferenceTable() {
      // docs/reference/README.md: "100%: 1 điểm; từ 80% đến dưới 100%: 0,5 điểm; dưới 80%: 0 điểm"
      // -> [100,100] 1; [80,100) 0.5; [0,80) 0
      assertThat(parse("100%: 1 điểm; từ 80% đến dưới 100%: 0,5 điểm; dưới 80%: 0 điểm", "1"))
          .isEqualTo(Methods.percentBands(
              Band.exactly("100", "1"), Band.between("80", "100", "0.5"), Band.below("80", "0")));
    }

    @Test
    void bandsWithTheCriterionWordingInside() {
      // par-index-national.md: "100% … 1 điểm; từ 80% đến dưới 100% … 0,5 điểm", with the criterion's words.
      assertThat(parse("100% TTHC được công bố, công khai đầy đủ, đúng quy định: 1 điểm; "
          + "Từ 80% đến dưới 100% TTHC được công bố, công khai: 0,5 điểm; Dưới 80%: 0 điểm", "1"))
          .isEqualTo(Methods.percentBands(
              Band.exactly("100", "1"), Band.between("80", "100", "0.5"), Band.below("80", "0")));
    }

    @Test
    void yesNo() {
      // issue 6: "Có: 1 điểm; Không: 0 điểm" -> yes 1, no 0
      assertThat(parse("Có: 1 điểm; Không: 0 điểm", "1")).isEqualTo(Methods.yesNo("1", "0"));
    }

    @Test
    void gradedLevels() {
      // issue 6: four levels, best first, labels kept as written.
      assertThat(parse("Thực hiện tốt: 2,5 điểm; Có thực hiện đầy đủ: 2,0 điểm; Thực hiện chưa đầy đủ: 1,0 điểm; "
          + "Không thực hiện: 0 điểm", "2.5"))
          .isEqualTo(Methods.levels(Level.of("Thực hiện tốt", "2.5"), Level.of("Có thực hiện đầy đủ", "2.0"),
              Level.of("Thực hiện chưa đầy đủ", "1.0"), Level.of("Không thực hiện", "0")));
    }

    @Test
    void deadline() {
      // issue 6: "Ban hành đúng thời hạn: 1 điểm; chậm: 0,5 điểm; không ban hành: 0 điểm" -> 1 / 0.5 / 0
      assertThat(parse("Ban hành đúng thời hạn: 1 điểm; chậm: 0,5 điểm; không ban hành: 0 điểm", "1"))
          .isEqualTo(Methods.deadline("1", "0.5", "0"));
    }

    @Test
    void deductionPerLateDocument() {
      // issue 6 / Nghị định 335 (late tasks): "mỗi văn bản chậm trừ 0,25 điểm" -> 0.25 per event, floor 0
      assertThat(parse("Mỗi văn bản chậm trừ 0,25 điểm", "1")).isEqualTo(Methods.deductionPerEvent("0.25", "0"));
    }

    @Test
    void deductionWithAMaximumDeduction() {
      // "mỗi ... trừ 0,5 điểm, tối đa 1,5 điểm" on a 2-point leaf: at most 1.5 deducted -> floor 2 - 1.5 = 0.5
      assertThat(parse("Mỗi nhiệm vụ không hoàn thành đúng hạn trừ 0,5 điểm, tối đa 1,5 điểm", "2"))
          .isEqualTo(Methods.deductionPerEvent("0.5", "0.5"));
    }

    @Test
    void countTimesPointsWithCap() {
      // issue 6: "mỗi ... được 0,25 điểm, tối đa 1 điểm" -> 0.25 per item, cap 1
      assertThat(parse("Mỗi sáng kiến, giải pháp được công nhận được 0,25 điểm, tối đa 1 điểm", "1"))
          .isEqualTo(Methods.countTimesPoints("0.25", "1"));
    }

    @Test
    void proportional() {
      // issue 6 / provincial-sets.md §5 "linear ratio (max × rate)": "điểm = tỷ lệ % x điểm tối đa"
      assertThat(parse("Điểm = tỷ lệ % x điểm tối đa", "2")).isEqualTo(Methods.proportional());
    }

    @Test
    void proportionalInWords() {
      // "tính theo tỷ lệ", with the restated maximum "tối đa 1 điểm" (= the leaf's maximum, so nothing new)
      assertThat(parse("Tính điểm theo tỷ lệ TTHC giải quyết đúng hạn, tối đa 1 điểm", "1"))
          .isEqualTo(Methods.proportional());
    }

    @Test
    void sipasShare() {
      // README.md: SIPAS converts as SIPAS% / 100 x the criterion's maximum (10 points in 2021)
      assertThat(parse("Chỉ số SIPAS / 100 x điểm tối đa", "10")).isEqualTo(Methods.surveyShare());
    }

    @Test
    void sipasShareInWords() {
      // "Điểm = Chỉ số hài lòng của người dân, tổ chức (%) x điểm tối đa"
      ScoringMethod m = parse("Điểm đánh giá = Chỉ số hài lòng của người dân, tổ chức (%) × Điểm tối đa", "10");
      assertThat(m).isEqualTo(Methods.surveyShare());
      // par-index-national.md: Hà Tĩnh 2021 "SIPAS đạt 9,12 điểm, chiếm tỷ lệ 91,17%": 91.17 / 100 × 10 = 9.117
      assertThat(m.apply(Answer.percent("91.17"), d("10")).points()).isEqualByComparingTo("9.117");
    }

    @Test
    void atLeastBand() {
      // "từ 80% trở lên" -> [80,100]; "từ 50% đến dưới 80%" -> [50,80); "dưới 50%" -> [0,50)
      assertThat(parse("Từ 80% trở lên: 1 điểm; Từ 50% đến dưới 80%: 0,5 điểm; Dưới 50%: 0 điểm", "1"))
          .isEqualTo(Methods.percentBands(
              Band.atLeast("80", "1"), Band.between("50", "80", "0.5"), Band.below("50", "0")));
    }

    @Test
    void aboveBand() {
      // "trên 90%" -> (90,100]; "từ 70% đến 90%" -> [70,90]; "dưới 70%" -> [0,70)
      assertThat(parse("Trên 90%: 1 điểm; Từ 70% đến 90%: 0,5 điểm; Dưới 70%: 0 điểm", "1"))
          .isEqualTo(Methods.percentBands(Band.of("90", false, "100", true, "1"),
              Band.of("70", true, "90", true, "0.5"), Band.below("70", "0")));
    }

    @Test
    void reachedHundredAndMaximumAsPoints() {
      // "Đạt 100%: điểm tối đa" -> [100,100] gives the leaf's maximum (1,5); "Dưới 100%: 0 điểm"
      assertThat(parse("Đạt 100%: điểm tối đa; Dưới 100%: 0 điểm", "1.5"))
          .isEqualTo(Methods.percentBands(Band.exactly("100", "1.5"), Band.below("100", "0")));
    }

    @Test
    void passFail() {
      // issue 6: "Đạt: 1 điểm; Không đạt: 0 điểm" -> yes/no 1 / 0
      assertThat(parse("Đạt: 1 điểm; Không đạt: 0 điểm", "1")).isEqualTo(Methods.yesNo("1", "0"));
    }

    @Test
    void deadlineShortWords() {
      // issue 6: "Đúng hạn" / "Chậm" / "Không thực hiện" with the "đ" abbreviation: 0,5 / 0,25 / 0
      assertThat(parse("Đúng hạn: 0,5đ; Chậm: 0,25đ; Không thực hiện: 0đ", "0.5"))
          .isEqualTo(Methods.deadline("0.5", "0.25", "0"));
    }

    @Test
    void gradedQuality100_75_50() {
      // provincial-sets.md, Phú Thọ sheet "IV. Điểm cộng … 4.1 nhiệm vụ đột xuất, 2 points: 100/75/50%":
      // 100% of 2 = 2, 75% = 1.5, 50% = 1, written as levels.
      assertThat(parse("Hoàn thành xuất sắc: 2 điểm; Hoàn thành tốt: 1,5 điểm; Hoàn thành: 1 điểm; "
          + "Không hoàn thành: 0 điểm", "2"))
          .isEqualTo(Methods.levels(Level.of("Hoàn thành xuất sắc", "2"), Level.of("Hoàn thành tốt", "1.5"),
              Level.of("Hoàn thành", "1"), Level.of("Không hoàn thành", "0")));
    }

    @Test
    void planCompletionBands() {
      // "Hoàn thành 100% kế hoạch: 2 điểm; từ 80% đến dưới 100%: 1 điểm; dưới 80%: 0 điểm"
      assertThat(parse("Hoàn thành 100% kế hoạch: 2 điểm; Hoàn thành từ 80% đến dưới 100% kế hoạch: 1 điểm; "
          + "Hoàn thành dưới 80% kế hoạch: 0 điểm", "2"))
          .isEqualTo(Methods.percentBands(
              Band.exactly("100", "2"), Band.between("80", "100", "1"), Band.below("80", "0")));
    }

    @Test
    void yesNoWithWordsAfterTheKeyword() {
      // "Có ban hành kế hoạch CCHC năm: 0,5 điểm; Không ban hành: 0 điểm" -> yes 0.5, no 0
      assertThat(parse("Có ban hành kế hoạch CCHC năm: 0,5 điểm; Không ban hành: 0 điểm", "0.5"))
          .isEqualTo(Methods.yesNo("0.5", "0"));
    }

    @Test
    void fullMarksThenDeduction() {
      // "Ban hành đầy đủ, đúng hạn: 1 điểm; mỗi văn bản chậm trừ 0,25 điểm" on a 1-point leaf:
      // 1 is the full mark (the maximum), then 0.25 per late document, floor 0.
      assertThat(parse("Ban hành đầy đủ, đúng hạn: 1 điểm; mỗi văn bản ban hành chậm trừ 0,25 điểm", "1"))
          .isEqualTo(Methods.deductionPerEvent("0.25", "0"));
    }

    @Test
    void lateShareBandsFallingWithThePercentage() {
      // A share of late files: lower is better. "0%: 1 điểm; từ 0% ... " would not be a band; the decisions
      // write "Không có hồ sơ trễ hạn" as 0%. -> [0,0] 1; (0,5) 0.5; [5,100] 0
      assertThat(parse("0% hồ sơ trễ hạn: 1 điểm; trên 0% đến dưới 5%: 0,5 điểm; từ 5% trở lên: 0 điểm", "1"))
          .isEqualTo(Methods.percentBands(Band.exactly("0", "1"), Band.of("0", false, "5", false, "0.5"),
              Band.atLeast("5", "0")));
    }

    @Test
    void countPerItemWithSlash() {
      // "0,5 điểm/đề tài, tối đa 1 điểm" -> 0.5 per item, cap 1
      assertThat(parse("0,5 điểm/đề tài, tối đa 1 điểm", "1")).isEqualTo(Methods.countTimesPoints("0.5", "1"));
    }

    @Test
    void bulletedLinesInOneCell() {
      // A cell copied from the decision with line breaks and dashes.
      assertThat(parse("- 100%: 1 điểm\n- Từ 80% đến dưới 100%: 0,5 điểm\n- Dưới 80%: 0 điểm", "1"))
          .isEqualTo(Methods.percentBands(
              Band.exactly("100", "1"), Band.between("80", "100", "0.5"), Band.below("80", "0")));
    }

    @Test
    void decimalPointAndPeriodSeparators() {
      // Sentences ended with periods; a decimal point instead of a comma.
      assertThat(parse("Có thực hiện: 0.5 điểm. Không thực hiện: 0 điểm.", "0.5"))
          .isEqualTo(Methods.yesNo("0.5", "0"));
    }
  }

  @Nested
  class Variants {

    @Test
    void nfdTextReadsLikeNfc() {
      String nfd = Normalizer.normalize("Từ 80% trở lên: 1 điểm; Dưới 80%: 0 điểm", Normalizer.Form.NFD);
      assertThat(parse(nfd, "1"))
          .isEqualTo(Methods.percentBands(Band.atLeast("80", "1"), Band.below("80", "0")));
    }

    @Test
    void nfdLevelLabelsComeOutNfc() {
      String nfd = Normalizer.normalize("Thực hiện tốt: 1 điểm; Chưa tốt: 0 điểm", Normalizer.Form.NFD);
      assertThat(parse(nfd, "1")).isEqualTo(
          Methods.levels(Level.of("Thực hiện tốt", "1"), Level.of("Chưa tốt", "0")));
    }

    @Test
    void extraSpacesAndNoBreakSpaces() {
      assertThat(parse("  Có :  1   điểm ;\u00A0Không:\u00A00\u00A0điểm  ", "1")).isEqualTo(Methods.yesNo("1", "0"));
    }

    @Test
    void reversedYesNo() {
      assertThat(parse("Không: 0 điểm; Có: 0,75 điểm", "1")).isEqualTo(Methods.yesNo("0.75", "0"));
    }

    @Test
    void levelsListedWorstFirstAreOrderedBestFirst() {
      assertThat(parse("Kém: 0 điểm; Trung bình: 0,5 điểm; Tốt: 1 điểm", "1")).isEqualTo(
          Methods.levels(Level.of("Tốt", "1"), Level.of("Trung bình", "0.5"), Level.of("Kém", "0")));
    }

    @Test
    void upToBandAndPointsInParentheses() {
      // "từ 50% trở xuống" -> [0,50]; "trên 50%" -> (50,100]
      assertThat(parse("Trên 50% (1 điểm); Từ 50% trở xuống (0 điểm)", "1")).isEqualTo(
          Methods.percentBands(Band.of("50", false, "100", true, "1"), Band.of("0", true, "50", true, "0")));
    }

    @Test
    void deductionWithAFloorAndAStatedMaximum() {
      assertThat(parse("Tối đa 2 điểm; mỗi lần bị nhắc nhở trừ 0,5 điểm, tối thiểu 0,5 điểm", "2"))
          .isEqualTo(Methods.deductionPerEvent("0.5", "0.5"));
    }

    @Test
    void deductionPerSlash() {
      assertThat(parse("Trừ 0,25 điểm/văn bản chậm, trừ tối đa 1 điểm", "1"))
          .isEqualTo(Methods.deductionPerEvent("0.25", "0"));
    }

    @Test
    void countWithoutCap() {
      assertThat(parse("Mỗi mô hình mới được 0,5 điểm", "1"))
          .isEqualTo(new CountTimesPoints(d("0.5"), Optional.empty()));
    }

    @Test
    void symbolsAndClosedRanges() {
      // "≥ 80%" -> [80,100]; "từ 50% đến 80%" is closed at 80 only if "80%" is not in the band above:
      // here "≥ 80%" holds 80, so the middle band is written "từ 50% đến dưới 80%" -> [50,80); "< 50%" -> [0,50)
      assertThat(parse("≥ 80%: 1 điểm; từ 50% đến dưới 80%: 0,5 điểm; < 50%: 0 điểm", "1")).isEqualTo(
          Methods.percentBands(Band.atLeast("80", "1"), Band.between("50", "80", "0.5"), Band.below("50", "0")));
    }

    @Test
    void rangeWithADashAndFullMarks() {
      // "Từ 80% - dưới 100%" -> [80,100); "100%: đủ điểm" -> the maximum 2
      assertThat(parse("100%: đủ điểm; Từ 80% - dưới 100%: 1 điểm; Dưới 80%: 0 điểm", "2")).isEqualTo(
          Methods.percentBands(Band.exactly("100", "2"), Band.between("80", "100", "1"), Band.below("80", "0")));
    }

    @Test
    void introWordsAndLetteredItems() {
      assertThat(parse("Cách tính điểm:\na) Có: 1 điểm;\nb) Không: 0 điểm.", "1")).isEqualTo(Methods.yesNo("1", "0"));
    }

    @Test
    void timelyAndOnSchedule() {
      // "kịp thời" / "không kịp thời" / "không ban hành" -> deadline 1 / 0.5 / 0
      assertThat(parse("Ban hành kịp thời: 1 điểm; Ban hành không kịp thời: 0,5 điểm; Không ban hành: 0 điểm", "1"))
          .isEqualTo(Methods.deadline("1", "0.5", "0"));
      // "đúng tiến độ" / "chậm tiến độ" / "không hoàn thành" -> deadline 2 / 1 / 0
      assertThat(parse("Hoàn thành đúng tiến độ: 2 điểm; Hoàn thành nhưng chậm tiến độ: 1 điểm; "
          + "Không hoàn thành: 0 điểm", "2")).isEqualTo(Methods.deadline("2", "1", "0"));
    }

    @Test
    void aCaseAndItsNegationAreYesNo() {
      assertThat(parse("Thực hiện: 1 điểm; Không thực hiện: 0 điểm", "1")).isEqualTo(Methods.yesNo("1", "0"));
      assertThat(parse("Chưa ban hành: 0 điểm; Ban hành: 0,5 điểm", "0.5")).isEqualTo(Methods.yesNo("0.5", "0"));
    }

    @Test
    void pointsWithoutTheWordDiem() {
      assertThat(parse("Có: 1; Không: 0", "1")).isEqualTo(Methods.yesNo("1", "0"));
    }

    @Test
    void deductionForEachWithCapInParentheses() {
      // "trừ 0,5 điểm cho mỗi ..." with "(tối đa không quá 2 điểm)" on a 2-point leaf: floor 2 - 2 = 0
      assertThat(parse("Trừ 0,5 điểm cho mỗi văn bản chậm (tối đa không quá 2 điểm)", "2"))
          .isEqualTo(Methods.deductionPerEvent("0.5", "0"));
    }

    @Test
    void deductionAfterIntroducingWords() {
      assertThat(parse("Đối với văn bản chậm: mỗi văn bản trừ 0,25 điểm", "1"))
          .isEqualTo(Methods.deductionPerEvent("0.25", "0"));
    }

    @Test
    void countWithPointsFirst() {
      assertThat(parse("Được 0,25 điểm cho mỗi sáng kiến được công nhận, tối đa 1 điểm", "1"))
          .isEqualTo(Methods.countTimesPoints("0.25", "1"));
    }

    @Test
    void ratioTimesMaximum() {
      assertThat(parse("Điểm = (Số TTHC giải quyết đúng hạn / Tổng số TTHC tiếp nhận) x điểm tối đa", "2"))
          .isEqualTo(Methods.proportional());
      assertThat(parse("Điểm tối đa x (số văn bản ban hành đúng hạn / tổng số văn bản phải ban hành)", "1"))
          .isEqualTo(Methods.proportional());
    }

    @Test
    void abbreviatedPointsInBands() {
      assertThat(parse("100%: 1đ; từ 50% đến dưới 100%: 0,5đ; dưới 50%: 0đ", "1")).isEqualTo(
          Methods.percentBands(Band.exactly("100", "1"), Band.between("50", "100", "0.5"), Band.below("50", "0")));
    }
  }

  @Nested
  class Canonical {

    @Test
    void canonicalTextsReadBack() {
      BigDecimal two = d("2");
      for (ScoringMethod m : new ScoringMethod[] {
          Methods.percentBands(Band.exactly("100", "2"), Band.between("80", "100", "1.0"), Band.below("80", "0")),
          Methods.percentBands(Band.of("90", false, "100", true, "2"), Band.of("0.0", true, "90", true, "0")),
          Methods.yesNo("2", "0"), Methods.deadline("2", "1", "0"), Methods.deductionPerEvent("0.50", "0.0"),
          Methods.countTimesPoints("0.25"), Methods.countTimesPoints("0.25", "1.5"), Methods.proportional(),
          Methods.surveyShare(), Methods.levels(Level.of("Tốt", "2"), Level.of("Khá", "1"), Level.of("Kém", "0"))}) {
        Optional<String> text = ScoringTextParser.canonicalText(m, two);
        assertThat(text).as("canonical text of %s", m).isPresent();
        assertThat(ScoringTextParser.parse(text.get(), two)).isEqualTo(m);
      }
    }

    @Test
    void yesNoText() {
      assertThat(ScoringTextParser.canonicalText(Methods.yesNo("1", "0"), ONE)).contains("Có: 1 điểm; Không: 0 điểm");
    }

    @Test
    void levelsThatWouldReadAsYesNoHaveNoCanonicalText() {
      assertThat(ScoringTextParser.canonicalText(
          Methods.levels(Level.of("Có", "1"), Level.of("Không", "0")), ONE)).isEmpty();
      assertThat(ScoringTextParser.canonicalText(Methods.directPoints(), ONE)).isEmpty();
    }
  }

  @Nested
  class Malformed {

    private String problemOf(String text, String max) {
      try {
        parse(text, max);
      } catch (ParIndexException e) {
        assertThat(e.problems()).isNotEmpty();
        return e.getMessage();
      }
      throw new AssertionError("no error for " + text);
    }

    @Test
    void unreadFragmentIsQuoted() {
      assertThat(problemOf("Có: 1 điểm; tùy mức độ do Hội đồng quyết định", "1"))
          .contains("could not read \"tùy mức độ do Hội đồng quyết định\"");
    }

    @Test
    void bandsWithAGap() {
      // 80..90 is covered by nothing.
      assertThat(problemOf("từ 90% trở lên: 1 điểm; dưới 80%: 0 điểm", "1"))
          .contains("percent-bands").contains("gap");
    }

    @Test
    void bandMixedWithACaseWithoutPercentageIsReadAsLevels() {
      // One percentage beside a plain case: not bands (nothing says what 50% scores), but the cases as written.
      assertThat(ScoringTextParser.parse("100%: 1 điểm; Không thực hiện: 0 điểm", ONE))
          .isEqualTo(Methods.levels(Level.of("100%", "1"), Level.of("Không thực hiện", "0")));
    }

    @Test
    void pointsAboveTheMaximum() {
      assertThat(problemOf("Có: 2 điểm; Không: 0 điểm", "1")).contains("yes gives 2 points, outside 0..1");
    }

    @Test
    void oneCaseOnly() {
      assertThat(problemOf("Có: 1 điểm", "1")).contains("only one case");
    }

    @Test
    void noPointsAtAll() {
      assertThat(problemOf("Chấm theo thực tế", "1")).contains("could not read \"Chấm theo thực tế\"");
    }

    @Test
    void empty() {
      assertThat(problemOf("   ", "1")).contains("empty");
    }

    @Test
    void deductionCapAboveMaximum() {
      assertThat(problemOf("Mỗi văn bản chậm trừ 0,5 điểm, tối đa 3 điểm", "2")).contains("more than the maximum 2");
    }

    @Test
    void wordsAfterADeduction() {
      assertThat(problemOf("Mỗi văn bản chậm trừ 0,5 điểm, nếu có lý do chính đáng thì không trừ", "2"))
          .contains("could not read \"nếu có lý do chính đáng thì không trừ\"");
    }

    @Test
    void twoPercentagesInOneCase() {
      assertThat(problemOf("100% hoặc 90%: 1 điểm; dưới 90%: 0 điểm", "1")).contains("more than one percentage");
    }

    @Test
    void formulaWithOtherPoints() {
      assertThat(problemOf("Điểm = tỷ lệ % x điểm tối đa; thưởng 0,5 điểm", "2")).contains("\"0,5 điểm\"");
    }

    @Test
    void formulaWithAThreshold() {
      // "dưới 50% không tính điểm" is read with the formula, not dropped: 2 × 80% = 1.6; 49.99% → 0; 50% → 1.
      ScoringMethod m = ScoringTextParser.parse("Điểm = tỷ lệ % x điểm tối đa; dưới 50% không tính điểm", TWO);
      assertThat(m).isEqualTo(new io.github.parindex.method.ProportionalThreshold(new BigDecimal("50")));
      assertThat(m.apply(Answer.percent("80"), TWO).points()).isEqualByComparingTo("1.6");
      assertThat(m.apply(Answer.percent("49.99"), TWO).points()).isEqualByComparingTo("0");
      assertThat(m.apply(Answer.percent("50"), TWO).points()).isEqualByComparingTo("1");
    }

    @Test
    void formulaWithAThresholdThatDisagrees() {
      assertThat(problemOf("Từ 50% trở lên: điểm = tỷ lệ % x điểm tối đa; dưới 40%: 0 điểm", "2"))
          .contains("threshold is 50%").contains("40%");
    }

    @Test
    void duplicateCase() {
      assertThat(problemOf("Tốt: 1 điểm; tốt: 0,5 điểm", "1")).contains("given twice");
    }

    @Test
    void nullArgumentsAreRejected() {
      assertThatThrownBy(() -> ScoringTextParser.parse(null, ONE)).isInstanceOf(NullPointerException.class);
    }
  }

  /** Long and hostile texts: rejected by length, and texts within the limit are read in about linear time. */
  @Nested
  class Hostile {
    /** Only a guard against a hang: each text below is read in milliseconds. */
    private final Duration guard = Duration.ofSeconds(2);

    private String problemOf(String text) {
      ParIndexException e = org.junit.jupiter.api.Assertions.assertThrows(ParIndexException.class,
          () -> ScoringTextParser.parse(text, ONE));
      assertThat(e.problems()).hasSize(1);
      return e.getMessage() + " / " + e.problems().get(0).message();
    }

    @Test
    void aHundredThousandDigitsAreRejectedByLength() {
      String text = "1".repeat(100_000);
      String problem = assertTimeoutPreemptively(guard, () -> problemOf(text));
      assertThat(problem).contains("the scoring text is 100000 characters long, more than the limit of 2000")
          // the message quotes only the beginning of the text
          .contains("\"" + "1".repeat(80) + "…\"").doesNotContain("1".repeat(81));
    }

    @Test
    void aHundredThousandCharactersOfRateWordsAreRejectedByLength() {
      String text = "tỷ lệ ".repeat(100_000 / 6);
      assertThat(assertTimeoutPreemptively(guard, () -> problemOf(text)))
          .contains("the scoring text is 99995 characters long, more than the limit of 2000");
    }

    @Test
    void theLimitIsTwoThousandCharactersAfterNormalisation() {
      assertThat(ScoringTextParser.MAX_LENGTH).isEqualTo(2000);
      // 1,996 spaces collapse to one: "Có:" + " " + "1 điểm; Không: 0 điểm" is short once normalised
      String padded = "Có:" + " ".repeat(1996) + "1 điểm; Không: 0 điểm";
      assertThat(ScoringTextParser.parse(padded, ONE)).isEqualTo(Methods.yesNo("1", "0"));
      // 2,001 characters after normalisation: rejected even though the words would read
      String tooLong = "Có: 1 điểm; Không: 0 điểm" + ".".repeat(2001 - 25);
      assertThat(tooLong).hasSize(2001);
      assertThat(problemOf(tooLong)).contains("2001 characters long");
    }

    /**
     * Texts just under the limit made of the words that made reading slow (a run of digits; "tỷ lệ", "mỗi", "/"
     * repeated: each scanned the rest of the text from every position, about n² steps): each is an ordinary
     * "cannot read" error, well within the guard.
     */
    @Test
    void repeatedWordsJustUnderTheLimitAreReadQuickly() {
      for (String unit : new String[] {"1", "tỷ lệ ", "mỗi ", "/", "mỗi văn bản ", "1 điểm tỷ lệ ", "Có mỗi ",
          ":", "1 điểm x"}) {
        String text = unit.repeat(1990 / unit.length());
        assertThat(assertTimeoutPreemptively(guard, () -> problemOf(text))).as(unit)
            .startsWith("cannot read the scoring text").doesNotContain("characters long");
      }
    }
  }
}
