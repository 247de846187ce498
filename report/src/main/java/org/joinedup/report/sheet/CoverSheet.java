package org.joinedup.report.sheet;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.joinedup.report.query.ReportData;
import org.joinedup.report.style.Cells;
import org.joinedup.warehouse.period.FinancialQuarter;

/**
 * The cover: title, period, status, sources, contact, when and by which run the workbook
 * was made, and how it is revised.
 */
public final class CoverSheet implements ReportSheet {

	public static final String NAME = "Cover";

	static final String STATUS = "Management information, not official statistics";

	/** Characters of a value that fit on one line of column B. */
	private static final int TEXT_WIDTH = 100;

	private final SheetKit kit;

	public CoverSheet(SheetKit kit) {
		this.kit = kit;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public String description() {
		return "What the workbook is: title, period, status, sources, contact, when it was made and its revisions";
	}

	/** "joinedup quarterly report: 2016-17 Q4 and year to date" */
	public static String title(FinancialQuarter quarter) {
		return "joinedup quarterly report: " + quarter.label() + " and year to date";
	}

	@Override
	public void write(XSSFSheet sheet, ReportData data) {
		Cells.put(sheet, 0, 0, title(data.quarter())).setCellStyle(kit.styles().title());
		int row = 2;
		for (String[] item : items(data)) {
			Cells.put(sheet, row, 0, item[0]).setCellStyle(kit.styles().header());
			Cells.put(sheet, row, 1, item[1]).setCellStyle(kit.styles().wrapped());
			// Not every viewer grows a row to fit wrapped text, so give the row its
			// height.
			int lines = PrintLayout.wrappedLines(item[1], TEXT_WIDTH);
			sheet.getRow(row).setHeightInPoints(lines * 15f + 4);
			row++;
		}
		sheet.setColumnWidth(0, 22 * 256);
		sheet.setColumnWidth(1, (TEXT_WIDTH + 8) * 256);
	}

	private static List<String[]> items(ReportData data) {
		FinancialQuarter quarter = data.quarter();
		String madeAt = NotesSheet.MADE_AT.format(data.run().madeAt());
		List<String[]> items = new ArrayList<>();
		items.add(new String[] { "Period", "Quarter: " + quarter.label() + " (" + Dates.longDate(quarter.start())
				+ " to " + Dates.longDate(quarter.end()) + "); " + SheetKit.yearToDate(quarter) });
		items.add(new String[] { "Status", STATUS + ": figures as the areas returned them, checked and added up by"
				+ " joinedup; not quality-assured for publication as official statistics." });
		items.add(new String[] { "Source returns", SummarySheet.returnsBehind(data) + " Returns received for "
				+ quarter.label() + ": " + data.submissions().size() + " (" + data.england().areasReporting() + " of "
				+ data.england().areasExpected() + " expected areas with an accepted return); see Data quality." });
		items.add(new String[] { "Contact", data.settings().contact() });
		items.add(new String[] { "Made at", madeAt });
		items.add(new String[] { "Made by run", data.run().runId() });
		items.add(new String[] { "Revisions", "First made " + madeAt + ". A workbook made again for the same quarter"
				+ " (when returns arrive or are revised, or unit costs change) replaces this one; see Notes for the"
				+ " source files behind these figures." });
		items.add(new String[] { "Contents",
				"The Contents sheet links every sheet. Each data sheet holds one Excel table, named as the sheet or"
						+ " as listed in Contents." });
		return items;
	}

}
