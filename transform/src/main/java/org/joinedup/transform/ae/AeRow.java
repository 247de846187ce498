package org.joinedup.transform.ae;

import java.util.Map;

import org.joinedup.ingest.provenance.SourceValue;

/**
 * One row of the A&E extract (a provider, or the TOTAL row), as it stands; counts by
 * their column.
 */
public record AeRow(SourceValue period, SourceValue orgCode, SourceValue parentOrg, SourceValue orgName,
		Map<AeColumn, SourceValue> counts) {

	public AeRow {
		counts = Map.copyOf(counts);
	}

	public SourceValue count(AeColumn column) {
		return counts.get(column);
	}
}
