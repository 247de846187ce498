package org.joinedup.transform.bcf;

import java.math.BigDecimal;

import org.joinedup.transform.load.Fact;
import org.joinedup.warehouse.period.FinancialQuarter;

record MetricFact(String areaCode, FinancialQuarter period, String metricCode, BigDecimal baseline, BigDecimal plan,
		BigDecimal actual, BigDecimal numerator, BigDecimal denominator, String commentary, String sheet,
		int row) implements Fact {
}
