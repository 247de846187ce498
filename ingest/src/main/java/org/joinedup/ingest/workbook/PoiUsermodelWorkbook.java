package org.joinedup.ingest.workbook;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCell;

/**
 * A workbook loaded whole by POI's usermodel (XSSF or HSSF). Merged cells give their
 * value in the top-left cell only, as the file stores them; the other cells of the region
 * read blank.
 */
final class PoiUsermodelWorkbook implements Workbook {

	private final String file;

	private final org.apache.poi.ss.usermodel.Workbook workbook;

	PoiUsermodelWorkbook(String file, org.apache.poi.ss.usermodel.Workbook workbook) {
		this.file = file;
		this.workbook = workbook;
	}

	@Override
	public List<Sheet> sheets() {
		List<Sheet> sheets = new ArrayList<>();
		for (int index = 0; index < workbook.getNumberOfSheets(); index++) {
			if (workbook.getSheetVisibility(index) == SheetVisibility.VISIBLE) {
				sheets.add(new UsermodelSheet(workbook.getSheetAt(index)));
			}
		}
		return sheets;
	}

	@Override
	public void close() {
		try {
			workbook.close();
		}
		catch (IOException ignored) {
			// opened read-only: nothing was written that could be lost
		}
	}

	private final class UsermodelSheet implements Sheet {

		private final org.apache.poi.ss.usermodel.Sheet sheet;

		UsermodelSheet(org.apache.poi.ss.usermodel.Sheet sheet) {
			this.sheet = sheet;
		}

		@Override
		public String name() {
			return sheet.getSheetName();
		}

		@Override
		public String file() {
			return file;
		}

		@Override
		public Stream<Row> rows() {
			return StreamSupport
				.stream(Spliterators.spliteratorUnknownSize(sheet.rowIterator(), Spliterator.ORDERED), false)
				.map(this::toRow)
				.filter(row -> !row.isBlank());
		}

		@Override
		public Row row(int number) {
			org.apache.poi.ss.usermodel.Row row = sheet.getRow(number - 1);
			return row == null ? Row.blank(file, name(), number) : toRow(row);
		}

		/**
		 * POI loads the XML whole but decodes a cell only when asked, so a damaged cell
		 * fails here.
		 */
		private Row toRow(org.apache.poi.ss.usermodel.Row row) {
			try {
				Object[] values = new Object[Math.max(row.getLastCellNum(), 0)];
				for (int column = 0; column < values.length; column++) {
					Cell cell = row.getCell(column);
					values[column] = cell == null || storesNoValue(cell) ? null : value(cell, cell.getCellType());
				}
				return new Row(file, name(), row.getRowNum() + 1, values);
			}
			catch (RuntimeException failure) {
				throw WorkbookFailures.translate(file, failure);
			}
		}

		/**
		 * XSSF reads a number or formula cell whose file stores no value ({@code <f>}
		 * without {@code <v>}, or an empty {@code <v/>}) as 0; the file says nothing, so
		 * it reads blank, as when streamed. An .xls always stores a formula's result.
		 */
		private static boolean storesNoValue(Cell cell) {
			if (!(cell instanceof XSSFCell xssf)) {
				return false;
			}
			CTCell stored = xssf.getCTCell();
			return !stored.isSetIs() && (stored.getV() == null || stored.getV().isEmpty());
		}

		private Object value(Cell cell, CellType type) {
			return switch (type) {
				case STRING -> cell.getStringCellValue();
				case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue().toLocalDate()
						: cell.getNumericCellValue();
				case BOOLEAN -> cell.getBooleanCellValue();
				case ERROR -> errorText(cell.getErrorCellValue());
				case FORMULA -> value(cell, cell.getCachedFormulaResultType());
				default -> null;
			};
		}

		private String errorText(byte code) {
			return FormulaError.isValidCode(code) ? FormulaError.forInt(code).getString() : "#ERROR";
		}

	}

}
