package org.joinedup.report.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingRule;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheetConditionalFormatting;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.joinedup.report.style.CellFormat;
import org.joinedup.report.style.Cells;
import org.joinedup.report.style.ReportStyles;
import org.joinedup.report.style.StatusColour;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableColumn;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableStyleInfo;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STTotalsRowFunction;

/**
 * Writes rows as a real Excel table (header row, autofilter, banded style) from column
 * definitions, with a totals row of the table's own (see {@link Column}) and status
 * values coloured. A table with no rows gets one empty data row, because an Excel table
 * needs at least one.
 */
public final class TableWriter {

	private static final Pattern COLUMN_REFERENCE = Pattern.compile("\\{([^}]+)}");

	private static final String TOTAL_LABEL = "Total";

	private static final int MIN_WIDTH = 8;

	private static final int MAX_WIDTH = 60;

	private final ReportStyles styles;

	public TableWriter(ReportStyles styles) {
		this.styles = styles;
	}

	public <R> TablePlacement write(XSSFSheet sheet, int headerRow, int firstColumn, String tableName,
			List<Column<R>> columns, List<R> rows) {
		List<String> headers = columns.stream().map(Column::header).toList();
		boolean totals = columns.stream().anyMatch(Column::hasTotal);
		TablePlacement placement = new TablePlacement(headerRow, firstColumn, headerRow + Math.max(rows.size(), 1),
				headers, totals);
		int[] widths = new int[columns.size()];
		for (int c = 0; c < columns.size(); c++) {
			Cell cell = Cells.put(sheet, headerRow, firstColumn + c, headers.get(c));
			cell.setCellStyle(styles.header());
			widths[c] = Math.max(MIN_WIDTH, longestWord(headers.get(c)) + 3);
		}
		for (int r = 0; r < rows.size(); r++) {
			int rowIndex = placement.firstDataRow() + r;
			for (int c = 0; c < columns.size(); c++) {
				Column<R> column = columns.get(c);
				Cell cell = column.isFormula()
						? Cells.formula(sheet, rowIndex, firstColumn + c,
								resolve(column.formula(), placement, rowIndex))
						: Cells.put(sheet, rowIndex, firstColumn + c, column.value().apply(rows.get(r)));
				cell.setCellStyle(styles.of(column.format()));
				widths[c] = Math.max(widths[c], displayLength(cell, column.format()));
			}
		}
		if (rows.isEmpty()) {
			for (int c = 0; c < columns.size(); c++) {
				Cells.put(sheet, placement.firstDataRow(), firstColumn + c, null);
			}
		}
		for (int c = 0; c < columns.size(); c++) {
			sheet.setColumnWidth(firstColumn + c, Math.min(widths[c], MAX_WIDTH) * 256);
		}
		// the table first: the totals' structured references need it
		createTable(sheet, tableName, placement, columns);
		List<Cell> totalCells = totals ? writeTotals(sheet, tableName, placement, columns) : List.of();
		colourStatuses(sheet, placement, columns);
		// Cached now, so that a workbook saved without evaluating all its formulas still
		// shows them (the structured references need the table to exist).
		FormulaEvaluator evaluator = sheet.getWorkbook().getCreationHelper().createFormulaEvaluator();
		totalCells.forEach(evaluator::evaluateFormulaCell);
		return placement;
	}

	/**
	 * "Total" in the first column, then each column's total; returns the cells holding
	 * formulas.
	 */
	private <R> List<Cell> writeTotals(XSSFSheet sheet, String tableName, TablePlacement placement,
			List<Column<R>> columns) {
		List<Cell> formulas = new ArrayList<>();
		int row = placement.totalsRow();
		for (int c = 0; c < columns.size(); c++) {
			Column<R> column = columns.get(c);
			Cell cell = switch (column.total()) {
				case NONE -> Cells.put(sheet, row, placement.firstColumn() + c, c == 0 ? TOTAL_LABEL : null);
				case SUM ->
					Cells.formula(sheet, row, placement.firstColumn() + c, sum(tableName, placement, column.header()));
				case FORMULA -> Cells.formula(sheet, row, placement.firstColumn() + c,
						resolve(column.totalFormula(), placement, row));
			};
			cell.setCellStyle(styles.total(c == 0 && !column.hasTotal() ? CellFormat.TEXT : column.format()));
			if (column.hasTotal()) {
				formulas.add(cell);
			}
		}
		return formulas;
	}

	/**
	 * SUBTOTAL(109,Table[Header]): the sum of the column's data cells, as Excel writes
	 * it. A header with a character a structured reference must escape ([ ] # ') is
	 * summed by its cells' range instead, as POI cannot read such a reference.
	 */
	private static String sum(String tableName, TablePlacement placement, String header) {
		if (header.matches(".*[\\[\\]#'].*")) {
			String column = placement.columnLetter(header);
			return "SUBTOTAL(109," + column + (placement.firstDataRow() + 1) + ":" + column
					+ (placement.lastDataRow() + 1) + ")";
		}
		return "SUBTOTAL(109," + tableName + "[" + header + "])";
	}

