/**
 * Internal: the one strict document reader shared by rule files, scorecard reports and case files (bounded,
 * BOM-skipping, strictly UTF-8 reading of the text; Jackson set up with duplicate detection and stream limits; a
 * located tree of values). Exported only to the library's own modules; not part of the public API.
 */
package io.github.parindex.rules.internal;
