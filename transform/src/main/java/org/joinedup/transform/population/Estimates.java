package org.joinedup.transform.population;

import java.util.List;

import org.joinedup.ingest.finding.Finding;
import org.joinedup.ingest.provenance.SourceValue;

/**
 * The persons sheet read: the title cell naming the year ({@code mid-2019}), null when
 * none does; the rows below the header; what stopped reading.
 */
record Estimates(String sheet, SourceValue title, Integer midYear, List<EstimateRow> rows, List<Finding> findings) {

	static Estimates unread(List<Finding> findings) {
		return new Estimates(null, null, null, List.of(), findings);
	}

}
