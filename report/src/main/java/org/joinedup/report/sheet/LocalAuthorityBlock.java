package org.joinedup.report.sheet;

import java.util.List;

import org.joinedup.report.query.LocalAuthorityDays;
import org.joinedup.report.query.ReportData;
import org.joinedup.report.style.CellFormat;
import org.joinedup.report.table.Column;

/**
 * Every local authority of R2 with its delayed days to date, whether or not the areas
 * reference places it: the {@code DelayedDaysByLocalAuthority} table, on a sheet of its
 * own named after it.
 */
final class LocalAuthorityBlock {

	static final String TABLE = "DelayedDaysByLocalAuthority";

	private static final List<Column<LocalAuthorityDays>> COLUMNS = List.of(
			Column.text("Code", LocalAuthorityDays::code), Column.text("Local authority", LocalAuthorityDays::name),
			Column.text("Area", LocalAuthorityDays::areaCode),
			Column.value("NHS days", CellFormat.COUNT, LocalAuthorityDays::nhs),
			Column.value("Social care days", CellFormat.COUNT, LocalAuthorityDays::socialCare),
			Column.value("Both days", CellFormat.COUNT, LocalAuthorityDays::both),
			Column.formula("All days", CellFormat.COUNT, "SUM({NHS days},{Social care days},{Both days})"));

	private LocalAuthorityBlock() {
	}

	static ReportSheet sheet(SheetKit kit) {
		return new TableSheet<>(kit, TABLE, "Delayed days by local authority",
				"Delayed days to date by local authority as R2 reports them (its code; Area is blank where the "
						+ "areas reference cannot place it, as for patients resident outside England).",
				"Delayed days to date per local authority as the monthly delayed-transfer return (R2) reports them",
				COLUMNS, ReportData::delayedDaysByLocalAuthority, null);
	}

}
