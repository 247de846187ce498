package org.joinedup.transform.activity;

import java.util.Arrays;
import java.util.List;

import org.joinedup.ingest.csv.ColumnSpec;
import org.joinedup.ingest.csv.CsvColumn;

/**
 * The columns of the monthly activity return's Commissioner sheet (R7). Until 2015-16
 * commissioners were grouped by NHS England area team ({@code Area Team Code/Name}),
 * since then by region.
 */
enum ActivityColumn implements CsvColumn {

	YEAR("Year", true), PERIOD("Period", true), REGION_CODE("Region Code", false, "Area Team Code"),
	REGION_NAME("Region Name", false, "Area Team Name"), ORG_CODE("Org Code", true), ORG_NAME("Org Name", true),
	ELECTIVE_ORDINARY("Elective G&A Ordinary Admissions (FFCEs)", false),
	ELECTIVE_DAYCASE("Elective G&A Daycase Admissions (FFCEs)", false),
	ELECTIVE_TOTAL("Elective G&A Total Admissions (FFCEs)", false),
	ELECTIVE_PLANNED_ORDINARY("Elective G&A Planned Ordinary Admissions (FFCEs)", false),
	ELECTIVE_PLANNED_DAYCASE("Elective G&A Planned Daycase Admissions (FFCEs)", false),
	ELECTIVE_PLANNED_TOTAL("Elective G&A Planned Total Admissions (FFCEs)", false),
	ELECTIVE_TREATMENT_CENTRES("Elective G&A Admissions (FFCEs) -NHS Treatment Centres (TCs)", false),
	NON_ELECTIVE("Total Non-elective G&A Admissions (FFCEs)", true),
	GP_REFERRALS_MADE_ALL("GP Referrals Made (All specialties)", false),
	GP_REFERRALS_SEEN_ALL("GP Referrals Seen (All specialties)", false),
	GP_REFERRALS_MADE("GP Referrals Made (G&A)", false), GP_REFERRALS_SEEN("GP Referrals Seen (G&A)", false),
	OTHER_REFERRALS_MADE("Other Referrals Made (G&A)", false),
	FIRST_OUTPATIENT_ATTENDANCES("All 1st Outpatient Attendances (G&A)", false);

	/** The activity figures, in the sheet's order. */
	static final List<ActivityColumn> COUNTS = Arrays.stream(values())
		.filter(column -> column.ordinal() >= ELECTIVE_ORDINARY.ordinal())
		.toList();

	private final ColumnSpec spec;

	ActivityColumn(String header, boolean required, String... aliases) {
		this.spec = new ColumnSpec(header, required, List.of(aliases));
	}

	@Override
	public ColumnSpec spec() {
		return spec;
	}

}
