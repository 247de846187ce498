package org.joinedup.report.sheet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFShape;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.joinedup.report.style.ReportStyles;

/**
 * The print set-up of every sheet, once all are written: A4 landscape, the table's header
 * row repeated on each page, a footer with the report, the sheet and "Page 3 of 7",
 * header and subtitle rows tall enough for their wrapped text, and a scale that keeps
 * text readable. A sheet that fits one page wide at no less than {@link #MIN_SCALE} is
 * fitted to it; a wider one prints at full size over several pages, its identifying
 * columns repeated on each.
 */
final class PrintLayout {

	/**
	 * The smallest scale a sheet is fitted at: its smallest text (the 10 pt subtitle)
	 * still prints at 8 pt.
	 */
	static final double MIN_SCALE = 0.8;

	/**
	 * Pixels (at 96 an inch) across A4 landscape within 0.5 in margins, less a little for
	 * viewers that draw columns wider.
	 */
	static final double PAGE_PIXELS = (11.69 - 2 * 0.5) * 96 - 30;

	/** Characters of default width across the page. */
	static final double PAGE_CHARACTERS = PAGE_PIXELS / 7;

	private static final double MARGIN = 0.5;

	/** Points per line of 11 pt text. */
	private static final float LINE = 15f;

	/**
	 * Leading columns that say what a row is about, repeated on each page of a wide
	 * sheet.
	 */
	private static final Set<String> IDENTIFYING = Set.of("ONS code", "Area", "Return type", "Code", "Name", "File",
			"Survey", "Wave", "Question ID", "Month", "Quarter", "Local authority", "Sheet", "Scheme ID", "Figure");

	private static final int MAX_IDENTIFYING = 3;

	private final ReportStyles styles;

	private XSSFCellStyle wrappedSubtitle;

	PrintLayout(ReportStyles styles) {
		this.styles = styles;
	}

