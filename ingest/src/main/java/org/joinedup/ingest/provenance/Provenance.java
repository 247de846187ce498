package org.joinedup.ingest.provenance;

/**
 * Where a value came from: file name, sheet (null for CSV), 1-based row (line number for
 * CSV) and column (a letter such as {@code C} for workbooks, the header name for CSV).
 */
public record Provenance(String file, String sheet, Integer row, String column) {
}
