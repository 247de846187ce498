package org.joinedup.samples.monthly;

import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.joinedup.samples.bcf.Quarter;

/**
 * A month of the financial year: {@code finYear} 2016 is 2016-17; {@code index} 0 is
 * April, 11 is March.
 */
public record Month(int finYear, int index) {

	/** The 24 months of 2015-16 and 2016-17. */
	public static List<Month> sampleMonths() {
		List<Month> months = new ArrayList<>();
		for (int year = 2015; year <= 2016; year++) {
			for (int i = 0; i < 12; i++) {
				months.add(new Month(year, i));
			}
		}
		return months;
	}

	public int calendarYear() {
		return index < 9 ? finYear : finYear + 1;
	}

	public java.time.Month month() {
		return java.time.Month.of((index + 3) % 12 + 1);
	}

	/** Upper-case English, as both extracts write it: {@code JANUARY}. */
	public String upperName() {
		return month().getDisplayName(TextStyle.FULL, Locale.UK).toUpperCase(Locale.ROOT);
	}

	public Quarter quarter() {
		return new Quarter(finYear, index / 3 + 1);
	}

	public String yearLabel() {
		return quarter().year();
	}

	/** {@code 2017-01}, for file names and the expected figures. */
	public String key() {
		return String.format("%d-%02d", calendarYear(), month().getValue());
	}
}
