package org.joinedup.transform.provider;

import java.util.List;

import org.joinedup.ingest.csv.ColumnSpec;
import org.joinedup.ingest.csv.CsvColumn;

/**
 * The columns of the providers reference CSV (R5); the parent and region may be absent.
 */
public enum ProviderColumn implements CsvColumn {

	ODS_CODE("ODS code", true, "Org code", "Organisation code"), NAME("Name", true, "Organisation name"),
	PARENT_CODE("Parent code", false), PARENT_NAME("Parent name", false), REGION("Region", false),
	OPEN_DATE("Open date", false), CLOSE_DATE("Close date", false);

	private final ColumnSpec spec;

	ProviderColumn(String header, boolean required, String... aliases) {
		this.spec = new ColumnSpec(header, required, List.of(aliases));
	}

	@Override
	public ColumnSpec spec() {
		return spec;
	}

}
