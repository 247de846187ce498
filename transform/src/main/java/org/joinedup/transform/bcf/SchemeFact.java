package org.joinedup.transform.bcf;

import java.math.BigDecimal;

import org.joinedup.transform.load.Fact;
import org.joinedup.warehouse.period.FinancialQuarter;

record SchemeFact(String areaCode, FinancialQuarter period, String schemeId, String schemeName, String schemeType,
		BigDecimal plannedSavings, BigDecimal achievedSavings, String status, String sheet, int row) implements Fact {
}
