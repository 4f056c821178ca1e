package io.github.parindex.sipas.io;

import io.github.parindex.model.Provenance;
import io.github.parindex.model.YearRange;
import io.github.parindex.sipas.Aspect;
import io.github.parindex.sipas.Element;
import io.github.parindex.sipas.Item;
import io.github.parindex.sipas.Questionnaire;
import io.github.parindex.sipas.SipasMethod;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A questionnaire design as the tree of maps and lists that {@link QuestionnaireJson#write} serialises: keys in the
 * fixed order of the format {@code par-index/sipas-questionnaire@1}, optional keys left out when absent. Internal.
 */
final class QuestionnaireTree {
  private QuestionnaireTree() {}

  /** The design as a tree, keys in the format's order. */
  static Map<String, Object> of(QuestionnaireJson.Design d) {
    Questionnaire q = d.questionnaire();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("format", QuestionnaireJson.FORMAT);
    m.put("id", q.id());
    m.put("version", q.version());
    m.put("title", q.title());
    m.put("legalBasis", q.legalBasis());
    m.put("years", years(q.years()));
    m.put("provenance", provenance(q.provenance()));
    m.put("aspects", q.aspects().stream().map(QuestionnaireTree::aspect).toList());
    q.overallItem().ifPresent(i -> m.put("overallItem", item(i)));
    m.put("defaultMethod", method(d.defaultMethod()));
    return m;
  }

  private static Map<String, Object> years(YearRange y) {
    Map<String, Object> years = new LinkedHashMap<>();
    years.put("first", y.firstYear());
    y.lastYear().ifPresent(last -> years.put("last", last));
    return years;
  }

  private static Map<String, Object> provenance(Provenance p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("status", p.status().name());
    m.put("note", p.note());
    p.source().ifPresent(s -> m.put("source", s));
    return m;
  }

  private static Map<String, Object> aspect(Aspect a) {
    return group(a.code(), a.name(), "elements", a.elements().stream().map(QuestionnaireTree::element).toList(),
        a.overallItem());
  }

  private static Map<String, Object> element(Element e) {
    return group(e.code(), e.name(), "items", e.items().stream().map(QuestionnaireTree::item).toList(),
        e.overallItem());
  }

  /** An aspect or an element: its code, name, parts and, when it has one, its overall item. */
  private static Map<String, Object> group(String code, String name, String partsKey, List<Map<String, Object>> parts,
      Optional<Item> overall) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("code", code);
    m.put("name", name);
    m.put(partsKey, parts);
    overall.ifPresent(i -> m.put("overallItem", item(i)));
    return m;
  }

  private static Map<String, Object> item(Item i) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("code", i.code());
    m.put("text", i.text());
    m.put("kind", i.kind().name());
    if (!i.options().isEmpty()) {
      m.put("options", i.options());
    }
    i.provenance().ifPresent(p -> m.put("provenance", provenance(p)));
    return m;
  }

  private static Map<String, Object> method(SipasMethod s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("validAnswers", s.validAnswers().name());
    m.put("element", s.element().name());
    m.put("aspect", s.aspect().name());
    m.put("overall", s.overall().name());
    m.put("weighting", s.weighting().name());
    m.put("rounding", s.rounding().name());
    m.put("expectationBase", s.expectationBase().name());
    m.put("provenance", provenance(s.provenance()));
    return m;
  }
}
