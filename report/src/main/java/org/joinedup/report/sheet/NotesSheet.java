package org.joinedup.report.sheet;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.joinedup.report.query.ReportData;
import org.joinedup.report.query.SourceFile;
import org.joinedup.report.style.CellFormat;
import org.joinedup.report.style.Cells;
import org.joinedup.report.table.Column;

/**
 * How the workbook was made: run, definitions, unit costs, and every source file behind
 * the figures.
 */
public final class NotesSheet implements ReportSheet {

	static final DateTimeFormatter MADE_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
		.withZone(ZoneOffset.UTC);

	/** Characters of a note that fit on one line of column B. */
	private static final int TEXT_WIDTH = 110;

	private final SheetKit kit;

	public NotesSheet(SheetKit kit) {
		this.kit = kit;
	}

	@Override
	public String name() {
		return "Notes";
	}

	@Override
	public String description() {
		return "Definitions, unit costs, the run that made the workbook, and every source file with its sha256";
	}

	@Override
	public void write(XSSFSheet sheet, ReportData data) {
		Cells.put(sheet, 0, 0, "Notes: " + data.quarter().label() + " and year to date")
			.setCellStyle(kit.styles().title());
		int row = 2;
		for (String[] note : notes(data)) {
			Cells.put(sheet, row, 0, note[0]).setCellStyle(kit.styles().header());
			Cells.put(sheet, row, 1, note[1]).setCellStyle(kit.styles().wrapped());
			// Not every viewer grows a row to fit wrapped text, so give the row its
			// height.
			int lines = 1 + (note[1].length() - 1) / TEXT_WIDTH;
			sheet.getRow(row).setHeightInPoints(lines * sheet.getDefaultRowHeightInPoints());
			row++;
		}
		row++;
		Cells.put(sheet, row, 0, "Source files behind the figures").setCellStyle(kit.styles().header());
		kit.tables().write(sheet, row + 1, 0, "SourceFiles", sourceFileColumns(), data.sourceFiles());
		sheet.setColumnWidth(0, 40 * 256);
		sheet.setColumnWidth(1, (TEXT_WIDTH + 10) * 256);
	}

	private static List<String[]> notes(ReportData data) {
		List<String[]> notes = new ArrayList<>();
		notes.add(new String[] { "Made at", MADE_AT.format(data.run().madeAt()) });
		notes.add(new String[] { "Made by run", data.run().runId() });
		notes.add(new String[] { "Quarter", data.quarter().label() + "; " + SheetKit.yearToDate(data.quarter()) });
		notes.add(new String[] { "Cost per non-elective admission", "£"
				+ String.format("%,.2f", data.settings().costPerAdmission()) + " (configuration; default £1,611)" });
		notes.add(new String[] { "Cost per delayed day",
				"£" + String.format("%,.2f", data.settings().costPerDelayedDay()) + " (configuration; default £305)" });
		notes.add(new String[] { "Returns counted", "Only accepted Better Care Fund returns count. A later accepted"
				+ " return for the same area and quarter supersedes the earlier one; rejected returns leave no figures." });
		notes.add(new String[] { "England", "The areas of the current areas reference valid in the quarter (and"
				+ " any area whose code has since been retired that returned for it) whose current return for the"
				+ " quarter was accepted. Every per-area table and every Summary figure covers"
				+ " exactly these areas; areas without an accepted return are listed in Data quality." });
		notes.add(new String[] { "Year to date",
				"Quarters 1 to " + data.quarter().quarter() + " of " + data.quarter().yearLabel()
						+ ", each from that quarter's accepted return (a quarter an area did not"
						+ " return adds nothing)." });
		for (SummaryFigure figure : SummaryFigure.values()) {
			notes.add(new String[] { figure.excelName(), figure.label() + ": " + figure.definition() });
		}
		notes.add(new String[] { "Changes and variance", "Planned change = plan − baseline; actual change = actual −"
				+ " baseline; variance vs plan = actual − plan; cost of variance = variance × unit cost. Savings'"
				+ " variance (£) = planned − achieved, the shortfall. Every variance has the same sign: positive is"
				+ " worse than plan. Negative money and counts are shown in brackets." });
		notes.add(new String[] { "Savings status (area)", SavingsSheet.statusRule(data.quarter().elapsedShareOfYear())
				+ ". Scheme status is as the return states it." });
		notes.add(new String[] { "Care outcomes", "Rate per 100,000 = residential admissions 65+ ÷ population 65+ ×"
				+ " 100,000; the population is ONS's mid-year estimate (the latest loaded), or the areas reference's"
				+ " for an area the estimates lack. Reablement (%) = people at home after 91 days ÷ people discharged." });
		notes.add(new String[] { "Delayed transfers", "NHS days, Social care days and Both days stay empty until the"
				+ " monthly delayed-transfer feed is loaded. A month's LA workbook is used where there is one, its"
				+ " provider extract otherwise; where both are loaded Data quality shows how England's totals differ." });
		notes.add(new String[] { "Formulas", "Derived columns are formulas with their values stored; the named cells"
				+ " on Summary can be used in other workbooks." });
		return notes;
	}

	private static List<Column<SourceFile>> sourceFileColumns() {
		return List.of(Column.text("File", SourceFile::fileName), Column.text("sha256", SourceFile::sha256),
				Column.text("Return type", f -> f.returnType().name()), Column.text("Code", SourceFile::orgCode),
				Column.text("Period", SourceFile::period),
				Column.value("Received", CellFormat.DATE_TIME, SourceFile::receivedAt));
	}

}
