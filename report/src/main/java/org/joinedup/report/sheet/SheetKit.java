package org.joinedup.report.sheet;

import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.joinedup.report.style.Cells;
import org.joinedup.report.style.ReportStyles;
import org.joinedup.report.table.Column;
import org.joinedup.report.table.TablePlacement;
import org.joinedup.report.table.TableWriter;
import org.joinedup.warehouse.period.FinancialQuarter;

/**
 * What every sheet writer uses: the workbook's styles, the table writer and the common
 * heading.
 */
public record SheetKit(ReportStyles styles, TableWriter tables) {

	/**
	 * Row (0-based) of the header of each sheet's main table; the rows above hold the
	 * heading.
	 */
	public static final int TABLE_HEADER_ROW = 3;

	/**
	 * Title row naming the quarter and the year to date, a subtitle under it, and frozen
	 * rows down to the table header.
	 */
	public void heading(XSSFSheet sheet, String subject, FinancialQuarter quarter, String subtitle) {
		titled(sheet, subject + ": " + quarter.label() + " and year to date", subtitle);
	}

	/**
	 * A title row, a subtitle under it, and frozen rows down to the table header; the
	 * print set-up is {@link PrintLayout}'s, once every sheet is written.
	 */
	public void titled(XSSFSheet sheet, String title, String subtitle) {
		Cells.put(sheet, 0, 0, title).setCellStyle(styles.title());
		Cells.put(sheet, 1, 0, subtitle).setCellStyle(styles.subtitle());
		sheet.createFreezePane(0, TABLE_HEADER_ROW + 1);
	}

	/**
	 * A sheet of its own for one table: title and subtitle, then the table at the top
	 * left ({@link #TABLE_HEADER_ROW}).
	 */
	public <R> TablePlacement tableSheet(XSSFSheet sheet, String title, String subtitle, String tableName,
			List<Column<R>> columns, List<R> rows) {
		titled(sheet, title, subtitle);
		return tables.write(sheet, TABLE_HEADER_ROW, 0, tableName, columns, rows);
	}

	/** "year to date: 2016-17 Q1 to Q2 (1 April 2016 to 30 September 2016)" */
	public static String yearToDate(FinancialQuarter quarter) {
		FinancialQuarter first = new FinancialQuarter(quarter.finYear(), 1);
		String quarters = quarter.quarter() == 1 ? quarter.label()
				: quarter.yearLabel() + " Q1 to Q" + quarter.quarter();
		return "year to date: " + quarters + " (" + Dates.longDate(first.start()) + " to "
				+ Dates.longDate(quarter.end()) + ")";
	}
}
