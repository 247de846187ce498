package org.joinedup.transform.bcf;

import java.math.BigDecimal;

import org.joinedup.transform.load.Fact;
import org.joinedup.warehouse.period.FinancialQuarter;

/**
 * The figures a return gives for one quarter of its year ({@code about}), which may be an
 * earlier quarter.
 */
record IncomeExpenditureFact(String areaCode, FinancialQuarter about, BigDecimal plannedIncome, BigDecimal actualIncome,
		BigDecimal plannedExpenditure, BigDecimal actualExpenditure, String sheet, int row) implements Fact {
}
