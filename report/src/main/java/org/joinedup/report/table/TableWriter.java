package org.joinedup.report.table;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.joinedup.report.style.CellFormat;
import org.joinedup.report.style.Cells;
import org.joinedup.report.style.ReportStyles;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableStyleInfo;

/**
 * Writes rows as a real Excel table (header row, autofilter, banded style) from column
 * definitions. A table with no rows gets one empty data row, because an Excel table needs
 * at least one.
 */
public final class TableWriter {

	private static final Pattern COLUMN_REFERENCE = Pattern.compile("\\{([^}]+)}");

	private static final int MIN_WIDTH = 8;

	private static final int MAX_WIDTH = 60;

	private final ReportStyles styles;

	public TableWriter(ReportStyles styles) {
		this.styles = styles;
	}

	public <R> TablePlacement write(XSSFSheet sheet, int headerRow, int firstColumn, String tableName,
			List<Column<R>> columns, List<R> rows) {
		List<String> headers = columns.stream().map(Column::header).toList();
		TablePlacement placement = new TablePlacement(headerRow, firstColumn, headerRow + Math.max(rows.size(), 1),
				headers);
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
		createTable(sheet, tableName, placement, columns.size());
		return placement;
	}

	private static void createTable(XSSFSheet sheet, String name, TablePlacement placement, int columnCount) {
		AreaReference area = new AreaReference(new CellReference(placement.headerRow(), placement.firstColumn()),
				new CellReference(placement.lastRow(), placement.firstColumn() + columnCount - 1),
				SpreadsheetVersion.EXCEL2007);
		XSSFTable table = sheet.createTable(area);
		table.setName(name);
		table.setDisplayName(name);
		if (table.getCTTable().getAutoFilter() == null) {
			table.getCTTable().addNewAutoFilter();
		}
		table.getCTTable().getAutoFilter().setRef(area.formatAsString());
		CTTableStyleInfo style = table.getCTTable().isSetTableStyleInfo() ? table.getCTTable().getTableStyleInfo()
				: table.getCTTable().addNewTableStyleInfo();
		style.setName("TableStyleMedium2");
		style.setShowRowStripes(true);
		style.setShowColumnStripes(false);
		style.setShowFirstColumn(false);
		style.setShowLastColumn(false);
		// Column names must equal the header cells, or Excel repairs the file.
		table.updateHeaders();
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
