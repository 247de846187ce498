package org.joinedup.transform.ae;

import java.util.List;

import org.joinedup.ingest.text.TextMatch;

/**
 * The columns of the monthly A&E workbook's provider table that hold facts, each known by
 * its group heading and the sub-heading below it (a group heading spans the columns up to
 * the next one). Totals and percentages are derived, so not read.
 */
enum AeWorkbookColumn {

	ATTENDANCES_TYPE_1(AeColumn.ATTENDANCES_TYPE_1, Group.ATTENDANCES, Group.TYPE_1),
	ATTENDANCES_TYPE_2(AeColumn.ATTENDANCES_TYPE_2, Group.ATTENDANCES, Group.TYPE_2),
	ATTENDANCES_OTHER(AeColumn.ATTENDANCES_OTHER, Group.ATTENDANCES, Group.TYPE_3),
	OVER_4_HOURS_TYPE_1(AeColumn.OVER_4_HOURS_TYPE_1, Group.OVER_4_HOURS, Group.TYPE_1),
	OVER_4_HOURS_TYPE_2(AeColumn.OVER_4_HOURS_TYPE_2, Group.OVER_4_HOURS, Group.TYPE_2),
	OVER_4_HOURS_OTHER(AeColumn.OVER_4_HOURS_OTHER, Group.OVER_4_HOURS, Group.TYPE_3),
	EMERGENCY_TYPE_1(AeColumn.EMERGENCY_TYPE_1, Group.EMERGENCY, "Emergency Admissions via Type 1 A&E"),
	EMERGENCY_TYPE_2(AeColumn.EMERGENCY_TYPE_2, Group.EMERGENCY, "Emergency Admissions via Type 2 A&E"),
	EMERGENCY_OTHER(AeColumn.EMERGENCY_OTHER, Group.EMERGENCY, "Emergency Admissions via Type 3 and 4 A&E"),
	OTHER_EMERGENCY(AeColumn.OTHER_EMERGENCY, Group.EMERGENCY, "Other Emergency admissions (i.e not via A&E)"),
	/** Over 4 hours includes over 12: the extract's 4 to 12 hours is the difference. */
	WAITED_OVER_4_HOURS(AeColumn.WAITED_4_TO_12_HOURS, Group.EMERGENCY,
			"Number of patients spending >4 hours from decision to admit to admission"),
	WAITED_OVER_12_HOURS(AeColumn.WAITED_OVER_12_HOURS, Group.EMERGENCY,
			"Number of patients spending >12 hours from decision to admit to admission"),
	BOOKED_TYPE_1(AeColumn.BOOKED_TYPE_1, Group.BOOKED, Group.TYPE_1),
	BOOKED_TYPE_2(AeColumn.BOOKED_TYPE_2, Group.BOOKED, Group.TYPE_2),
	BOOKED_OTHER(AeColumn.BOOKED_OTHER, Group.BOOKED, Group.TYPE_3),
	BOOKED_OVER_4_HOURS_TYPE_1(AeColumn.BOOKED_OVER_4_HOURS_TYPE_1, Group.BOOKED_OVER_4_HOURS, Group.TYPE_1),
	BOOKED_OVER_4_HOURS_TYPE_2(AeColumn.BOOKED_OVER_4_HOURS_TYPE_2, Group.BOOKED_OVER_4_HOURS, Group.TYPE_2),
	BOOKED_OVER_4_HOURS_OTHER(AeColumn.BOOKED_OVER_4_HOURS_OTHER, Group.BOOKED_OVER_4_HOURS, Group.TYPE_3);

	/** The columns of the provider table. */
	static final List<AeWorkbookColumn> PROVIDER_TABLE = List.of(values()).subList(0, BOOKED_TYPE_1.ordinal());

	/**
	 * The columns of the Booked Appointments Data table, in workbooks that count them
	 * apart.
	 */
	static final List<AeWorkbookColumn> BOOKED_TABLE = List.of(values())
		.subList(BOOKED_TYPE_1.ordinal(), values().length);

	private final AeColumn fact;

	private final List<String> groups;

	private final String heading;

	AeWorkbookColumn(AeColumn fact, List<String> groups, String heading) {
		this.fact = fact;
		this.groups = groups;
		this.heading = heading;
	}

	AeColumn fact() {
		return fact;
	}

	String heading() {
		return heading;
	}

	boolean isHeadedBy(String group, String subHeading) {
		return TextMatch.sameAsAny(group, groups) && TextMatch.same(subHeading, heading);
	}

	private static final class Group {

		static final List<String> ATTENDANCES = List.of("A&E attendances");

		static final List<String> OVER_4_HOURS = List.of(
				"A&E attendances > 4 hours from arrival to admission, transfer or discharge",
				"A&E attendances greater than 4 hours from arrival to admission, transfer or discharge");

		static final List<String> EMERGENCY = List.of("Emergency Admissions");

		static final List<String> BOOKED = List.of("A&E Booked Appointment attendances");

		static final List<String> BOOKED_OVER_4_HOURS = List
			.of("A&E Booked Appointments attendances greater than 4 hours from arrival to admission, transfer or discharge");

		static final String TYPE_1 = "Type 1 Departments - Major A&E";

		static final String TYPE_2 = "Type 2 Departments - Single Specialty";

		static final String TYPE_3 = "Type 3 Departments - Other A&E/Minor Injury Unit";

	}

}
