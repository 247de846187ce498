package org.joinedup.transform.dtoc;

import java.util.List;

import org.joinedup.ingest.csv.ColumnSpec;
import org.joinedup.ingest.csv.CsvColumn;

/**
 * The columns of the delayed-transfers monthly provider extract (R2). Before 2013 the
 * parent columns were headed {@code Provider SHA Code/Name}; from 2017-18 the
 * {@code A SUM} columns (patients delayed on the snapshot day) may be absent.
 */
public enum DtocColumn implements CsvColumn {

	YEAR("Year", true), PERIOD_NAME("Period Name", true),
	PARENT_CODE("Provider Parent Org Code", true, "Provider SHA Code"),
	PARENT_NAME("Provider Parent Name", false, "Provider SHA Name"), PROVIDER_CODE("Provider Org Code", true),
	PROVIDER_NAME("Provider Org Name", false), LA_CODE("Local Authority Code", true),
	LA_NAME("Local Authority Name", false), ACUTE("Acute Or Non Acute Description", true),
	REASON("Reason For Delay", true), NHS_PATIENTS("NHS A SUM", false), NHS_DAYS("NHS B SUM", true),
	SOCIAL_CARE_PATIENTS("Social Care A SUM", false), SOCIAL_CARE_DAYS("Social Care B SUM", true),
	BOTH_PATIENTS("Both A SUM", false), BOTH_DAYS("Both B SUM", true);

	/**
	 * The columns that make a header this extract's, for detection: a file that has them
	 * but lacks another required column is still read as R2, so that the sender hears
	 * which column is missing.
	 */
	public static final List<DtocColumn> IDENTIFYING = List.of(YEAR, PERIOD_NAME, PROVIDER_CODE, REASON);

	/** Three title lines above the header, occasionally four. */
	public static final int MAX_TITLE_LINES = 4;

	private final ColumnSpec spec;

	DtocColumn(String header, boolean required, String... aliases) {
		this.spec = new ColumnSpec(header, required, List.of(aliases));
	}

	@Override
	public ColumnSpec spec() {
		return spec;
	}

}
