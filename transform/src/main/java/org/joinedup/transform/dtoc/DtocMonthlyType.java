package org.joinedup.transform.dtoc;

import java.util.Arrays;
import java.util.List;

import org.joinedup.ingest.detect.CsvHeaderDetector;
import org.joinedup.transform.load.FactTable;
import org.joinedup.transform.load.ReturnTypeDefinition;
import org.joinedup.warehouse.ReturnType;
import org.joinedup.warehouse.WarehouseTable;

/** R2, the monthly delayed transfers of care extract by provider (see README.md). */
public final class DtocMonthlyType {

	static final FactTable<DtocFact> DTOC = FactTable.of(DtocFact.class, WarehouseTable.DTOC_FACT, """
			period_month, fin_year, quarter, parent_code, parent_name, provider_code, provider_name, legacy_la_code,
			area_code, acute, reason, nhs_patients, nhs_days, social_care_patients, social_care_days, both_patients,
			both_days, source_row""",
			f -> Arrays.asList(f.month().firstDay(), f.month().quarter().finYear(), f.month().quarter().quarter(),
					f.parentCode(), f.parentName(), f.providerCode(), f.providerName(), f.legacyLaCode(), f.areaCode(),
					f.acute(), f.reason(), f.nhsPatients(), f.nhsDays(), f.socialCarePatients(), f.socialCareDays(),
					f.bothPatients(), f.bothDays(), f.sourceRow()));

	public static final ReturnTypeDefinition DEFINITION = new ReturnTypeDefinition(ReturnType.DTOC_MONTHLY,
			"the monthly delayed-transfers extracts (CSV)",
			new CsvHeaderDetector(DtocColumn.IDENTIFYING, DtocColumn.MAX_TITLE_LINES),
			context -> new DtocReturnMapper(new DtocReader(), context.areas(), context.providers()), List.of(DTOC));

	private DtocMonthlyType() {
	}

}
