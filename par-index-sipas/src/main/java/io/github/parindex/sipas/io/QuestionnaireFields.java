package io.github.parindex.sipas.io;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.parindex.model.Problem;
import io.github.parindex.model.Problem.Location;
import io.github.parindex.model.Provenance;
import io.github.parindex.model.ProvenanceStatus;
import io.github.parindex.model.YearRange;
import io.github.parindex.sipas.AnswerKind;
import io.github.parindex.sipas.Aspect;
import io.github.parindex.sipas.Element;
import io.github.parindex.sipas.Item;
import io.github.parindex.sipas.Questionnaire;
import io.github.parindex.sipas.SipasMethod;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The strict walk over a questionnaire file's tree ({@link QuestionnaireJson#read}): every key known, none
 * {@code null}, every required key there, every value of its type; every problem collected with its JSON path.
 * Internal.
 */
final class QuestionnaireFields {
  private final String source;
  final List<Problem> problems = new ArrayList<>();

  QuestionnaireFields(String source) {
    this.source = source;
  }

  private void problem(String path, String message) {
    problems.add(Problem.error(Location.ofFile(source, 0, 0, path), message));
  }

  /** Checks the keys of an object: each known, none null; returns false (reported) if it is not an object. */
  private boolean object(JsonNode n, String path, List<String> required, List<String> optional) {
    if (n == null || !n.isObject()) {
      problem(path, "expected an object");
      return false;
    }
    n.fieldNames().forEachRemaining(k -> {
      if (!required.contains(k) && !optional.contains(k)) {
        List<String> known = new ArrayList<>(required);
        known.addAll(optional);
        problem(path + "." + k, "unknown key (known: " + String.join(", ", known) + ")");
      } else if (n.get(k).isNull()) {
        problem(path + "." + k, "key with no value (null); leave the key out instead");
      }
    });
    for (String k : required) {
      if (!n.has(k)) {
        problem(path + "." + k, "missing");
      }
    }
    return true;
  }

  private String text(JsonNode n, String key, String path) {
    JsonNode v = n.get(key);
    if (v == null || v.isNull()) {
      return "";
    }
    if (!v.isTextual() || v.asText().isBlank()) {
      problem(path + "." + key, "expected a non-empty string");
      return "";
    }
    return v.asText();
  }

  private int year(JsonNode n, String key, String path) {
    JsonNode v = n.get(key);
    if (v == null || v.isNull()) {
      return 0;
    }
    if (!v.isInt() || v.asInt() < 1900 || v.asInt() > 2999) {
      problem(path + "." + key, "expected a year such as 2017");
      return 0;
    }
    return v.asInt();
  }

