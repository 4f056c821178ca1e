package io.github.parindex.rules.table;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The columns of a rule-set table, with the header names accepted for each. Internal. */
enum Column {
  CODE(true, "code", "mã", "mã số", "stt", "số tt"),
  NAME(true, "name", "tên", "tên tiêu chí", "tiêu chí", "nội dung"),
  GLOSS(false, "gloss", "english", "tên tiếng anh"),
  MAX_POINTS(true, "max_points", "max points", "maximum", "điểm tối đa"),
  SOURCE(false, "source", "nguồn điểm"),
  ROLE(false, "role", "loại điểm"),
  SCORING_TEXT(false, "scoring_text", "scoring text", "cách tính điểm", "cách chấm điểm", "phương pháp chấm điểm"),
  METHOD(false, "method", "cách chấm"),
  LEGAL_REFERENCE(false, "legal_reference", "legal reference", "căn cứ", "căn cứ pháp lý"),
  LEGAL_URL(false, "legal_url", "legal url"),
  PROVENANCE(false, "provenance", "provenance_status"),
  PROVENANCE_NOTE(false, "provenance_note", "ghi chú"),
  PROVENANCE_SOURCE(false, "provenance_source");

  final boolean required;
  final List<String> names;

  Column(boolean required, String... names) {
    this.required = required;
    this.names = List.of(names);
  }

  /** The header this library writes. */
  String header() {
    return names.get(0);
  }

  static Optional<Column> forHeader(String header) {
    String h = key(header);
    for (Column c : values()) {
      for (String n : c.names) {
        if (key(n).equals(h)) {
          return Optional.of(c);
        }
      }
    }
    return Optional.empty();
  }

  /** NFC, lower case, apostrophes dropped, runs of spaces, dashes and underscores made one space. */
  static String key(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
        .replaceAll("['’]", "")
        .replaceAll("[\\s_\\-]+", " ")
        .strip();
  }
}
