package org.joinedup.samples.monthly;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes an A&E extract (R3) in one of its header eras, headers exactly as published
 * (typos included), providers then the TOTAL row.
 */
public final class AeExtract {

	public enum Era {

		NUMBER_OF, BOOKED_APPOINTMENTS

	}

	/** How the TOTAL row names itself: in Org Code, or only in Org name. */
	public enum TotalLabel {

		ORG_CODE, ORG_NAME

	}

	private AeExtract() {
	}

	public static List<String> header(Era era) {
		List<String> header = new ArrayList<>(List.of("Period", "Org Code", "Parent Org", "Org name"));
		if (era == Era.NUMBER_OF) {
			header.addAll(List.of("Number of A&E attendances Type 1", "Number of A&E attendances Type 2",
					"Number of A&E attendances Other A&E Department", "Number of attendances over 4hrs Type 1",
					"Number of attendances over 4hrs Type 2", "Number of attendances over 4hrs Other A&E Department"));
		}
		else {
			header.addAll(
					List.of("A&E attendances Type 1", "A&E attendances Type 2", "A&E attendances Other A&E Department",
							"A&E attendances Booked Appointments Type 1", "A&E attendances Booked Appointments Type 2",
							"A&E attendances Booked Appointments Other Department", "Attendances over 4hrs Type 1",
							"Attendances over 4hrs Type 2", "Attendances over 4hrs Other Department",
							"Attendances over 4hrs Booked Appointments Type 1",
							"Attendances over 4hrs Booked Appointments Type 2",
							"Attendances over 4hrs Booked Appointments Other Department"));
		}
		header.addAll(List.of("Patients who have waited 4-12 hs from DTA to admission",
				"Patients who have waited 12+ hrs from DTA to admission", "Emergency admissions via A&E - Type 1",
				"Emergency admissions via A&E - Type 2", "Emergency admissions via A&E - Other A&E department",
				"Other emergency admissions"));
		return header;
	}

	public static String period(Month month) {
		return "MSitAE-" + month.upperName() + "-" + month.calendarYear();
	}

	/**
	 * @param totalOffBy added to the TOTAL row's Type 1 attendances (0 for a total that
	 * adds up)
	 */
	public static List<List<String>> records(Month month, List<AeRow> rows, Era era, TotalLabel label,
			long totalOffBy) {
		List<List<String>> records = new ArrayList<>();
		long[] total = new long[counts(rows.get(0), era).size()];
		for (AeRow row : rows) {
			List<Long> counts = counts(row, era);
			for (int i = 0; i < total.length; i++) {
				total[i] += counts.get(i);
			}
			// Parent Org is padded with trailing spaces, as published.
			records.add(record(period(month), row.provider().code(), row.provider().aeParent() + "   ",
					row.provider().name(), counts));
		}
		total[0] += totalOffBy;
		List<Long> totals = new ArrayList<>();
		for (long t : total) {
			totals.add(t);
		}
		records.add(label == TotalLabel.ORG_CODE ? record(period(month), "TOTAL", "", "TOTAL", totals)
				: record(period(month), "-", "", "Total", totals));
		return records;
	}

	private static List<String> record(String period, String code, String parent, String name, List<Long> counts) {
		List<String> record = new ArrayList<>(List.of(period, code, parent, name));
		counts.forEach(c -> record.add(c.toString()));
		return record;
	}

	private static List<Long> counts(AeRow r, Era era) {
		List<Long> counts = new ArrayList<>(List.of(r.attendancesType1(), r.attendancesType2(), r.attendancesOther()));
		if (era == Era.BOOKED_APPOINTMENTS) {
			counts.addAll(List.of(r.bookedType1(), 0L, 0L));
		}
		counts.addAll(List.of(r.over4Type1(), r.over4Type2(), r.over4Other()));
		if (era == Era.BOOKED_APPOINTMENTS) {
			counts.addAll(List.of(0L, 0L, 0L));
		}
		counts.addAll(List.of(r.waited4To12(), r.waitedOver12(), r.emergencyType1(), r.emergencyType2(),
				r.emergencyOther(), r.otherEmergency()));
		return counts;
	}

}
