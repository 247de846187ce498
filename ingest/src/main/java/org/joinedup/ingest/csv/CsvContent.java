package org.joinedup.ingest.csv;

import java.util.List;

import org.joinedup.ingest.finding.Finding;

/**
 * The rows read from a CSV feed, and what the reader itself rejected (a missing column, a
 * row too wide).
 */
public record CsvContent<T>(List<T> rows, List<Finding> findings) {

	public CsvContent {
		rows = List.copyOf(rows);
		findings = List.copyOf(findings);
	}
}
