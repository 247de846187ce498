package org.joinedup.transform.ae;

import java.util.List;

import org.joinedup.ingest.csv.ColumnSpec;
import org.joinedup.ingest.csv.CsvColumn;

/**
 * The columns of the monthly A&E attendances and emergency admissions extract (R3),
 * headed exactly as published (typos included). Three header eras: 2018-04 to 2020-03
 * heads attendances {@code Number of ...} (and over 4 hours
 * {@code ... Other A&E Department}), 2020-04 to 2020-07 drops the {@code Number of}, and
 * from 2020-08 the Booked Appointments columns follow.
 */
public enum AeColumn implements CsvColumn {

	PERIOD("Period", true), ORG_CODE("Org Code", true), PARENT_ORG("Parent Org", true), ORG_NAME("Org name", true),
	ATTENDANCES_TYPE_1("A&E attendances Type 1", true, "Number of A&E attendances Type 1"),
	ATTENDANCES_TYPE_2("A&E attendances Type 2", true, "Number of A&E attendances Type 2"),
	ATTENDANCES_OTHER("A&E attendances Other A&E Department", true, "Number of A&E attendances Other A&E Department"),
	BOOKED_TYPE_1("A&E attendances Booked Appointments Type 1", false),
	BOOKED_TYPE_2("A&E attendances Booked Appointments Type 2", false),
	BOOKED_OTHER("A&E attendances Booked Appointments Other Department", false),
	OVER_4_HOURS_TYPE_1("Attendances over 4hrs Type 1", true, "Number of attendances over 4hrs Type 1"),
	OVER_4_HOURS_TYPE_2("Attendances over 4hrs Type 2", true, "Number of attendances over 4hrs Type 2"),
	OVER_4_HOURS_OTHER("Attendances over 4hrs Other Department", true,
			"Number of attendances over 4hrs Other A&E Department"),
	BOOKED_OVER_4_HOURS_TYPE_1("Attendances over 4hrs Booked Appointments Type 1", false),
	BOOKED_OVER_4_HOURS_TYPE_2("Attendances over 4hrs Booked Appointments Type 2", false),
	BOOKED_OVER_4_HOURS_OTHER("Attendances over 4hrs Booked Appointments Other Department", false),
	WAITED_4_TO_12_HOURS("Patients who have waited 4-12 hs from DTA to admission", true),
	WAITED_OVER_12_HOURS("Patients who have waited 12+ hrs from DTA to admission", true),
	EMERGENCY_TYPE_1("Emergency admissions via A&E - Type 1", true),
	EMERGENCY_TYPE_2("Emergency admissions via A&E - Type 2", true),
	EMERGENCY_OTHER("Emergency admissions via A&E - Other A&E department", true),
	OTHER_EMERGENCY("Other emergency admissions", true);

	/**
	 * The columns that make a header this extract's, for detection: a file that has them
	 * but lacks another required column is still read as R3, so that the sender hears
	 * which column is missing.
	 */
	public static final List<AeColumn> IDENTIFYING = List.of(PERIOD, ORG_CODE, PARENT_ORG, ORG_NAME);

	/** The extract may carry a few title lines above its header. */
	public static final int MAX_TITLE_LINES = 4;

	/** The count columns, in the order of the header. */
	public static final List<AeColumn> COUNTS = List.of(values())
		.subList(ATTENDANCES_TYPE_1.ordinal(), values().length);

	private final ColumnSpec spec;

	AeColumn(String header, boolean required, String... aliases) {
		this.spec = new ColumnSpec(header, required, List.of(aliases));
	}

	@Override
	public ColumnSpec spec() {
		return spec;
	}

}
