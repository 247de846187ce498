package org.joinedup.warehouse.period;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A quarter of the April–March financial year: {@code finYear} 2016 is 2016-17, quarter 1
 * is April–June. Written {@code 2016-17 Q4}.
 */
public record FinancialQuarter(int finYear, int quarter) implements Comparable<FinancialQuarter> {

	private static final String YEAR = "(\\d{4})\\s*[-/]\\s*(\\d{2}|\\d{4})";

	private static final Pattern QUARTER_FIRST = Pattern.compile("Q\\s*([1-4])\\s*" + YEAR);

	private static final Pattern YEAR_FIRST = Pattern.compile(YEAR + "\\s*Q\\s*([1-4])");

	public FinancialQuarter {
		if (quarter < 1 || quarter > 4) {
			throw new IllegalArgumentException("quarter must be 1 to 4: " + quarter);
		}
		if (finYear < 1900 || finYear > 9998) {
			throw new IllegalArgumentException("financial year out of range: " + finYear);
		}
	}

	/**
	 * Parses {@code Q3 2016-17}, {@code 2016-17 Q3}, {@code Q3 2016/17},
	 * {@code 2016/17 Q3}, {@code 2016-17Q3}.
	 */
	public static Optional<FinancialQuarter> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String s = text.replace('\u00a0', ' ').trim().toUpperCase().replaceAll("\\s+", " ");
		Matcher m = QUARTER_FIRST.matcher(s);
		if (m.matches()) {
			return of(m.group(2), m.group(3), m.group(1));
		}
		m = YEAR_FIRST.matcher(s);
		if (m.matches()) {
			return of(m.group(1), m.group(2), m.group(3));
		}
		return Optional.empty();
	}

	private static Optional<FinancialQuarter> of(String startYear, String endYear, String quarter) {
		int start = Integer.parseInt(startYear);
		if (!followsOn(startYear, endYear) || start < 1900 || start > 9998) {
			return Optional.empty();
		}
		return Optional.of(new FinancialQuarter(start, Integer.parseInt(quarter)));
	}

	/**
	 * Whether a financial year written {@code start-end} ends the year after it starts
	 * ({@code 2016-17}, {@code 2016/2017}).
	 */
	static boolean followsOn(String startYear, String endYear) {
		int start = Integer.parseInt(startYear);
		int end = Integer.parseInt(endYear);
		return end == (endYear.length() == 2 ? (start + 1) % 100 : start + 1);
	}

	/** The quarter a date falls in. */
	public static FinancialQuarter containing(LocalDate date) {
		int monthsIntoYear = (date.getMonthValue() + 8) % 12;
		int finYear = date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1;
		return new FinancialQuarter(finYear, monthsIntoYear / 3 + 1);
	}

	public LocalDate start() {
		return LocalDate.of(finYear, 4, 1).plusMonths(3L * (quarter - 1));
	}

	public LocalDate end() {
		return start().plusMonths(3).minusDays(1);
	}

	public String yearLabel() {
		return finYear + "-" + String.format("%02d", (finYear + 1) % 100);
	}

	public String label() {
		return yearLabel() + " Q" + quarter;
	}

	/** For file names: {@code 2016-17-Q4}. */
	public String slug() {
		return yearLabel() + "-Q" + quarter;
	}

	public FinancialQuarter next() {
		return quarter == 4 ? new FinancialQuarter(finYear + 1, 1) : new FinancialQuarter(finYear, quarter + 1);
	}

	public FinancialQuarter previous() {
		return quarter == 1 ? new FinancialQuarter(finYear - 1, 4) : new FinancialQuarter(finYear, quarter - 1);
	}

	/**
	 * Share of the financial year elapsed at the end of this quarter: 0.25 for Q1, 1 for
	 * Q4.
	 */
	public double elapsedShareOfYear() {
		return quarter / 4.0;
	}

	@Override
	public int compareTo(FinancialQuarter other) {
		return finYear != other.finYear ? Integer.compare(finYear, other.finYear)
				: Integer.compare(quarter, other.quarter);
	}

	public boolean isAfter(FinancialQuarter other) {
		return compareTo(other) > 0;
	}

	@Override
	public String toString() {
		return label();
	}
}