  private <E extends Enum<E>> E word(JsonNode n, String key, String path, Class<E> type) {
    String t = text(n, key, path);
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(t)) {
        return e;
      }
    }
    if (!t.isEmpty()) {
      problem(path + "." + key, "\"" + t + "\" is not one of " + List.of(type.getEnumConstants()));
    }
    return null;
  }

  private List<JsonNode> array(JsonNode n, String key, String path) {
    JsonNode v = n.get(key);
    if (v == null || v.isNull()) {
      return List.of();
    }
    if (!v.isArray()) {
      problem(path + "." + key, "expected an array");
      return List.of();
    }
    List<JsonNode> out = new ArrayList<>();
    v.forEach(out::add);
    return out;
  }

  QuestionnaireJson.Design design(JsonNode root) {
    String path = "$";
    if (!object(root, path, List.of("format", "id", "version", "title", "legalBasis", "years", "provenance",
        "aspects", "defaultMethod"), List.of("overallItem"))) {
      return null;
    }
    String format = text(root, "format", path);
    if (!format.isEmpty() && !format.equals(QuestionnaireJson.FORMAT)) {
      problem("$.format", "\"" + format + "\" is not " + QuestionnaireJson.FORMAT);
    }
    YearRange years = years(root.get("years"), "$.years");
    Provenance prov = provenance(root.get("provenance"), "$.provenance");
    Questionnaire.Builder b = Questionnaire.builder().id(text(root, "id", path)).version(text(root, "version", path))
        .title(text(root, "title", path)).legalBasis(text(root, "legalBasis", path));
    List<JsonNode> aspects = array(root, "aspects", path);
    for (int i = 0; i < aspects.size(); i++) {
      Aspect a = aspect(aspects.get(i), "$.aspects[" + i + "]");
      if (a != null) {
        b.addAspect(a);
      }
    }
    Optional<Item> overall = optionalItem(root, path);
    SipasMethod method = method(root.get("defaultMethod"), "$.defaultMethod");
    if (!problems.isEmpty() || years == null || prov == null || method == null) {
      return null;
    }
    overall.ifPresent(b::overallItem);
    try {
      return new QuestionnaireJson.Design(b.years(years).provenance(prov).build(), method);
    } catch (IllegalArgumentException | NullPointerException e) {
      problem(path, e.getMessage());
      return null;
    }
  }

  private YearRange years(JsonNode n, String path) {
    if (!object(n, path, List.of("first"), List.of("last"))) {
      return null;
    }
    int first = year(n, "first", path);
    int last = year(n, "last", path);
    if (first == 0) {
      return null;
    }
    try {
      return n.has("last") ? YearRange.of(first, last) : YearRange.from(first);
    } catch (IllegalArgumentException e) {
      problem(path, e.getMessage());
      return null;
    }
  }

  private Provenance provenance(JsonNode n, String path) {
    if (!object(n, path, List.of("status", "note"), List.of("source"))) {
      return null;
    }
    ProvenanceStatus status = word(n, "status", path, ProvenanceStatus.class);
    String note = text(n, "note", path);
    if (status == null || note.isEmpty()) {
      return null;
    }
    return n.has("source") ? Provenance.of(status, note, text(n, "source", path)) : Provenance.of(status, note);
  }

  private Optional<Item> optionalItem(JsonNode n, String path) {
    return n.has("overallItem") ? Optional.ofNullable(item(n.get("overallItem"), path + ".overallItem"))
        : Optional.empty();
  }

  private Aspect aspect(JsonNode n, String path) {
    return group(n, path, "elements", this::element, Aspect::new);
  }

  private Element element(JsonNode n, String path) {
    return group(n, path, "items", this::item, Element::new);
  }

  /** Makes an aspect or an element from its checked parts; may refuse them with an IllegalArgumentException. */
  @FunctionalInterface
  private interface GroupMaker<P, G> {
    G make(String code, String name, List<P> parts, Optional<Item> overall);
  }

  /**
   * An aspect (of elements) or an element (of items): {@code code}, {@code name}, the list of parts under
   * {@code partsKey}, and an optional {@code overallItem}; null (with the problems recorded) if any is bad.
   */
  private <P, G> G group(JsonNode n, String path, String partsKey, BiFunction<JsonNode, String, P> part,
      GroupMaker<P, G> make) {
    if (!object(n, path, List.of("code", "name", partsKey), List.of("overallItem"))) {
      return null;
    }
    List<P> parts = new ArrayList<>();
    List<JsonNode> list = array(n, partsKey, path);
    for (int i = 0; i < list.size(); i++) {
      P p = part.apply(list.get(i), path + "." + partsKey + "[" + i + "]");
      if (p != null) {
        parts.add(p);
      }
    }
    Optional<Item> overall = optionalItem(n, path);
    String code = text(n, "code", path);
    String name = text(n, "name", path);
    if (code.isEmpty() || name.isEmpty() || parts.size() != list.size()) {
      return null;
    }
    try {
      return make.make(code, name, parts, overall);
    } catch (IllegalArgumentException e) {
      problem(path, e.getMessage());
      return null;
    }
  }

  private Item item(JsonNode n, String path) {
    if (!object(n, path, List.of("code", "text", "kind"), List.of("options", "provenance"))) {
      return null;
    }
    AnswerKind kind = word(n, "kind", path, AnswerKind.class);
    List<String> options = new ArrayList<>();
    List<JsonNode> list = array(n, "options", path);
    for (int i = 0; i < list.size(); i++) {
      if (!list.get(i).isTextual() || list.get(i).asText().isBlank()) {
        problem(path + ".options[" + i + "]", "expected a non-empty string");
      } else {
        options.add(list.get(i).asText());
      }
    }
    Optional<Provenance> prov = n.has("provenance")
        ? Optional.ofNullable(provenance(n.get("provenance"), path + ".provenance")) : Optional.empty();
    String code = text(n, "code", path);
    String text = text(n, "text", path);
    if (kind == null || code.isEmpty() || text.isEmpty() || options.size() != list.size()) {
      return null;
    }
    try {
      return new Item(code, text, kind, options, prov);
    } catch (IllegalArgumentException e) {
      problem(path, e.getMessage());
      return null;
    }
  }

  private SipasMethod method(JsonNode n, String path) {
    if (!object(n, path, List.of("validAnswers", "element", "aspect", "overall", "weighting", "rounding",
        "expectationBase", "provenance"), List.of())) {
      return null;
    }
    SipasMethod.ValidAnswers valid = word(n, "validAnswers", path, SipasMethod.ValidAnswers.class);
    SipasMethod.Aggregation element = word(n, "element", path, SipasMethod.Aggregation.class);
    SipasMethod.Aggregation aspect = word(n, "aspect", path, SipasMethod.Aggregation.class);
    SipasMethod.Aggregation overall = word(n, "overall", path, SipasMethod.Aggregation.class);
    SipasMethod.Weighting weighting = word(n, "weighting", path, SipasMethod.Weighting.class);
    SipasMethod.IntermediateRounding rounding = word(n, "rounding", path,
        SipasMethod.IntermediateRounding.class);
    SipasMethod.ExpectationBase base = word(n, "expectationBase", path, SipasMethod.ExpectationBase.class);
    Provenance prov = provenance(n.get("provenance"), path + ".provenance");
    if (valid == null || element == null || aspect == null || overall == null || weighting == null
        || rounding == null || base == null || prov == null) {
      return null;
    }
    try {
      return new SipasMethod(valid, element, aspect, overall, weighting, rounding, base, prov);
    } catch (IllegalArgumentException e) {
      problem(path, e.getMessage());
      return null;
    }
  }
}
