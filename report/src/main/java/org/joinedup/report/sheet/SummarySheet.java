package org.joinedup.report.sheet;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.joinedup.report.query.EnglandTotals;
import org.joinedup.report.query.ReportData;
import org.joinedup.report.query.SourceFile;
import org.joinedup.report.style.Cells;
import org.joinedup.warehouse.ReturnType;

/**
 * The headline figures as workbook-scope named cells, and charts of admissions and
 * delayed days against plan.
 */
public final class SummarySheet implements ReportSheet {

	public static final String NAME = "Summary";

	private static final int KEY_MESSAGES_ROW = 2;

	private static final int KEY_MESSAGES = 5;

	/**
	 * Wide enough for most definitions on one line, narrow enough for the sheet to fit
	 * the page.
	 */
	private static final int DEFINITION_WIDTH = 62;

	/** Row (0-based) of the figures' column headings, under the key messages. */
	static final int FIGURES_HEADER_ROW = KEY_MESSAGES_ROW + KEY_MESSAGES + 2;

	private final SheetKit kit;

	public SummarySheet(SheetKit kit) {
		this.kit = kit;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public void write(XSSFSheet sheet, ReportData data) {
		kit.heading(sheet, "Better Care Fund", data.quarter(),
				"England (" + data.england().areasReporting() + " areas whose current return for "
						+ data.quarter().label() + " was accepted), " + SheetKit.yearToDate(data.quarter())
						+ ". Savings: planned for the whole year, achieved to date. " + returnsBehind(data));
		sheet.createFreezePane(0, 0);
		List<String> headings = List.of("Figure", "Value", "Named cell", "How it is worked out");
		for (int c = 0; c < headings.size(); c++) {
			Cells.put(sheet, FIGURES_HEADER_ROW, c, headings.get(c)).setCellStyle(kit.styles().header());
		}
		for (SummaryFigure figure : SummaryFigure.values()) {
			writeFigure(sheet, figure, data);
		}
		writeKeyMessages(sheet, data);
		sheet.setColumnWidth(0, 42 * 256);
		sheet.setColumnWidth(1, 16 * 256);
		sheet.setColumnWidth(2, 22 * 256);
		sheet.setColumnWidth(3, DEFINITION_WIDTH * 256);
	}

	/**
	 * Which returns the workbook holds: "Returns behind the figures (listed in Notes): 12
	 * ...; 3 ...".
	 */
	static String returnsBehind(ReportData data) {
		Map<ReturnType, Long> byType = data.sourceFiles()
			.stream()
			.collect(Collectors.groupingBy(SourceFile::returnType, () -> new EnumMap<>(ReturnType.class),
					Collectors.counting()));
		if (byType.isEmpty()) {
			return "No return is behind the figures yet.";
		}
		return byType.entrySet()
			.stream()
			.map(e -> e.getValue() + " " + e.getKey().title())
			.collect(Collectors.joining("; ", "Returns behind the figures (listed in Notes): ", "."));
	}

	@Override
	public boolean summarisesOthers() {
		return true;
	}

	/**
	 * The story in sentences: formulas over the named figures, so that they stay true to
	 * the tables they come from.
	 */
	private void writeKeyMessages(XSSFSheet sheet, ReportData data) {
		Cells.put(sheet, KEY_MESSAGES_ROW, 0, "Key messages").setCellStyle(kit.styles().header());
		List<String> messages = List.of(KeyMessages.reporting(),
				KeyMessages.againstPlan("Emergency (non-elective) admissions", "NEA"),
				KeyMessages.againstPlan("Delayed days (delayed transfers of care)", "DTOC"), KeyMessages.savings());
		for (int i = 0; i < messages.size(); i++) {
			keyMessage(sheet, KEY_MESSAGES_ROW + 1 + i,
					Cells.formula(sheet, KEY_MESSAGES_ROW + 1 + i, 0, messages.get(i)));
		}
		int last = KEY_MESSAGES_ROW + 1 + messages.size();
		keyMessage(sheet, last, Cells.put(sheet, last, 0, KeyMessages.sinceLastQuarter(data)));
	}

	/**
	 * A sentence across the sheet's four columns, wrapped on two lines: never cut at a
	 * page edge.
	 */
	private void keyMessage(XSSFSheet sheet, int row, Cell cell) {
		cell.setCellStyle(kit.styles().wrapped());
		sheet.addMergedRegion(new CellRangeAddress(row, row, 0, 3));
		sheet.getRow(row).setHeightInPoints(2 * sheet.getDefaultRowHeightInPoints() + 2);
	}

	private void writeFigure(XSSFSheet sheet, SummaryFigure figure, ReportData data) {
		Cells.put(sheet, figure.row(), 0, figure.label());
		Cell value = figure.isDerived()
				? Cells.formula(sheet, figure.row(), SummaryFigure.VALUE_COLUMN, figure.resolvedFormula())
				: Cells.put(sheet, figure.row(), SummaryFigure.VALUE_COLUMN, storedValue(figure, data));
		value.setCellStyle(kit.styles().of(figure.format()));
		Cells.put(sheet, figure.row(), 2, figure.excelName());
		Cells.put(sheet, figure.row(), 3, figure.definition()).setCellStyle(kit.styles().wrapped());
		// Viewers keep the default height of a row with wrapped text: give it the lines
		// it needs.
		int lines = (figure.definition().length() + DEFINITION_WIDTH - 3) / (DEFINITION_WIDTH - 2);
		sheet.getRow(figure.row()).setHeightInPoints(Math.max(1, lines) * sheet.getDefaultRowHeightInPoints());
		Name name = sheet.getWorkbook().createName();
		name.setNameName(figure.excelName());
		name.setRefersToFormula(figure.absoluteReference());
	}

	private static Object storedValue(SummaryFigure figure, ReportData data) {
		EnglandTotals england = data.england();
		return switch (figure) {
			case AREAS_EXPECTED -> england.areasExpected();
			case AREAS_REPORTING -> england.areasReporting();
			case SPEND_PLANNED_YTD -> england.spendPlanned();
			case SPEND_ACTUAL_YTD -> england.spendActual();
			case COST_NEA_UNIT -> data.settings().costPerAdmission();
			case COST_DTOC_UNIT -> data.settings().costPerDelayedDay();
			default -> throw new IllegalStateException(figure + " is derived, not stored");
		};
	}

}
