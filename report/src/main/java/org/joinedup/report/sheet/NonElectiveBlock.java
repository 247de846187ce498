package org.joinedup.report.sheet;

import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.joinedup.report.query.NonElectiveQuarter;
import org.joinedup.report.query.ReportData;
import org.joinedup.report.style.CellFormat;
import org.joinedup.report.table.Column;

/**
 * England's non-elective G&A admissions per month from the monthly activity return (R7)
 * beside the BCF returns' NEA actuals, per quarter of the year to date: the
 * {@code NonElectiveAdmissions} table, written under the sheet's per-area table.
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

	/**
	 * @param firstRow the 0-based row of the caption; the table's header is below it
	 */
	static void write(SheetKit kit, XSSFSheet sheet, int firstRow, ReportData data) {
		kit.captionedTable(sheet, firstRow,
				"Non-elective G&A admissions, England per month (monthly activity return, MAR, "
						+ "months 1-3 of each quarter) beside the BCF returns' NEA actuals (their areas only)",
				TABLE, COLUMNS, data.nonElectiveByQuarter());
	}

	private static Column<NonElectiveQuarter> month(int n) {
		return Column.value("MAR month " + n, CellFormat.COUNT, q -> q.englandMonth(n - 1));
	}

}
