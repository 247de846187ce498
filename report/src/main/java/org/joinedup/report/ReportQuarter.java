package org.joinedup.report;

import java.time.LocalDate;

/**
 * A financial quarter: {@code finYear} is the financial year by its first calendar year
 * (2016 = 2016-17, April 2016 to March 2017) and Q1 is April to June.
 */
public record ReportQuarter(int finYear, int quarter) {

	public ReportQuarter {
		if (quarter < 1 || quarter > 4) {
			throw new IllegalArgumentException("quarter must be 1 to 4, was " + quarter);
		}
		if (finYear < 1900 || finYear > 9998) {
			throw new IllegalArgumentException("financial year out of range: " + finYear);
		}
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
