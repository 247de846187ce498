package org.joinedup.transform.dtoc;

import java.util.Arrays;
import java.util.List;

import org.joinedup.transform.load.Fact;
import org.joinedup.transform.period.FinancialMonth;

/** One R2 row: delayed days (B SUM) and patients (A SUM) by responsible organisation. */
record DtocFact(FinancialMonth month, String parentCode, String parentName, String providerCode,
		String providerName, String legacyLaCode, String areaCode, String acute, String reason, Long nhsPatients,
		Long nhsDays, Long socialCarePatients, Long socialCareDays, Long bothPatients, Long bothDays, int sourceRow)
		implements Fact {

	@Override
	public String insertSql() {
		return """
				INSERT INTO dtoc_fact (submission_id, period_month, fin_year, quarter, parent_code, parent_name,
				    provider_code, provider_name, legacy_la_code, area_code, acute, reason, nhs_patients, nhs_days,
				    social_care_patients, social_care_days, both_patients, both_days, source_row)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
	}

	@Override
	public List<Object> values() {
		return Arrays.asList(month.firstDay(), month.quarter().finYear(), month.quarter().quarter(), parentCode,
				parentName, providerCode, providerName, legacyLaCode, areaCode, acute, reason, nhsPatients, nhsDays,
				socialCarePatients, socialCareDays, bothPatients, bothDays, sourceRow);
	}
}
