package org.joinedup.transform.activity;

import java.util.Map;

import org.joinedup.ingest.provenance.SourceValue;

/** One row of the Commissioner sheet (a commissioner, or England), as it stands. */
record ActivityRow(SourceValue year, SourceValue period, SourceValue regionCode, SourceValue regionName,
		SourceValue orgCode, SourceValue orgName, Map<ActivityColumn, SourceValue> counts) {

	SourceValue count(ActivityColumn column) {
		return counts.get(column);
	}

}
