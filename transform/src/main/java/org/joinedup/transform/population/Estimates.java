package org.joinedup.transform.population;

import java.util.List;

import org.joinedup.ingest.finding.Finding;

/**
 * The persons sheet read: the year a title names ({@code mid-2019}), null when none does;
 * the rows below the header; what stopped reading.
 */
record Estimates(String sheet, Integer midYear, List<EstimateRow> rows, List<Finding> findings) {

	static Estimates unread(List<Finding> findings) {
		return new Estimates(null, null, List.of(), findings);
	}

}
