package io.github.parindex.rules.table;

import io.github.parindex.model.Problem;

/** A problem and the data row it is on (0 for the table as a whole). */
record Located(int row, Problem problem) {}
