package org.joinedup.transform.ae;

import java.util.Map;

import org.joinedup.transform.load.Fact;
import org.joinedup.warehouse.period.FinancialMonth;

/**
 * One provider's row of R3; each count sits in the ae_fact column named after its
 * {@link AeColumn}.
 */
record AeFact(FinancialMonth month, String orgCode, String parentOrg, String orgName, Map<AeColumn, Long> counts,
		int sourceRow) implements Fact {
}