	void apply(XSSFWorkbook workbook, String reportTitle) {
		for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
			apply(workbook.getSheetAt(i), reportTitle);
		}
	}

	private void apply(XSSFSheet sheet, String reportTitle) {
		PrintSetup print = sheet.getPrintSetup();
		print.setPaperSize(PrintSetup.A4_PAPERSIZE);
		print.setLandscape(true);
		sheet.setMargin(PageMargin.LEFT, MARGIN);
		sheet.setMargin(PageMargin.RIGHT, MARGIN);
		sheet.getFooter().setLeft(escape(reportTitle));
		sheet.getFooter().setCenter(escape(sheet.getSheetName()));
		sheet.getFooter().setRight("Page &P of &N");

		XSSFTable table = mainTable(sheet);
		int headerRow = headerRow(sheet, table);
		sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
		if (headerRow > 0) {
			fitHeaderRow(sheet, headerRow);
		}
		int lastColumn = lastColumn(sheet);
		double width = 0;
		for (int c = 0; c <= lastColumn; c++) {
			width += sheet.getColumnWidth(c) / 256.0;
		}
		boolean fits = pixels(sheet, lastColumn) <= PAGE_PIXELS / MIN_SCALE;
		if (fits) {
			sheet.setFitToPage(true);
			print.setFitWidth((short) 1);
			print.setFitHeight((short) 0);
		}
		else {
			sheet.setFitToPage(false);
			print.setScale((short) 100);
			int first = table == null ? 0 : table.getStartColIndex();
			int last = table == null ? lastColumn : table.getEndColIndex();
			int identifying = identifyingColumns(sheet, headerRow, first, last);
			if (identifying > 0) {
				sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, first, first + identifying - 1));
			}
		}
		// a fitted sheet's page holds more characters than one at full size
		double page = fits ? Math.max(PAGE_CHARACTERS, width) : PAGE_CHARACTERS;
		wrapSubtitle(sheet, lastColumn, page);
	}

	/** The sheet's table nearest its top, if it starts among the first rows. */
	private static XSSFTable mainTable(XSSFSheet sheet) {
		return sheet.getTables()
			.stream()
			.filter(t -> t.getStartRowIndex() <= SheetKit.TABLE_HEADER_ROW)
			.min(Comparator.comparingInt(XSSFTable::getStartRowIndex))
			.orElse(null);
	}

	/**
	 * The row to repeat on every page: the main table's header; else the last frozen row
	 * (a header of headings); else the title.
	 */
	private static int headerRow(XSSFSheet sheet, XSSFTable table) {
		if (table != null) {
			return table.getStartRowIndex();
		}
		var pane = sheet.getPaneInformation();
		if (pane != null && pane.isFreezePane() && pane.getHorizontalSplitPosition() > 0) {
			return pane.getHorizontalSplitPosition() - 1;
		}
		return 0;
	}

	/** Tall enough for each header cell's text, wrapped at its column's width. */
	private static void fitHeaderRow(XSSFSheet sheet, int rowIndex) {
		Row row = sheet.getRow(rowIndex);
		if (row == null) {
			return;
		}
		int lines = 1;
		for (Cell cell : row) {
			if (cell.getCellType() == CellType.STRING && cell.getCellStyle().getWrapText()) {
				// less a character for the cell's padding
				double perLine = sheet.getColumnWidth(cell.getColumnIndex()) / 256.0 - 1;
				lines = Math.max(lines, wrappedLines(cell.getStringCellValue(), perLine));
			}
		}
		row.setHeightInPoints(lines * LINE + 3);
	}

	/**
	 * The subtitle (row 2) wrapped across the table's width (a merged cell above the
	 * table, never inside it), so that all of it prints.
	 */
	private void wrapSubtitle(XSSFSheet sheet, int lastColumn, double page) {
		Row row = sheet.getRow(1);
		Cell cell = row == null ? null : row.getCell(0);
		if (cell == null || cell.getCellType() != CellType.STRING
				|| cell.getCellStyle().getIndex() != styles.subtitle().getIndex() || lastColumn < 1) {
			return;
		}
		int last = 0;
		double used = sheet.getColumnWidth(0) / 256.0;
		while (last < lastColumn && used + sheet.getColumnWidth(last + 1) / 256.0 <= page) {
			last++;
			used += sheet.getColumnWidth(last) / 256.0;
		}
		if (last > 0) {
			sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, last));
		}
		cell.setCellStyle(wrappedSubtitle(sheet.getWorkbook()));
		// 10 pt text: about 1.1 characters per character of column width
		int lines = wrappedLines(cell.getStringCellValue(), used * 1.1 - 2);
		lines += lines > 2 ? 1 : 0; // room for a viewer whose font runs wider
		row.setHeightInPoints(lines * 13.5f + 2);
	}

	private XSSFCellStyle wrappedSubtitle(XSSFWorkbook workbook) {
		if (wrappedSubtitle == null) {
			wrappedSubtitle = workbook.createCellStyle();
			wrappedSubtitle.cloneStyleFrom(styles.subtitle());
			wrappedSubtitle.setWrapText(true);
			wrappedSubtitle.setVerticalAlignment(VerticalAlignment.TOP);
		}
		return wrappedSubtitle;
	}

	/** The last column holding a cell below the heading, or a drawing. */
	private static int lastColumn(XSSFSheet sheet) {
		int last = 0;
		for (Row row : sheet) {
			if (row.getRowNum() > 1 && row.getLastCellNum() > 0) {
				last = Math.max(last, row.getLastCellNum() - 1);
			}
		}
		XSSFDrawing drawing = sheet.getDrawingPatriarch();
		if (drawing != null) {
			for (XSSFShape shape : drawing.getShapes()) {
				if (shape.getAnchor() instanceof XSSFClientAnchor anchor) {
					last = Math.max(last, anchor.getCol2() - 1);
				}
			}
		}
		return last;
	}

	/**
	 * How many columns of default width a chart starting at {@code firstColumn} may span
	 * for the sheet to print one page wide at full size: {@code preferred} at most, and
	 * never fewer than five.
	 */
	static int chartColumns(XSSFSheet sheet, int firstColumn, int preferred) {
		double free = PAGE_PIXELS - pixels(sheet, firstColumn - 1);
		int fit = (int) Math.floor(free / (sheet.getDefaultColumnWidth() * 7 + 12));
		return Math.max(5, Math.min(preferred, fit));
	}

	/** Pixels across columns A to {@code lastColumn}: 7 a character and 5 of padding. */
	private static double pixels(XSSFSheet sheet, int lastColumn) {
		double pixels = 0;
		for (int c = 0; c <= lastColumn; c++) {
			pixels += sheet.getColumnWidth(c) / 256.0 * 7 + 5;
		}
		return pixels;
	}

	/**
	 * How many of the first columns under the header row identify its rows (at most
	 * three).
	 */
	private static int identifyingColumns(XSSFSheet sheet, int headerRow, int first, int last) {
		Row header = sheet.getRow(headerRow);
		int n = 0;
		while (header != null && n < MAX_IDENTIFYING && first + n <= last) {
			Cell cell = header.getCell(first + n);
			if (cell == null || cell.getCellType() != CellType.STRING
					|| !IDENTIFYING.contains(cell.getStringCellValue())) {
				break;
			}
			n++;
		}
		return n;
	}

	/** Lines the text takes, wrapped at word boundaries at {@code perLine} characters. */
	static int wrappedLines(String text, double perLine) {
		double capacity = Math.max(1, perLine);
		int lines = 1;
		double used = 0;
		List<String> words = new ArrayList<>(List.of(text.split(" ")));
		for (String word : words) {
			double length = word.length();
			if (used > 0 && used + 1 + length > capacity) {
				lines++;
				used = 0;
			}
			used = used == 0 ? length : used + 1 + length;
			while (used > capacity) {
				lines++;
				used -= capacity;
			}
		}
		return lines;
	}

	private static String escape(String text) {
		return text.replace("&", "&&");
	}

}
