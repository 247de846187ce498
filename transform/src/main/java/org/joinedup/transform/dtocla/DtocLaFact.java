package org.joinedup.transform.dtocla;

import org.joinedup.transform.load.Fact;
import org.joinedup.warehouse.period.FinancialMonth;

/**
 * An area's delayed days in a category of one breakdown (e.g. RESPONSIBLE_ORG, NHS);
 * {@code areaCode} is null for patients resident outside England and for a legacy code
 * the areas reference cannot map.
 */
record DtocLaFact(FinancialMonth month, String areaCode, String laCode, String laName, LaBreakdown breakdown,
		String category, Long delayedDays, String sheet, int row) implements Fact {
}
