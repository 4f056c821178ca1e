package io.github.parindex.rules.table;

import io.github.parindex.model.LegalReference;
import io.github.parindex.model.NodeRole;
import io.github.parindex.model.PointSource;
import io.github.parindex.model.Provenance;
import io.github.parindex.model.ProvenanceStatus;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;

/** Reads the cells of one data row into a {@link Row}, reporting each cell that does not read. */
final class RowCells {
  private RowCells() {}

  static Row row(TableReader t, int number, List<String> cells) {
    Row r = new Row();
    r.number = number;
    unheadedCells(t, number, cells);
    oversizedCells(t, r, cells);
    if (r.oversized) {
      // Nothing else of the row is read: its cells are not trusted, and a huge cell would only slow reading.
      String code = t.cell(cells, Column.CODE).strip();
      r.code = code.length() <= RuleSetTable.MAX_CELL_LENGTH ? code : "";
      r.name = "";
      return r;
    }
    identity(t, r, cells);
    sourceAndRole(t, r, cells);
    String scoring = t.cell(cells, Column.SCORING_TEXT);
    r.scoringText = scoring.isBlank() ? Optional.empty() : Optional.of(scoring);
    r.method = t.cell(cells, Column.METHOD).strip();
    String legal = t.cell(cells, Column.LEGAL_REFERENCE).strip();
    String url = t.cell(cells, Column.LEGAL_URL).strip();
    if (!legal.isEmpty()) {
      r.legal = legal(t, r, legal, url);
    } else if (!url.isEmpty()) {
      t.problem(r, Column.LEGAL_URL, "a legal URL needs a legal reference");
    }
    provenance(t, r, cells);
    return r;
  }

  /** A non-blank cell beyond the header's columns is a problem of the row. */
  private static void unheadedCells(TableReader t, int number, List<String> cells) {
    if (cells.size() > t.index.size()) {
      for (int i = 0; i < cells.size(); i++) {
        if (!t.index.containsValue(i) && !cells.get(i).isBlank()) {
          t.general(number, t.source + " row " + number + ", column " + (i + 1) + ": the cell \""
              + cells.get(i).strip() + "\" has no column header");
        }
      }
    }
  }

