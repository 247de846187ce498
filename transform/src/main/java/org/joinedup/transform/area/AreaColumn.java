package org.joinedup.transform.area;

import java.util.List;

import org.joinedup.ingest.csv.ColumnSpec;
import org.joinedup.ingest.csv.CsvColumn;

/** The columns of the areas reference (R5), all required. */
public enum AreaColumn implements CsvColumn {

	ONS_CODE("ONS code", "GSS code"), NAME("Name"), TYPE("Type"), REGION("Region"), LEGACY_CODE("Legacy code"),
	POPULATION("Population"), POPULATION_65("Population 65+"), VALID_FROM("Valid from"), VALID_TO("Valid to");

	private final ColumnSpec spec;

	AreaColumn(String header, String... aliases) {
		this.spec = new ColumnSpec(header, true, List.of(aliases));
	}

	@Override
	public ColumnSpec spec() {
		return spec;
	}

}
