package org.joinedup.transform.dtoc;

import org.joinedup.transform.load.Fact;
import org.joinedup.warehouse.period.FinancialMonth;

/** One R2 row: delayed days (B SUM) and patients (A SUM) by responsible organisation. */
record DtocFact(FinancialMonth month, String parentCode, String parentName, String providerCode, String providerName,
		String legacyLaCode, String areaCode, String acute, String reason, Long nhsPatients, Long nhsDays,
		Long socialCarePatients, Long socialCareDays, Long bothPatients, Long bothDays, int sourceRow) implements Fact {
}
