package org.joinedup.samples.monthly;

import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Writes a delayed-transfers extract (R2) in one of its header eras. */
public final class DtocExtract {

	public enum Era {

		SHA_PARENT, CURRENT, WITHOUT_A_SUM

	}

	private DtocExtract() {
	}

	public static List<String> header(Era era) {
		List<String> header = new ArrayList<>(
				List.of("Year", "Period Name", era == Era.SHA_PARENT ? "Provider SHA Code" : "Provider Parent Org Code",
						era == Era.SHA_PARENT ? "Provider SHA Name" : "Provider Parent Name", "Provider Org Code",
						"Provider Org Name", "Local Authority Code", "Local Authority Name",
						"Acute Or Non Acute Description", "Reason For Delay"));
		for (String org : List.of("NHS", "Social Care", "Both")) {
			if (era != Era.WITHOUT_A_SUM) {
				header.add(org + " A SUM");
			}
			header.add(org + " B SUM");
		}
		return header;
	}

	public static List<String> titleLines(Month month, int count, boolean poundSign) {
		List<String> lines = new ArrayList<>(List.of(
				"Delayed Transfers of Care, " + month.month().getDisplayName(TextStyle.FULL, Locale.UK) + " "
						+ month.calendarYear(),
				"Provider by local authority, acute and non-acute, by reason for delay (sample data)",
				poundSign ? "Illustrative figures; a delayed day is costed at \u00a3305 in the joinedup report"
						: "Illustrative figures"));
		if (count == 4) {
			lines.add("Published: " + month.key() + " extract");
		}
		return lines;
	}

	public static List<List<String>> records(Month month, List<DtocRow> rows, Era era) {
		List<List<String>> records = new ArrayList<>();
		for (DtocRow row : rows) {
			Provider p = row.provider();
			List<String> r = new ArrayList<>(List.of(month.yearLabel(), month.upperName(), p.parentCode(),
					p.parentName(), p.code(), p.name(), p.area().legacyCode(), p.area().name().toUpperCase(),
					row.acute() ? "Acute" : "Non-Acute", row.reason()));
			addPair(r, era, row.nhsPatients(), row.nhsDays());
			addPair(r, era, row.socialCarePatients(), row.socialCareDays());
			addPair(r, era, row.bothPatients(), row.bothDays());
			records.add(r);
		}
		return records;
	}

	/**
	 * Fewer than 3 patients are suppressed as {@code *}, as the published extracts do.
	 */
	private static void addPair(List<String> record, Era era, Long patients, Long days) {
		if (era != Era.WITHOUT_A_SUM) {
			record.add(patients == null ? "" : patients < 3 ? "*" : patients.toString());
		}
		record.add(days == null ? "" : days.toString());
	}

}
