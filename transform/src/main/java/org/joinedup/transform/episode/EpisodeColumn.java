package org.joinedup.transform.episode;

import java.util.List;

import org.joinedup.ingest.csv.ColumnSpec;
import org.joinedup.ingest.csv.CsvColumn;

/** The columns of the admitted patient episodes extract (R6). */
public enum EpisodeColumn implements CsvColumn {

	EPISODE_ID("Episode ID", true), PROVIDER_CODE("Provider code", true), ADMISSION_DATE("Admission date", true),
	ADMISSION_METHOD("Admission method", true), AGE_ON_ADMISSION("Age on admission", true),
	RESIDENT_LA("Resident LA", true), DISCHARGE_DATE("Discharge date", true),
	DISCHARGE_DESTINATION("Discharge destination", false);

	private final ColumnSpec spec;

	EpisodeColumn(String header, boolean required, String... aliases) {
		this.spec = new ColumnSpec(header, required, List.of(aliases));
	}

	@Override
	public ColumnSpec spec() {
		return spec;
	}

}
