package org.joinedup.warehouse.period;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar month seen from the April–March financial year: the delayed-transfers pair
 * {@code Year=2016-17, Period Name=JANUARY} is January 2017; the A&E form is
 * {@code MSitAE-OCTOBER-2016}.
 */
public record FinancialMonth(int year, Month month) implements Comparable<FinancialMonth> {

	private static final Pattern FINANCIAL_YEAR = Pattern.compile("(\\d{4})\\s*[-/]\\s*(\\d{2}|\\d{4})");

	private static final Pattern AE_PERIOD = Pattern.compile("MSITAE-([A-Z]+)-(\\d{4})");

	private static final Pattern MONTH_AND_YEAR = Pattern.compile("([A-Z]+)\\s+(\\d{4})");

	/**
	 * Parses the financial year ({@code 2016-17}, {@code 2016/17}) and the month's
	 * English name, any case.
	 */
	public static Optional<FinancialMonth> parse(String financialYear, String monthName) {
		Optional<Month> month = month(monthName);
		Matcher year = FINANCIAL_YEAR.matcher(normalise(financialYear));
		if (month.isEmpty() || !year.matches() || !FinancialQuarter.followsOn(year.group(1), year.group(2))) {
			return Optional.empty();
		}
		int start = Integer.parseInt(year.group(1));
		return Optional.of(new FinancialMonth(month.get().getValue() >= 4 ? start : start + 1, month.get()));
	}

	/** Parses the A&E period {@code MSitAE-OCTOBER-2016} (calendar year). */
	public static Optional<FinancialMonth> parseAePeriod(String period) {
		Matcher m = AE_PERIOD.matcher(normalise(period));
		if (!m.matches()) {
			return Optional.empty();
		}
		return month(m.group(1)).map(month -> new FinancialMonth(Integer.parseInt(m.group(2)), month));
	}

	/** Parses a month as a workbook's {@code Period:} names it, {@code October 2016}. */
	public static Optional<FinancialMonth> parseMonthAndYear(String text) {
		Matcher m = MONTH_AND_YEAR.matcher(normalise(text));
		if (!m.matches()) {
			return Optional.empty();
		}
		return month(m.group(1)).map(month -> new FinancialMonth(Integer.parseInt(m.group(2)), month));
	}

	public static FinancialMonth of(LocalDate day) {
		return new FinancialMonth(day.getYear(), day.getMonth());
	}

	private static Optional<Month> month(String name) {
		String upper = normalise(name);
		for (Month month : Month.values()) {
			if (month.name().equals(upper)) {
				return Optional.of(month);
			}
		}
		return Optional.empty();
	}

	private static String normalise(String text) {
		return text == null ? "" : text.replace('\u00a0', ' ').trim().toUpperCase(Locale.ROOT);
	}

	public LocalDate firstDay() {
		return LocalDate.of(year, month, 1);
	}

	public FinancialQuarter quarter() {
		return FinancialQuarter.containing(firstDay());
	}

	/** e.g. {@code January 2017}. */
	public String label() {
		return month.getDisplayName(TextStyle.FULL, Locale.UK) + " " + year;
	}

	@Override
	public int compareTo(FinancialMonth other) {
		return firstDay().compareTo(other.firstDay());
	}

	@Override
	public String toString() {
		return label();
	}
}
