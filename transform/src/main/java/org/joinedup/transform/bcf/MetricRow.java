package org.joinedup.transform.bcf;

import org.joinedup.ingest.provenance.SourceValue;

/**
 * One row of the Metrics sheet, as it stands; {@code metric} is the code or name cell.
 */
public record MetricRow(SourceValue metric, SourceValue baseline, SourceValue plan, SourceValue actual,
		SourceValue numerator, SourceValue denominator, SourceValue commentary) {
}
