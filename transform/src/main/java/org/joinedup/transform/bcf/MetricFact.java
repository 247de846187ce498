package org.joinedup.transform.bcf;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.joinedup.transform.load.Fact;
import org.joinedup.transform.period.FinancialQuarter;

record MetricFact(String areaCode, FinancialQuarter period, String metricCode, BigDecimal baseline, BigDecimal plan,
		BigDecimal actual, BigDecimal numerator, BigDecimal denominator, String commentary, String sheet, int row)
		implements Fact {

	@Override
	public String insertSql() {
		return """
				INSERT INTO metric_fact (submission_id, area_code, fin_year, quarter, metric_code, baseline, plan,
				    actual, numerator, denominator, commentary, source_sheet, source_row)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
	}

	@Override
	public List<Object> values() {
		return Arrays.asList(areaCode, period.finYear(), period.quarter(), metricCode, baseline, plan, actual,
				numerator, denominator, commentary, sheet, row);
	}
}
