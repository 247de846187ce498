package org.joinedup.transform.bcf;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.joinedup.transform.load.Fact;
import org.joinedup.transform.period.FinancialQuarter;

/** The figures a return gives for one quarter of its year ({@code about}), which may be an earlier quarter. */
record IncomeExpenditureFact(String areaCode, FinancialQuarter about, BigDecimal plannedIncome,
		BigDecimal actualIncome, BigDecimal plannedExpenditure, BigDecimal actualExpenditure, String sheet, int row)
		implements Fact {

	@Override
	public String insertSql() {
		return """
				INSERT INTO income_expenditure_fact (submission_id, area_code, fin_year, quarter, planned_income,
				    actual_income, planned_expenditure, actual_expenditure, source_sheet, source_row)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
	}

	@Override
	public List<Object> values() {
		return Arrays.asList(areaCode, about.finYear(), about.quarter(), plannedIncome, actualIncome,
				plannedExpenditure, actualExpenditure, sheet, row);
	}
}
