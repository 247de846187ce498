package org.joinedup.transform.ae;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.joinedup.ingest.detect.CsvHeaderDetector;
import org.joinedup.ingest.detect.WorkbookContentDetector;
import org.joinedup.transform.load.FactTable;
import org.joinedup.transform.load.LoadContext;
import org.joinedup.transform.load.ReturnMapper;
import org.joinedup.transform.load.ReturnTypeDefinition;
import org.joinedup.warehouse.ReturnType;
import org.joinedup.warehouse.WarehouseTable;

/**
 * R3, the monthly A&E attendances and emergency admissions, extract or workbook (see
 * README.md).
 */
public final class AeMonthlyType {

	static final FactTable<AeFact> AE = FactTable
		.of(AeFact.class, WarehouseTable.AE_FACT, "period_month, fin_year, quarter, org_code, parent_org, org_name, "
				+ AeColumn.COUNTS.stream().map(c -> c.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "))
				+ ", source_row", AeMonthlyType::values);

	public static final ReturnTypeDefinition DEFINITION = new ReturnTypeDefinition(ReturnType.AE_MONTHLY,
			"the monthly A&E extracts (CSV) and workbooks",
			new CsvHeaderDetector(AeColumn.IDENTIFYING, AeColumn.MAX_TITLE_LINES)
				.or(new WorkbookContentDetector(AeWorkbookSheet::isAe)),
			AeMonthlyType::mapper, List.of(AE));

	private AeMonthlyType() {
	}

	private static ReturnMapper mapper(LoadContext context) {
		AeReturnMapper extracts = new AeReturnMapper(new AeReader(), context.providers());
		return new AeMapper(extracts, new AeWorkbookMapper(context.workbooks(), extracts));
	}

	private static List<Object> values(AeFact f) {
		List<Object> values = new ArrayList<>(List.of(f.month().firstDay(), f.month().quarter().finYear(),
				f.month().quarter().quarter(), f.orgCode(), f.parentOrg()));
		values.add(f.orgName());
		AeColumn.COUNTS.forEach(column -> values.add(f.counts().get(column)));
		values.add(f.sourceRow());
		return values;
	}

}
