package org.joinedup.transform.bcf;

import org.joinedup.ingest.provenance.SourceValue;

/** One scheme row of the Savings sheet (or its Total row). */
public record SchemeRow(SourceValue schemeId, SourceValue schemeName, SourceValue schemeType,
		SourceValue plannedSavings, SourceValue achievedSavings, SourceValue status) {
}
