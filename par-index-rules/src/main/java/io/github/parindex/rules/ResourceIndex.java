package io.github.parindex.rules;

import io.github.parindex.model.ParIndexException;
import io.github.parindex.model.Problem;
import io.github.parindex.rules.internal.DocumentLimits;
import io.github.parindex.rules.internal.JsonTree;
import io.github.parindex.rules.internal.StrictText;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A resource index ({@value #FORMAT}): the data files a module bundles, each with its id, its kind and its resource
 * name relative to the index, read strictly (unknown keys, duplicates and a missing value are errors). Adding a
 * bundled file is adding an entry here; no Java changes. Internal.
 *
 * <pre>{@code
 * {"format": "par-index/resource-index@1",
 *  "resources": [{"id": "vn-bnv-892-province", "kind": "rule-set", "resource": "vn-bnv-892-province.json"}]}
 * }</pre>
 *
 * <p>Kinds: {@code rule-set} (read by {@link OfficialRuleSets}); {@code sipas-questionnaire} is reserved for the
 * SIPAS questionnaires kept as data. A reader takes the entries of its own kind and ignores no other key.
 */
final class ResourceIndex {
  static final String FORMAT = "par-index/resource-index@1";
  private static final Set<String> ENTRY_KEYS = Set.of("id", "kind", "resource");

  /** One bundled resource: its id, kind and resource name (relative to the index). */
  record Entry(String id, String kind, String resource) {}

  private ResourceIndex() {}

  /**
   * The entries of an index resource.
   *
   * @param anchor the class the resource name is relative to
   * @param name the index's resource name, e.g. {@code bundled/index.json}
   * @return the entries, in index order
   * @throws ParIndexException if the index is missing or not a valid index, every problem located
   */
  static List<Entry> read(Class<?> anchor, String name) {
    String text;
    try (InputStream in = anchor.getResourceAsStream(name)) {
      if (in == null) {
        throw new ParIndexException("resource index missing", List.of(Problem.general("no resource " + name
            + " next to " + anchor.getName())));
      }
      text = StrictText.read(in, name, DocumentLimits.RULE_FILE);
    } catch (IOException e) {
      throw StrictText.ioFailure(name, e);
    }
    List<Problem> problems = new ArrayList<>();
    JsonTree.Value root = JsonTree.parse(text, name, DocumentLimits.RULE_FILE, problems);
    List<Entry> entries = new ArrayList<>();
    if (!(root instanceof JsonTree.Obj obj) || !obj.members().keySet().equals(Set.of("format", "resources"))
        || !(obj.members().get("format").value() instanceof JsonTree.Str f) || !f.value().equals(FORMAT)
        || !(obj.members().get("resources").value() instanceof JsonTree.Arr items)) {
      throw failure(name, List.of(Problem.error(Problem.Location.ofFile(name, root.line(), root.column(), "$"),
          "expected {\"format\": \"" + FORMAT + "\", \"resources\": [...]} and no other key")));
    }
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < items.items().size(); i++) {
      entry(name, "$.resources[" + i + "]", items.items().get(i), problems).ifPresent(e -> {
        if (!ids.add(e.id())) {
          problems.add(Problem.general(name + ": id \"" + e.id() + "\" is listed twice"));
        }
        entries.add(e);
      });
    }
    if (!problems.isEmpty()) {
      throw failure(name, problems);
    }
    return List.copyOf(entries);
  }

  private static java.util.Optional<Entry> entry(String name, String path, JsonTree.Value v, List<Problem> problems) {
    if (v instanceof JsonTree.Obj o && o.members().keySet().equals(ENTRY_KEYS)) {
      Map<String, JsonTree.Member> m = o.members();
      if (m.get("id").value() instanceof JsonTree.Str id && m.get("kind").value() instanceof JsonTree.Str kind
          && m.get("resource").value() instanceof JsonTree.Str res && !res.value().contains("..")
          && !res.value().startsWith("/")) {
        return java.util.Optional.of(new Entry(id.value(), kind.value(), res.value()));
      }
    }
    problems.add(Problem.error(Problem.Location.ofFile(name, v.line(), v.column(), path),
        "expected {\"id\": \"...\", \"kind\": \"...\", \"resource\": \"...\"} (strings; a resource name relative to"
            + " the index, without \"..\") and no other key"));
    return java.util.Optional.empty();
  }

  private static ParIndexException failure(String name, List<Problem> problems) {
    return new ParIndexException("resource index " + name + " cannot be read", problems);
  }
}
