package io.github.parindex.rules.table;

import io.github.parindex.model.LegalReference;
import io.github.parindex.model.NodeRole;
import io.github.parindex.model.PointSource;
import io.github.parindex.model.Provenance;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One data row, read cell by cell. */
final class Row {
  int number;
  String code;
  String name;
  Optional<String> gloss = Optional.empty();
  BigDecimal max;
  Optional<PointSource> source = Optional.empty();
  boolean sourceGiven;
  Optional<NodeRole> role = Optional.empty();
  Optional<String> scoringText = Optional.empty();
  String method = "";
  Optional<LegalReference> legal = Optional.empty();
  Optional<Provenance> provenance = Optional.empty();
  Row parent;
  /** A cell is longer than {@link #MAX_CELL_LENGTH}: reported, and the row makes no node. */
  boolean oversized;
  final List<Row> children = new ArrayList<>();
  /** What the scoring text (or the method column's phrase) was read as, for the review report. */
  Optional<ScoringTextReading> reading = Optional.empty();
  /** The row's warnings, recorded in lenient mode. */
  final List<io.github.parindex.model.Problem> warnings = new ArrayList<>();
}