	/**
	 * Each status value's fill and text colour, as conditional formatting on the column's
	 * data cells (Excel compares text regardless of case).
	 */
	private static <R> void colourStatuses(XSSFSheet sheet, TablePlacement placement, List<Column<R>> columns) {
		XSSFSheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
		for (Column<R> column : columns) {
			if (column.statusColours().isEmpty()) {
				continue;
			}
			int c = placement.columnIndex(column.header());
			CellRangeAddress[] data = { new CellRangeAddress(placement.firstDataRow(), placement.lastDataRow(), c, c) };
			column.statusColours().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(status -> {
				XSSFConditionalFormattingRule rule = formatting.createConditionalFormattingRule(
						ComparisonOperator.EQUAL, "\"" + status.getKey().replace("\"", "\"\"") + "\"");
				StatusColour colour = status.getValue();
				rule.createPatternFormatting()
					.setFillBackgroundColor(new XSSFColor(StatusColour.rgb(colour.fill()), null));
				rule.createFontFormatting().setFontColor(new XSSFColor(StatusColour.rgb(colour.text()), null));
				formatting.addConditionalFormatting(data, rule);
			});
		}
	}

	private static <R> void createTable(XSSFSheet sheet, String name, TablePlacement placement,
			List<Column<R>> columns) {
		int lastColumn = placement.firstColumn() + columns.size() - 1;
		AreaReference area = new AreaReference(new CellReference(placement.headerRow(), placement.firstColumn()),
				new CellReference(placement.lastRow(), lastColumn), SpreadsheetVersion.EXCEL2007);
		// The filter leaves the totals row out, or Excel repairs the file.
		AreaReference filtered = new AreaReference(new CellReference(placement.headerRow(), placement.firstColumn()),
				new CellReference(placement.lastDataRow(), lastColumn), SpreadsheetVersion.EXCEL2007);
		XSSFTable table = sheet.createTable(area);
		table.setName(name);
		table.setDisplayName(name);
		CTTable ct = table.getCTTable();
		if (ct.getAutoFilter() == null) {
			ct.addNewAutoFilter();
		}
		ct.getAutoFilter().setRef(filtered.formatAsString());
		CTTableStyleInfo style = ct.isSetTableStyleInfo() ? ct.getTableStyleInfo() : ct.addNewTableStyleInfo();
		style.setName("TableStyleMedium2");
		style.setShowRowStripes(true);
		style.setShowColumnStripes(false);
		style.setShowFirstColumn(false);
		style.setShowLastColumn(false);
		// Column names must equal the header cells, or Excel repairs the file.
		table.updateHeaders();
		if (placement.hasTotals()) {
			ct.setTotalsRowCount(1);
			ct.setTotalsRowShown(true);
			for (int c = 0; c < columns.size(); c++) {
				Column<R> column = columns.get(c);
				CTTableColumn tableColumn = ct.getTableColumns().getTableColumnArray(c);
				switch (column.total()) {
					case NONE -> {
						if (c == 0) {
							tableColumn.setTotalsRowLabel(TOTAL_LABEL);
						}
					}
					case SUM -> tableColumn.setTotalsRowFunction(STTotalsRowFunction.SUM);
					case FORMULA -> {
						tableColumn.setTotalsRowFunction(STTotalsRowFunction.CUSTOM);
						tableColumn.addNewTotalsRowFormula()
							.setStringValue(resolve(column.totalFormula(), placement, placement.totalsRow()));
					}
				}
			}
		}
	}

	/** Turns {Header} into the A1 reference of that column in the given row. */
	private static String resolve(String formula, TablePlacement placement, int rowIndex) {
		Matcher m = COLUMN_REFERENCE.matcher(formula);
		StringBuilder resolved = new StringBuilder();
		while (m.find()) {
			m.appendReplacement(resolved, placement.columnLetter(m.group(1)) + (rowIndex + 1));
		}
		m.appendTail(resolved);
		return resolved.toString();
	}

	private static int longestWord(String header) {
		int longest = 0;
		for (String word : header.split(" ")) {
			longest = Math.max(longest, word.length());
		}
		return Math.max(longest, Math.min(header.length(), 16));
	}

	private static int displayLength(Cell cell, CellFormat format) {
		return switch (format) {
			case TEXT -> cell.getCellType() == CellType.STRING ? cell.getStringCellValue().length() + 2 : 12;
			case DATE_TIME -> 18;
			case MONEY -> 14;
			default -> 12;
		};
	}

}
