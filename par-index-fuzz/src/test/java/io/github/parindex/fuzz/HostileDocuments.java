package io.github.parindex.fuzz;

import java.util.ArrayList;
import java.util.List;

/**
 * Hostile documents made in code (too large to keep as files): each must be rejected with a located problem within
 * the time limit, never with an {@code OutOfMemoryError} or a {@code StackOverflowError}.
 */
final class HostileDocuments {
  private HostileDocuments() {}

  private static final String HEAD = "{\"format\": \"par-index/rule-set@1\", \"id\": \"x\", \"title\": \"x\","
      + " \"issuer\": \"x\", \"legalBasis\": {\"document\": \"1/QĐ\"}, \"appliesTo\": [\"PROVINCE\"],"
      + " \"years\": {\"first\": 2024}, \"maxTotal\": 1,"
      + " \"rounding\": {\"pointsScale\": 2, \"pointsMode\": \"HALF_UP\", \"indexScale\": 2,"
      + " \"indexMode\": \"HALF_UP\", \"stage\": \"PUBLISHED_FIGURE\"},"
      + " \"provenance\": {\"status\": \"ILLUSTRATIVE\"}, \"nodes\": [";

  static List<Seed> ruleFiles() {
    List<Seed> out = new ArrayList<>();
    // a million leaves: past the size or value limit, never an OutOfMemoryError
    StringBuilder million = new StringBuilder(HEAD);
    for (int i = 0; i < 1_000_000; i++) {
      million.append(i == 0 ? "" : ",").append("{\"code\":\"").append(i).append("\",\"name\":\"n\",\"maxPoints\":1}");
    }
    out.add(Seed.text("generated: 1,000,000 nodes", million.append("]}").toString()));
    // 100,000 leaves, small enough in bytes (about 1.7 MB), past the value limit
    StringBuilder many = new StringBuilder(HEAD);
    for (int i = 0; i < 100_000; i++) {
      many.append(i == 0 ? "" : ",").append("{\"code\":\"").append(i).append("\",\"n\":1}");
    }
    out.add(Seed.text("generated: 100,000 small nodes (past 200,000 values)", many.append("]}").toString()));
    // 100,000 levels of children
    out.add(Seed.text("generated: 100,000 nested children", HEAD
        + "{\"children\":[".repeat(100_000) + "]}".repeat(100_000) + "]}"));
    out.add(Seed.text("generated: a 1 MB number", HEAD.replace("\"maxTotal\": 1", "\"maxTotal\": "
        + "9".repeat(1 << 20)) + "]}"));
    out.add(Seed.text("generated: a 1 MB string", HEAD.replace("\"title\": \"x\"", "\"title\": \""
        + "x".repeat(1 << 20) + "\"") + "]}"));
    out.add(Seed.text("generated: a 1 MB key", HEAD.replace("\"title\": \"x\"", "\""
        + "k".repeat(1 << 20) + "\": 1") + "]}"));
    out.add(Seed.text("generated: 9 MB of blanks", HEAD + " ".repeat(9 << 20) + "]}"));
    return out;
  }

  static List<Seed> reports() {
    List<Seed> out = new ArrayList<>();
    out.add(Seed.text("generated: 100,000 nested arrays", "[".repeat(100_000) + "]".repeat(100_000)));
    out.add(Seed.text("generated: a 1 MB decimal string",
        "{\"format\": \"par-index/scorecard@1\", \"maximum\": \"" + "9".repeat(1 << 20) + "\"}"));
    out.add(Seed.text("generated: a 1 MB number", "{\"format\": \"par-index/scorecard@1\", \"year\": "
        + "9".repeat(1 << 20) + "}"));
    StringBuilder wide = new StringBuilder("{\"format\": \"par-index/scorecard@1\", \"arithmetic\": [");
    for (int i = 0; i < 1_100_000; i++) {
      wide.append(i == 0 ? "" : ",").append("\"a\"");
    }
    out.add(Seed.text("generated: 1,100,000 strings", wide.append("]}").toString()));
    return out;
  }
}
