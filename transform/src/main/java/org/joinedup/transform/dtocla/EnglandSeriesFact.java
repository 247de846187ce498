package org.joinedup.transform.dtocla;

import org.joinedup.transform.load.Fact;
import org.joinedup.warehouse.period.FinancialMonth;

/**
 * England's delayed days in one month of the time series, by responsible organisation.
 */
record EnglandSeriesFact(FinancialMonth month, Long nhsDays, Long socialCareDays, Long bothDays, String sheet,
		int row) implements Fact {
}
