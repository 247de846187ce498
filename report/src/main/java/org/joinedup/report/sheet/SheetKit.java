package org.joinedup.report.sheet;

import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.joinedup.report.style.Cells;
import org.joinedup.report.style.ReportStyles;
import org.joinedup.report.table.Column;
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
		Cells.put(sheet, 0, 0, subject + ": " + quarter.label() + " and year to date").setCellStyle(styles.title());
		Cells.put(sheet, 1, 0, subtitle).setCellStyle(styles.subtitle());
		sheet.createFreezePane(0, TABLE_HEADER_ROW + 1);
		printOnePageWide(sheet);
	}

	/**
	 * A caption at {@code firstRow} (0-based) and under it a named table, as a block
	 * written below a sheet's main table.
	 */
	public <R> void captionedTable(XSSFSheet sheet, int firstRow, String caption, String tableName,
			List<Column<R>> columns, List<R> rows) {
		Cells.put(sheet, firstRow, 0, caption).setCellStyle(styles.subtitle());
		tables.write(sheet, firstRow + 1, 0, tableName, columns, rows);
	}

	/** Landscape, as many pages tall as needed but one page wide. */
	public static void printOnePageWide(XSSFSheet sheet) {
		sheet.getPrintSetup().setLandscape(true);
		sheet.setFitToPage(true);
		sheet.getPrintSetup().setFitWidth((short) 1);
		sheet.getPrintSetup().setFitHeight((short) 0);
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