  /** Each cell longer than {@link RuleSetTable#MAX_CELL_LENGTH} is a problem, and marks the row oversized. */
  private static void oversizedCells(TableReader t, Row r, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (cells.get(i).length() > RuleSetTable.MAX_CELL_LENGTH) {
        int at = i;
        String column = t.index.entrySet().stream().filter(e -> e.getValue() == at)
            .map(e -> t.headerText.get(e.getKey())).findFirst().orElse(String.valueOf(i + 1));
        t.general(r.number, t.source + " row " + r.number + ", column " + column + ": the cell is "
            + cells.get(i).length() + " characters long, more than the limit of " + RuleSetTable.MAX_CELL_LENGTH
            + " (RuleSetTable.MAX_CELL_LENGTH)");
        r.oversized = true;
      }
    }
  }

  /** The code, name, gloss and maximum. */
  private static void identity(TableReader t, Row r, List<String> cells) {
    String code = t.cell(cells, Column.CODE).strip();
    if (code.endsWith(".")) {
      code = code.substring(0, code.length() - 1);
    }
    r.code = code;
    if (code.isEmpty()) {
      t.problem(r, Column.CODE, "the code is blank");
    } else if (!code.matches("[\\p{L}\\p{N}]+(?:\\.[\\p{L}\\p{N}]+)*")) {
      t.problem(r, Column.CODE, "the code \"" + code + "\" is not a dotted code such as 1, 1.2 or 1.2.3");
    }
    r.name = t.cell(cells, Column.NAME).strip();
    if (r.name.isEmpty()) {
      t.problem(r, Column.NAME, "the name is blank");
    }
    String gloss = t.cell(cells, Column.GLOSS).strip();
    r.gloss = gloss.isEmpty() ? Optional.empty() : Optional.of(gloss);
    String max = t.cell(cells, Column.MAX_POINTS).strip();
    if (max.isEmpty()) {
      t.problem(r, Column.MAX_POINTS, "the maximum points are blank");
    } else if (!RuleSetTable.DECIMAL.matcher(max).matches()) {
      t.problem(r, Column.MAX_POINTS, "\"" + max + "\" is not a number of points (write e.g. 1, 0,5 or 2.25)");
    } else {
      r.max = io.github.parindex.internal.Numbers.parse(max.replace(',', '.'), "max_points");
    }
  }

  /** The point source and the role, when given. */
  private static void sourceAndRole(TableReader t, Row r, List<String> cells) {
    String src = t.cell(cells, Column.SOURCE);
    if (!src.isBlank()) {
      r.sourceGiven = true;
      PointSource s = RuleSetTable.SOURCES.get(Column.key(src));
      if (s == null) {
        t.problem(r, Column.SOURCE, "unknown source \"" + src.strip()
            + "\"; write appraisal, leaders-survey, citizens-survey or outcome-data (or thẩm định, khảo sát lãnh"
            + " đạo, SIPAS, số liệu)");
      }
      r.source = Optional.ofNullable(s);
    }
    String role = t.cell(cells, Column.ROLE);
    if (!role.isBlank()) {
      NodeRole nr = RuleSetTable.ROLES.get(Column.key(role));
      if (nr == null) {
        t.problem(r, Column.ROLE, "unknown role \"" + role.strip() + "\"; write scored, bonus or penalty");
      }
      r.role = Optional.ofNullable(nr);
    }
  }

  /** The provenance status, note and source, when given. */
  private static void provenance(TableReader t, Row r, List<String> cells) {
    String status = t.cell(cells, Column.PROVENANCE).strip();
    String note = t.cell(cells, Column.PROVENANCE_NOTE).strip();
    String provSource = t.cell(cells, Column.PROVENANCE_SOURCE).strip();
    if (!status.isEmpty()) {
      try {
        ProvenanceStatus ps = ProvenanceStatus.valueOf(status.toUpperCase(Locale.ROOT));
        r.provenance = Optional.of(new Provenance(ps, note,
            provSource.isEmpty() ? Optional.empty() : Optional.of(provSource)));
      } catch (IllegalArgumentException e) {
        t.problem(r, Column.PROVENANCE, "unknown provenance \"" + status
            + "\"; write CONFIRMED, INFERRED, INCOMPLETE or ILLUSTRATIVE");
      }
    } else if (!note.isEmpty() || !provSource.isEmpty()) {
      t.problem(r, Column.PROVENANCE, "a provenance note or source needs a provenance status");
    }
  }

  private static Optional<LegalReference> legal(TableReader t, Row r, String text, String url) {
    Matcher m = RuleSetTable.LEGAL.matcher(text);
    if (!m.matches()) {
      t.problem(r, Column.LEGAL_REFERENCE, "cannot read \"" + text
          + "\"; write e.g. \"876/QĐ-BNV (10/11/2022), Phụ lục, Bảng 2\"");
      return Optional.empty();
    }
    Optional<LocalDate> date = Optional.empty();
    if (m.group("y") != null) {
      try {
        date = Optional.of(LocalDate.of(Integer.parseInt(m.group("y")), Integer.parseInt(m.group("m")),
            Integer.parseInt(m.group("d"))));
      } catch (DateTimeException e) {
        t.problem(r, Column.LEGAL_REFERENCE, "\"" + m.group("d") + "/" + m.group("m") + "/" + m.group("y")
            + "\" is not a date (day/month/year)");
        return Optional.empty();
      }
    }
    return Optional.of(new LegalReference(m.group("doc").strip(), date,
        Optional.ofNullable(m.group("clause")), url.isEmpty() ? Optional.empty() : Optional.of(url)));
  }

}
