package org.joinedup.transform.activity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.joinedup.ingest.detect.WorkbookContentDetector;
import org.joinedup.transform.load.FactTable;
import org.joinedup.transform.load.ReturnTypeDefinition;
import org.joinedup.warehouse.ReturnType;
import org.joinedup.warehouse.WarehouseTable;

/** R7, the monthly activity return by commissioner (see README.md). */
public final class ActivityMonthlyType {

	static final FactTable<ActivityFact> ACTIVITY = FactTable.of(ActivityFact.class, WarehouseTable.ACTIVITY_FACT,
			"period_month, fin_year, quarter, region_code, region_name, org_code, org_name, "
					+ ActivityColumn.COUNTS.stream()
						.map(column -> column.name().toLowerCase(Locale.ROOT))
						.collect(Collectors.joining(", "))
					+ ", source_sheet, source_row",
			ActivityMonthlyType::values);

	public static final ReturnTypeDefinition DEFINITION = new ReturnTypeDefinition(ReturnType.ACTIVITY_MONTHLY,
			"the monthly activity return by commissioner (.xls or .xlsx)",
			new WorkbookContentDetector(ActivityReader::isActivityReturn),
			context -> new ActivityReturnMapper(context.workbooks()), List.of(ACTIVITY));

	private ActivityMonthlyType() {
	}

	private static List<Object> values(ActivityFact f) {
		List<Object> values = new ArrayList<>(
				List.of(f.month().firstDay(), f.month().quarter().finYear(), f.month().quarter().quarter()));
		values.add(f.regionCode());
		values.add(f.regionName());
		values.add(f.orgCode());
		values.add(f.orgName());
		ActivityColumn.COUNTS.forEach(column -> values.add(f.counts().get(column)));
		values.add(f.sheet());
		values.add(f.row());
		return values;
	}

}
