package org.joinedup.transform.activity;

import java.util.Map;

import org.joinedup.transform.load.Fact;
import org.joinedup.warehouse.period.FinancialMonth;

/** One commissioner's activity in a month, as R7 gives it, with the sheet and row. */
record ActivityFact(FinancialMonth month, String regionCode, String regionName, String orgCode, String orgName,
		Map<ActivityColumn, Long> counts, String sheet, int row) implements Fact {
}
