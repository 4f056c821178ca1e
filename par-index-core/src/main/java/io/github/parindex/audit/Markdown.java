package io.github.parindex.audit;

/** Escaping for the Markdown the audit reports write. Internal. */
final class Markdown {
  private Markdown() {}

  /** Text on its own line: newlines become spaces. */
  static String text(String s) {
    return s.replace("\r", " ").replace("\n", " ");
  }

  /** A table cell: pipes escaped, newlines as spaces. */
  static String cell(String s) {
    return text(s).replace("\\", "\\\\").replace("|", "\\|");
  }
}
