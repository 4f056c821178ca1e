package io.github.parindex.sipas.io;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.parindex.model.ParIndexException;
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
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * SIPAS questionnaire designs as data, format {@code par-index/sipas-questionnaire@1}: a JSON document with the
 * design's id, version, title, legal basis, years, provenance, its aspects of elements of items (each item with its
 * code, wording, kind, options and, where it differs from the design's, its own provenance) and the default
 * {@link SipasMethod} declared for it. Read strictly, like rule files: an unknown, repeated or empty ({@code null})
 * key, a missing required key, a value of the wrong type or a word outside its list, and anything after the
 * document are errors, all listed at once with their JSON path. Immutable and thread-safe.
 *
 * <pre>{@code
 * QuestionnaireJson.Design d = QuestionnaireJson.read(reader, "my-design.json");
 * d.questionnaire().items().size();
 * String json = QuestionnaireJson.write(d);     // read(write(d)) equals d
 * }</pre>
 *
 * @since 0.1.0
 */
public final class QuestionnaireJson {
  /** The format tag every questionnaire file starts with. */
  public static final String FORMAT = "par-index/sipas-questionnaire@1";

  /** The longest file read, in characters: {@value}. */
  public static final int MAX_LENGTH = 1_000_000;

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .build();

  static {
    MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(32)
        .maxStringLength(MAX_LENGTH).build());
  }

  private QuestionnaireJson() {}

  /**
   * A questionnaire design with the method declared as its default.
   *
   * @param questionnaire the design
   * @param defaultMethod how its figures are formed unless the caller chooses otherwise
   * @since 0.1.0
   */
  public record Design(Questionnaire questionnaire, SipasMethod defaultMethod) {
    /**
     * Checks the parts.
     *
     * @param questionnaire the design
     * @param defaultMethod how its figures are formed unless the caller chooses otherwise
     * @throws NullPointerException if a part is null
     */
    public Design {
      java.util.Objects.requireNonNull(questionnaire, "questionnaire");
      java.util.Objects.requireNonNull(defaultMethod, "defaultMethod");
    }
  }

  /**
   * Reads a design.
   *
   * @param reader the JSON text (read to its end; not closed; a leading byte order mark is skipped)
   * @param source the file's name, for problems
   * @return the design
   * @throws ParIndexException listing every problem with its JSON path
   */
  public static Design read(Reader reader, String source) {
    java.util.Objects.requireNonNull(reader, "reader");
    java.util.Objects.requireNonNull(source, "source");
    JsonNode root;
    try {
      StringBuilder text = new StringBuilder();
      char[] buf = new char[8192];
      for (int n; (n = reader.read(buf)) > 0; ) {
        text.append(buf, 0, n);
        if (text.length() > MAX_LENGTH) {
          throw fail(source, List.of(Problem.error(Location.ofFile(source, 0, 0, ""), "longer than " + MAX_LENGTH
              + " characters; the limit is " + MAX_LENGTH)));
        }
      }
      int start = text.length() > 0 && text.charAt(0) == '\uFEFF' ? 1 : 0;
      root = tree(text.substring(start), source);
    } catch (IOException e) {
      throw fail(source, List.of(Problem.error(Location.ofFile(source, 0, 0, ""), "cannot be read: " + e)));
    }
    Fields f = new Fields(source);
    Design d = f.design(root);
    if (!f.problems.isEmpty()) {
      throw fail(source, f.problems);
    }
    return d;
  }

  /**
   * The document's tree; a syntax error or a limit passed is a problem at its line and column (Jackson's limit
   * exceptions carry no location: the parser's position is where the limit was passed).
   */
  private static JsonNode tree(String json, String source) throws IOException {
    try (JsonParser p = MAPPER.createParser(json)) {
      try {
        return MAPPER.readTree(p);
      } catch (JacksonException e) {
        JsonLocation at = e.getLocation() != null ? e.getLocation() : p.currentLocation();
        throw fail(source, List.of(Problem.error(Location.ofFile(source, Math.max(0, at.getLineNr()),
            Math.max(0, at.getColumnNr()), ""), e.getOriginalMessage())));
      }
    }
  }

  private static ParIndexException fail(String source, List<Problem> problems) {
    return new ParIndexException("questionnaire file " + source + " is invalid", problems);
  }

  /**
   * Writes a design in the format {@link #read} reads.
   *
   * @param d the design
   * @return the JSON text, keys in a fixed order, indented
   */
  public static String write(Design d) {
    Questionnaire q = d.questionnaire();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("format", FORMAT);
    m.put("id", q.id());
    m.put("version", q.version());
    m.put("title", q.title());
    m.put("legalBasis", q.legalBasis());
    Map<String, Object> years = new LinkedHashMap<>();
    years.put("first", q.years().firstYear());
    q.years().lastYear().ifPresent(y -> years.put("last", y));
    m.put("years", years);
    m.put("provenance", provenance(q.provenance()));
    m.put("aspects", q.aspects().stream().map(QuestionnaireJson::aspect).toList());
    q.overallItem().ifPresent(i -> m.put("overallItem", item(i)));
    m.put("defaultMethod", method(d.defaultMethod()));
    try {
      return MAPPER.writeValueAsString(m) + "\n";
    } catch (IOException e) {
      throw new IllegalStateException("a map of strings and numbers always serialises", e);
    }
  }

  private static Map<String, Object> provenance(Provenance p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("status", p.status().name());
    m.put("note", p.note());
    p.source().ifPresent(s -> m.put("source", s));
    return m;
  }

  private static Map<String, Object> aspect(Aspect a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("code", a.code());
    m.put("name", a.name());
    m.put("elements", a.elements().stream().map(QuestionnaireJson::element).toList());
    a.overallItem().ifPresent(i -> m.put("overallItem", item(i)));
    return m;
  }

  private static Map<String, Object> element(Element e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("code", e.code());
    m.put("name", e.name());
    m.put("items", e.items().stream().map(QuestionnaireJson::item).toList());
    e.overallItem().ifPresent(i -> m.put("overallItem", item(i)));
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

  /** The strict walk over the tree: every problem collected with its path. */
  private static final class Fields {
    private final String source;
    final List<Problem> problems = new ArrayList<>();

    Fields(String source) {
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

    Design design(JsonNode root) {
      String path = "$";
      if (!object(root, path, List.of("format", "id", "version", "title", "legalBasis", "years", "provenance",
          "aspects", "defaultMethod"), List.of("overallItem"))) {
        return null;
      }
      String format = text(root, "format", path);
      if (!format.isEmpty() && !format.equals(FORMAT)) {
        problem("$.format", "\"" + format + "\" is not " + FORMAT);
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
        return new Design(b.years(years).provenance(prov).build(), method);
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
      if (!object(n, path, List.of("code", "name", "elements"), List.of("overallItem"))) {
        return null;
      }
      List<Element> elements = new ArrayList<>();
      List<JsonNode> list = array(n, "elements", path);
      for (int i = 0; i < list.size(); i++) {
        Element e = element(list.get(i), path + ".elements[" + i + "]");
        if (e != null) {
          elements.add(e);
        }
      }
      Optional<Item> overall = optionalItem(n, path);
      String code = text(n, "code", path);
      String name = text(n, "name", path);
      if (code.isEmpty() || name.isEmpty() || elements.size() != list.size()) {
        return null;
      }
      try {
        return new Aspect(code, name, elements, overall);
      } catch (IllegalArgumentException e) {
        problem(path, e.getMessage());
        return null;
      }
    }

    private Element element(JsonNode n, String path) {
      if (!object(n, path, List.of("code", "name", "items"), List.of("overallItem"))) {
        return null;
      }
      List<Item> items = new ArrayList<>();
      List<JsonNode> list = array(n, "items", path);
      for (int i = 0; i < list.size(); i++) {
        Item it = item(list.get(i), path + ".items[" + i + "]");
        if (it != null) {
          items.add(it);
        }
      }
      Optional<Item> overall = optionalItem(n, path);
      String code = text(n, "code", path);
      String name = text(n, "name", path);
      if (code.isEmpty() || name.isEmpty() || items.size() != list.size()) {
        return null;
      }
      try {
        return new Element(code, name, items, overall);
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
}
