package org.joinedup.report.sheet;

import java.util.List;

import org.joinedup.report.query.NonElectiveQuarter;
import org.joinedup.report.query.ReportData;
import org.joinedup.report.style.CellFormat;
import org.joinedup.report.table.Column;

/**
 * England's non-elective G&A admissions per month from the monthly activity return (R7)
 * beside the BCF returns' NEA actuals, per quarter of the year to date: the
 * {@code NonElectiveAdmissions} table, on a sheet of its own named after it.
 */
final class NonElectiveBlock {

	static final String TABLE = "NonElectiveAdmissions";

	private static final List<Column<NonElectiveQuarter>> COLUMNS = List.of(
			Column.text("Quarter", q -> q.quarter().label()), month(1), month(2), month(3),
			Column.formula("MAR quarter", CellFormat.COUNT,
					"IF(COUNT({MAR month 1},{MAR month 2},{MAR month 3})=3,"
							+ "{MAR month 1}+{MAR month 2}+{MAR month 3},\"\")"),
			Column.<NonElectiveQuarter>value("BCF areas", CellFormat.COUNT, NonElectiveQuarter::bcfAreas).noTotal(),
			Column.value("BCF NEA actual", CellFormat.COUNT, NonElectiveQuarter::bcfActual),
			Column.<NonElectiveQuarter>formula("BCF share of MAR", CellFormat.PERCENT,
					"IF(AND(ISNUMBER({MAR quarter}),ISNUMBER({BCF NEA actual})),{BCF NEA actual}/{MAR quarter},\"\")")
				// only over quarters that have both
				.totalledAs("IF(AND({MAR quarter}>0,COUNT(" + "NonElectiveAdmissions[MAR quarter])=COUNT("
						+ "NonElectiveAdmissions[BCF NEA actual])),{BCF NEA actual}/{MAR quarter},\"\")"));

	private NonElectiveBlock() {
	}

	static ReportSheet sheet(SheetKit kit) {
		return new TableSheet<>(kit, TABLE, "Non-elective admissions, MAR and BCF",
				"Non-elective G&A admissions, England per month (monthly activity return, MAR, "
						+ "months 1-3 of each quarter) beside the BCF returns' NEA actuals (their areas only).",
				"Non-elective G&A admissions per month from the monthly activity return beside the BCF NEA actuals, "
						+ "per quarter",
				COLUMNS, ReportData::nonElectiveByQuarter, null);
	}

	private static Column<NonElectiveQuarter> month(int n) {
		return Column.value("MAR month " + n, CellFormat.COUNT, q -> q.englandMonth(n - 1));
	}

}
