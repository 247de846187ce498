package org.joinedup.report;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A financial quarter: {@code finYear} is the financial year by its first calendar year
 * (2016 = 2016-17, April 2016 to March 2017) and Q1 is April to June.
 */
public record ReportQuarter(int finYear, int quarter) {

	private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})\\s*[-/]\\s*(\\d{2})\\s*Q([1-4])");
	private static final Pattern QUARTER_FIRST = Pattern.compile("Q([1-4])\\s*(\\d{4})\\s*[-/]\\s*(\\d{2})");

	public ReportQuarter {
		if (quarter < 1 || quarter > 4) {
			throw new IllegalArgumentException("quarter must be 1 to 4, was " + quarter);
		}
		if (finYear < 1900 || finYear > 9998) {
			throw new IllegalArgumentException("financial year out of range: " + finYear);
		}
	}

	/**
	 * Reads {@code 2016-17 Q4}, {@code 2016-17Q4}, {@code Q4 2016-17} or {@code 2016/17 Q4} (any case, spaces
	 * around the parts allowed).
	 */
	public static ReportQuarter parse(String text) {
		String t = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
		Matcher m = YEAR_FIRST.matcher(t);
		if (m.matches()) {
			return ofYears(m.group(1), m.group(2), m.group(3), text);
		}
		m = QUARTER_FIRST.matcher(t);
		if (m.matches()) {
			return ofYears(m.group(2), m.group(3), m.group(1), text);
		}
		throw new IllegalArgumentException("not a quarter: '" + text + "' (write it as 2016-17 Q4)");
	}

	/** The quarter a day falls in. */
	public static ReportQuarter containing(LocalDate day) {
		int finYear = day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1;
		int quarter = ((day.getMonthValue() + 8) % 12) / 3 + 1;
		return new ReportQuarter(finYear, quarter);
	}

	public ReportQuarter previous() {
		return quarter == 1 ? new ReportQuarter(finYear - 1, 4) : new ReportQuarter(finYear, quarter - 1);
	}

	public ReportQuarter next() {
		return quarter == 4 ? new ReportQuarter(finYear + 1, 1) : new ReportQuarter(finYear, quarter + 1);
	}

	private static ReportQuarter ofYears(String first, String second, String quarter, String text) {
		int finYear = Integer.parseInt(first);
		if ((finYear + 1) % 100 != Integer.parseInt(second)) {
			throw new IllegalArgumentException("not a financial year: '" + text + "' (the years must follow, e.g. 2016-17)");
		}
		return new ReportQuarter(finYear, Integer.parseInt(quarter));
	}

	/** "2016-17" */
	public String yearLabel() {
		return String.format("%d-%02d", finYear, (finYear + 1) % 100);
	}

	/** "2016-17 Q4" */
	public String label() {
		return yearLabel() + " Q" + quarter;
	}

	/** "2016-17-Q4", for file names. */
	public String fileSlug() {
		return yearLabel() + "-Q" + quarter;
	}

	public LocalDate start() {
		return LocalDate.of(finYear, 4, 1).plusMonths(3L * (quarter - 1));
	}

	public LocalDate end() {
		return start().plusMonths(3).minusDays(1);
	}

	/** Share of the financial year elapsed at the end of this quarter: 0.25 for Q1, 1 for Q4. */
	public double elapsedShareOfYear() {
		return quarter / 4.0;
	}
}
