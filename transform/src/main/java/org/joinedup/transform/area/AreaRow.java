package org.joinedup.transform.area;

import org.joinedup.ingest.provenance.SourceValue;

/** One row of the areas reference (R5), as it stands. */
public record AreaRow(SourceValue onsCode, SourceValue name, SourceValue type, SourceValue region,
		SourceValue legacyCode, SourceValue population, SourceValue population65, SourceValue validFrom,
		SourceValue validTo) {
}
