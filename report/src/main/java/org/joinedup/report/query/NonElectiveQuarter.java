package org.joinedup.report.query;

import java.math.BigDecimal;
import java.util.List;

import org.joinedup.warehouse.period.FinancialQuarter;

/**
 * A quarter's non-elective G&A admissions two ways: England's per month from the monthly
 * activity return (R7; null for a month without an accepted return), and the actuals of
 * the BCF returns of the quarter (their areas only).
 */
public record NonElectiveQuarter(FinancialQuarter quarter, List<Long> englandByMonth, int bcfAreas,
		BigDecimal bcfActual) {

	/** England's figure for the quarter's n-th month (0-based), or null. */
	public Long englandMonth(int n) {
		return englandByMonth.get(n);
	}

}
