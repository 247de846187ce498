package org.joinedup.transform.dtoc;

import org.joinedup.ingest.provenance.SourceValue;

/**
 * One row of the delayed-transfers extract (provider × local authority × acute/non-acute
 * × reason), as it stands.
 */
public record DtocRow(SourceValue year, SourceValue periodName, SourceValue parentCode, SourceValue parentName,
		SourceValue providerCode, SourceValue providerName, SourceValue laCode, SourceValue laName, SourceValue acute,
		SourceValue reason, SourceValue nhsPatients, SourceValue nhsDays, SourceValue socialCarePatients,
		SourceValue socialCareDays, SourceValue bothPatients, SourceValue bothDays) {
}
