package io.github.parindex.sipas.io;

import io.github.parindex.model.ParIndexException;
import io.github.parindex.model.Problem;
import io.github.parindex.sipas.Questionnaire;
import io.github.parindex.sipas.SipasMethod;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The SIPAS questionnaire designs of the Ministry of Home Affairs (Bộ Nội vụ) as data, with what is confirmed and
 * what is not. The designs are bundled data files ({@link QuestionnaireJson}, format
 * {@code par-index/sipas-questionnaire@1}) listed in the resource index
 * {@code io/github/parindex/sipas/io/questionnaires/index.json}: adding a design is its file and an index entry,
 * no Java; each file carries its provenance and its declared default method. The full official texts could not be read beyond their first screen, so item wording and options are
 * marked item by item: {@code INFERRED} where recalled or inferred from reported indicators, {@code INCOMPLETE} or
 * {@code ILLUSTRATIVE} where the official content is not public.
 *
 * <pre>{@code
 * Questionnaire q = SipasQuestionnaires.qd2640();          // 2017–2020: 5 elements, 22 criteria
 * SipasMethod m = SipasQuestionnaires.defaultMethod(q);     // mean of the 5 element indices (recalled)
 * SipasQuestionnaires.forYear(2024);                        // Optional[QĐ 1001 design]
 * }</pre>
 *
 * @since 0.1.0
 */
public final class SipasQuestionnaires {
  private SipasQuestionnaires() {}

  /** Id of the 2017–2020 design. */
  public static final String QD_2640 = "vn-bnv-2640-2017";
  /** Id of the 2023–2026 design. */
  public static final String QD_1001 = "vn-bnv-1001-2023";

  /** The folder of the bundled designs and of their index, as a class-path resource path. */
  static final String FOLDER = "/io/github/parindex/sipas/io/questionnaires/";

  private static final class Holder {
    static final Map<String, QuestionnaireJson.Design> DESIGNS = load();
  }

  /** Every design of the index, by id, in index order. */
  private static Map<String, QuestionnaireJson.Design> load() {
    Map<String, QuestionnaireJson.Design> out = new LinkedHashMap<>();
    for (String file : index()) {
      QuestionnaireJson.Design d = QuestionnaireJson.read(resource(file), file);
      if (out.putIfAbsent(d.questionnaire().id(), d) != null) {
        throw broken("questionnaire id " + d.questionnaire().id() + " is bundled twice (" + file + ")");
      }
    }
    return java.util.Collections.unmodifiableMap(out);
  }

  /** The file names listed in the index, strictly read ({@code par-index/sipas-questionnaire-index@1}). */
  static List<String> index() {
    com.fasterxml.jackson.databind.JsonNode root;
    try (Reader r = resource("index.json")) {
      root = new com.fasterxml.jackson.databind.ObjectMapper()
          .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
          .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(r);
    } catch (IOException e) {
      throw broken("index.json cannot be read: " + e.getMessage());
    }
    List<String> names = new ArrayList<>();
    root.fieldNames().forEachRemaining(names::add);
    if (!names.equals(List.of("format", "questionnaires"))
        || !"par-index/sipas-questionnaire-index@1".equals(root.get("format").asText())
        || !root.get("questionnaires").isArray()) {
      throw broken("index.json must hold exactly \"format\": \"par-index/sipas-questionnaire-index@1\" and"
          + " \"questionnaires\": [file names]");
    }
    List<String> files = new ArrayList<>();
    root.get("questionnaires").forEach(n -> files.add(n.asText()));
    return List.copyOf(files);
  }

  private static Reader resource(String file) {
    InputStream in = SipasQuestionnaires.class.getResourceAsStream(FOLDER + file);
    if (in == null) {
      throw broken(file + " is listed but not bundled");
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }

  private static ParIndexException broken(String message) {
    return new ParIndexException("the bundled SIPAS questionnaires are broken",
        List.of(Problem.general(FOLDER + ": " + message)));
  }

  private static Questionnaire get(String id) {
    return Holder.DESIGNS.get(id).questionnaire();
  }

  /**
   * The 2017–2020 design (QĐ 2640/QĐ-BNV): 5 elements, 22 criteria, judgement and expectation indicators.
   *
   * @return the design
   */
  public static Questionnaire qd2640() {
    return get(QD_2640);
  }

  /**
   * The 2023–2026 design (QĐ 1001/QĐ-BNV): judgement criteria, satisfaction with public policy and with
   * administrative services (per element: content items where known, and an overall item), needs and expectations.
   *
   * @return the design
   */
  public static Questionnaire qd1001() {
    return get(QD_1001);
  }

  /**
   * Every bundled design, in index order (oldest first).
   *
   * @return the designs
   */
  public static List<Questionnaire> all() {
    return Holder.DESIGNS.values().stream().map(QuestionnaireJson.Design::questionnaire).toList();
  }

  /**
   * The design that applies to survey year {@code year}, if one is known (none for 2021 and 2022).
   *
   * @param year the survey year
   * @return the design, if any
   */
  public static Optional<Questionnaire> forYear(int year) {
    return all().stream().filter(q -> q.years().contains(year)).findFirst();
  }

  /**
   * The declared default method for a design, as its data file declares it. 2017–2020:
   * {@link SipasMethod#meanOfElements()} (recalled rule). 2023–2026: element = its overall item, aspect = mean of its
   * elements, SIPAS = mean of the two satisfaction aspects; INFERRED, and known not to reproduce the published
   * national figures exactly (sipas.md §2.3). Any other questionnaire: {@link SipasMethod#meanOfElements()}.
   *
   * @param q a design
   * @return its default method
   */
  public static SipasMethod defaultMethod(Questionnaire q) {
    QuestionnaireJson.Design d = Holder.DESIGNS.get(q.id());
    return d == null ? SipasMethod.meanOfElements() : d.defaultMethod();
  }
}
