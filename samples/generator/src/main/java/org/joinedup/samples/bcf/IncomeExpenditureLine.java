package org.joinedup.samples.bcf;

/**
 * One quarter row of the Income and Expenditure sheet, in whole pounds; actuals null when
 * not reported.
 */
public record IncomeExpenditureLine(int quarter, long plannedIncome, Long actualIncome, long plannedExpenditure,
		Long actualExpenditure) {
}
