package org.joinedup.transform.bcf;

import java.util.Arrays;
import java.util.List;

import org.joinedup.ingest.detect.WorkbookDetector;
import org.joinedup.transform.load.FactTable;
import org.joinedup.transform.load.ReturnTypeDefinition;
import org.joinedup.warehouse.ReturnType;
import org.joinedup.warehouse.WarehouseTable;

/**
 * R1, the Better Care Fund quarterly return: one workbook per area and quarter (see
 * README.md).
 */
public final class BcfQuarterlyType {

	static final FactTable<CoverFact> COVER = FactTable.of(CoverFact.class, WarehouseTable.BCF_COVER,
			"hwb_name, template_version, completed_by, email, telephone, signed_off_on, source_sheet",
			f -> Arrays.asList(f.hwbName(), f.templateVersion(), f.completedBy(), f.email(), f.telephone(),
					f.signedOffOn(), f.sheet()));

	static final FactTable<MetricFact> METRICS = FactTable.of(MetricFact.class, WarehouseTable.METRIC_FACT, """
			area_code, fin_year, quarter, metric_code, baseline, plan, actual, numerator, denominator, commentary,
			source_sheet, source_row""",
			f -> Arrays.asList(f.areaCode(), f.period().finYear(), f.period().quarter(), f.metricCode(), f.baseline(),
					f.plan(), f.actual(), f.numerator(), f.denominator(), f.commentary(), f.sheet(), f.row()));

	static final FactTable<IncomeExpenditureFact> INCOME_EXPENDITURE = FactTable.of(IncomeExpenditureFact.class,
			WarehouseTable.INCOME_EXPENDITURE_FACT, """
					area_code, fin_year, quarter, planned_income, actual_income, planned_expenditure,
					actual_expenditure, source_sheet, source_row""",
			f -> Arrays.asList(f.areaCode(), f.about().finYear(), f.about().quarter(), f.plannedIncome(),
					f.actualIncome(), f.plannedExpenditure(), f.actualExpenditure(), f.sheet(), f.row()));

	static final FactTable<SchemeFact> SCHEMES = FactTable.of(SchemeFact.class, WarehouseTable.SAVINGS_SCHEME_FACT, """
			area_code, fin_year, quarter, scheme_id, scheme_name, scheme_type, planned_savings, achieved_savings,
			status, source_sheet, source_row""",
			f -> Arrays.asList(f.areaCode(), f.period().finYear(), f.period().quarter(), f.schemeId(), f.schemeName(),
					f.schemeType(), f.plannedSavings(), f.achievedSavings(), f.status(), f.sheet(), f.row()));

	static final FactTable<NarrativeFact> NARRATIVE = FactTable.of(NarrativeFact.class, WarehouseTable.NARRATIVE_FACT,
			"narrative, source_sheet, source_row", f -> List.of(f.narrative(), f.sheet(), f.row()));

	public static final ReturnTypeDefinition DEFINITION = new ReturnTypeDefinition(ReturnType.BCF_QUARTERLY,
			"Better Care Fund quarterly workbooks (.xlsx or .xls)", new WorkbookDetector(),
			context -> new BcfReturnMapper(context.workbooks(), context.areas(), context.clock()),
			List.of(COVER, METRICS, INCOME_EXPENDITURE, SCHEMES, NARRATIVE));

	private BcfQuarterlyType() {
	}

}
