package org.joinedup.transform.dtocla;

import java.util.Arrays;
import java.util.List;

import org.joinedup.ingest.detect.WorkbookSheetsDetector;
import org.joinedup.transform.load.FactTable;
import org.joinedup.transform.load.ReturnTypeDefinition;
import org.joinedup.warehouse.ReturnType;
import org.joinedup.warehouse.WarehouseTable;

/**
 * R2, the monthly delayed transfers of care workbook by local authority (see README.md).
 */
public final class DtocLaMonthlyType {

	static final FactTable<DtocLaFact> DTOC_LA = FactTable.of(DtocLaFact.class, WarehouseTable.DTOC_LA_FACT, """
			period_month, fin_year, quarter, area_code, la_code, la_name, breakdown, category, delayed_days,
			source_sheet, source_row""",
			f -> Arrays.asList(f.month().firstDay(), f.month().quarter().finYear(), f.month().quarter().quarter(),
					f.areaCode(), f.laCode(), f.laName(), f.breakdown().name(), f.category(), f.delayedDays(),
					f.sheet(), f.row()));

	public static final ReturnTypeDefinition DEFINITION = new ReturnTypeDefinition(ReturnType.DTOC_LA_MONTHLY,
			"the monthly delayed-transfers workbooks by local authority (.xls or .xlsx)",
			new WorkbookSheetsDetector(Arrays.stream(LaBreakdown.values()).map(LaBreakdown::sheetName).toList()),
			context -> new DtocLaReturnMapper(context.workbooks(), context.areas(), context.areas(), context.areas()),
			List.of(DTOC_LA));

	static final FactTable<EnglandSeriesFact> DTOC_ENGLAND = FactTable.of(EnglandSeriesFact.class,
			WarehouseTable.DTOC_ENGLAND_FACT,
			"period_month, nhs_days, social_care_days, both_days, source_sheet, source_row", f -> Arrays
				.asList(f.month().firstDay(), f.nhsDays(), f.socialCareDays(), f.bothDays(), f.sheet(), f.row()));

	public static final ReturnTypeDefinition ENGLAND_SERIES = new ReturnTypeDefinition(ReturnType.DTOC_ENGLAND_SERIES,
			"the England delayed-transfers time series workbook",
			new WorkbookSheetsDetector(List.of(EnglandSeriesTable.SHEET)),
			context -> new DtocEnglandSeriesMapper(context.workbooks()), List.of(DTOC_ENGLAND));

	private DtocLaMonthlyType() {
	}

}
