package org.joinedup.transform.population;

import java.util.List;

import org.joinedup.ingest.provenance.SourceValue;

/**
 * One row of the persons sheet as it stands: any geography, values unchecked;
 * {@code aged65AndOver} holds the cells of the ages 65 to 90+.
 */
record EstimateRow(SourceValue code, SourceValue name, SourceValue geography, SourceValue allAges,
		List<SourceValue> aged65AndOver) {
}
