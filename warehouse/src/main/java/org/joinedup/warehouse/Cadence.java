package org.joinedup.warehouse;

/** How often a return type arrives, and so what period its submissions carry. */
public enum Cadence {

	/** Reference data: no period; each accepted version replaces the one before. */
	REFERENCE,

	/** One return per area and financial quarter ({@code fin_year}, {@code quarter}). */
	QUARTERLY,

	/**
	 * One extract per calendar month ({@code period_month}, and the quarter it falls in).
	 */
	MONTHLY,

	/**
	 * An extract of the months it covers; its quarter is set when they all fall in one.
	 */
	MONTHS_COVERED,

	/** No period: identified by what it is about (a survey's waves). */
	UNDATED;

	/**
	 * Whether a return of this cadence is expected every period, so that Data quality
	 * lists it (or its absence).
	 */
	public boolean expectedEveryPeriod() {
		return this == QUARTERLY || this == MONTHLY;
	}

}
