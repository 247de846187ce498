package org.joinedup.transform.bcf;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.joinedup.transform.load.Fact;
import org.joinedup.transform.period.FinancialQuarter;

record SchemeFact(String areaCode, FinancialQuarter period, String schemeId, String schemeName, String schemeType,
		BigDecimal plannedSavings, BigDecimal achievedSavings, String status, String sheet, int row) implements Fact {

	@Override
	public String insertSql() {
		return """
				INSERT INTO savings_scheme_fact (submission_id, area_code, fin_year, quarter, scheme_id, scheme_name,
				    scheme_type, planned_savings, achieved_savings, status, source_sheet, source_row)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
	}

	@Override
	public List<Object> values() {
		return Arrays.asList(areaCode, period.finYear(), period.quarter(), schemeId, schemeName, schemeType,
				plannedSavings, achievedSavings, status, sheet, row);
	}
}
