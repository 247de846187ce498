package org.joinedup.report.sheet;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

final class Dates {

	private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	static String longDate(LocalDate date) {
		return LONG.format(date);
	}

	private Dates() {
	}

}
