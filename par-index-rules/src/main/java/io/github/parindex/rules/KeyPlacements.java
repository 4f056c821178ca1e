package io.github.parindex.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Where each key of the rule-set format belongs, to explain a key found in the wrong place. Internal. */
final class KeyPlacements {
  /** Each key of the format and where it belongs, e.g. {@code "pointsScale"} → {@code in "rounding"}. */
  static final Map<String, String> ALL = placements();

  private KeyPlacements() {}

  private static Map<String, String> placements() {
    Map<String, String> m = new HashMap<>();
    for (String k : List.of("format", "id", "version", "title", "issuer", "legalBasis", "appliesTo", "years",
        "maxTotal", "rounding", "grades", "gradesByBlock", "allowAboveMaximum", "nodes", "table")) {
      m.put(k, "at the top level of the rule set");
    }
    for (String k : List.of("code", "name", "gloss", "maxPoints", "role", "method", "scoringText",
        "legalReference", "children")) {
      m.put(k, "in a node (an item of \"nodes\" or \"children\")");
    }
    m.put("source", "in a node (where its points come from) or in \"provenance\" (where the data was read)");
    m.put("provenance", "at the top level of the rule set or in a node");
    for (String k : List.of("pointsScale", "pointsMode", "indexScale", "indexMode", "stage")) {
      m.put(k, "in \"rounding\"");
    }
    m.put("first", "in \"years\"");
    m.put("last", "in \"years\"");
    for (String k : List.of("document", "date", "clause", "url")) {
      m.put(k, "in \"legalBasis\" or in a node's \"legalReference\"");
    }
    m.put("status", "in \"provenance\"");
    m.put("note", "in \"provenance\"");
    for (String k : List.of("label", "minimumIndex", "description", "floors", "aliases")) {
      m.put(k, "in a grade band (an item of \"grades\")");
    }
    m.put("component", "in a floor of a grade band (an item of \"floors\")");
    m.put("kind", "in a node's \"method\"");
    m.put("bands", "in a \"percent-bands\" method");
    m.put("levels", "in a \"graded-levels\" method");
    return Map.copyOf(m);
  }
}
