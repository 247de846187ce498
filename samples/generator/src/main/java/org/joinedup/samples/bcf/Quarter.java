package org.joinedup.samples.bcf;

/**
 * A financial quarter: {@code startYear} 2016 and {@code q} 3 is 2016-17 Q3 (October to
 * December 2016).
 */
public record Quarter(int startYear, int q) implements Comparable<Quarter> {

	/** {@code 2016-17}. */
	public String year() {
		return startYear + "-" + String.format("%02d", (startYear + 1) % 100);
	}

	/** {@code 2016/17}. */
	public String slashYear() {
		return startYear + "/" + String.format("%02d", (startYear + 1) % 100);
	}

	public String format(PeriodForm form) {
		return switch (form) {
			case Q_FIRST -> "Q" + q + " " + year();
			case YEAR_FIRST -> year() + " Q" + q;
			case Q_FIRST_SLASH -> "Q" + q + " " + slashYear();
			case YEAR_FIRST_SLASH -> slashYear() + " Q" + q;
		};
	}

	/** {@code 2016-17-Q3}, as used in the expected-figure file names. */
	public String fileKey() {
		return year() + "-Q" + q;
	}

	@Override
	public int compareTo(Quarter o) {
		return startYear != o.startYear ? Integer.compare(startYear, o.startYear) : Integer.compare(q, o.q);
	}

	/** The written forms of a period that formats.md accepts. */
	public enum PeriodForm {

		Q_FIRST, YEAR_FIRST, Q_FIRST_SLASH, YEAR_FIRST_SLASH

	}
}
